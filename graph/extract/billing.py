"""Billing blocks: the credits a poster or a disc's back cover sets in capitals, run on
with no separator but the role labels themselves:

    NIGHTJAR VIDEO PRESENTS A CRESCENT MOON PICTURES PRODUCTION IN ASSOCIATION WITH X FUND
    "THE TITLE" AN ACTOR ANOTHER ACTOR MUSIC BY A COMPOSER EDITED BY AN EDITOR
    DIRECTOR OF PHOTOGRAPHY A NAME PRODUCED BY A NAME WRITTEN AND DIRECTED BY A NAME

A run of lines in capitals with three role labels or more is such a block. It is cut at
its labels; what stands between two labels is the first one's names:

- before PRESENTS, the distributor; "A ... PRODUCTION", the production company; after
  IN ASSOCIATION WITH, the funders;
- after the title in quotes, the cast;
- any other label's names.

Names in capitals with nothing between them ("GIL HA-NEUL SEOK MI-RAE") are told apart
by the names the document writes elsewhere in lower case ("Seok Mi-rae"), else by their
shape: a name of two words or more ends on a hyphenated word ("HAN-KYEOL TORRES-BAE"),
else a run of four or six words is two or three names of two.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rx, vocab
from ..model import Mention
from ..text import fold, name_case, title_case
from .context import Context
from .values import looks_like_name

NAME = "billing"
MIN_LABELS = 3
# a name as a text writes it in lower case: "Seok Mi-rae", "Han-kyeol Torres-Bae"
MIXED_NAME = rx.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-Za-zÀ-ÿ][a-zà-ÿ'’]+)*(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’]+"
                        r"(?:-[A-Za-zÀ-ÿ][a-zà-ÿ'’]+)*){1,3}\b")


@lru_cache(maxsize=1)
def _labels() -> dict[tuple[str, ...], str]:
    """Folded label words -> role, for the labels a billing block can use: several words,
    or one word of five letters or more ('MUSIC', 'EDITOR'; not 'SON', a surname too)."""
    out = {}
    for lab, key in vocab.labels().items():
        words = tuple(lab.split())
        if key in vocab.roles() and len(words) <= 6 and key != "cast" and (
                len(words) > 1 or len(lab) >= 5 and vocab.role(key).object == "person"):
            # (one word names a person's role: "A X PRODUCTION" is the company's own word)
            out[words] = key
    return out


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _label_at(words: list[str], i: int) -> tuple[list[str], int] | None:
    """The role(s) a label starting at word i names, and its length in words."""
    table = _labels()
    folded = [fold(w) for w in words[i:i + 8]]
    for n in range(min(6, len(folded)), 0, -1):
        key = table.get(tuple(folded[:n]))
        if key:
            return [key], n
    # "WRITTEN AND DIRECTED BY": each verb with the preposition
    m = None
    for n in range(3, min(8, len(folded)) + 1):
        if folded[n - 1] == "by" and "and" in folded[:n - 1]:
            m = n
            break
    if m:
        verbs = " ".join(folded[:m - 1]).split(" and ")
        keys = [table.get(tuple(f"{v} by".split())) for v in verbs]
        if all(keys) and len(keys) > 1:
            return list(dict.fromkeys(keys)), m
    return None


def _known(doc_text: str) -> dict[str, str]:
    """The names the document writes in lower case, by their folded words."""
    return {fold(m.group(0)): m.group(0) for m in MIXED_NAME.finditer(doc_text)}


def _people(words: list[str], known: dict[str, str]) -> list[str]:
    """The names a run of capitalised words holds (see the module's text)."""
    words = [w for w in words if w not in ("&", "AND", "ET", ",")]
    words = [w.strip(",") for w in words if w.strip(",")]
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 1, -1):  # a name the text writes elsewhere
            hit = known.get(fold(" ".join(words[i:i + n])))
            if hit:
                out.append(hit)
                i += n
                break
        else:
            # (else by shape: up to a hyphenated word, two words at least)
            j = i
            while j < len(words) and not (j > i and "-" in words[j]):
                j += 1
            if j < len(words) and j - i <= 3:
                out.append(name_case(" ".join(words[i:j + 1])))
                i = j + 1
                continue
            rest = words[i:]
            if any("-" in w for w in rest[1:]) or len(rest) not in (2, 3, 4, 6):
                return out if not rest else []  # no telling where the names end
            size = 3 if len(rest) == 3 else 2
            out.extend(name_case(" ".join(rest[k:k + size])) for k in range(0, len(rest), size))
            i = len(words)
    return [n for n in out if looks_like_name(n) and len(n.split()) >= 2]


