#!/usr/bin/env bash
# Create .venv with Python 3.10 and install the pinned, locked dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
py=$(bash scripts/find_python310.sh)
if [[ -x .venv/bin/python ]] && ! .venv/bin/python -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)'; then
  echo "Removing .venv: it was not made with Python 3.10"
  rm -rf .venv
fi
[[ -x .venv/bin/python ]] || "$py" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check "pip==24.0"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
