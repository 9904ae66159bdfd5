"""The filmgraph command: a thin layer over the library that turns errors into messages.

Exit codes: 0 the graph conforms, 1 it has SHACL violations, 2 bad input or usage.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import FilmgraphError
from .namespaces import DEFAULT_BASE

EXAMPLES = {
    "build": "filmgraph build                      # seeds/ into out/\n"
             "  filmgraph build articles/ kit.txt --out site/data --base https://films.example.org/",
    "query": "filmgraph query cast                 # an example from graph/queries/\n"
             "  filmgraph query 'SELECT ?f WHERE { ?f a schema:Movie }' --format csv\n"
             "  filmgraph query my-query.rq --graph out/graph.nt",
    "validate": "filmgraph validate out/graph.ttl",
}


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="filmgraph", description="Film documents into a checked "
                                 "schema.org + Wikidata-style knowledge graph.")
    ap.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="build the graph of documents",
                       epilog="example:\n  " + EXAMPLES["build"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("sources", nargs="*", help="files or folders (default: seeds/)")
    b.add_argument("--out", default="out", help="output folder (default: out/)")
    b.add_argument("--base", default=DEFAULT_BASE, help=f"base IRI (default: {DEFAULT_BASE})")
    b.add_argument("--shapes", default=None, help="SHACL shapes folder (default: shapes/)")

    q = sub.add_parser("query", help="run SPARQL over a built graph",
                       epilog="example:\n  " + EXAMPLES["query"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("query", help="a SPARQL query, a .rq file, or an example name")
    q.add_argument("--graph", default="out/graph.ttl", help="graph file (default: out/graph.ttl)")
    q.add_argument("--format", default="table", help="table (default), csv or json")

    v = sub.add_parser("validate", help="check a graph file against the SHACL shapes",
                       epilog="example:\n  " + EXAMPLES["validate"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    v.add_argument("graph", help="graph file (.ttl, .nt, .jsonld)")
    v.add_argument("--shapes", default=None, help="SHACL shapes folder (default: shapes/)")
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = _parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    if not args.command:
        ap.print_help(sys.stderr)
        return 2
    try:
        return COMMANDS[args.command](args)
    except FilmgraphError as e:
        if args.debug:
            raise
        print(f"filmgraph: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("filmgraph: interrupted; the previous output is left as it was", file=sys.stderr)
        return 130


def cmd_build(args) -> int:
    from .pipeline import build

    sources = args.sources or ["seeds"]
    b = build(sources, Path(args.out), args.base, Path(args.shapes) if args.shapes else None)
    for s in b.skipped:
        print(f"filmgraph: skipped {s}", file=sys.stderr)
    for r in b.report.results:
        print(f"filmgraph: {r.words()}", file=sys.stderr)
    films = len(b.entities.by_kind("film"))
    people = len(b.entities.by_kind("person"))
    orgs = len(b.entities.by_kind("organization"))
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in b.seconds.items())
    print(f"{len(b.documents)} documents, {films} films, {people} people, {orgs} organizations, "
          f"{len(b.graph)} triples -> {args.out}/ "
          f"({len(b.report.violations)} violations, {len(b.report.warnings)} warnings, "
          f"{len(b.entities.disagreements)} disagreements; {stages})")
    return 0 if b.report.conforms else 1


def cmd_query(args) -> int:
    from .query import load_graph, query_text, render, run

    g = load_graph(args.graph)
    result = run(g, query_text(args.query))
    sys.stdout.write(render(result, args.format, g))
    return 0


def cmd_validate(args) -> int:
    from .query import load_graph
    from .validate import load_shapes, validate

    report = validate(load_graph(args.graph), load_shapes(args.shapes))
    for r in report.results:
        print(r.words())
    print("conforms" if report.conforms else f"does not conform: {len(report.violations)} violations")
    return 0 if report.conforms else 1


COMMANDS = {"build": cmd_build, "query": cmd_query, "validate": cmd_validate}


if __name__ == "__main__":
    sys.exit(main())
