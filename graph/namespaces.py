"""Every vocabulary the graph speaks, defined once (vocabulary.md)."""
from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Namespace, URIRef

_TERMS: dict[tuple[str, str], URIRef] = {}


class _Namespace(Namespace):
    """An rdflib Namespace that makes each of its terms once: SCHEMA.name, P["P57"]... are
    asked for millions of times in a big build, and each new URIRef is validated again."""

    def term(self, name: str) -> URIRef:
        key = (self, name if isinstance(name, str) else "")
        t = _TERMS.get(key)
        if t is None:
            t = _TERMS[key] = super().term(name)
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
