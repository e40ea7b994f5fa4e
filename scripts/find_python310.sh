#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter (Rasa 3.6 needs Python < 3.11).
# Looks in pyenv's versions first, then on PATH; never falls back to another version.
set -euo pipefail
candidates=()
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  candidates+=($(ls -d "$root"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V -r || true))
fi
for dir in "$HOME/.pyenv" /root/.pyenv /usr/local/pyenv; do
  candidates+=($(ls -d "$dir"/versions/3.10.*/bin/python3.10 2>/dev/null | sort -V -r || true))
done
for name in python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do
  path=$(command -v "$name" 2>/dev/null || true)
  [[ -n $path ]] && candidates+=("$path")
done
for py in "${candidates[@]}"; do
  if "$py" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; then
    echo "$py"
    exit 0
  fi
done
echo "error: no Python 3.10 found. Rasa 3.6 needs Python 3.10 (it does not run on 3.11+)." >&2
echo "Install it, e.g. 'pyenv install 3.10.13', then run make again." >&2
exit 1
