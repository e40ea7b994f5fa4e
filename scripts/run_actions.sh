#!/usr/bin/env bash
# Starts the action server: usage scripts/run_actions.sh PORT. Every launcher (make run,
# make shell, the production profile, the end-to-end tests) uses this, so they all run it alike.
#
# Loopback only. It runs only calls that carry the shared secret ($ACTION_SERVER_TOKEN, or the
# one generated into var/action_server_token), refuses compressed bodies and caps bodies at
# 8 MB (Rasa posts the whole conversation with each call): see action_server/.
set -euo pipefail
umask 077  # anything it writes (logs, a generated secret) is owner-only
cd "$(dirname "$0")/.."
export SANIC_HOST=127.0.0.1
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
exec .venv/bin/python -m action_server --port "$1"
