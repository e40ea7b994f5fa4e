#!/usr/bin/env bash
# `make prod-purge`: prod/purge.py on the production profile's stores: its PostgreSQL (the password
# through the environment, never on a command line), the front desk's feedback votes and audit log,
# and var/prod/log/. SENDER, DAYS, DRY_RUN and RETENTION_DAYS come through the environment, as for
# `make purge`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PROD_ROOT"
export PGPASSWORD=$PROD_PG_PASSWORD
export TRACKER_URL="postgresql://$PROD_PG_USER@127.0.0.1:$PROD_PG_PORT/$PROD_PG_DB"
exec .venv/bin/python -m prod.purge --feedback-db "$PROD_VAR/feedback.db" --log-dir "$PROD_LOG"
