"""web: the graph -> per-film, per-person and per-company pages with embedded JSON-LD.

`pages(graph)` gives every file of out/web/ as bytes, for `export.write_atomic`:

    web/<film>.jsonld, web/<film>.html                 a Movie and its credits
    web/person/<name>.jsonld, .html                    a person and what they did
    web/organization/<name>.jsonld, .html              a company and what it did
    web/index.html                                     links to all of them

File names come from the last segment of each IRI, so they are as stable as the IRIs.
"""
from __future__ import annotations

import os
from pathlib import Path

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


def pages(graph: Graph, jobs: int = 1) -> dict[str, bytes]:
    """Every file of the web folder, keyed by its path under the output folder. `jobs`
    processes make the pages (forked: they share the index); the files do not depend on it."""
    site_plan = Site(graph)
    if jobs <= 1 or len(site_plan.work) < 400 or not hasattr(os, "fork"):
        return site_plan.finish([site_plan.make(site_plan.work)])
    import multiprocessing

    global _STATE
    _STATE = site_plan
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            done = pool.map(_make, site_plan.chunks(jobs * 4))
    finally:
        _STATE = None
    return site_plan.finish(done)


class Site:
    """The pages to make: the index of the graph, every page's path, and the work list,
    which can be made in pieces (by forked processes) and put together again."""

    def __init__(self, graph):
        self.ix = Index(graph)
        where = site(self.ix)
        self.every = {iri: path for paths in where.values() for iri, path in paths.items()}
        self.work = [(kind, iri, path) for kind, paths in where.items() for iri, path in paths.items()]

    def chunks(self, n: int) -> list[list[tuple[str, str, str]]]:
        size = max(1, -(-len(self.work) // n))
        return [self.work[i:i + size] for i in range(0, len(self.work), size)]

    def make(self, work) -> tuple[dict[str, bytes], dict[str, list[dict]]]:
        """The pages of some entities, and what the index page needs of each."""
        files: dict[str, bytes] = {}
        listed: dict[str, list[dict]] = {kind: [] for kind in KINDS}
        for kind, iri, path in work:
            tree = (film_tree if kind == "film" else entity_tree)(self.ix, URIRef(iri))
            links = Links(self.every, path + ".html")
            text = dumps(tree)
            page = (film_page if kind == "film" else entity_page)(tree, links, text)
            files[f"web/{path}.jsonld"] = (text + "\n").encode("utf-8")
            files[f"web/{path}.html"] = page.encode("utf-8")
            listed[kind].append({k: tree[k] for k in ("@id", "name", "datePublished") if k in tree})
        return files, listed

    def index_file(self, listed_in_order) -> bytes:
        """web/index.html, from each piece's index entries in the work list's order."""
        listed: dict[str, list[dict]] = {kind: [] for kind in KINDS}
        for chunk_listed in listed_in_order:
            for kind, entries in chunk_listed.items():
                listed[kind].extend(entries)
        return index_page(listed["film"], listed["person"], listed["organization"],
                          Links(self.every, "index.html")).encode("utf-8")

    def finish(self, done) -> dict[str, bytes]:
        """The pieces' files, in the work list's order, and the index page."""
        files: dict[str, bytes] = {}
        for chunk_files, _ in done:
            files.update(chunk_files)
        files["web/index.html"] = self.index_file(chunk_listed for _, chunk_listed in done)
        return files


PAGES_PER_CHUNK = 256  # the pages two processes share out: a chunk is taken at a time


def chunks(site: Site) -> int:
    """How many chunks write_shared shares `site`'s pages out in."""
    return -(-len(site.work) // PAGES_PER_CHUNK)


def write_shared(site: Site, counter, folder: Path) -> dict[int, tuple[list[str], dict]]:
    """Make and write web pages until none are left, sharing them out with another process
    that runs this too: each takes the next chunk of PAGES_PER_CHUNK entities no one has
    taken (`counter`, a multiprocessing.Value both processes inherit) and writes its pages
    under `folder` ("web/..."). {chunk number: (the names written, the index entries)}: put
    together in chunk order, the two processes' results are what one process would make."""
    work = site.work
    made: dict[int, tuple[list[str], dict]] = {}
    folders: set = set()
    while True:
        with counter.get_lock():
            k = counter.value
            counter.value = k + 1
        if k * PAGES_PER_CHUNK >= len(work):
            return made
        files, listed = site.make(work[k * PAGES_PER_CHUNK:(k + 1) * PAGES_PER_CHUNK])
        for name, data in files.items():
            path = folder / name
            if path.parent not in folders:
                path.parent.mkdir(parents=True, exist_ok=True)
                folders.add(path.parent)
            with open(path, "xb") as fh:  # synced with the rest before the swap
                fh.write(data)
        made[k] = (list(files), listed)


def _make(work):
    return _STATE.make(work)


_STATE: Site | None = None  # the site forked workers make pages of
