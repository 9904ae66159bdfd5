"""web: the graph -> per-film, per-person and per-company pages with embedded JSON-LD.

`pages(graph)` gives every file of out/web/ as bytes, for `export.write_atomic`:

    web/<film>.jsonld, web/<film>.html                 a Movie and its credits
    web/person/<name>.jsonld, .html                    a person and what they did
    web/organization/<name>.jsonld, .html              a company and what it did
    web/index.html                                     links to all of them

File names come from the last segment of each IRI, so they are as stable as the IRIs.
"""
from __future__ import annotations

from rdflib import Graph, URIRef

from ..text import short_hash, slug
from .html import Links, entity_page, film_page, index_page
from .trees import Index, dumps, entity_tree, film_tree

# kind of page -> (schema.org class, folder under web/)
KINDS = {"film": ("Movie", ""), "person": ("Person", "person/"),
         "organization": ("Organization", "organization/")}
RESERVED = {"index"}  # web/index.html is the site's own page


def site(graph: Graph | Index) -> dict[str, dict[str, str]]:
    """kind -> {IRI: path under web/ without extension}, collision-free and stable."""
    ix = graph if isinstance(graph, Index) else Index(graph)
    out: dict[str, dict[str, str]] = {}
    for kind, (cls, folder) in KINDS.items():
        taken: set[str] = set(RESERVED) if not folder else set()
        paths: dict[str, str] = {}
        for node in ix.nodes(cls):
            name = slug(str(node).rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1])
            if name in taken:
                name = f"{name}-{short_hash(str(node), length=8)}"
            taken.add(name)
            paths[str(node)] = folder + name
        out[kind] = paths
    return out


def pages(graph: Graph) -> dict[str, bytes]:
    """Every file of the web folder, keyed by its path under the output folder."""
    ix = Index(graph)
    where = site(ix)
    every = {iri: path for paths in where.values() for iri, path in paths.items()}
    files: dict[str, bytes] = {}
    listed: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for kind, paths in where.items():
        for iri, path in paths.items():
            node = URIRef(iri)
            tree = (film_tree if kind == "film" else entity_tree)(ix, node)
            links = Links(every, path + ".html")
            text = dumps(tree)
            page = (film_page if kind == "film" else entity_page)(tree, links, text)
            files[f"web/{path}.jsonld"] = (text + "\n").encode("utf-8")
            files[f"web/{path}.html"] = page.encode("utf-8")
            listed[kind].append(tree)
    files["web/index.html"] = index_page(listed["film"], listed["person"], listed["organization"],
                                         Links(every, "index.html")).encode("utf-8")
    return files
