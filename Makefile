# zcaudit — two commands on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO := demo

.PHONY: demo test install clean postgres browser fonts realworld realworld-corpora

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]'
	# the development extras (sample_docs/, tests/, bench/) are not in the package: put the checkout on the path
	$(BIN)/python -c "import site, pathlib; pathlib.Path(site.getsitepackages()[0], 'zcaudit-checkout.pth').write_text('$(CURDIR)\\n')"
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
	@echo "  claims:     $(DEMO)/out/claims.csv"
	@echo "  sheets:     $(DEMO)/out/sheets/<applicant_id>.html / .xlsx"
	@echo "  database:   $(DEMO)/out/zcaudit.sqlite"
	@echo "  dashboard:  $(DEMO)/out/index.html  (open it in a browser)"

test: $(STAMP) browser postgres fonts
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

# CJK faces for the layout zoo (sample_docs/zoo, tests/test_zoo.py): serif/sans/kai from Debian
# packages, FandolSong/Hei/Kai/Fang taken out of texlive-lang-chinese's .deb (its fangsong face has
# no package of its own; extracting it avoids pulling TeX Live). Never fails the build: without apt
# or root the zoo tests skip each missing face and say which package it needs.
FANDOL := /usr/local/share/fonts/fandol
fonts:
	@if [ -f $(FANDOL)/FandolFang-Regular.otf ] && [ -f /usr/share/fonts/truetype/arphic/ukai.ttc ] \
		&& [ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ]; then \
		echo "fonts: CJK faces present"; \
	elif command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
			fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei >/dev/null \
		&& tmp=$$(mktemp -d) && chmod 755 $$tmp && (cd $$tmp && apt-get download -qq texlive-lang-chinese) \
		&& dpkg-deb -x $$tmp/texlive-lang-chinese_*.deb $$tmp/x && mkdir -p $(FANDOL) \
		&& cp $$tmp/x/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol/Fandol*-Regular.otf $(FANDOL)/ \
		&& rm -rf $$tmp && echo "fonts: installed") \
			|| echo "make fonts: apt-get failed; tests/test_zoo.py skips the missing faces"; \
	else \
		echo "make fonts: no apt-get (or not root); tests/test_zoo.py skips the missing faces"; \
	fi

# A night over real-world PDFs nobody here wrote (issue 15): public test corpora taken from the
# source distributions of PDF libraries on PyPI (pinned and hash-checked in bench/realworld-corpora.txt),
# unpacked, PDFs only, into $(REALWORLD) (git-ignored), then bench/realworld.py mixes them with the
# committed sample applicants and runs `zcaudit run` over them. Only this target uses the network;
# the audit itself runs offline. REALWORLD_ARGS passes options to the bench (e.g. --max-pages 40).
REALWORLD := .cache/realworld
REALWORLD_ARGS ?=
$(REALWORLD)/.fetched: bench/realworld-corpora.txt
	mkdir -p $(REALWORLD)/sdist
	$(BIN)/pip download -q --no-deps --no-binary :all: --require-hashes \
		-r bench/realworld-corpora.txt -d $(REALWORLD)/sdist
	for f in $(REALWORLD)/sdist/*.tar.gz; do \
		name=$$(basename $$f .tar.gz); rm -rf $(REALWORLD)/pdf/$$name; mkdir -p $(REALWORLD)/pdf/$$name; \
		tar xzf $$f -C $(REALWORLD)/pdf/$$name --strip-components=1 --wildcards --no-anchored '*.pdf' || exit 1; \
	done
	@echo "realworld: $$(find $(REALWORLD)/pdf -name '*.pdf' | wc -l) PDFs under $(REALWORLD)/pdf"
	touch $@

realworld-corpora: $(STAMP) $(REALWORLD)/.fetched

realworld: realworld-corpora
	$(BIN)/python bench/realworld.py --corpora $(REALWORLD)/pdf --work $(REALWORLD)/run $(REALWORLD_ARGS)
