"""Every vocabulary the graph speaks, defined once (vocabulary.md)."""
from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Namespace, URIRef

class _Namespace(Namespace):
    """An rdflib Namespace that makes each of its terms once: SCHEMA.name, P["P57"]... are
    asked for millions of times in a big build, and each new URIRef is validated again.
    An attribute, once made, is kept in the instance's __dict__, so the next SCHEMA.name is
    a plain attribute lookup (no __getattr__ call); an item is one dict lookup."""

    def __new__(cls, value: str):
        ns = super().__new__(cls, value)
        ns._terms = {}
        return ns

    def term(self, name: str) -> URIRef:
        key = name if isinstance(name, str) else ""
        t = self._terms.get(key)
        if t is None:
            t = self._terms[key] = super().term(key)
        return t

    def __getitem__(self, key: str) -> URIRef:
        try:
            return self._terms[key]
        except (KeyError, TypeError):  # TypeError: a slice, which term() makes ""
            return self.term(key)

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):  # special Python names are never terms
            raise AttributeError(name)
        t = self.__dict__[name] = self.term(name)
        return t


SCHEMA = _Namespace("http://schema.org/")
WD = _Namespace("http://www.wikidata.org/entity/")
WDT = _Namespace("http://www.wikidata.org/prop/direct/")
P = _Namespace("http://www.wikidata.org/prop/")
PS = _Namespace("http://www.wikidata.org/prop/statement/")
PSV = _Namespace("http://www.wikidata.org/prop/statement/value/")
PQ = _Namespace("http://www.wikidata.org/prop/qualifier/")
PR = _Namespace("http://www.wikidata.org/prop/reference/")
WIKIBASE = _Namespace("http://wikiba.se/ontology#")
PROV = _Namespace("http://www.w3.org/ns/prov#")
SH = _Namespace("http://www.w3.org/ns/shacl#")

# rdflib's own RDF, RDFS, OWL... make a new term at each attribute access; these make each
# term once, so that every part of a build holds the same objects (a dict or set lookup
# that finds the very object never calls rdflib's Python __eq__)
RDF_NS, RDFS_NS, OWL_NS, SKOS_NS, XSD_NS = (_Namespace(str(ns)) for ns in (RDF, RDFS, OWL,
                                                                             SKOS, XSD))
RDF_TYPE = RDF_NS.type


def canonical(term):
    """The one shared object for a term of a known vocabulary (the term itself otherwise)."""
    if type(term) is URIRef:
        for ns in _BY_LENGTH:
            if term.startswith(ns):
                return ns.term(term[len(ns):])
    return term


DEFAULT_BASE = "https://example.org/filmgraph/"

PREFIXES = {
    "schema": SCHEMA, "wd": WD, "wdt": WDT, "p": P, "ps": PS, "psv": PSV, "pq": PQ, "pr": PR,
    "wikibase": WIKIBASE, "prov": PROV, "rdf": RDF, "rdfs": RDFS, "owl": OWL, "skos": SKOS,
    "xsd": XSD,
}

# Wikidata items the mapping uses
FILM, SHORT_FILM, DOCUMENTARY, TV_FILM = WD.Q11424, WD.Q24862, WD.Q93204, WD.Q506240
HUMAN, ORGANIZATION, WRITTEN_WORK, PLAY, TV_SERIES = WD.Q5, WD.Q43229, WD.Q47461344, WD.Q25379, WD.Q5398426
MINUTE = WD.Q7727
CURRENCY_ITEMS = {"USD": WD.Q4917, "EUR": WD.Q4916, "GBP": WD.Q25224, "JPY": WD.Q8146}


def bind(graph) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)


_BY_LENGTH = sorted((SCHEMA, WD, WDT, P, PS, PSV, PQ, PR, WIKIBASE, PROV, SH, RDF_NS, RDFS_NS,
                     OWL_NS, SKOS_NS, XSD_NS), key=len, reverse=True)
