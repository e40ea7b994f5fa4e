# Shared settings of the production scale-out profile (sourced by up.sh and down.sh).
# Every value can be overridden from the environment.
PROD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PROD_VAR=${PROD_VAR:-$PROD_ROOT/var/prod}
PROD_LOG=$PROD_VAR/log
PROD_RUN=$PROD_VAR/run

PROD_PG_PORT=5433  # fixed, as in prod/endpoints.yml
export PROD_PG_DB=${PROD_PG_DB:-rasa}
export PROD_PG_USER=${PROD_PG_USER:-rasa}
# The database password: $PROD_PG_PASSWORD, or a random one made on first start and kept in
# var/prod/secrets/pg_password (owner-only). Never a default anyone can read in this repository.
PROD_PG_SECRET=$PROD_VAR/secrets/pg_password
if [ -z "${PROD_PG_PASSWORD:-}" ]; then
  if [ ! -s "$PROD_PG_SECRET" ]; then
    mkdir -p "$PROD_VAR"  # with the normal mode: the database's own user must reach var/prod/pg
    (umask 077 && mkdir -p "$(dirname "$PROD_PG_SECRET")" &&
      head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$PROD_PG_SECRET")
  fi
  PROD_PG_PASSWORD=$(cat "$PROD_PG_SECRET")
fi
if [ "$PROD_PG_PASSWORD" = "rasa-local-only" ] || [ "${#PROD_PG_PASSWORD}" -lt 12 ]; then
  echo "PROD_PG_PASSWORD is the old public default or shorter than 12 characters: set a real secret," >&2
  echo "or unset it to use the generated one in $PROD_PG_SECRET." >&2
  exit 1
fi
export PROD_PG_PASSWORD
# The secret Rasa shows the action server (prod/endpoints.yml): $ACTION_SERVER_TOKEN, or a random
# one made on first start in var/prod/secrets/action_server_token (owner-only).
PROD_ACTION_SECRET=$PROD_VAR/secrets/action_server_token
if [ -z "${ACTION_SERVER_TOKEN:-}" ]; then
  if [ ! -s "$PROD_ACTION_SECRET" ]; then
    mkdir -p "$PROD_VAR"
    (umask 077 && mkdir -p "$(dirname "$PROD_ACTION_SECRET")" &&
      head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$PROD_ACTION_SECRET")
  fi
  ACTION_SERVER_TOKEN=$(cat "$PROD_ACTION_SECRET")
fi
if [ "${#ACTION_SERVER_TOKEN}" -lt 32 ]; then
  echo "ACTION_SERVER_TOKEN is shorter than 32 characters: set a real secret, or unset it." >&2
  exit 1
fi
export ACTION_SERVER_TOKEN
PROD_REDIS_PORT=6380  # also in prod/endpoints.yml
PROD_RASA_PORTS=(5006 5007)
PROD_ACTION_PORT=5056
PROD_NGINX_PORT=8088
PROD_WEB_PORT=8089             # the web front end (webapp/): nginx's chat routes and /frontdesk go to it
PROD_RASA_INTERNAL_PORT=8087   # nginx's internal listener: the web front end -> the Rasa instances
# Sites whose pages may call the chat from a browser (CORS), space-separated; the sample
# clinic's website by default. Every other origin gets no CORS headers, so browsers refuse.
export CHAT_ALLOWED_ORIGINS=${CHAT_ALLOWED_ORIGINS-https://willowbank-therapy.example}
# Endpoints of the Rasa instances (override only to compare, e.g. the stock Redis lock store).
PROD_ENDPOINTS=${PROD_ENDPOINTS:-prod/endpoints.yml}

export RASA_TELEMETRY_ENABLED=false
export PYTHONPATH=$PROD_ROOT
export TF_CPP_MIN_LOG_LEVEL=${TF_CPP_MIN_LOG_LEVEL:-3}
export PYTHONWARNINGS=${PYTHONWARNINGS:-ignore::DeprecationWarning}

# Run a command as the PostgreSQL owner: the `postgres` user when we are root
# (PostgreSQL refuses to run as root), otherwise the current user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && echo "$d"; done | sort -V | tail -1
}

# True if the process in pid file $1 is alive.
pid_alive() {
  local pid
  pid=$(head -1 "$1" 2>/dev/null) && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}
