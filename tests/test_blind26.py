"""The twenty-sixth blind set: documents of invented films written by someone who read
neither the readers (graph/) nor the tests nor the earlier sets; measured once, with
nothing changed for it:
  en  wikidata F1 0.726, schema F1 0.762, films P 0.781 R 0.926, people P 0.983
  fr  wikidata F1 0.773, schema F1 0.789, films P 1.000 R 0.875, people P 0.980
(on the code of commit c545e3f)
Its documents, in each language: an encyclopedia film article (an infobox of tab-separated
labels), an article about a person (in English an actor with a tab-separated filmography
table, in French a director with a list), a press kit, twelve leads of films and people, a
festival catalogue of six films (original titles beside the English or French ones), an
obituary (a cinematographer's, an actor's), a home-video publisher's catalogue, and trade
news of a film starting to shoot with shorter items after it.
People recur across the documents of a language: the gold merges them.
Each figure below its bar is an xfail(strict=True) case: a fix that lifts it over the bar
turns the test red until its entry goes. Without ../shared the scoring tests skip.
"""
from __future__ import annotations

from pathlib import Path

from scored_sets import blind_set_tests

MEASURED_BELOW: dict[tuple[str, str], float] = {
    ("en", "wikidata.f1"): 0.726,
    ("en", "schema.f1"): 0.762,
    ("all", "wikidata.f1"): 0.747,
}

globals().update(blind_set_tests(Path(__file__).resolve().parent / "blind26", MEASURED_BELOW))
