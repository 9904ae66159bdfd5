"""The filmgraph command: a thin layer over the library that turns errors into messages.

Exit codes: 0 the graph conforms, 1 it has SHACL violations, 2 bad input or usage.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from .errors import FilmgraphError, UsageError
from .namespaces import DEFAULT_BASE
from .text import printable

EXAMPLES = {
    "build": "filmgraph build                      # seeds/ into out/\n"
             "  filmgraph build articles/ kit.txt --out site/data --base https://films.example.org/",
    "query": "filmgraph query cast                 # an example from graph/queries/\n"
             "  filmgraph query 'SELECT ?f WHERE { ?f a schema:Movie }' --format csv\n"
             "  filmgraph query my-query.rq --graph out/graph.nt\n"
             "  filmgraph query cast --endpoint http://127.0.0.1:7878/query   # a store `load` filled",
    "validate": "filmgraph validate out/graph.ttl",
    "load": "filmgraph load --endpoint http://127.0.0.1:7878/store --update http://127.0.0.1:7878/update\n"
            "  export FILMGRAPH_ENDPOINT_USER=me FILMGRAPH_ENDPOINT_PASSWORD  # read from your secrets\n"
            "  filmgraph load --endpoint https://store.example.org/ds/data --replace",
    "explain": "filmgraph explain seeds/some-article.txt --claims-only",
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
    b.add_argument("--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="processes that read documents (default: all cores); the output is "
                        "the same whatever N")

    q = sub.add_parser("query", help="run SPARQL over a built graph",
                       epilog="example:\n  " + EXAMPLES["query"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("query", help="a SPARQL query, a .rq file, or an example name")
    q.add_argument("--graph", default=None, help="graph file (default: out/graph.ttl); with "
                   "--endpoint, the IRI of the named graph to query (default: the one "
                   "out/graph.nq names)")
    q.add_argument("--endpoint", default=None, metavar="URL",
                   help="query this SPARQL endpoint instead of a file; credentials from "
                   "FILMGRAPH_ENDPOINT_USER/_PASSWORD or _TOKEN")
    q.add_argument("--format", default="table", help="table (default), csv or json")
    q.add_argument("--engine", default=None, choices=("oxigraph", "rdflib"),
                   help="what answers a graph file: oxigraph (default; a big graph's store "
                   "is kept beside it, .FILE.oxigraph/) or rdflib (the reference, slower)")

    v = sub.add_parser("validate", help="check a graph file against the SHACL shapes",
                       epilog="example:\n  " + EXAMPLES["validate"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    v.add_argument("graph", help="graph file (.ttl, .nt, .jsonld)")
    v.add_argument("--shapes", default=None, help="SHACL shapes folder (default: shapes/)")
    v.add_argument("--validator", default="fast", choices=("fast", "pyshacl"),
                   help="fast (default: the shapes compiled into Python checks, the same "
                   "report) or pyshacl (the reference, slower)")

    ld = sub.add_parser("load", help="load a built graph into a SPARQL 1.1 triplestore",
                        description="Send the graph over the SPARQL 1.1 Graph Store Protocol "
                        "into one named graph.\nLoading the same build twice changes nothing; "
                        "a graph holding other triples\nis replaced only with --replace. "
                        "Credentials come from the environment, never\nthe command line: "
                        "FILMGRAPH_ENDPOINT_USER and FILMGRAPH_ENDPOINT_PASSWORD,\nor "
                        "FILMGRAPH_ENDPOINT_TOKEN.",
                        epilog="example:\n  " + EXAMPLES["load"],
                        formatter_class=argparse.RawDescriptionHelpFormatter)
    ld.add_argument("file", nargs="?", default="out/graph.nq",
                    help="graph file (default: out/graph.nq, which names the graph)")
    ld.add_argument("--endpoint", required=True, metavar="URL",
                    help="the store's Graph Store Protocol URL (Oxigraph: .../store)")
    ld.add_argument("--update", default=None, metavar="URL",
                    help="the store's SPARQL Update URL (Oxigraph: .../update): upload to a "
                    "staging graph, then swap it in with one MOVE, atomically")
    ld.add_argument("--graph", default=None, metavar="IRI",
                    help="named graph (default: the one the file names, else "
                    f"{DEFAULT_BASE}graph)")
    ld.add_argument("--replace", action="store_true",
                    help="replace the named graph when it holds other triples")
    ld.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                    help="give up when the store sends nothing for this long (default: 60)")

    x = sub.add_parser("explain", help="show what each reader took from each line of a document",
                       epilog="example:\n  " + EXAMPLES["explain"],
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    x.add_argument("document", help="a document file")
    x.add_argument("--claims-only", action="store_true", help="only the lines that gave claims")
    for command in sub.choices.values():  # --debug after the command too
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                             help="show tracebacks")
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
    if hasattr(sys.stdout, "reconfigure"):  # a name the terminal cannot show is no crash
        sys.stdout.reconfigure(errors="backslashreplace")
    try:
        return COMMANDS[args.command](args)
    except FilmgraphError as e:
        for s in getattr(e, "skipped", ()):
            say(f"skipped {s}")
        if args.debug:
            raise
        say(str(e))
        return 2
    except KeyboardInterrupt:
        say("interrupted; the previous output is left as it was")
        return 130
    except BrokenPipeError:  # `filmgraph query ... | head`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 0
    except MemoryError:
        if args.debug:
            raise
        say("out of memory; build fewer documents at once, or on a machine with more memory")
        return 2
    except Exception as e:  # a bug or a system failure: one line, unless --debug
        if args.debug:
            raise
        where = f"{e.filename}: " if isinstance(e, OSError) and e.filename else ""
        what = e.strerror if isinstance(e, OSError) and e.strerror else \
            f"{type(e).__name__}: {e}".rstrip(": ")
        say(f"{where}{what} (an unexpected error; run again with --debug for the details, "
            "and report it if it persists)")
        return 2


_QUICK_EXIT = False  # set by a build: its objects need not be freed one by one at exit
_KEPT = None  # the build, held until the process ends so that nothing frees it first


def run() -> None:
    """The `filmgraph` program: main(), then exit. After a build, without the
    interpreter's teardown, which frees millions of objects one by one (seconds, for
    nothing: the files are written and synced, the workers gone)."""
    code = main()
    if _QUICK_EXIT:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def say(message: str) -> None:
    """One line on stderr: whatever the message holds (a file name, a name from a document)
    cannot break the line or send the terminal a control sequence."""
    print(f"filmgraph: {printable(message)}", file=sys.stderr)


# an absolute IRI the graph's IRIs can start with: a scheme, then no character that
# Turtle, N-Triples or JSON-LD would refuse in an IRI
BASE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|\\^`]+")


def cmd_build(args) -> int:
    sources = args.sources or ["seeds"]
    if not BASE_IRI.fullmatch(args.base):
        raise UsageError(f"--base {args.base!r} is not an absolute IRI such as "
                         "https://films.example.org/ (no spaces, no <>\"{}|\\^`)")
    import gc

    # no cyclic garbage collection until the summary is out: a build makes tens of millions
    # of objects and no cycles, and one full collection after it costs seconds (build()
    # turns the collector back on only if it found it on)
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_and_tell(args, sources)
    finally:
        if collecting:
            gc.enable()


def _build_and_tell(args, sources) -> int:
    from .pipeline import build

    b = build(sources, Path(args.out), args.base, Path(args.shapes) if args.shapes else None,
              debug=args.debug, jobs=max(1, args.jobs), progress=_progress_bar())
    global _QUICK_EXIT, _KEPT
    _QUICK_EXIT = True
    _KEPT = b  # freeing millions of objects one by one would cost seconds for nothing
    for s in b.skipped:
        say(f"skipped {s}")
    _print_results(b.report, args.out)
    films = len(b.entities.by_kind("film"))
    people = len(b.entities.by_kind("person"))
    orgs = len(b.entities.by_kind("organization"))
    stages = ", ".join(f"{k} {v:.2f}s" for k, v in b.seconds.items())
    print(f"{len(b.documents)} documents, {films} films, {people} people, {orgs} organizations, "
          f"{len(b.triples)} triples -> {args.out}/ "
          f"({len(b.report.violations)} violations, {len(b.report.warnings)} warnings, "
          f"{len(b.entities.disagreements)} disagreements"
          + (f", {len(b.skipped)} input{'s' * (len(b.skipped) != 1)} skipped (listed above "
             f"and in {args.out}/report.txt)" if b.skipped else "") + f"; {stages})")
    return 0 if b.report.conforms else 1


def _progress_bar():
    """A progress line on a terminal (nothing when stderr is a file or a pipe)."""
    if not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        if total < 200:
            return
        width = 30
        filled = width * done // total
        sys.stderr.write(f"\r{stage:<13} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return show


def _print_results(report, out: str, most: int = 20) -> None:
    """Violations one per line (the first `most`); warnings counted by message, since a
    recommendation such as "add an image" holds for every film (all are in report.txt)."""
    from collections import Counter

    for r in report.violations[:most]:
        say(r.words())
    if len(report.violations) > most:
        say(f"... {len(report.violations) - most} more violations in {out}/report.txt")
    for message, n in sorted(Counter(r.message for r in report.warnings).items()):
        say(f"warning ({n}x): {message}")


def cmd_query(args) -> int:
    from .query import answer, query_text, render, run_remote

    if args.endpoint:
        if args.engine:
            raise UsageError("--engine is for a graph file; with --endpoint the store answers")
        from rdflib import Graph

        from .load import graph_name, graph_name_in
        from .namespaces import bind

        iri = args.graph or graph_name_in("out/graph.nq") or graph_name()
        if "://" not in iri and not iri.startswith("urn:"):
            raise UsageError(f"with --endpoint, --graph names a graph IRI, not a file ({iri})")
        result = run_remote(args.endpoint, query_text(args.query), iri)
        names = Graph()
        bind(names)
        sys.stdout.write(render(result, args.format, names))
        return 0
    sys.stdout.write(answer(args.graph or "out/graph.ttl", query_text(args.query), args.format,
                            args.engine or "oxigraph", note=say))
    return 0


def cmd_load(args) -> int:
    from .load import load

    done = load(args.file, args.endpoint, graph=args.graph, replace=args.replace,
                update_url=args.update, timeout=args.timeout)
    print(done.words())
    return 0


def cmd_validate(args) -> int:
    from .query import load_graph
    from .validate import load_shapes, validate

    report = validate(load_graph(args.graph), load_shapes(args.shapes), engine=args.validator,
                      note=say)
    for r in report.results:
        print(r.words())
    print("conforms" if report.conforms else f"does not conform: {len(report.violations)} violations")
    return 0 if report.conforms else 1


def cmd_explain(args) -> int:
    from .explain import explain

    sys.stdout.write(explain(args.document, all_lines=not args.claims_only))
    return 0


COMMANDS = {"build": cmd_build, "query": cmd_query, "validate": cmd_validate, "load": cmd_load,
            "explain": cmd_explain}


if __name__ == "__main__":
    sys.exit(main())
