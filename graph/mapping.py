"""map: entities and facts -> an rdflib Graph in schema.org and Wikidata style at once.

The role table drives the film relations (one loop, `_role`); vocabulary.md is the
contract for every term written here.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from . import vocab
from .model import Value
from .namespaces import (CURRENCY_ITEMS, DEFAULT_BASE, DOCUMENTARY, FILM, HUMAN, MINUTE,
                         ORGANIZATION, PLAY, PQ, PR, PROV, PS, PSV, SCHEMA, SHORT_FILM, TV_FILM,
                         TV_SERIES, WD, WDT, WIKIBASE, WRITTEN_WORK, P, PREFIXES, RDF_TYPE,
                         RDFS_NS, SKOS_NS, XSD_NS, bind)
from .resolve import Entities, Entity, Fact
from .text import short_hash, slug

# rdflib's own namespaces make a new term at each attribute access: these are asked for
# millions of times in a big build, and are the objects every other stage uses
RDF_TYPE, RDFS_LABEL, SKOS_ALT_LABEL = RDF_TYPE, RDFS_NS.label, SKOS_NS.altLabel
XSD_DATE, XSD_GYEAR, XSD_DURATION, XSD_DECIMAL = (XSD_NS.date, XSD_NS.gYear, XSD_NS.duration,
                                                  XSD_NS.decimal)

KIND_TYPES = {
    "film": (SCHEMA.Movie, FILM),
    "person": (SCHEMA.Person, HUMAN),
    "organization": (SCHEMA.Organization, ORGANIZATION),
    "play": (SCHEMA.CreativeWork, PLAY),  # a theatre play is never a schema:Movie
    "series": (SCHEMA.TVSeries, TV_SERIES),
    "work": (SCHEMA.CreativeWork, WRITTEN_WORK),
}
FILM_KINDS = {"short": SHORT_FILM, "documentary": DOCUMENTARY, "tv film": TV_FILM}
# facts of a person or a film: key -> (schema.org property, Wikidata property)
FACTS = {
    "date": (SCHEMA.datePublished, "P577"),
    "duration": (SCHEMA.duration, "P2047"),
    "budget": (None, "P2130"),
    "box_office": (None, "P2142"),
    "country": (SCHEMA.countryOfOrigin, "P495"),
    "language": (SCHEMA.inLanguage, "P364"),
    "genre": (SCHEMA.genre, "P136"),
    "based_on": (SCHEMA.isBasedOn, "P144"),
    "birth_date": (SCHEMA.birthDate, "P569"),
    "death_date": (SCHEMA.deathDate, "P570"),
    "birth_place": (SCHEMA.birthPlace, "P19"),
    "spouse": (SCHEMA.spouse, "P26"),
    "occupation": (SCHEMA.hasOccupation, "P106"),
    "nationality": (SCHEMA.nationality, "P27"),
    "nominated": (SCHEMA.award, "P1411"),
    "award": (SCHEMA.award, "P166"),
    "description": (SCHEMA.description, None),
    # the author of a novel or a play: schema:creator, since schema:author is the
    # screenwriter (P58) in the alignment and would make the work a film
    "author": (SCHEMA.creator, "P50"),
}
ONE_VALUED = ("date", "duration", "budget", "box_office", "birth_date", "death_date")


class Mapper:
    def __init__(self, entities: Entities, base: str = DEFAULT_BASE):
        self.e = entities
        self.base = base if base.endswith(("/", "#")) else base + "/"
        # a set of (s, p, o) rdflib terms: 30 times cheaper to fill than an rdflib Graph,
        # and all a build needs (to_graph() gives the Graph for those who want one)
        self.g: set[tuple] = set()
        self._iris: dict[str, URIRef] = {}
        self._nodes: dict = {}  # (kind, parts) -> node IRI, made once
        self._refs: dict = {}  # (document, line) -> (reference, document IRI, "line N")
        # plain literals and vocabulary IRIs (countries, roles...), each made once: rdflib's
        # constructors are slow, and one object per term keeps later lookups off __eq__
        self._lits: dict[str, Literal] = {}
        self._uris: dict[str, URIRef] = {}
        taken: set[str] = set()
        for key in sorted(entities.entities):  # stable keys -> stable IRIs
            ent = entities.entities[key]
            local = slug(ent.name) + (f"-{ent.year}" if ent.kind == "film" and ent.year else "")
            path = f"{ent.kind}/{local}"
            if path in taken:
                path = f"{path}-{short_hash(key, length=6)}"
            taken.add(path)
            self._iris[key] = URIRef(self.base + path)

    def lit(self, text: str) -> Literal:
        made = self._lits.get(text)
        if made is None:
            made = self._lits[text] = Literal(text)
        return made

    def uri(self, text: str) -> URIRef:
        made = self._uris.get(text)
        if made is None:
            made = self._uris[text] = URIRef(text)
        return made

    def iri(self, key: str) -> URIRef:
        return self._iris[key]

    def node(self, kind: str, *parts: object) -> URIRef:
        # hashed without the base, so that a graph under another --base is this graph
        # with its IRIs' prefix replaced (statements, references, roles alike)
        key = (kind, parts)
        made = self._nodes.get(key)
        if made is None:
            parts = tuple(str(p)[len(self.base):] if isinstance(p, URIRef) and
                          str(p).startswith(self.base) else p for p in parts)
            made = self._nodes[key] = URIRef(f"{self.base}{kind}/{short_hash(*parts, length=16)}")
        return made

    def _reference(self, ev) -> tuple[URIRef, URIRef, Literal]:
        """A place a fact was read: its reference node, its document, its line."""
        key = (ev.document, ev.line)
        made = self._refs.get(key)
        if made is None:
            made = self._refs[key] = (self.node("reference", ev.document, ev.line),
                                      self.uri(f"{self.base}document/{ev.document}"),
                                      self.lit(f"line {ev.line}"))
        return made

    # ------------------------------------------------------------------ entities
    def entity(self, ent: Entity) -> None:
        g, s = self.g, self.iri(ent.key)
        cls, item = KIND_TYPES[ent.kind]
        g.add((s, RDF_TYPE, cls))
        g.add((s, WDT.P31, item))
        g.add((s, SCHEMA.name, self.lit(ent.name)))
        g.add((s, RDFS_LABEL, self.lit(ent.name)))
        for other in ent.names:
            g.add((s, SCHEMA.alternateName, self.lit(other)))
            g.add((s, SKOS_ALT_LABEL, self.lit(other)))

    def documents(self) -> None:
        for doc_id, name in self.e.documents.items():
            d = self.uri(f"{self.base}document/{doc_id}")
            self.g.add((d, RDF_TYPE, SCHEMA.DigitalDocument))
            self.g.add((d, SCHEMA.name, self.lit(name)))
            self.g.add((d, RDFS_LABEL, self.lit(name)))
            self.g.add((d, SCHEMA.identifier, self.lit(doc_id)))

    # ------------------------------------------------------------------ statements
    def statement(self, s: URIRef, pid: str, value, fact: Fact, preferred: bool = True,
                  qualifiers: tuple = ()) -> URIRef:
        """The truthy triple (for the preferred value) and the full statement with its
        qualifiers and one reference per place the fact was read."""
        g = self.g
        st = self.node("statement", s, pid, value, fact.qualifiers)
        if preferred:
            g.add((s, WDT[pid], value))
        g.add((s, P[pid], st))
        g.add((st, RDF_TYPE, WIKIBASE.Statement))
        g.add((st, PS[pid], value))
        g.add((st, WIKIBASE.rank, WIKIBASE.PreferredRank if preferred else WIKIBASE.NormalRank))
        for q, v in qualifiers:
            g.add((st, PQ[q], v))
        for ev in fact.evidence:
            ref, doc, line = self._reference(ev)
            g.add((st, PROV.wasDerivedFrom, ref))
            g.add((ref, RDF_TYPE, WIKIBASE.Reference))
            g.add((ref, PR.P248, doc))
            g.add((ref, PR.P958, line))
        return st

    def role_node(self, name: str) -> URIRef:
        r = self.uri(f"{self.base}role/{slug(name)}")
        self.g.add((r, RDF_TYPE, SCHEMA.DefinedTerm))
        self.g.add((r, SCHEMA.name, self.lit(name)))
        self.g.add((r, RDFS_LABEL, self.lit(name)))
        return r

    def _role(self, fact: Fact) -> None:
        """A film relation, through the role table."""
        g = self.g
        r = vocab.role(fact.prop)
        film, who = self.iri(fact.subject), self.iri(fact.object)
        quals = []
        character = dict(fact.qualifiers).get("character")
        if character:
            quals.append(("P4633", self.lit(character)))
        if r.crew:
            quals.append(("P3831", self.role_node(r.role)))
        self.statement(film, r.wikidata, who, fact, qualifiers=tuple(quals))
        if r.key == "cast" and character:
            perf = self.node("performance", film, who, character)
            g.add((film, SCHEMA.actor, perf))
            g.add((perf, RDF_TYPE, SCHEMA.PerformanceRole))
            g.add((perf, SCHEMA.actor, who))
            g.add((perf, SCHEMA.characterName, self.lit(character)))
            g.add((perf, SCHEMA.roleName, self.lit(r.role)))
        elif r.schema == "Role":
            credit = self.node("credit", film, r.key, who)
            g.add((film, SCHEMA.contributor, credit))
            g.add((credit, RDF_TYPE, SCHEMA.Role))
            g.add((credit, SCHEMA.contributor, who))
            g.add((credit, SCHEMA.roleName, self.lit(r.role)))
        else:
            g.add((film, SCHEMA[r.schema], who))

    def _fact(self, fact: Fact, preferred: bool) -> None:
        g = self.g
        s = self.iri(fact.subject)
        sprop, pid = FACTS[fact.prop]
        o = fact.object
        if fact.prop == "kind":
            return
        if isinstance(o, str):  # an entity: spouse, based on, author
            o_iri = self.iri(o)
            if sprop is not None:
                g.add((s, sprop, o_iri))
            if pid:
                self.statement(s, pid, o_iri, fact)
            return
        if o.kind in ("date", "year"):
            lit = Literal(o.value, datatype=XSD_DATE if o.kind == "date" else XSD_GYEAR)
            if preferred:
                g.add((s, sprop, lit))
            self.statement(s, pid, lit, fact, preferred)
        elif o.kind == "minutes":
            if preferred:
                # normalize=False keeps "PT155M" as vocabulary.md writes it (rdflib would
                # rewrite it as PT2H35M)
                g.add((s, sprop, Literal(f"PT{o.value}M", datatype=XSD_DURATION, normalize=False)))
            self._quantity(s, pid, o.value, MINUTE, fact, preferred)
        elif o.kind == "money":
            unit = CURRENCY_ITEMS.get(o.unit) or (self._unit(o.unit) if o.unit else None)
            self._quantity(s, pid, o.value, unit, fact, preferred)
        elif o.kind == "country":
            c = self.uri(f"{self.base}country/{(o.unit or slug(o.value)).lower()}")
            g.add((c, RDF_TYPE, SCHEMA.Country))
            g.add((c, SCHEMA.name, self.lit(o.value)))
            g.add((c, RDFS_LABEL, self.lit(o.value)))
            g.add((s, sprop, c))
            self.statement(s, pid, c, fact)
        elif o.kind == "language":
            lang = self.uri(f"{self.base}language/{(o.unit or slug(o.value)).lower()}")
            g.add((lang, RDF_TYPE, SCHEMA.Language))
            g.add((lang, SCHEMA.name, self.lit(o.value)))
            g.add((lang, RDFS_LABEL, self.lit(o.value)))
            if o.unit:
                g.add((lang, SCHEMA.alternateName, self.lit(o.unit)))
                g.add((s, sprop, self.lit(o.unit)))
            self.statement(s, pid, lang, fact)
        elif fact.prop in ("genre", "occupation", "nominated", "award"):
            term = self.uri(f"{self.base}{fact.prop}/{slug(o.value)}")
            g.add((term, RDF_TYPE, SCHEMA.DefinedTerm))
            g.add((term, SCHEMA.name, self.lit(o.value)))
            g.add((term, RDFS_LABEL, self.lit(o.value)))
            g.add((s, sprop, self.lit(o.value)))
            self.statement(s, pid, term, fact)
        elif sprop is not None:
            g.add((s, sprop, self.lit(o.value)))
            if pid:
                self.statement(s, pid, self.lit(o.value), fact)

    def _quantity(self, s, pid, amount, unit, fact, preferred) -> None:
        # the canonical xsd:decimal form, "155.0": Turtle writes a decimal so, and N-Triples
        # and JSON-LD must write the same literal for the three files to hold one graph
        text = str(amount)
        lit = Literal(text if "." in text else f"{text}.0", datatype=XSD_DECIMAL)
        st = self.statement(s, pid, lit, fact, preferred)
        v = self.node("value", amount, unit)
        self.g.add((st, PSV[pid], v))
        self.g.add((v, RDF_TYPE, WIKIBASE.QuantityValue))
        self.g.add((v, WIKIBASE.quantityAmount, lit))
        if unit is not None:
            self.g.add((v, WIKIBASE.quantityUnit, unit))

    def _unit(self, code: str) -> URIRef:
        u = self.uri(f"{self.base}unit/{slug(code)}")
        self.g.add((u, RDFS_LABEL, self.lit(code)))
        self.g.add((u, SCHEMA.name, self.lit(code)))
        return u

    def _kinds(self) -> None:
        for f in self.e.facts:
            if f.prop == "kind" and isinstance(f.object, Value) and f.object.value in FILM_KINDS:
                if self.e.entities[f.subject].kind == "film":
                    self.g.add((self.iri(f.subject), WDT.P31, FILM_KINDS[f.object.value]))

    def _titles(self) -> None:
        """wdt:P1476, the title in its language, when the film's language is known."""
        langs: dict[str, set[str]] = defaultdict(set)
        for f in self.e.facts:
            if f.prop == "language" and isinstance(f.object, Value) and f.object.unit:
                langs[f.subject].add(f.object.unit)
        for key, codes in langs.items():
            if len(codes) == 1 and self.e.entities[key].kind == "film":
                self.g.add((self.iri(key), WDT.P1476,
                            Literal(self.e.entities[key].name, lang=next(iter(codes)))))

    def run(self) -> set[tuple]:
        for key in sorted(self.e.entities):
            self.entity(self.e.entities[key])
        self.documents()
        preferred = _preferred(self.e.facts)
        for f in self.e.facts:
            if f.prop in vocab.roles() and isinstance(f.object, str):
                self._role(f)
            elif f.prop in FACTS:
                self._fact(f, f in preferred or f.prop not in ONE_VALUED)
        self._kinds()
        self._titles()
        return self.g


