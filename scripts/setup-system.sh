#!/bin/sh
# The system packages `make test` needs and pip cannot give:
#   chromium       the headless browser tests/test_web.py reads the web pages back with
#   python3-venv   Debian's python3 cannot create the .venv the Makefile uses without it
#
# Idempotent: does nothing when both are there; otherwise one `apt-get update` and one
# `apt-get install`. Runs without a TTY (CI, containers), as root or through sudo.
set -eu

PYTHON="${PYTHON:-python3}"
missing=""
# FILMGRAPH_SYSTEM=run: only what `make run` needs (no browser)
if [ "${FILMGRAPH_SYSTEM:-test}" != run ]; then
    command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
fi
if command -v "$PYTHON" >/dev/null 2>&1 && ! "$PYTHON" -c "import ensurepip, venv" >/dev/null 2>&1; then
    missing="$missing python3-venv"
fi
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "setup-system: missing:$missing; this is not a Debian-like system (no apt-get):" >&2
    echo "setup-system: install them with your package manager ('chromium' must be on PATH)." >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"  # -n: fail rather than wait for a password nobody will type
else
    echo "setup-system: missing:$missing; run 'apt-get install$missing' as root." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
echo "setup-system: installing$missing (Debian packages) for the tests" >&2
$SUDO apt-get update -q
# shellcheck disable=SC2086  # $missing is a list of package names
$SUDO apt-get install -y -q --no-install-recommends $missing
[ "${FILMGRAPH_SYSTEM:-test}" = run ] || command -v chromium >/dev/null 2>&1 || {
    echo "setup-system: apt-get installed chromium but 'chromium' is not on PATH" >&2
    exit 1
}
