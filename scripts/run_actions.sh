#!/usr/bin/env bash
# Starts the action server: usage scripts/run_actions.sh PORT. Every launcher (make run,
# the production profile, the end-to-end tests) uses this, so they all run it alike.
#
# Loopback only. Rasa posts the whole conversation (tracker) with each action call, so
# the body cap is set here for the action server alone, large enough for a long
# conversation and never inherited from the chat channels' 64 KB cap for client bodies.
set -euo pipefail
umask 077  # anything it writes (logs) is owner-only
cd "$(dirname "$0")/.."
export SANIC_HOST=127.0.0.1
export SANIC_REQUEST_MAX_SIZE=$((8 * 1024 * 1024))
exec .venv/bin/rasa run actions --actions actions --port "$1"