def read(ctx: Context) -> None:
    text = ctx.doc.text
    if " BY " not in text and " PRESENTS " not in text:
        return
    lines = ctx.doc.lines
    i = 0
    while i < len(lines):
        if not _capitals(lines[i]):
            i += 1
            continue
        j = i
        while j + 1 < len(lines) and _capitals(lines[j + 1]):
            j += 1
        _block(ctx, i, j)
        i = j + 1


def _block(ctx: Context, a: int, b: int) -> None:
    words: list[str] = []
    where: list[int] = []
    for k in range(a, b + 1):
        for w in ctx.doc.lines[k].split():
            words.append(w)
            where.append(k + 1)
    # the block cut at its labels: (role keys, first word, words)
    parts: list[tuple[list[str], int, list[str]]] = [([], 0, [])]
    i = 0
    labels = 0
    while i < len(words):
        hit = _label_at(words, i) if parts[-1][2] or not parts[-1][0] else None
        if hit:
            parts.append((hit[0], i + hit[1], []))
            labels += 1
            i += hit[1]
            continue
        if words[i] in ("PRESENTS", "PRESENT", "PRÉSENTE", "PRÉSENTENT"):
            parts[-1] = (parts[-1][0] or ["distributor"], parts[-1][1], parts[-1][2])
            parts.append(([], i + 1, []))
            i += 1
            continue
        parts[-1][2].append(words[i])
        i += 1
    if labels < MIN_LABELS:
        return
    known = _known(ctx.doc.text)
    film = ctx.film
    quoted = re.search(r"[\"“](?P<title>[^\"”]{2,80})[\"”]", " ".join(words))
    if film is None and quoted:  # a cover with no title the readers knew: the block's
        film = Mention("film", title_case(quoted.group("title").strip()), local="film")
    for keys, start, seg in parts:
        line = where[min(start, len(where) - 1)]
        if not keys:  # "A CRESCENT MOON PICTURES PRODUCTION", '"THE TITLE" ACTOR ACTOR'
            film = _unlabelled(ctx, film, seg, line, known)
            continue
        if film is None:
            continue
        title = [k for k, w in enumerate(seg) if w.startswith(("\"", "“"))]
        if title:  # (the title in quotes ends the funders: the cast follows it)
            film = _unlabelled(ctx, film, seg[title[0]:], where[min(start + title[0], len(where) - 1)], known)
            seg = seg[:title[0]]
        for key in keys:
            role = vocab.role(key)
            if role.object == "organization":
                for body in re.split(r"\s+(?:AND|&|ET)\s+|,\s*", " ".join(seg)):
                    body = re.sub(r"\s+(?:LTD|INC)\.?$", "", body.strip(" ,."))
                    if body and looks_like_name(name_case(body), "organization"):
                        ctx.add(film, key, Mention("organization", name_case(body)), line, NAME)
            else:
                for who in _people(seg, known):
                    ctx.add(film, key, Mention("person", who), line, NAME)


def _unlabelled(ctx: Context, film: Mention | None, seg: list[str], line: int,
                known: dict) -> Mention | None:
    """A part with no label: 'A X PRODUCTION' (the company), '"TITLE" A B' (the cast)."""
    text = " ".join(seg)
    m = re.match(r"^(?:AN?\s+)?(?P<body>.+?)\s+PRODUCTION\b\s*(?P<rest>.*)$", text)
    if m and film is not None:
        body = name_case(m.group("body"))
        if looks_like_name(body, "organization"):
            ctx.add(film, "production_company", Mention("organization", body), line, NAME)
        text = m.group("rest")
    t = re.match(r"^[\"“](?P<title>[^\"”]+)[\"”]\s*(?P<cast>.*)$", text)
    if t:
        title = t.group("title").strip()
        if film is None or fold(title) != fold(film.name):
            if film is not None:
                return film  # another film's title: not this block's
            film = Mention("film", title_case(title), local="film")
        for who in _people(t.group("cast").split(), known):
            ctx.add(film, "cast", Mention("person", who), line, NAME)
    return film
