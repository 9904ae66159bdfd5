"""Companies reader: the closing paragraph of a press kit that names the bodies behind a film.

    An A, B and C coproduction. With the participation of D, E and F. In association
    with the Sofica G. With the support of H. Original soundtrack released by I.

Each sentence opens with a role phrase from the role table (organization roles), or has
the "A, B and C coproduction" shape; what follows, to the sentence's end or the next role
phrase, is a list of bodies.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..model import Mention
from .context import Context
from .values import _person_shaped, label_key, names

NAME = "companies"
COPRODUCTION = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:An?|Une?)\s+(?P<list>[A-ZÀ-Þ][^.]+?)\s+(?:co-?production|production)\b")
# "Produced by A Films (Canada)": bodies produce too; a person's name is the credits'
PRODUCED_BY = re.compile(r"(?:^|(?<=[.;]\s))(?P<label>(?:Produced|Co-?produced|Produit|Coproduit)\s+(?:by|par))\s+")
FRENCH_COPRODUCTION = re.compile(r"\bune\s+(?:co-?production)\s+(?P<list>[^.]+)", re.I)


@lru_cache(maxsize=None)
def _phrases() -> re.Pattern:
    """Role phrases of two words or more for bodies: 'with the participation of', ..."""
    labels = {lab for r in vocab.roles().values() if r.object == "organization"
              for lab in r.labels if len(lab.split()) >= 2}
    def variants(lab: str) -> str:
        # "avec le soutien de" is also "avec le soutien du / de la / des / de l'"
        if lab.endswith(" de"):
            return re.escape(lab[:-3]) + r"\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])"
        return re.escape(lab)
    alt = "|".join(variants(lab) for lab in sorted(labels, key=len, reverse=True))
    # a phrase may stand mid-sentence: "A (Canada) in coproduction with B"
    return re.compile(rf"(?:^|(?<=\s))(?P<label>{alt})\b\s*(?!:)", re.I)


def _paragraphs(ctx: Context):
    """(text, [line number of each character]) for each blank-line separated paragraph."""
    buf: list[str] = []
    where: list[int] = []
    for n, line in enumerate(ctx.doc.lines + ("",), 1):
        if line.strip():
            piece = line.strip() + " "
            buf.append(piece)
            where.extend([n] * len(piece))
            continue
        if buf:
            yield "".join(buf), where
        buf, where = [], []


def read(ctx: Context) -> None:
    film = ctx.film
    if film is None:
        return
    pattern = _phrases()
    for text, where in _paragraphs(ctx):
        if ":" in text and text.count(":") >= text.count(".") or len(text) > 3000:
            continue  # a run of "Label: value" credit lines: the credits reader's
        hits = list(pattern.finditer(text)) + list(PRODUCED_BY.finditer(text))
        hits.sort(key=lambda m: m.start())
        copro = COPRODUCTION.search(text) or FRENCH_COPRODUCTION.search(text)
        if not hits and not copro:
            continue
        if copro:
            _bodies(ctx, film, "production_company", copro.group("list"), where[copro.start("list")])
        for k, m in enumerate(hits):
            end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
            stop = re.search(r"\.(?:\s|$)", text[m.end():end])
            chunk = text[m.end(): m.end() + stop.start()] if stop else text[m.end():end]
            label = re.sub(r"\s+(?:de\s+la|de\s+l['’]|des|du|d['’])\s*$", " de", m.group("label").strip())
            key = "production_company" if m.re is PRODUCED_BY else label_key(label)
            if key:
                _bodies(ctx, film, key, chunk, where[min(m.start(), len(where) - 1)],
                        bodies_only=m.re is PRODUCED_BY)


def _bodies(ctx: Context, film: Mention, key: str, chunk: str, line: int,
            bodies_only: bool = False) -> None:
    chunk = re.sub(r",\s*$", "", chunk.strip())
    for name, _ in names(chunk, ctx, "organization"):
        if bodies_only and _person_shaped(name):
            continue  # "Produced by A Person": a producer, the credits reader's
        ctx.add(film, key, Mention("organization", name), line, NAME)
