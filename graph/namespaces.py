"""Every vocabulary the graph speaks, defined once (vocabulary.md)."""
from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Namespace

SCHEMA = Namespace("http://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PSV = Namespace("http://www.wikidata.org/prop/statement/value/")
PQ = Namespace("http://www.wikidata.org/prop/qualifier/")
PR = Namespace("http://www.wikidata.org/prop/reference/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SH = Namespace("http://www.w3.org/ns/shacl#")

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
