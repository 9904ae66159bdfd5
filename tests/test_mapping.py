"""map: a tiny set of claims -> the schema.org and Wikidata-style triples of
vocabulary.md, with full statements and their references; IRIs stable under --base.

The whole graph is compared with tests/golden/mapping.ttl as a graph (isomorphic);
`pytest --generate-snapshots` rewrites the golden file from what the code gives now.
"""
from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graph.mapping import to_graph
from graph.model import Claim, Evidence, Mention, Value
from graph.namespaces import (DEFAULT_BASE, P, PQ, PR, PROV, PS, PSV, SCHEMA, WD, WDT, WIKIBASE,
                              bind)
from graph.resolve import resolve

# not rdflib's XSD object: it warns when pytest looks through a module's globals
DATE = URIRef("http://www.w3.org/2001/XMLSchema#date")
DURATION = URIRef("http://www.w3.org/2001/XMLSchema#duration")
GOLDEN = Path(__file__).parent / "golden" / "mapping.ttl"
ARTICLE, KIT = "a1a1a1a1a1a1a1a1", "b2b2b2b2b2b2b2b2"
FILM = Mention("film", "The Lantern Keeper", 2009, local="film")


def _ev(doc: str, line: int) -> Evidence:
    return Evidence(doc, line, "test", {ARTICLE: "article.txt", KIT: "press-kit.txt"}[doc])


def person(name: str) -> Mention:
    return Mention("person", name)


def body(name: str) -> Mention:
    return Mention("organization", name)


CLAIMS = [
    Claim(FILM, "director", person("Mara Quillon"), _ev(ARTICLE, 7)),
    Claim(FILM, "director", person("Mara Quillon"), _ev(KIT, 10)),  # two documents
    Claim(FILM, "screenwriter", person("Ivo Terrane"), _ev(ARTICLE, 8)),
    Claim(FILM, "composer", person("Oren Hale"), _ev(KIT, 14)),
    Claim(FILM, "cast", person("Lena Vasko"), _ev(KIT, 6), (("character", "Anna Vell"),)),
    Claim(FILM, "cast", person("Lena Vasko"), _ev(ARTICLE, 30), (("character", "Anna Bell"),)),
    Claim(FILM, "cast", person("Teo Marsh"), _ev(ARTICLE, 11)),  # no character known
    Claim(FILM, "cinematographer", person("Hugo Brenner"), _ev(KIT, 17)),
    Claim(FILM, "sound", person("Pavel Rook"), _ev(KIT, 18)),
    Claim(FILM, "production_company", body("Northlight Films"), _ev(KIT, 40)),
    Claim(FILM, "distributor", body("Blue Heron Pictures"), _ev(ARTICLE, 16)),
    Claim(FILM, "funder", body("Canal Nord"), _ev(KIT, 41)),
    Claim(FILM, "date", Value("date", "2009-11-16"), _ev(ARTICLE, 18)),
    Claim(FILM, "duration", Value("minutes", "155"), _ev(ARTICLE, 20)),
    Claim(FILM, "country", Value("country", "France", "FR"), _ev(ARTICLE, 21)),
    Claim(FILM, "language", Value("language", "French", "fr"), _ev(ARTICLE, 22)),
    Claim(FILM, "budget", Value("money", "3800000", "USD"), _ev(ARTICLE, 23)),
]


@pytest.fixture(scope="module")
def g() -> Graph:
    return to_graph(resolve(CLAIMS))


def _one(g: Graph, s=None, p=None, o=None):
    found = list(g.triples((s, p, o)))
    assert len(found) == 1, f"want one ({s}, {p}, {o}), found {found}"
    return found[0]


def _node(g: Graph, name: str) -> URIRef:
    nodes = set(g.subjects(SCHEMA.name, Literal(name)))
    assert len(nodes) == 1, f"{name}: {nodes}"
    return nodes.pop()


def _statements(g: Graph, s, pid: str, value) -> list:
    return [st for st in g.objects(s, P[pid]) if (st, PS[pid], value) in g]


def _references(g: Graph, st) -> set[tuple[str, str]]:
    """(document name, 'line N') of each reference of a statement."""
    out = set()
    for ref in g.objects(st, PROV.wasDerivedFrom):
        assert (ref, RDF.type, WIKIBASE.Reference) in g
        doc = g.value(ref, PR.P248)
        assert (doc, RDF.type, SCHEMA.DigitalDocument) in g
        out.add((str(g.value(doc, SCHEMA.name)), str(g.value(ref, PR.P958))))
    return out


def test_the_graph_is_the_golden_graph(g, generate_snapshots):
    if generate_snapshots or not GOLDEN.exists():
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_bytes(g.serialize(format="longturtle").encode("utf-8"))
        if not generate_snapshots:
            pytest.fail(f"{GOLDEN} did not exist and was written: review it, then run again")
        return
    want = Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(g, want):
        _, only_got, only_want = graph_diff(to_isomorphic(g), to_isomorphic(want))
        bind(only_got)
        bind(only_want)
        pytest.fail("the mapping differs from tests/golden/mapping.ttl "
                    "(`pytest --generate-snapshots` rewrites it after a wanted change)\n"
                    f"only in the new graph:\n{only_got.serialize(format='turtle')}\n"
                    f"only in the golden file:\n{only_want.serialize(format='turtle')}")


