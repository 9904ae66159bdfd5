"""Cast reader: cast lists, with or without bullets, with or without a heading.

    Cast                                   a heading (Cast, Starring, Avec, Interprétation)
    * John Example as Dr. Richard Sample   Actor as Character
    Jane Example ..... Anna                dotted leaders (actor first)
    Isabelle Example (Erika)               Actor (Character)
    Samuel Example                         an actor alone, under a heading

Outside a heading, "Actor as Character" lines count in runs of two or more.
"""
from __future__ import annotations

import re

from ..model import Mention
from ..text import clean, fold
from .context import HEADINGS as SECTION_HEADINGS
from .context import Context
from .values import label_key, looks_like_name

NAME = "cast"
HEADINGS = {"cast", "starring", "avec", "interpretation", "cast in order of appearance",
            "cast and characters", "the cast", "main cast", "casting", "distribution artistique",
            "fiche artistique", "les comediens", "comediens", "with", "distribution",
            "acteurs", "interpretes", "role", "roles"}
BULLET = re.compile(r"^\s*(?:[•·*\-–]|\d+[.)])\s*")
AS_LINE = re.compile(r"^(?P<actor>[^,;:()]+?)\s+(?:as|dans le rôle de)\s+(?P<char>.+?)\s*$")
DOTS = re.compile(r"^(?P<a>.+?)\s*(?:\.{3,}|…+|·{3,}|_{3,}|\s{4,}|\t+)\s*(?P<b>.+?)\s*$")
PAREN = re.compile(r"^(?P<actor>[^()]+?)\s*\((?P<char>[^()]+)\)\s*$")
# "• Actor : Character", as encyclopedias list a cast (a press kit's unbulleted
# "Character: Actor" runs are the credits reader's)
BULLET_COLON = re.compile(r"^(?P<actor>[^:]+?)\s*:\s*(?P<char>.+?)\s*$")


def _pair(text: str, under_heading: bool) -> tuple[str, str | None] | None:
    """(actor, character or None) from one line of a cast list."""
    t = clean(BULLET.sub("", text))
    patterns = [DOTS, AS_LINE, PAREN] + ([BULLET_COLON] if BULLET.match(text) else [])
    for pattern in patterns:
        m = pattern.match(t)
        if not m:
            continue
        a, b = (m.group("a"), m.group("b")) if pattern is DOTS else (m.group("actor"), m.group("char"))
        a, b = clean(a), clean(b)
        if pattern is DOTS and b.isupper() and not a.isupper() and len(b.split()) >= 2:
            a, b = b.title(), a  # "Character ..... ACTOR NAME": press kits set actors in capitals
        elif a.isupper() and len(a.split()) >= 2:
            a = a.title()
        if label_key(a) or label_key(b):
            return None  # "Music ..... Name" is a credit, not a cast line
        if looks_like_name(a) and len(a.split()) >= 2 and b and len(b) <= 60:
            return a, b
    if under_heading and looks_like_name(t) and 2 <= len(t.split()) <= 4:
        return t, None
    return None


def read(ctx: Context) -> None:
    film = ctx.film
    if film is None:
        return
    lines = ctx.doc.lines
    under = False
    blank_run = 0
    run: list[tuple[int, tuple[str, str | None]]] = []

    def flush(require: int) -> None:
        if not any(char for _, (_, char) in run):
            require = max(require, 2)  # bare names count only as a list of them
        if len(run) >= require:
            for n, (actor, char) in run:
                quals = (("character", char),) if char else ()
                ctx.add(film, "cast", Mention("person", actor), n, NAME, quals)
        run.clear()

    for n, text in enumerate(lines, 1):
        t = clean(BULLET.sub("", text))
        if not t:
            blank_run += 1
            if blank_run >= 2 or (not under and run):
                flush(1 if under else 2)
                under = False
            continue
        blank_run = 0
        if fold(t) in HEADINGS and len(t) < 40:
            flush(1 if under else 2)
            under = True
            continue
        if fold(t) in SECTION_HEADINGS:  # the next section ends the list
            flush(1 if under else 2)
            under = False
            continue
        pair = _pair(text, under)
        if pair and (pair[1] is not None or under):
            run.append((n, pair))
            continue
        flush(1 if under else 2)
        under = False
    flush(1 if under else 2)