def _preferred(facts: list[Fact]) -> set[Fact]:
    """For one-valued facts: the value most documents state, then most lines, a full date
    before a year; of one document's dates, the first."""
    groups: dict[tuple, list[Fact]] = defaultdict(list)
    for f in facts:
        if f.prop in ONE_VALUED:
            groups[(f.subject, f.prop)].append(f)
    out = set()
    for (_, prop), fs in groups.items():
        docs = {e.document for f in fs for e in f.evidence}
        if prop == "date" and len(docs) == 1:
            # one document's dates are the film's release stages ("premiered at a festival on
            # 10 September 2016 and was released on 3 February 2017"): the first is the
            # film's first publication, however often the later one is repeated
            out.add(min(fs, key=lambda f: (f.object.kind != "date", f.object.value)))
            continue
        out.add(min(fs, key=lambda f: (-len({e.document for e in f.evidence}), -len(f.evidence),
                                       f.object.kind != "date", f.object.value)))
    return out


def to_triples(entities: Entities, base: str = DEFAULT_BASE) -> set[tuple]:
    """The mapped triples, as a set of (s, p, o) rdflib terms."""
    return Mapper(entities, base).run()


def prefixes(base: str = DEFAULT_BASE) -> dict[str, str]:
    """The prefixes of every output: the vocabularies', and fg: for the graph's own IRIs."""
    base = base if base.endswith(("/", "#")) else base + "/"
    return {**{p: str(ns) for p, ns in PREFIXES.items()}, "fg": base}


def graph_of(triples, base: str = DEFAULT_BASE) -> Graph:
    """An rdflib Graph of `triples`, with the outputs' prefixes bound."""
    g = Graph()
    bind(g)
    g.bind("fg", prefixes(base)["fg"])
    add = g.add
    for t in triples:
        add(t)
    return g


def to_graph(entities: Entities, base: str = DEFAULT_BASE) -> Graph:
    return graph_of(to_triples(entities, base), base)
