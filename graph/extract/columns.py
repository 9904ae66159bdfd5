"""Columns: a page printed in two columns and flattened into one text.

A festival catalogue sets its credits beside the synopsis, a brochure prints two films
side by side; copied as text, each line holds a piece of both columns:

    Director     Nesrin Öztoprak-Behrens         In a village on the Euphrates that
    Screenplay   Nesrin Öztoprak-Behrens,        will soon vanish under the waters
                 Fırat Demirkol                  of a new dam, the widowed apricot

Read as it stands, the credits run into the synopsis ("Fırat Demirkol of a new dam").
A run of lines is taken for two columns when the right-hand pieces all start at the same
place, after a gap of three spaces or more, and read as running text: a piece of four
words or more that ends on a word in lower case goes on in a piece that opens in lower
case on the next line, twice or more. (A table of labels and names, or of actors and characters, never runs on that
way, so it stays one table.) Two tables side by side are two columns too, when both hold
three lines or more of dotted leaders ("TESS ..... KATE ACTOR      EDITOR ..... JO NAME").

split() gives the page's left column and its right column as two documents with the
lines they had, every other line blank, so each claim still points at its own line.
"""
from __future__ import annotations

import re

from .. import rx
from ..model import Document

GAP = rx.compile(r"\S(?P<gap> {3,})(?=\S)")
LEFTMOST = 24  # a right column starts this far in, or it is a table's second column
RUN_MIN = 3  # lines with something in the right column


def _starts(line: str) -> set[int]:
    """Where text resumes after a gap of three spaces or more (and where an indented
    line begins), far enough right to start a column."""
    out = {m.end("gap") for m in GAP.finditer(line) if m.end("gap") >= LEFTMOST}
    lead = len(line) - len(line.lstrip(" "))
    if lead >= LEFTMOST and line.strip():
        out.add(lead)
    return out


def _fits(line: str, c: int) -> bool:
    """Whether a line can be cut at c: all of it left of c, or a gap just before c."""
    body = line.rstrip()
    if len(body) <= c - 2:
        return True
    # (the right-hand piece may start further in: "Name ..... NAME" /
    # "                    ANOTHER NAME", a value under the one above)
    return len(body) > c and line[c - 2:c] == "  "


def _flows(pieces: list[tuple[int, str]]) -> int:
    """How often a piece runs on into the next line's piece ('that' / 'will soon ...')."""
    n = 0
    for (i, a), (j, b) in zip(pieces, pieces[1:]):
        # (two lines of a sentence: a table's cells are shorter, and a name ends them)
        if j == i + 1 and len(a.split()) >= 4 and len(b.split()) >= 3 and \
                re.search(r"\s[a-zà-ÿ][\w'’-]*,?$", a) and b[0].islower():
            n += 1
    return n


def _form(left: list[tuple[int, str]], right: list[tuple[int, str]]) -> bool:
    """A form: labels on the left, each ending on its colon, their values far to the right
    ('Titre actuel :      TITLE' / 'Réalisateur :      M. A NAME'), three or more and a
    quarter of the left-hand pieces beside a right-hand one at least: fields, their values
    running on over lines of their own, not two columns."""
    rights = {k for k, _ in right}
    beside = [p for k, p in left if k in rights]
    labels = sum(1 for p in beside if p.endswith(":") and len(p.split()) <= 5)
    return labels >= RUN_MIN and 4 * labels >= len(beside)


LEADER = rx.compile(r"\S\s?(?:\.{3,}|…+|·{3,}|_{3,})\s?\S")


def _leaders(pieces: list[tuple[int, str]]) -> int:
    """How many pieces are a label and its value joined by dotted leaders ('EDITOR ...... A
    NAME'): two lists of them side by side are two columns, a cast beside the crew."""
    return sum(bool(LEADER.search(p)) for _, p in pieces)


def _headed(lines: tuple[str, ...], left: list[tuple[int, str]], right: list[tuple[int, str]],
            c: int) -> bool:
    """Two headings side by side, each over its own list ('PRODUCTION COMPANIES
    DISTRIBUTION'), with two lines or more under the right-hand one."""
    from .values import label_key  # (values reads the context, which reads the columns)
    lefts = dict(left)
    for k, piece in right:
        other = lefts.get(k, "")
        if other and lines[k][:c].rstrip().endswith(other) and c - len(lines[k][:c].rstrip()) >= 6 \
                and all(len(p.split()) <= 3 and p.upper() == p for p in (piece, other)) \
                and label_key(piece) and label_key(other):
            return sum(1 for j, _ in right if j > k) >= 2
    return False


