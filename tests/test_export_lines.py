"""export.nt_lines writes N-Triples from rdflib terms itself (a build has no rdflib Graph
to hand pyoxigraph): its lines must be exactly pyoxigraph's, plus the \\u escapes of line
breaks other than \\n and \\r, for every character and every kind of literal."""
from __future__ import annotations

import random

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph.export import nt_lines

S, P = URIRef("https://example.org/s"), URIRef("https://example.org/p")
LINE_BREAKS = {"\x0b": "\\u000B", "\x1c": "\\u001C", "\x1d": "\\u001D", "\x1e": "\\u001E",
               "\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _ox(term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype is not None and term.datatype != XSD.string:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


def _pyoxigraph_lines(triples) -> list[str]:
    text = ox.serialize([ox.Triple(*map(_ox, t)) for t in triples],
                        format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    for ch, esc in LINE_BREAKS.items():
        text = text.replace(ch, esc)
    return sorted({line for line in text.split("\n") if line})


def test_every_character_is_written_as_pyoxigraph_writes_it():
    chars = [chr(c) for c in [*range(0x3000), 0xFEFF, 0xFFFD, 0x1F600, 0x10FFFF]
             if not 0xD800 <= c < 0xE000]
    triples = [(S, P, Literal(f"a{c}b")) for c in chars]
    assert nt_lines(triples) == _pyoxigraph_lines(triples)


def test_every_kind_of_literal_and_many_random_ones():
    rng = random.Random(7)
    alphabet = "aé\"\\\n\r\t\x00\x1f\x7f\x85\u2028 <>{}'Ω𝄞"
    triples = [(S, P, URIRef("https://example.org/o")),
               (S, P, Literal("155", datatype=XSD.decimal)),
               (S, P, Literal("PT155M", datatype=XSD.duration, normalize=False)),
               (S, P, Literal("x", datatype=XSD.string)),
               (S, P, Literal("Backstage", lang="fr")), (S, P, Literal("Title", lang="en-US"))]
    for i in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        kind = i % 3
        lit = Literal(text) if kind == 0 else Literal(text, lang="de") if kind == 1 else \
            Literal(text, datatype=URIRef("https://example.org/dt"))
        triples.append((URIRef(f"https://example.org/s{i}"), P, lit))
    assert nt_lines(triples) == _pyoxigraph_lines(triples)


def test_json_ld_read_from_the_lines_is_what_json_writes():
    """Serialized.jsonld() writes JSON text straight from the N-Triples lines; the reference
    builds node objects and lets json encode them: the bytes must be the same."""
    from graph.export import Serialized

    rng = random.Random(11)
    alphabet = "aé\"\\\n\r\t\x00\x1f\x7f\x85\u2028 <>{}'Ω𝄞"
    triples = set()
    for i in range(400):
        s = URIRef(f"https://example.org/film/{i % 37}")
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        kind = i % 5
        o = (Literal(text) if kind == 0 else Literal(text, lang="fr") if kind == 1 else
             Literal(text, datatype=XSD.gYear) if kind == 2 else
             URIRef(f"https://example.org/person/{i % 11}") if kind == 3 else
             URIRef("http://schema.org/Movie"))
        p = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type") if kind == 4 else \
            URIRef(f"http://schema.org/p{i % 4}")
        triples.add((s, p, o))
    ser = Serialized(triples=triples, prefixes={"schema": "http://schema.org/",
                                                "fg": "https://example.org/"})
    assert ser.jsonld() == ser._jsonld_reference()


def _tricky_triples(seed: int) -> set:
    rng = random.Random(seed)
    alphabet = "aé\"\\\n\r\t\x00\x1f\x7f\x85\u2028 <>{}'Ω𝄞"
    locals_ = ["Movie", "Q11424", "P57", "x.y", "x.", "-x", "_x", "1x", "x%20y", "x(y)", "été",
               "x/y", "x:y", "", "a-b_c", "x#y"]
    dts = [XSD.integer, XSD.decimal, XSD.double, XSD.boolean, XSD.gYear, XSD.date,
           URIRef("https://example.org/dt")]
    lexes = ["12", "+01", "-3", "155.0", "155.", ".5", "1.5E3", "1e-2", "true", "false", "2004",
             "x", "1 2", "", "\\", "12\n"]
    triples = set()
    for i in range(600):
        s = URIRef(f"https://example.org/film/{i % 41}") if i % 7 else \
            URIRef(f"http://schema.org/{rng.choice(locals_)}")
        p = rng.choice([URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                        URIRef("http://schema.org/name"), URIRef("http://schema.org/actor"),
                        URIRef(f"http://www.wikidata.org/prop/direct/{rng.choice(locals_)}")])
        kind = i % 5
        if kind == 0:
            o = URIRef(rng.choice(["http://schema.org/", "http://www.wikidata.org/entity/",
                                   "https://example.org/person/"]) + rng.choice(locals_))
        elif kind == 1:
            o = Literal("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))))
        elif kind == 2:
            o = Literal(rng.choice(lexes), lang=rng.choice(["fr", "en-US"]))
        else:
            o = Literal(rng.choice(lexes), datatype=rng.choice(dts), normalize=False)
        triples.add((s, p, o))
    return triples


def test_turtle_read_from_the_lines_is_pyoxigraphs_turtle():
    """Serialized.turtle() writes Turtle straight from the N-Triples lines. Where an IRI's
    local part is plain it is pyoxigraph's Turtle byte for byte; where pyoxigraph would
    escape a local part (x\\. , \\-x) the IRI is written whole: the same graph either way,
    read back by pyoxigraph and by rdflib."""
    from rdflib import Graph

    from graph.export import Serialized

    prefixes = {"schema": "http://schema.org/", "wd": "http://www.wikidata.org/entity/",
                "wdt": "http://www.wikidata.org/prop/direct/", "fg": "https://example.org/",
                "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "xsd": "http://www.w3.org/2001/XMLSchema#"}
    plain = {(URIRef(f"https://example.org/film/{i % 13}"),
              URIRef(f"http://schema.org/p{i % 3}"),
              Literal(str(i), datatype=XSD.integer) if i % 4 == 0 else
              URIRef(f"http://www.wikidata.org/entity/Q{i}") if i % 4 == 1 else
              Literal(f"t{i}", lang="fr") if i % 4 == 2 else Literal(f"{i}.5", datatype=XSD.decimal))
             for i in range(200)}
    ser = Serialized(triples=plain, prefixes=prefixes)
    assert ser.turtle() == ser._turtle_reference()
    for seed in range(5):
        ser = Serialized(triples=_tricky_triples(seed), prefixes=prefixes)
        nt = ser.ntriples()
        expected = set(ox.parse(nt, format=ox.RdfFormat.N_TRIPLES))
        assert set(ox.parse(ser.turtle(), format=ox.RdfFormat.TURTLE)) == expected
        assert set(ox.parse(ser._turtle_reference(), format=ox.RdfFormat.TURTLE)) == expected
        # rdflib reads it too (it rejects pyoxigraph's escaped local names: wdt:x\\.), each
        # triple once; it writes a bare number its own way (.5 as "0.5"), so only the count
        ours = Graph()
        ours.parse(data=ser.turtle().decode("utf-8"), format="turtle")
        assert len(ours) == len(expected)
        assert ser.jsonld() == ser._jsonld_reference()
