"""extract: a Document -> the Claims its readers find in it.

The readers are listed in READERS, in the order they run; each takes the document's
Context (its language, the film it is about) and appends claims to it.
"""
from __future__ import annotations

from typing import Callable

from ..model import Claim, Document
from . import cast, companies, credits, filmography, infobox, prose
from .context import Context, context

READERS: dict[str, Callable[[Context], None]] = {
    infobox.NAME: infobox.read,
    credits.NAME: credits.read,
    cast.NAME: cast.read,
    companies.NAME: companies.read,
    filmography.NAME: filmography.read,
    prose.NAME: prose.read,
}


def extract(document: Document, readers: list[str] | None = None) -> list[Claim]:
    """All claims the readers find in `document`, in reading order, without repeats."""
    ctx = context(document)
    for name in readers or list(READERS):
        try:
            reader = READERS[name]
        except KeyError:
            raise KeyError(f"no reader {name!r}; valid: {', '.join(READERS)}") from None
        reader(ctx)
    seen: set = set()
    out = []
    for c in ctx.claims:
        key = (c.subject, c.prop, c.object, c.qualifiers, c.evidence.line)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


__all__ = ["extract", "READERS", "Context", "context"]
