"""The blind set: documents of invented films written by someone who read neither the
readers (graph/) nor the tests, to measure extraction on text nothing was tuned for.
tests/blind/en and tests/blind/fr each hold docs/ (two encyclopedia articles with related-
article blocks, two press kits, three lead paragraphs) and gold.toml, written by hand from
the text in the format of ../shared/eval/seeds.gold.toml.

First measured, with the readers as they were when the set arrived:
  en  wikidata F1 0.834, schema F1 0.841, films P 0.929 R 0.812, people P 0.921
  fr  wikidata F1 0.756, schema F1 0.771, films P 0.850 R 0.630, people P 1.000
Then the generic fixes it showed (a press kit's title under its 'present(s)' line,
billing in columns, 'a film by' on a title page, technical lines with em dashes, addresses
that are not bodies; then filmography entries not in capitals, section headings over
sections, French lists of titles in sentences, 'Révélée par', a clause before a list of
titles) moved it to wikidata F1 0.902 (en) / 0.905 (fr), schema F1 0.906 / 0.917, with the
two figures in MEASURED_BELOW still under their bars; the fixes tests/blind2 showed later
(en wikidata F1 0.906, schema 0.910, people P 0.955; fr 0.905 / 0.917) lifted people
precision over its bar; the fixes tests/blind4 showed (stop 10) lifted French film recall
over its bar too (0.964; wikidata F1 en 0.919, fr 0.952). The set is no longer unseen: tests/blind2 and tests/blind3 were
written later, the same way, to measure again. Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over
the bar turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind", MEASURED_BELOW))
