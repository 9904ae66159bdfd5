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
