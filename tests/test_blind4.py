"""The fourth blind set: documents of invented films written, like the three before it, by
someone who read neither the readers (graph/) nor the tests, after the fixes tests/blind3
showed; measured once, with nothing changed for it:
  en  wikidata F1 0.847, schema F1 0.857, films P 0.784 R 0.707, people P 0.978
  fr  wikidata F1 0.775, schema F1 0.786, films P 0.865 R 0.842, people P 0.977
The figure for text never seen, at the end of this stop: higher than tests/blind3's first
measurement (0.744 / 0.751), still under the issue's 0.90. A few generic fixes came of it
(title pages whose last billed actor stands alone, or that open with "UN FILM DE X" over
the title; encyclopedia sub-headings that are no company; "the Cypriot company X"; an
address ends a list of bodies; "the short film T (1998)" names a film even when T reads
like a name; a film named in passing on a lead's line is its own node), which moved it to
  en  wikidata F1 0.865, schema F1 0.872, films P 0.800 R 0.780
  fr  wikidata F1 0.837, schema F1 0.843, films P 0.914 R 0.842
The next stop's fixes (lead-paragraph phrasings in both languages, "Title (Director, year)"
filmographies, documentary sections, actor headings with the character, a box under
"LISTE TECHNIQUE", a country and language table of every UN member) lifted every figure over
its bar: en wikidata F1 0.964, schema 0.964, films P 0.976 R 0.976; fr 0.952 / 0.950,
films P 1.000 R 0.974. The set is no longer unseen.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind4", MEASURED_BELOW))
