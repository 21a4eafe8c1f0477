# Two commands on a fresh machine: `make run` and `make test`. Both install what they need.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
QM     := resources/i18n/clientsafe_zh_CN.qm

.PHONY: run test bench lint system-deps translations clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps:
	@bash installer/debian-deps.sh

$(QM): resources/i18n/clientsafe_zh_CN.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

run: system-deps $(STAMP) $(QM)
	$(VENV)/bin/clientsafe --demo

lint: $(STAMP)
	$(VENV)/bin/ruff check clientsafe tests bench
	$(VENV)/bin/lint-imports

test: system-deps $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen bash tests/with-secret-service.sh $(PY) -m pytest -q

bench: system-deps $(STAMP) $(QM)
	bash tests/with-secret-service.sh $(PY) bench/run_all.py

# Refresh the translation source from the code (then translate the new entries in Linguist).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(git ls-files 'clientsafe/*.py') -ts resources/i18n/clientsafe_zh_CN.ts

clean:
	rm -rf $(VENV) $(QM) .pytest_cache .ruff_cache
