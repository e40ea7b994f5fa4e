# Front-desk staff accounts and the audit log (see README: privacy and security). Included from
# the Makefile. Values reach webapp/staff.py through the environment, never through the shell.
# STAFF_DB / AUDIT_DB: other files than var/staff.db / var/audit.db.
.PHONY: staff-add staff-passwd staff-disable staff-enable staff-remove staff-list audit-log

STAFF_TARGETS := staff-add staff-passwd staff-disable staff-enable staff-remove staff-list audit-log
$(STAFF_TARGETS): export STAFF := $(STAFF)
$(STAFF_TARGETS): export STAFF_DB := $(STAFF_DB)
$(STAFF_TARGETS): export AUDIT_DB := $(AUDIT_DB)

staff-add: install ## Add a front-desk account: make staff-add STAFF=name (asks the password; scripts: STAFF_PASSWORD)
	@$(PY) -m webapp.staff add

staff-passwd: install ## Set a new password for STAFF=name (ends its sessions)
	@$(PY) -m webapp.staff passwd

staff-disable: install ## Disable STAFF=name: signed out at once, cannot sign in (staff-enable undoes it)
	@$(PY) -m webapp.staff disable

staff-enable: install ## Enable STAFF=name again
	@$(PY) -m webapp.staff enable

staff-remove: install ## Remove STAFF=name (the audit log keeps what it did)
	@$(PY) -m webapp.staff remove

staff-list: install ## List the front-desk accounts
	@$(PY) -m webapp.staff list

audit-log: export DAYS := $(DAYS)
audit-log: export SENDER := $(SENDER)
audit-log: install ## Who viewed or searched what: [DAYS=30] [STAFF=name] [SENDER=conversation id]
	@$(PY) -m webapp.staff audit
