# Production scale-out profile (see prod/README.md). Included from the Makefile, which
# defines VENV, PY, RASA and MODEL and exports PYTHONPATH and RASA_TELEMETRY_ENABLED.
.PHONY: prod-up prod-down prod-test load purge prod-purge

prod-up: train ## Start PostgreSQL, Redis, 2 Rasa, actions and nginx (:8088) on loopback
	@bash prod/up.sh

prod-down: ## Stop everything prod-up started
	@bash prod/down.sh

prod-test: install ## Tests against a running prod-up: scale-out, retention on PostgreSQL, faults
	$(PY) -m pytest -q tests/prod

# make load [CONVERSATIONS=50] [LOAD_SECONDS=60] [THINK=1-3]   (THINK=0: stress, capacity)
load: prod-up ## 50 conversations for 60 s through nginx; figures, then every turn checked in PostgreSQL
	$(PY) prod/load.py --conversations $(or $(CONVERSATIONS),50) --seconds $(or $(LOAD_SECONDS),60) \
	  --think $(or $(THINK),1-3)

# make purge [DAYS=…] [SENDER=id] [DRY_RUN=1]; for a PostgreSQL store, TRACKER_URL=postgresql://user:pw@…
# exported in the environment, not on make's command line (ps shows command lines to every user).
# DAYS is a one-off; RETENTION_DAYS (30) is the setting the scheduled job applies (README: privacy).
# The values reach prod/purge.py through the environment, never through the shell.
purge prod-purge: export DAYS := $(DAYS)
purge prod-purge: export RETENTION_DAYS := $(RETENTION_DAYS)
purge prod-purge: export SENDER := $(SENDER)
purge prod-purge: export DRY_RUN := $(DRY_RUN)
purge: export TRACKER_URL := $(TRACKER_URL)
purge: install ## Delete what is older than RETENTION_DAYS (30) or DAYS, or erase one SENDER everywhere
	@$(PY) -m prod.purge

prod-purge: install ## make purge for the production profile: its PostgreSQL, feedback, audit log and logs
	@bash prod/purge.sh
