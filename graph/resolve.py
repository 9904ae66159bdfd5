"""resolve: all claims -> entities with stable keys, and facts that name them.

One node per thing: people and bodies by folded name (case, accents, punctuation);
films by folded title when the years agree, or lie within one year of each other with a
shared director or actor, or when a document states the other title as an alternative.
What two documents state differently is kept as two facts, each with its evidence, and
listed as a disagreement.
"""
from __future__ import annotations

from collections import Counter, defaultdict
import re
from dataclasses import dataclass, field, replace

from .model import Claim, Evidence, Mention, Value
from .text import fold, title_case

# props whose value should be one: a second value from another document is a disagreement
FUNCTIONAL = ("year", "duration", "budget", "box_office", "birth_date", "death_date")
PEOPLE_PROPS = ("director", "cast", "screenwriter", "producer", "composer")


@dataclass
class Entity:
    key: str  # stable: the kind and folded name (and year for films)
    kind: str
    name: str
    names: tuple[str, ...] = ()  # every other form documents used
    year: int | None = None


@dataclass(frozen=True)
class Fact:
    subject: str  # Entity.key
    prop: str
    object: str | Value  # Entity.key or a literal value
    qualifiers: tuple[tuple[str, str], ...]
    evidence: tuple[Evidence, ...]