def _original_title(left: str, right: str) -> bool:
    """A title in capitals with its original title far to its right, above the columns
    ('THE TIDE CLOCK        Tidevannsuret'): one line, not a piece of the right column."""
    return left.isupper() and not right.isupper() and len(right.split()) <= 4


def split(doc: Document) -> tuple[Document, Document] | None:
    """The document as its left and right columns, or None when no run of lines is set in
    two columns."""
    if "   " not in doc.text:
        return None
    lines = doc.lines
    starts = [_starts(t) if "   " in t else set() for t in lines]
    counts: dict[int, int] = {}
    for s in starts:
        for c in s:
            counts[c] = counts.get(c, 0) + 1
    cuts: dict[int, int] = {}  # line index -> where its right column starts
    for c in sorted(c for c, k in counts.items() if k >= RUN_MIN):
        i = 0
        while i < len(lines):
            if not (c in starts[i]):
                i += 1
                continue
            # the run around line i: lines that fit a cut at c (blank lines too)
            a = i
            while a > 0 and _fits(lines[a - 1], c) and a - 1 not in cuts:
                a -= 1
            b = i
            while b + 1 < len(lines) and _fits(lines[b + 1], c) and b + 1 not in cuts:
                b += 1
            right = [(k, lines[k][c:].strip()) for k in range(a, b + 1) if len(lines[k].rstrip()) > c]
            left = [(k, lines[k][:c].strip()) for k in range(a, b + 1) if lines[k][:c].strip()]
            if len(right) >= RUN_MIN and not _form(left, right) and (_flows(right) >= 2 or _flows(left) >= 2 and _flows(right) >= 1
                                          or _leaders(left) >= RUN_MIN and _leaders(right) >= RUN_MIN
                                          or _headed(lines, left, right, c)):
                lone = {k for k, piece in right if _original_title(lines[k][:c].strip(), piece)
                        and not any(j == k + 1 for j, _ in right)}
                for k, _ in right:
                    if k not in lone:
                        cuts[k] = c
            i = b + 1
    if not cuts:
        return None
    left_lines = tuple(t[:cuts[k]].rstrip() if k in cuts else t for k, t in enumerate(lines))
    # (a right-hand piece keeps its indent in its column: a name under the one above)
    right_lines = tuple(t[cuts[k]:].rstrip() if k in cuts else "" for k, t in enumerate(lines))
    return (Document(id=doc.id, name=doc.name, text="\n".join(left_lines), lines=left_lines),
            Document(id=doc.id, name=doc.name, text="\n".join(right_lines), lines=right_lines))


FRAME_RULE = rx.compile(r"^(?P<i>\s*)\+(?P<rule>[-=]{4,})\+\s*$")
FRAMED = rx.compile(r"^(?P<i>\s*)\|(?P<text>[^|]*)\|\s*$")


def unframe(doc: Document) -> Document:
    """A page of records drawn in boxes ("+-----+" / "| TITLE ... X |" / "+-----+"), with
    the frame's edges rubbed out: each box's rules are rules, its lines the text inside, in
    the columns they had. Tables drawn with more than one cell a line are left as they are."""
    lines = list(doc.lines)
    inside, changed = False, False
    for k, text in enumerate(lines):
        rule = FRAME_RULE.match(text)
        if rule:
            inside = not inside if inside else _box_below(lines, k)
            lines[k] = rule.group("i") + " " + "-" * len(rule.group("rule"))
            changed = True
            continue
        framed = FRAMED.match(text) if inside else None
        if framed:
            lines[k] = (framed.group("i") + " " + framed.group("text")).rstrip()
        elif inside and text.strip():
            inside = False
    if not changed:
        return doc
    return Document(id=doc.id, name=doc.name, text="\n".join(lines), lines=tuple(lines))


def _box_below(lines: list[str], k: int) -> bool:
    """Whether a rule opens a box: framed lines of one cell under it, then a closing rule."""
    j = k + 1
    while j < len(lines) and FRAMED.match(lines[j]):
        j += 1
    return j > k + 1 and j < len(lines) and bool(FRAME_RULE.match(lines[j]))
