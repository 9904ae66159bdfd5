"""Infobox reader: the label lines of a flattened encyclopedia infobox.

    Directed by Jane Example
    Written byJane Example             (labels can be glued to their value)
    John Sample                        (a value can run over several lines or bullets)
    Release date
      • 16 November 2005 (2005-11-16)

A block counts as an infobox when it holds at least three label lines with no colon after
the label; the line above the first label (past an image file name) is the film's title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import vocab
from ..model import Mention
from ..text import clean, fold
from .context import HEADINGS, IMAGE_LINE, TITLE_LINE, Context
from .values import add_labelled

NAME = "infobox"


@lru_cache(maxsize=None)
def _label_re() -> re.Pattern:
    labels = sorted({lab for r in vocab.roles().values() for lab in r.labels if len(lab) > 3}
                    | {lab for row in vocab._table()["fact"] for lab in row["en"] + row["fr"]},
                    key=len, reverse=True)
    alt = "|".join(re.escape(lab) for lab in labels)
    # the label, then nothing, a space, or a value glued on (a capital, a digit, a currency)
    return re.compile(rf"^\s*({alt})(?:\s*$|\s+(?=\S)|(?-i:(?=[A-ZÀ-Þ0-9$€£¥•])))(?!\s*:)(.*)$", re.I)


def label_line(text: str) -> tuple[str, str] | None:
    if re.search(r"\.{3,}|…{2,}|·{3,}|_{3,}", text):
        return None  # dotted leaders: the credits reader's
    m = _label_re().match(text)
    if not m:
        return None
    label, value = m.group(1), m.group(2)
    if not label[:1].isupper() or re.match(r"^[^:]{0,40}:(?:\s|$)", value):
        return None  # "Production Manager: X" is a credit line, not an infobox label  # infobox labels are capitalised; prose that starts with "music" is not one
    return label, value.strip()


def blocks(ctx: Context) -> list[tuple[int, int]]:
    """(first, last) line numbers of runs of label lines with their continuation lines."""
    lines = ctx.doc.lines
    out = []
    i = 0
    while i < len(lines):
        if label_line(lines[i]) is None:
            i += 1
            continue
        start = end = i
        count = 0
        j = i
        while j < len(lines):
            text = lines[j]
            if not text.strip():
                # a blank line ends the box unless a label line follows it
                k = j + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and label_line(lines[k]) and k - j <= 2:
                    j = k
                    continue
                break
            if label_line(text):
                count += 1
            end = j
            j += 1
        if count >= 3:
            out.append((start + 1, end + 1))
        i = j + 1
    return out


def box_film(ctx: Context, start: int) -> Mention | None:
    """The title above the first label line; the document's film when they agree."""
    title = None
    for k in range(start - 1, max(0, start - 6), -1):
        text = ctx.doc.line(k).strip()
        if not text or IMAGE_LINE.search(text) or fold(text) in ("last updated",):
            continue
        title = text
        break
    if ctx.film and (title is None or fold(title) == fold(ctx.film.name)
                     or fold(ctx.film.name).startswith(fold(title)) or fold(title) in HEADINGS
                     or vocab.labels().get(fold(title))):
        return ctx.film
    if title:
        m = TITLE_LINE.match(title)
        year = int(m.group("year")) if m and m.group("year") else None
        return Mention("film", clean(m.group("title") if m else title), year, local=f"box{start}")
    return ctx.film


def read(ctx: Context) -> None:
    for first, last in blocks(ctx):
        film = box_film(ctx, first)
        if film is None:
            continue
        label = None
        for n in range(first, last + 1):
            text = ctx.doc.line(n)
            if not text.strip():
                continue
            hit = label_line(text)
            if hit:
                label, value = hit
                if not value:
                    continue
            else:
                value = text
            key = vocab.labels().get(fold(label)) if label else None
            if key:
                add_labelled(ctx, film, key, clean(value), n, NAME)


__all__ = ["read", "label_line", "blocks"]
