# The two commands of the README: `make run` builds seeds/ into out/, `make test` runs
# every test. Both create .venv and install the project on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test fuzz clean system system-run bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: system-run $(STAMP)
	$(BIN)/filmgraph build seeds --out out

# system packages pip cannot give (Chromium for the browser tests, python3-venv): installed
# with apt-get the first time, nothing to do afterwards; before .venv, which may need one
system:
	PYTHON=$(PYTHON) sh scripts/setup-system.sh

system-run:
	PYTHON=$(PYTHON) FILMGRAPH_SYSTEM=run sh scripts/setup-system.sh

test: system $(STAMP)
	$(BIN)/python -m pytest -q

# a long fuzzing run of every reader (minutes); what it finds lands in tests/regressions/
fuzz: $(STAMP)
	$(BIN)/python -m pytest -q --fuzz tests/test_fuzz.py

# the Scale issue's benchmark (not a test; README "Benchmark"): 40,000 generated documents
# by default, which takes long; pass options in BENCH, e.g. make bench BENCH=--quick (a
# smoke run) or BENCH="--docs 4000 --jobs 2". Writes bench/results/bench.json, docs/bench.png
BENCH ?=
BENCH_STAMP := $(VENV)/.installed-bench

$(BENCH_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m bench.run $(BENCH)

clean:
	rm -rf out $(VENV) *.egg-info
