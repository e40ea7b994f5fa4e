#!/usr/bin/env bash
# Start the action server, the Rasa server, the web front end and the retention job on loopback;
# stop them all on exit. Usage: scripts/serve.sh   (foreground; Ctrl-C stops everything)
set -euo pipefail
cd "$(dirname "$0")/.."
# Conversations, feedback, logs, staff accounts and the audit log: owner-only files.
umask 077
RASA_PORT=${RASA_PORT:-5005}
ACTION_PORT=${ACTION_PORT:-5055}
WEB_PORT=${WEB_PORT:-8080}
mkdir -p var/log
chmod -R go-rwx var  # files an older version created with the default 0644
.venv/bin/python -m webapp.cors >/dev/null || exit 1  # CHAT_ALLOWED_ORIGINS: stop now, naming a bad entry
.venv/bin/python -m webapp.hosts >/dev/null || exit 1  # WEB_ALLOWED_HOSTS, likewise
# The secret Rasa shows the action server (endpoints.yml): $ACTION_SERVER_TOKEN or var/action_server_token.
ACTION_SERVER_TOKEN=$(.venv/bin/python -m action_server.secret) || exit 1
export ACTION_SERVER_TOKEN
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
trap "exit 130" INT TERM  # Ctrl-C: stop everything (EXIT), without reporting a server as failed

# The conversation store in write-ahead-log mode before Rasa opens it (prod/sqlite_wal.py).
.venv/bin/python -m prod.sqlite_wal var/conversations.db || exit 1
# Logs are appended (>>), so the retention job can rotate them in place (prod/log_retention.py).
scripts/run_actions.sh "$ACTION_PORT" >>var/log/actions.log 2>&1 &
pids+=($!)
# No --enable-api: without a token Rasa's HTTP API lets anyone read and rewrite conversations.
.venv/bin/rasa run --model models/current.tar.gz --interface 127.0.0.1 --port "$RASA_PORT" \
  --credentials credentials.yml --endpoints endpoints.yml >>var/log/rasa.log 2>&1 &
pids+=($!)
# The website demo page with the chat widget, and the front-desk screen.
.venv/bin/python -m webapp --host 127.0.0.1 --port "$WEB_PORT" --rasa-url "http://127.0.0.1:$RASA_PORT" \
  --tracker-db var/conversations.db --feedback-db var/feedback.db >>var/log/web.log 2>&1 &
pids+=($!)
# Retention (README: privacy): every hour, deletes conversation events, feedback votes and log parts
# older than RETENTION_DAYS (30), and rotates the logs.
.venv/bin/python -m prod.retention_job >>var/log/retention.log 2>&1 &
pids+=($!)

echo "Starting the assistant (logs in var/log/)…"
for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$RASA_PORT/" >/dev/null && curl -fs "http://127.0.0.1:$ACTION_PORT/health" >/dev/null \
     && curl -fs "http://127.0.0.1:$WEB_PORT/healthz" >/dev/null; then
    # On a fresh machine there is no staff account yet: this line says how to make one.
    frontdesk_hint=$(.venv/bin/python -m webapp.staff status)
    cat <<MSG

The assistant is up.
  Chat on the demo clinic page:  http://127.0.0.1:$WEB_PORT/
  Front-desk screen:             http://127.0.0.1:$WEB_PORT/frontdesk
                                 ($frontdesk_hint)
  Chat over REST:                curl -s -XPOST http://127.0.0.1:$RASA_PORT/webhooks/rest/webhook \\
                                   -H 'Content-Type: application/json' -d '{"sender":"me","message":"what is a trigger point?"}'
  Kept for ${RETENTION_DAYS:-30} days (RETENTION_DAYS): conversations, feedback, audit log, logs; purged hourly.
  Chat in a terminal: make shell        Stop: Ctrl-C
MSG
    wait -n "${pids[@]}"
    echo "A server stopped; see var/log/." >&2
    exit 1
  fi
  for pid in "${pids[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "A server failed to start; see var/log/:" >&2; tail -20 var/log/*.log >&2; exit 1; }
  done
  sleep 1
done
echo "The assistant did not start within 180 s; see var/log/." >&2
exit 1