def test_entities_have_both_types_and_both_labels(g):
    for name, cls, item in [("The Lantern Keeper", SCHEMA.Movie, WD.Q11424),
                            ("Mara Quillon", SCHEMA.Person, WD.Q5),
                            ("Canal Nord", SCHEMA.Organization, WD.Q43229)]:
        s = _node(g, name)
        assert (s, RDF.type, cls) in g and (s, WDT.P31, item) in g
        assert (s, RDFS.label, Literal(name)) in g


@pytest.mark.parametrize("schema_prop, pid, name", [
    ("director", "P57", "Mara Quillon"),
    ("author", "P58", "Ivo Terrane"),
    ("musicBy", "P86", "Oren Hale"),
    ("productionCompany", "P272", "Northlight Films"),
    ("funder", "P8324", "Canal Nord"),
])
def test_a_direct_relation_in_both_vocabularies(g, schema_prop, pid, name):
    film, who = _node(g, "The Lantern Keeper"), _node(g, name)
    assert (film, SCHEMA[schema_prop], who) in g
    assert (film, WDT[pid], who) in g
    [st] = _statements(g, film, pid, who)
    assert (st, RDF.type, WIKIBASE.Statement) in g
    assert (st, WIKIBASE.rank, WIKIBASE.PreferredRank) in g


def test_a_fact_two_documents_state_has_two_references(g):
    film, who = _node(g, "The Lantern Keeper"), _node(g, "Mara Quillon")
    [st] = _statements(g, film, "P57", who)
    assert _references(g, st) == {("article.txt", "line 7"), ("press-kit.txt", "line 10")}


@pytest.mark.parametrize("name, pid, role", [
    ("Hugo Brenner", "P344", "director of photography"),
    ("Blue Heron Pictures", "P750", "distributor"),
    ("Pavel Rook", "P3092", "sound"),
])
def test_a_role_credit_in_both_vocabularies(g, name, pid, role):
    film, who = _node(g, "The Lantern Keeper"), _node(g, name)
    credits = [c for c in g.objects(film, SCHEMA.contributor) if (c, SCHEMA.contributor, who) in g]
    assert len(credits) == 1
    assert (credits[0], RDF.type, SCHEMA.Role) in g
    assert (credits[0], SCHEMA.roleName, Literal(role)) in g
    assert (film, WDT[pid], who) in g
    [st] = _statements(g, film, pid, who)
    if pid == "P3092":  # film crew member: the role is a qualifier node with a label
        node = g.value(st, PQ.P3831)
        assert node is not None and (node, RDFS.label, Literal(role)) in g


def test_cast_with_characters_and_a_disagreement_kept_with_both_sources(g):
    film, actor = _node(g, "The Lantern Keeper"), _node(g, "Lena Vasko")
    roles = {str(g.value(r, SCHEMA.characterName)): r for r in g.objects(film, SCHEMA.actor)
             if (r, RDF.type, SCHEMA.PerformanceRole) in g and (r, SCHEMA.actor, actor) in g}
    assert set(roles) == {"Anna Vell", "Anna Bell"}
    assert (film, WDT.P161, actor) in g
    statements = _statements(g, film, "P161", actor)
    by_character = {str(g.value(st, PQ.P4633)): _references(g, st) for st in statements}
    assert by_character == {"Anna Vell": {("press-kit.txt", "line 6")},
                            "Anna Bell": {("article.txt", "line 30")}}


def test_an_actor_without_a_character_is_an_actor_directly(g):
    film, actor = _node(g, "The Lantern Keeper"), _node(g, "Teo Marsh")
    assert (film, SCHEMA.actor, actor) in g and (film, WDT.P161, actor) in g
    [st] = _statements(g, film, "P161", actor)
    assert g.value(st, PQ.P4633) is None


def test_film_facts_in_both_vocabularies(g):
    film = _node(g, "The Lantern Keeper")
    date = Literal("2009-11-16", datatype=DATE)
    assert (film, SCHEMA.datePublished, date) in g and (film, WDT.P577, date) in g
    [st] = _statements(g, film, "P577", date)
    assert _references(g, st) == {("article.txt", "line 18")}
    # 155 minutes: an xsd:duration for schema.org, an amount in minutes for Wikidata
    [duration] = g.objects(film, SCHEMA.duration)
    assert duration.datatype == DURATION
    assert duration.toPython() == datetime.timedelta(minutes=155)
    [st] = g.objects(film, P.P2047)
    assert float(g.value(st, PS.P2047)) == 155
    assert g.value(g.value(st, PSV.P2047), WIKIBASE.quantityUnit) == WD.Q7727  # minute
    # the budget's currency is the unit of its full value
    [st] = g.objects(film, P.P2130)
    assert float(g.value(st, PS.P2130)) == 3800000
    assert g.value(g.value(st, PSV.P2130), WIKIBASE.quantityUnit) == WD.Q4917  # US dollar
    # a country node with a name, shared by both vocabularies
    [country] = g.objects(film, SCHEMA.countryOfOrigin)
    assert (country, RDF.type, SCHEMA.Country) in g and (film, WDT.P495, country) in g
    assert (country, SCHEMA.name, Literal("France")) in g
    # the language: a BCP 47 code for schema.org, a language node for Wikidata
    assert (film, SCHEMA.inLanguage, Literal("fr")) in g
    [language] = g.objects(film, WDT.P364)
    assert (language, SCHEMA.name, Literal("French")) in g
    assert (film, WDT.P1476, Literal("The Lantern Keeper", lang="fr")) in g


