#!/usr/bin/env bash
# Production scale-out profile on one machine, loopback only:
#   PostgreSQL :5433 (tracker store)  Redis :6380 (lock store)  action server :5056
#   Rasa :5006 and :5007 (no HTTP API)  nginx :8088 (public: chat routes, /frontdesk; body cap, rate limit)
#   web front end :8089 (webapp/: issued conversation ids, rate limits, front desk with staff accounts)
#   nginx :8087 (internal: the web front end -> round-robin over the Rasa instances)
# Idempotent: installs what is missing (apt), starts what is not running, waits for
# readiness and prints the URL. Data and logs under var/prod/. Stop with prod/down.sh.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROD_ROOT"
t0=$(date +%s)
mkdir -p "$PROD_LOG" "$PROD_RUN" "$PROD_VAR/redis" "$PROD_VAR/nginx/tmp"

[ -f models/current.tar.gz ] || { echo "No model at models/current.tar.gz: run 'make train' first." >&2; exit 1; }
[ -x .venv/bin/rasa ] || { echo "No .venv: run 'make install' first." >&2; exit 1; }

# Fail early, naming the bad entry, rather than start instances with a broken CORS list.
origins=$(.venv/bin/python -m webapp.cors) || exit 1
read -r -a site_origins <<<"$origins"
.venv/bin/python -m webapp.hosts >/dev/null || exit 1  # WEB_ALLOWED_HOSTS, likewise

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# --- 1. Debian packages ------------------------------------------------------------
need=()
[ -n "$(pg_bin)" ] || need+=(postgresql)
command -v redis-server >/dev/null || need+=(redis-server)
command -v redis-cli >/dev/null || need+=(redis-tools)
[ -x /usr/sbin/nginx ] || need+=(nginx)
if ((${#need[@]})); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  echo "Installing ${need[*]} with apt (log: var/prod/log/apt.log)…"
  # Keep the packages' own system services (postgresql@15-main on :5432, redis on :6379,
  # nginx on :80) from starting during the install: this profile runs private instances.
  policy_added=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
    $sudo chmod 755 /usr/sbin/policy-rc.d
    policy_added=1
  fi
  trap '[ -n "$policy_added" ] && $sudo rm -f /usr/sbin/policy-rc.d' EXIT
  $sudo apt-get update -qq >"$PROD_LOG/apt.log" 2>&1
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${need[@]}" \
    >>"$PROD_LOG/apt.log" 2>&1 || { tail -20 "$PROD_LOG/apt.log" >&2; exit 1; }
  if [ -n "$policy_added" ]; then $sudo rm -f /usr/sbin/policy-rc.d; fi
  policy_added=""
fi
PGBIN=$(pg_bin)

# --- 2. PostgreSQL: a private cluster in var/prod/pg --------------------------------
PGDATA=$PROD_VAR/pg
PGSOCK=$PROD_VAR/pgsock
mkdir -p "$PGDATA" "$PGSOCK"
touch "$PROD_LOG/postgresql.log"
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGDATA" "$PGSOCK" "$PROD_LOG/postgresql.log"
  # PostgreSQL runs as its own user and must pass through var/ and var/prod, which make run
  # leaves owner-only: let it traverse them (711), without listing or reading anything else.
  chmod 711 "$PROD_VAR" "$(dirname "$PROD_VAR")"
fi
chmod 700 "$PGDATA" "$PGSOCK"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  echo "Creating the PostgreSQL cluster in var/prod/pg…"
  # Unix socket: only the cluster owner can reach it (directory mode 0700), so trust is safe
  # there; TCP (127.0.0.1 only) needs a password.
  as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 >"$PROD_LOG/initdb.log" 2>&1 \
    || { cat "$PROD_LOG/initdb.log" >&2; exit 1; }
fi
if ! as_pg "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  port_busy "$PROD_PG_PORT" && { echo "Port $PROD_PG_PORT is taken by another process." >&2; exit 1; }
  as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PROD_LOG/postgresql.log" -w -t 60 -s \
    -o "-c listen_addresses=127.0.0.1 -c port=$PROD_PG_PORT -c unix_socket_directories='$PGSOCK' -c unix_socket_permissions=0700" \
    start
fi
as_pg "$PGBIN/psql" -h "$PGSOCK" -p "$PROD_PG_PORT" -U postgres -d postgres -qtA -v ON_ERROR_STOP=1 \
  -v u="$PROD_PG_USER" -v pw="$PROD_PG_PASSWORD" -v db="$PROD_PG_DB" >/dev/null <<'SQL'
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') AS need_role \gset
\if :need_role
CREATE ROLE :"u" LOGIN;
\endif
ALTER ROLE :"u" WITH LOGIN PASSWORD :'pw';
SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') AS need_db \gset
\if :need_db
CREATE DATABASE :"db" OWNER :"u";
\endif
SQL

# --- 3. Redis (lock store) ----------------------------------------------------------
if ! pid_alive "$PROD_RUN/redis.pid"; then
  port_busy "$PROD_REDIS_PORT" && { echo "Port $PROD_REDIS_PORT is taken by another process." >&2; exit 1; }
  redis-server --bind 127.0.0.1 --port "$PROD_REDIS_PORT" --protected-mode yes --daemonize yes \
    --pidfile "$PROD_RUN/redis.pid" --logfile "$PROD_LOG/redis.log" --dir "$PROD_VAR/redis"
fi
for _ in $(seq 1 50); do
  [ "$(redis-cli -h 127.0.0.1 -p "$PROD_REDIS_PORT" ping 2>/dev/null)" = PONG ] && break
  sleep 0.2
done

# --- 4. Action server and Rasa instances ----------------------------------------------
# start NAME PORT COMMAND...: run detached (own session) unless its pid file is alive.
start() {
  local name=$1 port=$2
  shift 2
  if pid_alive "$PROD_RUN/$name.pid"; then return; fi
  port_busy "$port" && { echo "Port $port is taken by another process (not $name)." >&2; exit 1; }
  setsid "$@" >>"$PROD_LOG/$name.log" 2>&1 </dev/null &
  echo $! >"$PROD_RUN/$name.pid"
}
start_server() {
  case $1 in
    actions)
      start actions "$PROD_ACTION_PORT" scripts/run_actions.sh "$PROD_ACTION_PORT"
      ;;
    rasa-*)
      # No --enable-api: without a token Rasa's HTTP API lets anyone read and rewrite conversations.
      # --cors: only the configured sites (no --cors at all: no cross-origin browser access).
      start "$1" "${1#rasa-}" .venv/bin/rasa run --model models/current.tar.gz --interface 127.0.0.1 \
        --port "${1#rasa-}" --endpoints "$PROD_ENDPOINTS" --credentials credentials.yml \
        ${site_origins[0]:+--cors "${site_origins[@]}"}
      ;;
    web)
      # The public chat routes and the front desk. Staff accounts in var/staff.db (make staff-add),
      # the report and feedback checks read PostgreSQL and "delete my conversation" erases there (the
      # URL in the environment, not in ps); the audit log in var/audit.db kept for the retention
      # period (RETENTION_DAYS). The session cookie is Secure: in production TLS ends before nginx.
      # --proxies 1: the client address is nginx's X-Forwarded-For (rate limits, per-address sign-in
      # lock-out). It reaches Rasa through nginx's internal listener (the public one takes only
      # issued ids).
      TRACKER_URL="postgresql://$PROD_PG_USER:$PROD_PG_PASSWORD@127.0.0.1:$PROD_PG_PORT/$PROD_PG_DB" \
        start web "$PROD_WEB_PORT" .venv/bin/python -m webapp --host 127.0.0.1 --port "$PROD_WEB_PORT" \
        --rasa-url "http://127.0.0.1:$PROD_RASA_INTERNAL_PORT" --feedback-db "$PROD_VAR/feedback.db" --proxies 1 \
        --secure-cookie "${PROD_COOKIE_SECURE:-always}" \
        --conversation-secret-file "$PROD_VAR/secrets/conversation_secret"
      ;;
  esac
}
servers=(actions "${PROD_RASA_PORTS[@]/#/rasa-}" web)
for name in "${servers[@]}"; do start_server "$name"; done

