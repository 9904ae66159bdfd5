"""The SHACL shapes in shapes/: a small graph that conforms, each mistake a reader can make
breaks it on the node that holds the mistake, and the seeds graph conforms."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from graph.validate import load_shapes, validate

FG = "https://example.org/filmgraph/"
PREFIXES = f"""
@prefix schema: <http://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix p: <http://www.wikidata.org/prop/> .
@prefix ps: <http://www.wikidata.org/prop/statement/> .
@prefix pr: <http://www.wikidata.org/prop/reference/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix wikibase: <http://wikiba.se/ontology#> .
@prefix fg: <{FG}> .
"""
# one film as the mapping writes it: a year, a director, a statement with its reference,
# an actor with a character
VALID = PREFIXES + """
fg:film a schema:Movie ; schema:name "The Lantern Keeper" ; rdfs:label "The Lantern Keeper" ;
    wdt:P31 wd:Q11424 ; schema:datePublished "2009-11-16"^^xsd:date ;
    schema:director fg:director ; wdt:P57 fg:director ; p:P57 fg:statement ;
    schema:actor fg:performance .
fg:director a schema:Person ; schema:name "Mara Quillon" ; rdfs:label "Mara Quillon" ;
    wdt:P31 wd:Q5 ; schema:birthDate "1971"^^xsd:gYear .
fg:actor a schema:Person ; schema:name "Lena Vasko" ; rdfs:label "Lena Vasko" ; wdt:P31 wd:Q5 .
fg:performance a schema:PerformanceRole ; schema:actor fg:actor ; schema:characterName "Anna Vell" .
fg:statement a wikibase:Statement ; ps:P57 fg:director ; wikibase:rank wikibase:PreferredRank ;
    prov:wasDerivedFrom fg:reference .
fg:reference a wikibase:Reference ; pr:P248 fg:document ; pr:P958 "line 7" .
fg:document a schema:DigitalDocument ; schema:name "article.txt" .
"""


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def _graph(remove: str = "", add: str = "") -> Graph:
    g = Graph().parse(data=VALID, format="turtle")
    if remove:
        for t in Graph().parse(data=PREFIXES + remove, format="turtle"):
            assert t in g, f"not in the valid graph: {t}"
            g.remove(t)
    if add:
        g.parse(data=PREFIXES + add, format="turtle")
    return g


def test_the_valid_graph_conforms(shapes):
    report = validate(_graph(), shapes)
    assert report.conforms and not report.violations, [r.words() for r in report.violations]


MISTAKES = {
    "a film with neither year nor director": (
        "fg:film schema:datePublished \"2009-11-16\"^^xsd:date ; schema:director fg:director ;"
        " wdt:P57 fg:director .", "", "film"),
    "a person named like a section heading": (
        "fg:actor schema:name \"Lena Vasko\" .", "fg:actor schema:name \"Cast\" .", "actor"),
    "a film named like a French section heading": (
        "fg:film schema:name \"The Lantern Keeper\" .", "fg:film schema:name \"Fiche technique\" .",
        "film"),
    "a release date before 1870": (
        "fg:film schema:datePublished \"2009-11-16\"^^xsd:date .",
        "fg:film schema:datePublished \"1850-03-01\"^^xsd:date .", "film"),
    "a release year after 2100": (
        "fg:film schema:datePublished \"2009-11-16\"^^xsd:date .",
        "fg:film schema:datePublished \"2150\"^^xsd:gYear .", "film"),
    "a birth year before 1870": (
        "fg:director schema:birthDate \"1971\"^^xsd:gYear .",
        "fg:director schema:birthDate \"1712\"^^xsd:gYear .", "director"),
    "a person who is also a film": ("", "fg:actor a schema:Movie .", "actor"),
    "a statement without a reference": (
        "fg:statement prov:wasDerivedFrom fg:reference .", "", "statement"),
    "a reference without its document": ("fg:reference pr:P248 fg:document .", "", "reference"),
    "a reference whose place is not a line": (
        "fg:reference pr:P958 \"line 7\" .", "fg:reference pr:P958 \"somewhere\" .", "reference"),
    "a performance role without a character": (
        "fg:performance schema:characterName \"Anna Vell\" .", "", "performance"),
    "a performance role without an actor": (
        "fg:performance schema:actor fg:actor .", "", "performance"),
    "a language that is not a BCP 47 code": ("", "fg:film schema:inLanguage \"French\" .", "film"),
}


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_a_mistake_is_a_violation_on_its_node(shapes, mistake):
    remove, add, node = MISTAKES[mistake]
    report = validate(_graph(remove, add), shapes)
    assert not report.conforms, f"{mistake}: the shapes let it through"
    focus = {r.focus for r in report.violations}
    assert FG + node in focus, f"{mistake}: violations on {focus}, not on fg:{node}: " + \
        "; ".join(r.words() for r in report.violations)


def test_the_seeds_graph_conforms(seeds_build):
    report = seeds_build.build.report
    assert report.conforms, "\n".join(r.words() for r in report.violations)
    # and so does the exported file, read back
    again = validate(Graph().parse(seeds_build.out / "graph.nt", format="nt"))
    assert again.conforms, "\n".join(r.words() for r in again.violations)


def test_violations_name_the_node_and_say_what_is_wrong(shapes):
    report = validate(_graph(*MISTAKES["a statement without a reference"][:2]), shapes)
    [v] = report.violations
    assert v.focus == FG + "statement" and v.message
    assert URIRef(v.focus) and FG + "statement" in v.words()