@dataclass
class Entities:
    entities: dict[str, Entity]
    facts: list[Fact]
    documents: dict[str, str] = field(default_factory=dict)  # document id -> name
    disagreements: list[str] = field(default_factory=list)

    def by_kind(self, kind: str) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == kind]


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller id wins, so the result does not depend on the order of unions
            if str(rb) < str(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


def _node(m: Mention, doc: str) -> tuple:
    """A mention's identity inside its document."""
    if m.local:
        return (doc, m.kind, "local", m.local)
    if m.kind == "film":
        return (doc, m.kind, fold(m.name), m.year)
    return ("*", m.kind, fold(m.name))  # people, bodies and works: one per name


# a person named by an initial and a surname: "G. Vuilleumier", "J.-P. Example"
_INITIALLED = re.compile(r"^(?P<i>[A-ZÀ-Þ])\.(?:\s*-?\s*[A-ZÀ-Þ]\.)?\s*(?P<rest>[A-ZÀ-Þ][\w'’-]+(?:\s+[\w'’-]+){0,2})$")


def _full_names(claims: list[Claim]) -> list[Claim]:
    """A person an archive's table names by an initial ('G. Vuilleumier') is the one person
    the documents name in full with that initial and that surname ('Gérald Vuilleumier'),
    when there is exactly one: the claims name them so."""
    people = {m.name for c in claims for m in (c.subject, c.object)
              if isinstance(m, Mention) and m.kind == "person"}
    full: dict[tuple[str, str], set[str]] = defaultdict(set)
    for name in people:
        words = name.split()
        if len(words) >= 2 and len(words[0].rstrip(".")) > 1 and "." not in words[0]:
            full[(fold(words[0])[:1], fold(" ".join(words[1:])))].add(name)
    swap: dict[str, str] = {}
    for name in people:
        m = _INITIALLED.match(name)
        if m:
            found = full.get((fold(m.group("i")), fold(m.group("rest"))), set())
            if len({fold(f) for f in found}) == 1:
                swap[name] = min(found)
    if not swap:
        return claims

    def named(m):
        return replace(m, name=swap[m.name]) if isinstance(m, Mention) and m.kind == "person" and m.name in swap else m
    return [replace(c, subject=named(c.subject), object=named(c.object)) for c in claims]


def resolve(claims: list[Claim]) -> Entities:
    claims = _full_names(claims)
    mentions: dict[tuple, list[tuple[Mention, Evidence]]] = defaultdict(list)
    docs: dict[str, str] = {}
    for c in claims:
        docs.setdefault(c.evidence.document, c.evidence.source)
        for m in (c.subject, c.object):
            if isinstance(m, Mention):
                mentions[_node(m, c.evidence.document)].append((m, c.evidence))

    uf = _UnionFind()
    for n in mentions:
        uf.find(n)
        if n[2] == "local" and n[1] in ("person", "organization"):
            # a person a block is about is the person of that name everywhere
            for m, _ in mentions[n]:
                uf.union(n, ("*", m.kind, fold(m.name)))
    film_years = _film_years(claims, mentions)
    links = _people_of_films(claims)
    by_title: dict[str, list[tuple]] = defaultdict(list)
    for n, ms in mentions.items():
        if n[1] == "film":
            for title in {fold(m.name) for m, _ in ms}:
                by_title[title].append(n)
    for title, nodes in sorted(by_title.items(), key=lambda kv: kv[0]):
        nodes = sorted(set(nodes), key=str)
        for i, a in enumerate(nodes):
            for b in nodes[i + 1:]:
                if _same_film(film_years[a], film_years[b], links[a], links[b]):
                    uf.union(a, b)
        # a document that names a title once with its year and once without ("THE QUIET
        # ISLAND (2015)" in one biography, "edited THE QUIET ISLAND" in the next) names one
        # film, when it gives that title no other year
        dated_in: dict[str, list[tuple]] = defaultdict(list)
        for b in nodes:
            if film_years[b]:
                dated_in[b[0]].append(b)
        for a in nodes:
            dated = dated_in.get(a[0]) if not film_years[a] else None
            if dated and len({y for b in dated for y in film_years[b]}) == 1:
                uf.union(a, dated[0])
    for c in claims:  # a stated alternative name joins two mentions into one entity
        if c.prop == "alias" and isinstance(c.object, Mention):
            uf.union(_node(c.subject, c.evidence.document), _node(c.object, c.evidence.document))

    groups: dict[tuple, list[tuple]] = defaultdict(list)
    for n in mentions:
        groups[uf.find(n)].append(n)
    entities: dict[str, Entity] = {}
    key_of: dict[tuple, str] = {}
    for root in sorted(groups, key=str):
        nodes = groups[root]
        forms = Counter({(m.name, ev.document, ev.line) for n in nodes for m, ev in mentions[n]})
        forms = Counter(name for name, _, _ in forms.elements())
        kind = _kind(Counter(n[1] for n in nodes for _ in mentions[n]))
        name = _best_name(forms)
        years = sorted({y for n in nodes for y in film_years.get(n, ())})
        year = years[0] if years else None
        base = f"{kind}:{fold(name)}" + (f":{year}" if kind == "film" and year else "")
        key, k = base, 2
        while key in entities:
            key = f"{base}:{k}"
            k += 1
        others = tuple(sorted({_display(f) for f in forms if fold(f) != fold(name)}))
        name = _display(name)
        entities[key] = Entity(key, kind, name, others, year)
        for n in nodes:
            key_of[n] = key

    facts = _facts(claims, key_of, entities)
    return Entities(entities, facts, dict(sorted(docs.items())), _disagreements(facts, entities))


def _kind(counts: Counter) -> str:
    """A name read as a film in one place and a play in another is what most places say;
    a tie goes to the more specific kind (a play is never promoted to a film)."""
    order = {"play": 0, "series": 1, "work": 2, "film": 3, "organization": 4, "person": 5}
    return max(counts, key=lambda k: (counts[k], -order.get(k, 9)))


def _best_name(forms: Counter) -> str:
    """The form used most; then one not in capitals; then the one with more capitals
    ('Marie Le Sample' over 'Marie le Sample')."""
    def rank(name: str):
        letters = [c for c in name if c.isalpha()]
        caps = bool(letters) and all(c.isupper() for c in letters)
        return (-forms[name], caps, -sum(c.isupper() for c in name), name)
    return min(forms, key=rank)


def _display(name: str) -> str:
    """Capitals as press kits write titles become sentence case; other forms stay."""
    return title_case(name)


def _film_years(claims: list[Claim], mentions: dict) -> dict[tuple, set[int]]:
    years: dict[tuple, set[int]] = defaultdict(set)
    for n, ms in mentions.items():
        for m, _ in ms:
            if m.year:
                years[n].add(m.year)
    for c in claims:
        if c.prop == "date" and isinstance(c.object, Value) and c.subject.kind == "film":
            years[_node(c.subject, c.evidence.document)].add(int(c.object.value[:4]))
    return years


def _people_of_films(claims: list[Claim]) -> dict[tuple, dict[str, set[str]]]:
    """For each film mention: the people credited on it, by role (director, cast, ...)."""
    links: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for c in claims:
        if c.prop in PEOPLE_PROPS and isinstance(c.object, Mention):
            # (spaces aside: "Youssef Ben Chekroun" in a register is "Youssef Benchekroun")
            links[_node(c.subject, c.evidence.document)][c.prop].add(fold(c.object.name).replace(" ", ""))
    return links


def _same_film(ya: set[int], yb: set[int], pa: dict, pb: dict) -> bool:
    """One film: the same year, unless two different directors say otherwise; or a year
    apart (or no year on one side) with a person credited on both."""
    people_a = set().union(*pa.values()) if pa else set()
    people_b = set().union(*pb.values()) if pb else set()
    shared = bool(people_a & people_b)
    da, db = pa.get("director", set()) if pa else set(), pb.get("director", set()) if pb else set()
    if ya and yb:
        gap = min(abs(a - b) for a in ya for b in yb)
        return gap == 0 and (shared or not (da and db)) or gap <= 1 and shared
    return shared


def _facts(claims: list[Claim], key_of: dict, entities: dict[str, Entity]) -> list[Fact]:
    grouped: dict[tuple, list[Evidence]] = defaultdict(list)
    order: list[tuple] = []
    for c in claims:
        s = key_of[_node(c.subject, c.evidence.document)]
        o = key_of[_node(c.object, c.evidence.document)] if isinstance(c.object, Mention) else c.object
        quals = tuple(sorted(c.qualifiers))
        k = (s, c.prop, o, quals)
        if k not in grouped:
            order.append(k)
        grouped[k].append(c.evidence)
        # a film's year as a document gives it (a filmography line, a title) is a fact too
        for m in (c.subject, c.object):
            if isinstance(m, Mention) and m.kind == "film" and m.year:
                mk = key_of[_node(m, c.evidence.document)]
                yk = (mk, "date", Value("year", str(m.year)), ())
                if yk not in grouped:
                    order.append(yk)
                grouped[yk].append(c.evidence)
    # a year is implied by a full date of that year: keep only the date
    full = {(k[0], k[2].value[:4]) for k in grouped
            if k[1] == "date" and isinstance(k[2], Value) and k[2].kind == "date"}
    facts = []
    for k in sorted(order, key=_sort_key):
        s, prop, o, quals = k
        if prop == "date" and isinstance(o, Value) and o.kind == "year" and (s, o.value) in full:
            continue
        ev = tuple(sorted(set(grouped[k]), key=lambda e: (e.document, e.line, e.extractor)))
        facts.append(Fact(s, prop, o, quals, ev))
    return facts


def _sort_key(k: tuple):
    s, prop, o, quals = k
    ov = (o.kind, o.value, o.unit) if isinstance(o, Value) else ("", o, "")
    return (s, prop, ov, quals)


def _disagreements(facts: list[Fact], entities: dict[str, Entity]) -> list[str]:
    """Values of one-valued facts, and characters of one actor, that documents disagree on."""
    values: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.prop == "date" and isinstance(f.object, Value):
            values[(f.subject, "year")].append(f)
        elif f.prop in FUNCTIONAL:
            values[(f.subject, f.prop)].append(f)
        elif f.prop == "cast" and f.qualifiers:
            values[(f.subject, f"character of {entities[f.object].name}")].append(f)
    out = []
    for (s, what), fs in sorted(values.items()):
        if what == "year":
            distinct = {f.object.value[:4] for f in fs}
        elif what.startswith("character"):
            distinct = {fold(dict(f.qualifiers).get("character", "")) for f in fs}
        else:
            distinct = {f.object.value for f in fs}
        docs = {e.document for f in fs for e in f.evidence}
        if len(distinct) > 1 and len(docs) > 1:
            parts = []
            for f in fs:
                shown = dict(f.qualifiers).get("character") if what.startswith("character") \
                    else f.object.value
                where = ", ".join(f"{e.source}:{e.line}" for e in f.evidence)
                parts.append(f"{shown!r} ({where})")
            out.append(f"{entities[s].name}: {what}: " + " vs ".join(parts))
    return out