# --- 4b. Retention (README: privacy): prod/retention_job.py, at start and then hourly, deletes what
# is older than RETENTION_DAYS (30): conversation events in PostgreSQL, the front desk's feedback
# votes and audit entries, and log parts in var/prod/log/; it rotates the logs. The password reaches
# it through the environment (PGPASSWORD), not `ps`.
if ! pid_alive "$PROD_RUN/purger.pid"; then
  PGPASSWORD=$PROD_PG_PASSWORD TRACKER_URL="postgresql://$PROD_PG_USER@127.0.0.1:$PROD_PG_PORT/$PROD_PG_DB" \
    setsid .venv/bin/python -m prod.retention_job --log-dir "$PROD_LOG" --feedback-db "$PROD_VAR/feedback.db" \
    >>"$PROD_LOG/purger.log" 2>&1 </dev/null &
  echo $! >"$PROD_RUN/purger.pid"
fi

# --- 5. nginx -------------------------------------------------------------------------
nginx_args=(-p "$PROD_VAR/nginx/" -c "$PROD_ROOT/prod/nginx.conf" -e "$PROD_LOG/nginx-error.log")
/usr/sbin/nginx -t -q "${nginx_args[@]}"
if pid_alive "$PROD_RUN/nginx.pid"; then
  /usr/sbin/nginx "${nginx_args[@]}" -s reload
