# The two commands of the README: `make run` builds seeds/ into out/, `make test` runs
# every test. Both create .venv and install the project on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/filmgraph build seeds --out out

test: $(STAMP)
	$(BIN)/python -m pytest -q

clean:
	rm -rf out $(VENV) *.egg-info
