"""The fifth blind set: documents of invented films written, like the four before it, by
someone who read neither the readers (graph/) nor the tests nor the earlier sets, after
the fixes tests/blind4 showed; measured once, with nothing changed for it:
  en  wikidata F1 0.667, schema F1 0.660, films P 0.533 R 0.471, people P 0.856
  fr  wikidata F1 0.781, schema F1 0.777, films P 0.714 R 0.686, people P 0.950
Its documents are of kinds the earlier sets had little of: raw wiki markup, articles
about a person with tab-separated filmography tables, "Year : Title de Director : role"
filmographies, two running times that disagree.
The generic fixes it showed (wiki markup read as the page it shows, graph/wikitext.py;
filmography tables with tab-separated cells, graph/extract/tables.py; an article about a
person is about no film; "1981 : Title de X : Ali" filmographies; characters without the
description after a comma; French lead phrasings) moved it to
  en  wikidata F1 0.893, schema F1 0.894, films P 0.939 R 0.885, people P 0.935
  fr  wikidata F1 0.927, schema F1 0.926, films P 1.000 R 0.865
with the figures in MEASURED_BELOW still under their bars. The set is no longer unseen.
English people precision passed its bar at stop 22 (a crew list's "Hair and Make-up" line
no longer names a person "Hair"); its entry went. English film precision passed its bar
at stop 24: its entry went.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("fr", "films.recall"): 0.865,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind5", MEASURED_BELOW))