else
  port_busy "$PROD_NGINX_PORT" && { echo "Port $PROD_NGINX_PORT is taken by another process." >&2; exit 1; }
  /usr/sbin/nginx "${nginx_args[@]}"
fi

# --- 6. Readiness -----------------------------------------------------------------------
echo "Waiting for the servers (logs in var/prod/log/)…"
ready() {
  curl -fs -o /dev/null "http://127.0.0.1:$PROD_ACTION_PORT/health" || return 1
  for port in "${PROD_RASA_PORTS[@]}"; do curl -fs -o /dev/null "http://127.0.0.1:$port/" || return 1; done
  curl -fs -o /dev/null "http://127.0.0.1:$PROD_WEB_PORT/healthz" || return 1
  curl -fs -o /dev/null "http://127.0.0.1:$PROD_NGINX_PORT/"
}
declare -A restarts=()
for _ in $(seq 1 240); do
  if ready; then
    frontdesk_hint=$(.venv/bin/python -m webapp.staff status)
    cat <<MSG
Production profile is up after $(($(date +%s) - t0)) s.
  Chat (through nginx):  id=\$(curl -s -XPOST http://127.0.0.1:$PROD_NGINX_PORT/api/conversation \\
                           -H 'Content-Type: application/json' -d '{}' | sed 's/.*"sender":"\\([^"]*\\)".*/\\1/')
                         curl -s -XPOST http://127.0.0.1:$PROD_NGINX_PORT/webhooks/rest/webhook \\
                           -H 'Content-Type: application/json' -d "{\"sender\":\"\$id\",\"message\":\"what is a trigger point?\"}"
  URL:                   http://127.0.0.1:$PROD_NGINX_PORT/
  Front desk:            http://127.0.0.1:$PROD_NGINX_PORT/frontdesk  ($frontdesk_hint)
  Rasa instances:        http://127.0.0.1:${PROD_RASA_PORTS[0]}/  http://127.0.0.1:${PROD_RASA_PORTS[1]}/
  Tracker store:         postgresql://$PROD_PG_USER:***@127.0.0.1:$PROD_PG_PORT/$PROD_PG_DB
  Lock store:            redis://127.0.0.1:$PROD_REDIS_PORT/1
  Stop:                  make prod-down
MSG
    exit 0
  fi
  for name in "${servers[@]}"; do
    pid_alive "$PROD_RUN/$name.pid" && continue
    # A process that was still shutting down when we looked (so it was not started), or that
    # crashed: start it again, twice at most.
    restarts[$name]=$((${restarts[$name]:-0} + 1))
    if ((restarts[$name] <= 2)); then
      echo "$name is not running; starting it (again)…"
      start_server "$name"
      continue
    fi
    echo "$name keeps stopping during start-up; last lines of var/prod/log/$name.log:" >&2
    tail -20 "$PROD_LOG/$name.log" >&2
    exit 1
  done
  sleep 1
done
echo "Not ready within 240 s; see var/prod/log/." >&2
exit 1
