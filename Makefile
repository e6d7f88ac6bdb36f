# zcaudit — two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo

.PHONY: demo test install clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/zcaudit samples $(DEMO)/samples --n 12 --seed 1
	$(BIN)/zcaudit run $(DEMO)/samples/inbox --out $(DEMO)/out
	@echo ""
	@echo "Audit written to $(DEMO)/out:"
	@echo "  findings:   $(DEMO)/out/findings.csv"
	@echo "  applicants: $(DEMO)/out/applicants.csv"
	@echo "  documents:  $(DEMO)/out/documents.csv"
	@echo "  fields:     $(DEMO)/out/fields.csv"
	@echo "  sheets:     $(DEMO)/out/sheets/<applicant_id>.html / .xlsx"
	@echo "  database:   $(DEMO)/out/zcaudit.sqlite"

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DEMO)
