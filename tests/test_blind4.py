"""The fourth blind set: documents of invented films written, like the three before it, by
someone who read neither the readers (graph/) nor the tests, after the fixes tests/blind3
showed; measured once, with nothing changed for it:
  en  wikidata F1 0.847, schema F1 0.857, films P 0.784 R 0.707, people P 0.978
  fr  wikidata F1 0.775, schema F1 0.786, films P 0.865 R 0.842, people P 0.977
The figure for text never seen, at the end of this stop: higher than tests/blind3's first
measurement (0.744 / 0.751), still under the issue's 0.90. One generic fix came of it (a
title page whose last billed actor stands alone on a line, and one that opens with "UN FILM
DE X" over the title), which moved French to wikidata F1 0.835, schema F1 0.843, films
P 0.914; the rest of its misses are listed by `score.py -v` and left for the next stop, so
the figures in MEASURED_BELOW are its first measurement where nothing changed since.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "wikidata.f1"): 0.847,
    ("en", "schema.f1"): 0.857,
    ("en", "films.precision"): 0.784,
    ("en", "films.recall"): 0.707,
    ("fr", "wikidata.f1"): 0.835,
    ("fr", "schema.f1"): 0.843,
    ("fr", "films.precision"): 0.914,
    ("fr", "films.recall"): 0.842,
    ("all", "wikidata.f1"): 0.841,
    ("all", "schema.f1"): 0.851,
    ("all", "films.precision"): 0.847,
    ("all", "films.recall"): 0.772,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind4", MEASURED_BELOW))
