#!/usr/bin/env bash
# Stop everything prod/up.sh started (only the processes named in var/prod/run/*.pid
# and the private PostgreSQL cluster). Data stays in var/prod/.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROD_ROOT"

# stop NAME: TERM the process group of the pid file (it leads its own session), then KILL.
stop() {
  local file=$PROD_RUN/$1.pid pid
  if pid_alive "$file"; then
    pid=$(head -1 "$file")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"; fi
    echo "stopped $1"
  fi
  rm -f "$file"
}

if pid_alive "$PROD_RUN/nginx.pid"; then
  /usr/sbin/nginx -p "$PROD_VAR/nginx/" -c "$PROD_ROOT/prod/nginx.conf" -e "$PROD_LOG/nginx-error.log" -s quit
  for _ in $(seq 1 50); do pid_alive "$PROD_RUN/nginx.pid" || break; sleep 0.2; done
  echo "stopped nginx"
fi
stop web
for port in "${PROD_RASA_PORTS[@]}"; do stop "rasa-$port"; done
stop actions
stop web
stop purger
if pid_alive "$PROD_RUN/redis.pid"; then
  pid=$(head -1 "$PROD_RUN/redis.pid")
  kill -TERM "$pid"
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  echo "stopped redis"
fi
PGBIN=$(pg_bin)
if [ -n "$PGBIN" ] && [ -s "$PROD_VAR/pg/PG_VERSION" ] && as_pg "$PGBIN/pg_ctl" -D "$PROD_VAR/pg" status >/dev/null 2>&1; then
  as_pg "$PGBIN/pg_ctl" -D "$PROD_VAR/pg" -m fast -w -s stop && echo "stopped postgresql"
fi
exit 0
