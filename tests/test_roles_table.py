"""The role table (graph/vocab/roles.toml) is the one place labels become roles
(style.md #3): every role label the seed documents use has a row, and the table is well
formed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph import vocab
from graph.extract import extract
from graph.extract.values import label_key
from graph.read import read
from graph.text import fold

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Wikipedia's "Infobox film" labels, as a flattened article writes them at a line's start
INFOBOX_LABELS = (
    "Directed by", "Written by", "Screenplay by", "Story by", "Based on", "Produced by",
    "Starring", "Narrated by", "Cinematography", "Edited by", "Music by",
    "Production companies", "Production company", "Distributed by", "Release dates",
    "Release date", "Running time", "Countries", "Country", "Languages", "Language",
    "Budget", "Box office",
)
INFOBOX = re.compile(rf"^\s*({'|'.join(map(re.escape, INFOBOX_LABELS))})(?=$|\s|[A-Z0-9$€£•])")
# "Role: Name, Name and Name" (a space before the colon in French)
COLON = re.compile(r"^\s*(?P<label>[^:.!?]{1,40}?)\s*:\s*(?P<value>\S.*)$")
# a role phrase that runs into a name: "With the participation of Canal", "with help from
# the atelier", "Original soundtrack released by AZ"
PHRASE = re.compile(r"(?:^|(?<=[.;]\s)|(?<=,\s)(?=[a-zà-ÿ]))"
                    r"(?P<label>(?:[\w'’-]+\s+)?(?:[a-zà-ÿ'’-]+\s+){0,6}(?:of|with|from|by|de|par|avec))"
                    r"\s+(?:(?:the|la|le|les)\s+|l['’]|[A-ZÀ-Þ])")
# "An A, B and C coproduction."
COPRODUCTION = re.compile(r"(?:^|(?<=[.!?]\s))(?:An?|Une?)\s+[A-ZÀ-Þ][^.]*?\s+(?P<label>co-?production)\b")


def _paragraphs(lines: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    out, start, buf = [], 0, []
    for n, line in enumerate(lines + ("",), 1):
        if line.strip():
            start = start or n
            buf.append(line.strip())
        elif buf:
            out.append((start, buf))
            start, buf = 0, []
    return out


def _heading(par: list[str]) -> bool:
    return len(par) == 1 and len(par[0].split()) <= 6 and not re.search(r"[.:,;!?]$", par[0])


def labels_in(path: Path) -> list[tuple[str, int, str]]:
    """(label, line, how found) for every role label the document uses, found by the shape
    of the text around it, not by the role table."""
    doc = read(path)
    cast_lines = {c.evidence.line for c in extract(doc) if c.qualifier("character")}
    found = []
    for n, line in enumerate(doc.lines, 1):
        m = INFOBOX.match(line)
        if m:
            found.append((m.group(1), n, "infobox"))
    # the credits: from the first run of three "Label: value" lines to the next heading
    in_credits = False
    for start, par in _paragraphs(doc.lines):
        colons = [(start + i, COLON.match(t)) for i, t in enumerate(par) if COLON.match(t)]
        if len(colons) >= 3:
            in_credits = True
        elif in_credits and _heading(par):
            break
        if not in_credits:
            continue
        for n, m in colons:
            if n not in cast_lines:  # "Character: Actor" is a cast line, not a credit
                found.append((m.group("label").strip(), n, "credit line"))
        # role phrases start a sentence, a clause, or a line of a credit list
        pieces = [(start, " ".join(par))]
        if len(colons) >= 3:
            pieces += [(start + i, t) for i, t in enumerate(par) if not COLON.match(t)]
        for n, text in pieces:
            for m in PHRASE.finditer(text):
                found.append((m.group("label"), n, "role phrase"))
        for m in COPRODUCTION.finditer(" ".join(par)):
            found.append((m.group("label"), start, "coproduction"))
    return found


SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.name for p in SEED_FILES])
def test_every_role_label_in_the_seeds_has_a_row(path):
    found = labels_in(path)
    missing = [f"{path.name}:{n}: {label!r} ({how})" for label, n, how in found
               if label_key(label) is None]
    assert not missing, "labels with no row in graph/vocab/roles.toml:\n  " + "\n  ".join(missing)


def test_the_label_finder_finds_every_kind_of_label():
    """The test above is only as good as its finder: it sees labels of every shape."""
    found = [f for p in SEED_FILES for f in labels_in(p)]
    kinds = {how for _, _, how in found}
    assert kinds == {"infobox", "credit line", "role phrase", "coproduction"}, kinds
    labels = {fold(label) for label, _, _ in found}
    for label in ("written by", "running time", "dp", "mix", "wardrobe", "set design",
                  "with the artistic collaboration of", "with the participation of",
                  "in association with", "original soundtrack released by", "with help from",
                  "french distribution", "coproduction"):
        assert label in labels, label


def test_a_row_is_a_role_with_its_two_vocabularies():
    for r in vocab.roles().values():
        assert re.fullmatch(r"P[1-9]\d*", r.wikidata), r
        assert r.schema == "Role" or re.fullmatch(r"[a-z][A-Za-z]+", r.schema), r
        assert r.object in ("person", "organization"), r
        assert r.role and r.labels, r
        assert all(lab == lab.lower() for lab in r.labels), f"{r.key}: labels are lower case"


def test_no_label_names_two_rows():
    rows: dict[str, set[str]] = {}
    for r in vocab.roles().values():
        for lab in r.labels:
            rows.setdefault(fold(lab), set()).add(r.key)
    for row in vocab._table()["fact"]:
        for lab in row.get("en", []) + row.get("fr", []):
            rows.setdefault(fold(lab), set()).add(row["key"])
    shared = {lab: keys for lab, keys in rows.items() if len(keys) > 1}
    assert not shared, shared