def test_every_statement_has_a_reference_with_document_and_line(g):
    statements = set(g.subjects(RDF.type, WIKIBASE.Statement))
    assert len(statements) >= len(CLAIMS) - 2
    for st in statements:
        refs = _references(g, st)
        assert refs and all(line.startswith("line ") for _, line in refs), st


def test_two_release_years_give_two_statements_and_one_truthy_value():
    claims = CLAIMS + [Claim(FILM, "date", Value("year", "2008"), _ev(KIT, 3))]
    g = to_graph(resolve(claims))
    film = _node(g, "The Lantern Keeper")
    ranks = {str(g.value(st, PS.P577)): g.value(st, WIKIBASE.rank) for st in g.objects(film, P.P577)}
    assert ranks == {"2009-11-16": WIKIBASE.PreferredRank, "2008": WIKIBASE.NormalRank}
    assert set(g.objects(film, WDT.P577)) == {Literal("2009-11-16", datatype=DATE)}
    assert set(g.objects(film, SCHEMA.datePublished)) == {Literal("2009-11-16", datatype=DATE)}


def test_one_documents_first_date_is_the_truthy_one_however_often_a_later_is_repeated():
    # "premiered at a festival on 10 September 2016 and was released on 3 February 2017",
    # the release date said again further down: the film was first published in 2016
    film = Mention("film", "The Lantern Keeper", 2016, local="film")
    claims = [Claim(film, "director", person("Mara Quillon"), _ev(ARTICLE, 2)),
              Claim(film, "date", Value("date", "2016-09-10"), _ev(ARTICLE, 3)),
              Claim(film, "date", Value("date", "2017-02-03"), _ev(ARTICLE, 9)),
              Claim(film, "date", Value("date", "2017-02-03"), _ev(ARTICLE, 30))]
    g = to_graph(resolve(claims))
    node = _node(g, "The Lantern Keeper")
    assert set(g.objects(node, WDT.P577)) == {Literal("2016-09-10", datatype=DATE)}
    assert set(g.objects(node, SCHEMA.datePublished)) == {Literal("2016-09-10", datatype=DATE)}
    assert {str(g.value(st, PS.P577)) for st in g.objects(node, P.P577)} == {"2016-09-10", "2017-02-03"}


def test_no_blank_nodes(g):
    from rdflib import BNode
    assert not [t for t in g if any(isinstance(x, BNode) for x in t)]


def test_iris_are_minted_under_the_base_and_stable(g):
    base = "https://films.example.org/kg/"
    other = to_graph(resolve(CLAIMS), base)
    minted = {str(x) for t in g for x in t if isinstance(x, URIRef) and str(x).startswith(DEFAULT_BASE)}
    minted_other = {str(x) for t in other for x in t
                    if isinstance(x, URIRef) and str(x).startswith(base)}
    assert minted and {m.replace(DEFAULT_BASE, base, 1) for m in minted} == minted_other
    # nothing else changes: the graph under the other base is this graph, renamed
    assert {_rebase(t, DEFAULT_BASE, base) for t in g} == set(other)
    # and the same claims give the same IRIs on every run
    assert set(to_graph(resolve(list(reversed(CLAIMS))))) == set(g)


def _rebase(triple, old: str, new: str):
    return tuple(URIRef(new + str(x)[len(old):]) if isinstance(x, URIRef) and str(x).startswith(old)
                 else x for x in triple)


def test_vocabulary_terms_are_made_once():
    """A term of a known vocabulary is one object wherever a build asks for it (a lookup
    that finds the very object skips rdflib's Python __eq__), and still the same IRI."""
    from rdflib import RDF, URIRef

    from graph.infer import rules
    from graph.namespaces import RDF_TYPE, SCHEMA, WDT, canonical

    assert SCHEMA.name is SCHEMA["name"] is canonical(URIRef("http://schema.org/name"))
    assert canonical(RDF.type) is RDF_TYPE and RDF_TYPE == RDF.type
    assert WDT["P57"] is WDT.P57
    assert canonical(URIRef("https://example.org/x")) == URIRef("https://example.org/x")
    supers = rules().superprops
    key = next(k for k in supers if k == WDT.P57)
    assert key is WDT.P57
