"""The records that flow between stages: Document, Evidence, Mention, Value, Claim."""
from __future__ import annotations

from dataclasses import dataclass, field

# Kinds of entity a reader can mention. A "play" or "series" is a work that is not a film:
# it keeps its own kind so that it is never typed schema:Movie (vocabulary.md); "work" is
# any other creative work (a novel a film is based on).
ENTITY_KINDS = ("film", "person", "organization", "play", "series", "work")


@dataclass(frozen=True)
class Document:
    """One input text, split into lines (line numbers start at 1)."""

    id: str  # short content hash: stable whatever the file is called
    name: str  # the path as the user gave it, for messages
    text: str
    lines: tuple[str, ...] = field(repr=False)

    def line(self, number: int) -> str:
        return self.lines[number - 1]


@dataclass(frozen=True)
class Evidence:
    """Where a claim comes from: a document, a line, the reader that took it."""

    document: str  # Document.id
    line: int
    extractor: str
    source: str = ""  # Document.name, for messages


@dataclass(frozen=True)
class Mention:
    """An entity as one document names it.

    `local` ties mentions inside one document together (the film an infobox describes,
    the person a filmography belongs to); resolve() decides what is one node across
    documents.
    """

    kind: str
    name: str
    year: int | None = None
    local: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ENTITY_KINDS:
            raise ValueError(f"unknown entity kind {self.kind!r}; valid: {', '.join(ENTITY_KINDS)}")


@dataclass(frozen=True)
class Value:
    """A literal fact value, already normalised by the reader.

    kinds: date (ISO yyyy-mm-dd), year (yyyy), minutes, money (amount, unit = currency
    code), country, language (name; unit = BCP 47 code), text.
    """

    kind: str
    value: str
    unit: str = ""


@dataclass(frozen=True)
class Claim:
    """`subject prop object`, as one line of one document states it.

    `prop` is a role key of graph/vocab/roles.toml (director, cast, composer, ...) or a fact
    key (date, duration, country, ..., alias, kind). `qualifiers` carries extra detail such
    as ("character", "Anna") or ("role", "lyrics").
    """

    subject: Mention
    prop: str
    object: Mention | Value
    evidence: Evidence
    qualifiers: tuple[tuple[str, str], ...] = ()

    def qualifier(self, key: str) -> str | None:
        for k, v in self.qualifiers:
            if k == key:
                return v
        return None
