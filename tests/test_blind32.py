"""The thirty-second blind set: documents of invented films written by someone who read
neither the readers (graph/) nor the tests nor the earlier sets; measured once, with
nothing changed for it:
  en  wikidata F1 0.812, schema F1 0.824, films P 0.909 R 0.882, people P 0.978
  fr  wikidata F1 0.840, schema F1 0.861, films P 0.935 R 0.879, people P 0.945
(on the code of commit 0787b82)
Its documents: an encyclopedia article about a film (infobox, plot, cast, production,
release, alternative titles), an article about an actress (filmography), a press kit
(cast and crew with dotted leaders both ways, roles over names, filmographies in
capitals, one block before its name heading), eight lead paragraphs (half hard-wrapped),
a page of related articles (the seed's "mw-page-title-main" blocks); then a film
society's season programme, a cinematographer's obituary and a production company's
"About us" page (en), or a cinémathèque's retrospective programme, an editor's obituary
and a press release announcing a shoot (fr).
People and films recur across the documents of a language: the gold merges them.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind32", MEASURED_BELOW))
