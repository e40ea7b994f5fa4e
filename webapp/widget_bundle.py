"""The widget as other sites embed it: a versioned URL and its Subresource Integrity hash.

The version is a digest of widget.js and widget.css together, so the URL changes whenever
either file does: the files under it never change (browsers may cache them for a year), and a
clinic's page that pins the integrity hash never runs a widget it did not pin. The widget loads
its stylesheet from beside itself, so both are served under the version.

    .venv/bin/python -m webapp.widget_bundle     # prints the embed tag for the widget in bot/web/
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from webapp.paths import WEB_DIR

SCRIPT = "widget.js"
STYLESHEET = "widget.css"


@dataclass(frozen=True)
class WidgetBundle:
    script: bytes
    stylesheet: bytes

    @classmethod
    def load(cls, web_dir: Path = WEB_DIR) -> WidgetBundle:
        return cls((web_dir / SCRIPT).read_bytes(), (web_dir / STYLESHEET).read_bytes())

    @property
    def version(self) -> str:
        digest = hashlib.sha256()
        for part in (self.script, self.stylesheet):
            digest.update(len(part).to_bytes(8, "big") + part)
        return digest.hexdigest()[:16]

    @property
    def base_path(self) -> str:
        return f"/widget/{self.version}"

    @property
    def integrity(self) -> str:
        """The value of the embed tag's `integrity` attribute (SRI) for the script."""
        return "sha384-" + base64.b64encode(hashlib.sha384(self.script).digest()).decode()

    def embed_tag(self, host: str = "https://YOUR-HOST") -> str:
        return (
            f'<script src="{host}{self.base_path}/{SCRIPT}"\n'
            f'        integrity="{self.integrity}" crossorigin="anonymous"\n'
            f'        data-server="{host}" data-clinic-name="Willowbank Muscle Therapy" data-accent="#1f6f5c"\n'
            '        data-greeting="Hi! Ask me about trigger point therapy." defer></script>'
        )


if __name__ == "__main__":
    print(WidgetBundle.load().embed_tag())
