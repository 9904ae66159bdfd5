"""The sixth blind set: documents of invented films written, like the five before it, by
someone who read neither the readers (graph/) nor the tests nor the earlier sets, after
the fixes tests/blind5 showed; measured once, with nothing changed for it:
  en  wikidata F1 0.715, schema F1 0.711, films P 0.878 R 0.735, people P 0.881
  fr  wikidata F1 0.686, schema F1 0.703, films P 0.814 R 0.814, people P 0.905
Its documents: encyclopedia copies with [edit] markers and contents lists, a voice cast
and an animated film, a person article whose filmography table wraps its title cells, a
festival press kit with form feeds and "TITLE / Original (dir. X)" lists, US production
notes with p.g.a./ACE suffixes, a trilingual Swiss documentary kit, lead paragraphs of
shorts, TV films and double versions.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "films.recall"): 0.735,
    ("fr", "wikidata.f1"): 0.686,
    ("fr", "schema.f1"): 0.703,
    ("fr", "films.precision"): 0.814,
    ("fr", "films.recall"): 0.814,
    ("all", "wikidata.f1"): 0.701,
    ("all", "schema.f1"): 0.707,
    ("all", "films.precision"): 0.845,
    ("all", "films.recall"): 0.772,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind6", MEASURED_BELOW))
