# zcaudit — two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo

.PHONY: demo test install clean postgres browser

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/zcaudit samples $(DEMO)/samples --n 12 --seed 1
	$(BIN)/zcaudit run $(DEMO)/samples/inbox --out $(DEMO)/out --blacklist $(DEMO)/samples/blacklist.csv \
		--journals sample_docs/data/core_journals.csv
	@echo ""
	@echo "Audit written to $(DEMO)/out:"
	@echo "  findings:   $(DEMO)/out/findings.csv"
	@echo "  applicants: $(DEMO)/out/applicants.csv"
	@echo "  documents:  $(DEMO)/out/documents.csv"
	@echo "  fields:     $(DEMO)/out/fields.csv"
	@echo "  sheets:     $(DEMO)/out/sheets/<applicant_id>.html / .xlsx"
	@echo "  database:   $(DEMO)/out/zcaudit.sqlite"
	@echo "  dashboard:  $(DEMO)/out/index.html  (open it in a browser)"

test: $(STAMP) browser postgres
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

# throw-away PostgreSQL for tests/test_postgres.py (prints and writes .ci/pg.url)
postgres:
	@bash .ci/postgres.sh || echo "make postgres: no PostgreSQL here; tests/test_postgres.py will be skipped"

clean:
	rm -rf $(VENV) $(DEMO)

# Headless Chromium for tests/test_browser.py (Debian packages). Never fails the build:
# without apt or root the browser test skips and says why.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then \
		echo "chromium: $$(/usr/bin/chromium --version 2>/dev/null)"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			chromium chromium-driver fonts-noto-cjk >/dev/null) \
			|| echo "make browser: apt-get failed; tests/test_browser.py will be skipped"; \
	else \
		echo "make browser: no apt-get (or not root); tests/test_browser.py will be skipped"; \
	fi
