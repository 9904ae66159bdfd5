"""JSON-LD trees for web pages: a film, person or company and what the graph says around
it, nested the way pages write schema.org (a Movie with its credits inside), in plain
JSON: schema.org names for keys, strings for values.

A tree states only schema.org triples of the graph, each node with its `@id`, so that
expanded with the schema.org context it gives back the graph's own triples (tests/test_web.py
holds it to that). Credit nodes (schema.org's Role pattern) belong to one film and are
nested whole; an entity a tree only mentions carries its type and name, its page says more.
"""
from __future__ import annotations

import json
from collections import defaultdict

from rdflib import RDF, Graph, Literal, URIRef

from ..namespaces import SCHEMA

CONTEXT = "https://schema.org"
SCHEMA_NS = str(SCHEMA)
PART_TYPES = frozenset({"Role", "PerformanceRole"})
# what a tree says of an entity it only mentions: enough to show it and link to its page
SUMMARY = ("name", "datePublished")
FIRST_KEYS = ("@context", "@type", "@id", "name")


def local(term) -> str | None:
    """The schema.org term name of an IRI, or None when it is not schema.org's."""
    s = str(term)
    return s[len(SCHEMA_NS):] if isinstance(term, URIRef) and s.startswith(SCHEMA_NS) else None


class Index:
    """The graph's schema.org statements by subject and by object, read in one pass: every
    tree is then dictionary lookups (an rdflib triple pattern costs some 10 µs, and a site
    asks hundreds per page). Summaries are kept too: a person is named on every film page."""

    def __init__(self, graph: Graph):
        self.out: dict = defaultdict(list)  # node -> [(term, object)]
        self.into: dict = defaultdict(list)  # node -> [(subject, term)]
        self.types: dict = defaultdict(list)  # node -> [schema.org class names]
        rdf_type = RDF.type  # (an attribute of RDF makes a new term each time)
        keys: dict = {}  # predicate -> its schema.org name or None: a few dozen of them
        for s, p, o in graph:
            key = keys.get(p, keys)
            if key is keys:
                key = keys[p] = "" if p == rdf_type else local(p)
            if key == "":
                if (t := local(o)) is not None:
                    self.types[s].append(t)
            elif key is not None:
                self.out[s].append((key, o))
                if isinstance(o, URIRef):
                    self.into[o].append((s, key))
        self.summaries: dict = {}

    def type_names(self, node) -> list[str]:
        return sorted(set(self.types.get(node, ())))

    def is_part(self, node) -> bool:
        return not PART_TYPES.isdisjoint(self.types.get(node, ()))

    def nodes(self, cls: str) -> list[URIRef]:
        return sorted((n for n, ts in self.types.items() if cls in ts and isinstance(n, URIRef)),
                      key=str)


def _one(values: list):
    return values[0] if len(values) == 1 else values


def _label(v) -> str:
    if isinstance(v, str):
        return v
    for key in ("name", "actor", "contributor"):
        if key in v:
            return _label(v[key]) if not isinstance(v[key], list) else _label(v[key][0])
    return ""


def _sort_key(v) -> tuple:
    if isinstance(v, str):
        return (0, v, "")
    return (1, _label(v).casefold(), v.get("@id", ""))  # every node of a tree has an @id


def _ordered(d: dict) -> dict:
    head = [k for k in FIRST_KEYS if k in d]
    rest = sorted(k for k in d if k not in FIRST_KEYS and k != "@reverse")
    return {k: d[k] for k in head + rest + (["@reverse"] if "@reverse" in d else [])}


def _put(d: dict, props: dict[str, list]) -> None:
    for key, values in props.items():
        d[key] = _one(sorted(values, key=_sort_key))


def _node(ix: Index, node) -> dict:
    d: dict = {"@id": str(node)}
    if t := ix.type_names(node):
        d["@type"] = _one(t)
    return d


def summary(ix: Index, node) -> dict:
    """What a tree says of a node it only mentions (shared between trees: never mutated)."""
    if node in ix.summaries:
        return ix.summaries[node]
    d = _node(ix, node)
    props: dict[str, list] = defaultdict(list)
    for key, o in ix.out.get(node, ()):
        if key in SUMMARY and isinstance(o, Literal):
            props[key].append(str(o))
    _put(d, props)
    ix.summaries[node] = d = _ordered(d)
    return d


def describe(ix: Index, node, skip: tuple = (), parts: bool = True) -> dict:
    """The node's schema.org statements: literals as strings, credit nodes nested whole
    (when `parts`), other nodes as summaries. `skip` drops (term, object) pairs the nesting
    already says."""
    d = _node(ix, node)
    props: dict[str, list] = defaultdict(list)
    for key, o in ix.out.get(node, ()):
        if (key, o) in skip:
            continue
        if isinstance(o, Literal):
            props[key].append(str(o))
        elif isinstance(o, URIRef):  # filmgraph writes no blank nodes
            props[key].append(describe(ix, o, parts=False) if parts and ix.is_part(o)
                              else summary(ix, o))
    _put(d, props)
    return _ordered(d)


def _index(graph: Graph | Index) -> Index:
    return graph if isinstance(graph, Index) else Index(graph)


def film_tree(graph: Graph | Index, film: URIRef) -> dict:
    """A Movie and its credits, dates, duration and companies, as a page embeds it."""
    return {"@context": CONTEXT, **describe(_index(graph), film)}


def entity_tree(graph: Graph | Index, node: URIRef) -> dict:
    """A person or company: its own statements, and under `@reverse` the films (and credit
    nodes) that point to it, which is how JSON-LD states a link from the other end."""
    ix = _index(graph)
    d = describe(ix, node)
    reverse: dict[str, list] = defaultdict(list)
    for s, key in ix.into.get(node, ()):
        if not isinstance(s, URIRef):
            continue
        if ix.is_part(s):
            part = describe(ix, s, skip=((key, node),), parts=False)
            films: dict[str, list] = defaultdict(list)
            for f, fkey in ix.into.get(s, ()):
                films[fkey].append(summary(ix, f))
            if films:
                part["@reverse"] = {}
                _put(part["@reverse"], dict(sorted(films.items())))
            reverse[key].append(_ordered(part))
        elif ix.types.get(s):
            reverse[key].append(summary(ix, s))
    if reverse:
        d["@reverse"] = {}
        _put(d["@reverse"], dict(sorted(reverse.items())))
    return {"@context": CONTEXT, **d}


def dumps(tree: dict) -> str:
    """JSON text safe inside an HTML <script> element: `<`, `>` and `&` only ever occur
    inside JSON strings, where their \\u escapes mean the same, so no text from a document
    can close the element or open a comment. U+2028/9 are escaped for old JS parsers.
    One line, by json's C encoder: an indent takes its pure-Python encoder, which cost more
    than the rest of the page (1.8 s of 2.8 for the 2,817 pages of 1,000 documents)."""
    text = json.dumps(tree, ensure_ascii=False)
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text
