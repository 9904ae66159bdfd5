"""The schema.org JSON-LD context, shipped with the package, and a document loader that
serves it without ever touching the network.

Web pages say `"@context": "https://schema.org"`. A JSON-LD processor would fetch that URL
(and follow schema.org's Link header to docs/jsonldcontext.jsonld); filmgraph answers
those URLs from `schemaorg-context.jsonld` instead, and refuses every other remote
document, so expanding a page works offline and gives the same IRIs every time. The
shipped file is a trimmed copy: `@vocab` http://schema.org/ (as schema.org's own context
and vocabulary.md say) plus the typed terms filmgraph's pages use.
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD

from ..errors import InputError

CONTEXT_FILE = Path(__file__).with_name("schemaorg-context.jsonld")
SCHEMA_CONTEXT_URL = "https://schema.org"
# Every spelling of the schema.org context a page or a processor may ask for.
CONTEXT_URLS = frozenset(
    f"{scheme}://schema.org{path}"
    for scheme in ("https", "http")
    for path in ("", "/", "/docs/jsonldcontext.jsonld", "/docs/jsonldcontext.json")
)


class OfflineError(InputError):
    """A JSON-LD document names a remote document filmgraph does not ship."""


@lru_cache(maxsize=None)
def _context_text() -> str:
    return CONTEXT_FILE.read_text(encoding="utf-8")


def schema_context() -> dict:
    """The shipped schema.org context document (a fresh copy: processors mutate)."""
    return json.loads(_context_text())


def document_loader(url: str, options: dict | None = None) -> dict:
    """A pyld document loader that serves the schema.org context from the package and
    fails for anything else, instead of going to the network."""
    from pyld.jsonld import JsonLdError

    if url in CONTEXT_URLS:
        return {"contentType": "application/ld+json", "contextUrl": None,
                "documentUrl": url, "document": schema_context()}
    raise JsonLdError(
        f"filmgraph does not fetch remote JSON-LD documents ({url}); only the schema.org "
        "context is available, from the package", "jsonld.LoadDocumentError",
        code="loading document failed", details={"url": url})


def _options(base: str | None) -> dict:
    opts: dict = {"documentLoader": document_loader}
    if base:
        opts["base"] = base
    return opts


def _error(where: str, e: Exception) -> InputError:
    details = getattr(e, "details", None) or {}
    url = details.get("url") if isinstance(details, dict) else None
    cause = getattr(e, "cause", None) or e.__cause__
    if url is None and cause is not None:  # pyld wraps the loader's error in its own
        return _error(where, cause)
    if url:
        return OfflineError(where, f"the JSON-LD names the remote document {url}; filmgraph "
                            "works offline and ships only the schema.org context "
                            "(use \"@context\": \"https://schema.org\" or an inline context)")
    return InputError(where, f"not valid JSON-LD: {e.args[0] if e.args else e}")


def expand(document: dict | list, where: str = "<JSON-LD>", base: str | None = None) -> list:
    """The expanded form of `document`, with the schema.org context served offline."""
    from pyld import jsonld

    try:
        return jsonld.expand(copy.deepcopy(document), _options(base))
    except jsonld.JsonLdError as e:
        raise _error(where, e) from None


def to_graph(document: dict | list, where: str = "<JSON-LD>", base: str | None = None,
             graph: Graph | None = None) -> Graph:
    """The RDF a JSON-LD document states, parsed offline into `graph` (a new one if None)."""
    from pyld import jsonld

    graph = graph if graph is not None else Graph()
    try:
        dataset = jsonld.to_rdf(copy.deepcopy(document), _options(base))
    except jsonld.JsonLdError as e:
        raise _error(where, e) from None
    for triples in dataset.values():  # a page's named graphs, if any, merge into one
        for t in triples:
            graph.add((_rdf(t["subject"]), _rdf(t["predicate"]), _rdf(t["object"])))
    return graph


def _rdf(term: dict):
    """A term of pyld's RDF dataset as an rdflib term."""
    if term["type"] == "IRI":
        return URIRef(term["value"])
    if term["type"] == "blank node":
        return BNode(term["value"][2:])
    if term.get("language"):
        return Literal(term["value"], lang=term["language"])
    datatype = term.get("datatype")
    # RDF 1.1: a plain string is an xsd:string; rdflib tells the two apart, the graph has plain.
    # normalize=False: the lexical form the document wrote ("PT155M" stays "PT155M")
    return Literal(term["value"], datatype=None if datatype == str(XSD.string) else datatype,
                   normalize=False)


def names_remote_context(document) -> bool:
    """Whether a JSON-LD document refers to any context by URL (rdflib would fetch it)."""
    if isinstance(document, list):
        return any(names_remote_context(d) for d in document)
    if not isinstance(document, dict):
        return False
    ctx = document.get("@context")
    ctxs = ctx if isinstance(ctx, list) else [ctx]
    if any(isinstance(c, str) for c in ctxs):
        return True
    return any(names_remote_context(v) for v in document.values() if isinstance(v, (dict, list)))
