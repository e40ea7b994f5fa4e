SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV   := .venv
PY     := $(VENV)/bin/python
RASA   := $(VENV)/bin/rasa
MODEL  := models/current.tar.gz
SHARED ?= ../shared

export RASA_TELEMETRY_ENABLED := false
export PYTHONPATH := $(CURDIR)
export TF_CPP_MIN_LOG_LEVEL := 3
export PYTHONWARNINGS := ignore::DeprecationWarning

.PHONY: help install lock train run shell client-voices check-faq lint validate test test-unit test-safety test-rasa test-e2e test-acceptance-all \
  test-browser test-prod safety-eval bench clean

help: ## List the targets
	@grep -hE '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt constraints.txt scripts/make_venv.sh
	@bash scripts/make_venv.sh
	@touch $@

install: $(VENV)/.installed ## Create .venv (Python 3.10) with the pinned dependencies

lock: ## Re-resolve constraints.txt from requirements.txt (after changing a pin)
	rm -rf .venv-lock && $$(bash scripts/find_python310.sh) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet "pip==24.0" && .venv-lock/bin/pip install --quiet -r requirements.txt
	{ echo "# Lock file: every package the pinned requirements install, as tested in CI."; \
	  echo "# Regenerate after changing requirements.txt: make lock"; \
	  .venv-lock/bin/pip freeze; } > constraints.txt && rm -rf .venv-lock

train: install ## Train the model if the training data changed
	@bash scripts/train_if_changed.sh

run: train ## Install, train if needed, start everything on loopback and print where to chat
	@bash scripts/serve.sh

# Both processes get the action server's secret (endpoints.yml sends it with every action call).
shell: train ## Chat with the assistant in the terminal
	@ACTION_SERVER_TOKEN=$$($(PY) -m action_server.secret) && export ACTION_SERVER_TOKEN && \
	  { bash scripts/run_actions.sh 5055 >/dev/null 2>&1 & pid=$$!; \
	  trap "kill $$pid" EXIT; $(RASA) shell --model $(MODEL) --endpoints endpoints.yml; }

client-voices: install ## Regenerate the intent examples and FAQ voices from the blind case sets (after adding one)
	$(PY) scripts/client_voices.py
	$(PY) scripts/faq_voices.py

check-faq: install ## Validate the FAQ and clinic profile files staff edit
	@$(PY) -m bot.check_data

lint: install ## Ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

validate: install ## rasa data validate, failing on any warning
	$(RASA) data validate --fail-on-warnings --quiet

test-unit: install ## Unit tests for bot/, actions/, channels/, webapp/, retention (no model needed)
	$(PY) -m pytest -q tests/unit tests/actions tests/webapp tests/retention

# Gates on the held-out safety corpus (written by a writer who saw neither the training
# part nor the rules). Issue #9 asks for emergency recall 1.00 and false alarms <= 0.02;
# these are the floors measured so far, which no change may lower.
SAFETY_GATES := --require emergency_recall=0.99 --require same_day_recall=0.98 --require false_alarms_max=0.02
test-safety: install ## The held-out safety corpus gates (recall and false alarms)
	$(PY) scripts/safety_eval.py --show 0 $(SAFETY_GATES)

test-rasa: train ## Conversation tests and the NLU held-out accuracy gate
	$(RASA) test core --model $(MODEL) --stories tests/conversations --fail-on-prediction-errors \
	  --out results/core --quiet
	$(RASA) test nlu --model $(MODEL) --nlu tests/nlu/heldout.yml --out results/nlu --quiet
	$(PY) scripts/nlu_gate.py results/nlu/intent_report.json 0.90

test-e2e: train ## Real Rasa + action servers: contract, bad input, restart, acceptance sample
	SHARED=$(SHARED) $(PY) -m pytest -q tests/e2e

test-acceptance-all: train ## Every acceptance set in full at its own floors (~35 min; before a round closes)
	ACCEPTANCE=all SHARED=$(SHARED) $(PY) -m pytest -q tests/e2e/test_restart_and_acceptance.py

test-browser: train ## Playwright on Debian's Chromium against the real widget and front desk
	@bash scripts/install_browser.sh
	$(PY) -m pytest -q tests/browser

test: lint check-faq validate test-unit test-safety test-rasa test-e2e test-browser ## Everything CI runs
	@echo "All test stages passed."

test-prod: train ## Production profile end to end: prod-up, tests/prod, prod-down
	@bash prod/up.sh; up=$$?; status=$$up; \
	  if [ $$up -eq 0 ]; then PROD_REQUIRED=1 $(PY) -m pytest -q tests/prod; status=$$?; fi; \
	  bash prod/down.sh; exit $$status

safety-eval: install ## Safety triage on the held-out safety corpus: per-kind recall, false alarms
	$(PY) scripts/safety_eval.py

bench: train ## Latency, throughput, memory, start-up and training time
	$(PY) scripts/bench.py

clean: ## Remove trained models, results and runtime data
	rm -rf models results var artifacts

include prod/prod.mk
include webapp/staff.mk
