"""extract: a Document -> the Claims its readers find in it.

The readers are listed in READERS, in the order they run; each takes the document's
Context (its language, the film it is about) and appends claims to it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .. import rx
from ..model import Claim, Document, Mention, Value
from ..text import clean, is_french
from . import billing, cast, catalogue, columns, companies, credits, filmography, infobox, news, palmares, prose, tables
from .context import Context, context

READERS: dict[str, Callable[[Context], None]] = {
    infobox.NAME: infobox.read,
    credits.NAME: credits.read,
    cast.NAME: cast.read,
    billing.NAME: billing.read,
    filmography.NAME: filmography.read,
    tables.NAME: tables.read,
    palmares.NAME: palmares.read,
    prose.NAME: prose.read,
    news.NAME: news.read,
    companies.NAME: companies.read,  # (after prose: which film each sentence tells of)
}


def extract(document: Document, readers: list[str] | None = None) -> list[Claim]:
    """All claims the readers find in `document`, in reading order, without repeats."""
    names = readers or list(READERS)
    unknown = [n for n in names if n not in READERS]
    if unknown:
        raise KeyError(f"no reader {unknown[0]!r}; valid: {', '.join(READERS)}")
    document = columns.unframe(document)  # (records drawn in boxes: their text)
    cols = columns.split(document)
    main, side = cols if cols is not None else (document, None)
    parts = catalogue.entries(main, side)
    if parts is None:
        contexts = [context(main)]
        if contexts[0].film is None:  # one entry: "TITLE" over "Chile 2021 · 101 min"
            contexts = [catalogue.single(main, contexts[0])]
        if side is not None:  # the right column of a page in two: about the same film
            first = contexts[0]
            contexts.append(Context(side, first.french, first.film, first.film_line, first.film_reason))
    else:  # a catalogue: each entry about its own film, the foreword about none
        french = is_french(document.text[:20000])
        contexts = []
        by = catalogue.issuer(main)  # a distributor's catalogue: it distributes each film
        ranks = catalogue.ranked(main)  # a top ten's "3. Title, de A Name (1971)"
        for part, film, line, (n, alt) in parts:
            part, dates = catalogue.released(part, french) if film is not None else (part, [])
            ctx = Context(part, french, film, line, "a catalogue entry's title line")
            for k, d in dates:  # "TITLE        Sortie : 15/11/2023": its release
                ctx.add(film, "date", Value(*d), k, catalogue.NAME)
            if film is not None and alt:  # "LAS PIEDRAS QUE CANTAN" / "The Singing Stones"
                ctx.add(film, "alias", Mention("film", alt, local=film.local), n, catalogue.NAME)
            if film is not None and line in ranks:
                m = ranks[line]
                ctx.add(film, "director", Mention("person", clean(m.group("who") or m.group("who2"))),
                        line, catalogue.NAME)
                if m.group("y") or m.group("y2"):
                    ctx.add(film, "date", Value("year", m.group("y") or m.group("y2")), line, catalogue.NAME)
            if film is not None and by is not None:
                ctx.add(film, "distributor", Mention("organization", by[1]), by[0], catalogue.NAME)
            contexts.append(ctx)
    key = credits.legend(document)  # a catalogue's abbreviations, for each of its entries
    claims: list[Claim] = []
    for ctx in contexts:
        ctx.memo["legend"] = key
        for name in names:
            READERS[name](ctx)
        claims.extend(ctx.claims)
    seen: set = set()
    out = []
    for c in map(_character_named, claims):
        key = (c.subject, c.prop, c.object, c.qualifiers, c.evidence.line)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# what follows a character's name in a cast list and describes the character: "Obinna, the
# wedding planner", "Adwoa, Kojo's sister", "Fik, le wattman", "Tom, aged 9"
_DESCRIBED = rx.compile(r"^(?P<name>[^,]{1,60}?),\s+(?=[a-zà-ÿ]|(?:the|a|an|his|her|their|its|le|la|les|"
                        r"un|une|l['’]|son|sa|ses|leur)\s|[A-ZÀ-Þ][^\s,'’]*['’]s?\s|aged?\s)")


def character_name(char: str) -> str:
    """A character as a cast list names it, without the description after a comma."""
    m = _DESCRIBED.match(char)
    return m.group("name").strip() if m and m.group("name").strip() else char


def _character_named(c: Claim) -> Claim:
    quals = c.qualifiers
    if not quals or not any(k == "character" for k, _ in quals):
        return c
    new = tuple((k, character_name(v) if k == "character" else v) for k, v in quals)
    return c if new == quals else replace(c, qualifiers=new)


__all__ = ["extract", "READERS", "Context", "context"]
