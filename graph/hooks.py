"""A test hook: pause a build at a named stage so a test can kill -9 it exactly there.

`FILMGRAPH_TEST_PAUSE=infer filmgraph build ...` prints "filmgraph: paused at infer (pid N)"
to stderr when the build reaches that stage, then sleeps until SIGUSR1 (or two minutes). Stages: read+extract, resolve,
map, infer, validate, export (half the files staged), and swap (between the two renames of
the fallback swap, which it forces: the one moment out/ is missing). Unset, it costs one
dict lookup.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time

VARIABLE = "FILMGRAPH_TEST_PAUSE"
SECONDS = 120  # long enough for any test to kill it; a forgotten variable still finishes


def active(stage: str) -> bool:
    return os.environ.get(VARIABLE) == stage


class _Resume(Exception):
    pass


def _resume(signum, frame):
    raise _Resume


def pause(stage: str) -> None:
    if not active(stage):
        return
    main = threading.current_thread() is threading.main_thread()  # signals need the main one
    previous = signal.signal(signal.SIGUSR1, _resume) if main else None
    print(f"filmgraph: paused at {stage} (pid {os.getpid()})", file=sys.stderr, flush=True)
    try:
        time.sleep(SECONDS)
    except _Resume:
        pass
    finally:
        if main:
            signal.signal(signal.SIGUSR1, previous)
