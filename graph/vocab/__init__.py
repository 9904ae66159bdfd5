"""The role table and the place table, loaded once from their data files."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..text import fold

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Role:
    key: str
    schema: str  # a schema.org property name, or "Role"
    wikidata: str  # P-id
    role: str  # role name in words
    object: str  # person | organization
    labels: tuple[str, ...]

    @property
    def crew(self) -> bool:
        """P3092 (film crew member) roles carry their role as a qualifier node."""
        return self.wikidata in ("P3092",)


@lru_cache(maxsize=None)
def _table() -> dict:
    return tomllib.loads((HERE / "roles.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def roles() -> dict[str, Role]:
    out = {}
    for row in _table()["role"]:
        out[row["key"]] = Role(row["key"], row["schema"], row["wikidata"], row["role"],
                               row["object"], tuple(row.get("en", []) + row.get("fr", [])))
    return out


def role(key: str) -> Role:
    try:
        return roles()[key]
    except KeyError:
        raise KeyError(f"no role {key!r} in roles.toml; valid: {', '.join(sorted(roles()))}") from None


@lru_cache(maxsize=None)
def labels() -> dict[str, str]:
    """Folded label -> role or fact key. Roles come first, so a label they share with a
    fact (none today) names the role."""
    out: dict[str, str] = {}
    for r in roles().values():
        for lab in r.labels:
            out.setdefault(fold(lab), r.key)
    for row in _table()["fact"]:
        for lab in row.get("en", []) + row.get("fr", []):
            out.setdefault(fold(lab), row["key"])
    return out


FACT_KEYS = ("date", "duration", "country", "language", "budget", "box_office", "based_on",
             "genre", "alias")


@lru_cache(maxsize=None)
def _places() -> dict:
    return tomllib.loads((HERE / "places.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def languages() -> dict[str, tuple[str, str]]:
    """Folded language name -> (BCP 47 code, English name)."""
    out = {}
    for code, names in _places()["language"].items():
        for n in names:
            out[fold(n)] = (code, names[0])
    return out


def language(word: str) -> tuple[str, str] | None:
    """(BCP 47 code, English name) of a language named or described by `word`: 'Breton',
    'breton', 'bretonne' (a French feminine adjective the table need not list)."""
    table = languages()
    w = fold(word)
    for form in (w, w[:-2] if w.endswith("nne") else w, w[:-1] if w.endswith("e") else w):
        if form in table:
            return table[form]
    return None


@lru_cache(maxsize=None)
def cities() -> frozenset[str]:
    """Folded names of cities where films are made ('Buenos Aires', 'Varsovie')."""
    return frozenset(fold(n) for n in _places().get("city", {}).get("names", ()))


@lru_cache(maxsize=None)
def countries() -> dict[str, tuple[str, str]]:
    """Folded country name or adjective -> (ISO code, English name)."""
    out = {}
    for code, names in _places()["country"].items():
        for n in names:
            out.setdefault(fold(n), (code, names[0]))
    return out
