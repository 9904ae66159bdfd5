"""The third blind set: documents of invented films written, like tests/blind and
tests/blind2, by someone who read neither the readers (graph/) nor the tests, after the
fixes tests/blind2 showed; measured once, with nothing changed for it:
  en  wikidata F1 0.744, schema F1 0.732, films P 0.821 R 0.800, people P 0.940
  fr  wikidata F1 0.751, schema F1 0.763, films P 0.800 R 0.947, people P 0.983
These are the figures for text never seen: lower than tests/blind2's first measurement
(0.838 / 0.823), for layouts no set had shown (a title page with no "presents" line, or
actors billed between "présente" and the title; Turkish capitals; "TITLE, Director"
filmography lines; cast tables "Actor | Role"; infobox lists with "·"; running headers).
The generic fixes it showed (each with a test of its own in tests/test_patterns_presskit.py)
then moved it to
  en  wikidata F1 0.917, schema F1 0.907, films P 1.000 R 0.875, people P 1.000
  fr  wikidata F1 0.900, schema F1 0.910, films P 1.000 R 0.974, people P 1.000
with English film recall still under its bar; the fixes tests/blind4 showed (stop 10) lifted
it to 0.900 (wikidata F1 en 0.931, fr 0.922). The set is no longer unseen.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind3", MEASURED_BELOW))
