"""Time every example query of graph/queries/ on a big graph with both engines of
`filmgraph query`: Oxigraph (the default; first run with the on-disk store built from the
file, then warm) and rdflib (which parses the file on every run).

    .venv/bin/python scripts/query_bench.py                  # ~3M triples, after `make run`
    .venv/bin/python scripts/query_bench.py --copies 250 --skip-rdflib cast unsourced
    .venv/bin/python scripts/query_bench.py --graph bench/work/build-4000/graph.ttl

The big graph is the built graph (out/graph.nt) copied over and over: in copy k every IRI
under the build's base and every name and label gets the suffix "-k", so each copy is a
world of its own films, people and statements, as a corpus of distinct films is. It is
written once, as N-Triples and Turtle, into --dir (kept for the next run); --graph times
another graph instead, such as a benchmark build's. Each timing is a fresh
`python -m graph query NAME --format csv` process: what a user waits for, start-up and
output included. "First run" deletes the store beside the graph first, so it includes
building it; "warm" is the best of the next two runs; rdflib parses the file every time.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run from a clone without installing

from graph.namespaces import DEFAULT_BASE, PREFIXES  # noqa: E402
from graph.query import examples  # noqa: E402
from graph.store import cache_dir  # noqa: E402

NAMING = ("<http://schema.org/name>", "<http://www.w3.org/2000/01/rdf-schema#label>")
_LINE = re.compile(r'^(<[^>]*>|_:\S+) (<[^>]*>) (.*) \.\s*$')


def template(nt: str, base: str) -> str:
    """The N-Triples with a NUL where copy k puts its suffix: after each IRI under `base`,
    and at the end of each name or label of such an IRI."""
    out = []
    for line in nt.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        s, p, o = m.groups()
        renamed = s.startswith("<" + base)
        s = s[:-1] + "\x00>" if renamed else s
        if o.startswith("<" + base):
            o = o[:-1] + "\x00>"
        elif renamed and p in NAMING and o.startswith('"'):
            end = o.rindex('"')
            o = o[:end] + "\x00" + o[end:]
        out.append(f"{s} {p} {o} .\n")
    return "".join(out)


def generate(source: Path, copies: int, folder: Path, base: str = DEFAULT_BASE) -> Path:
    """folder/graph.nt and graph.ttl: `copies` renamed copies of the graph in `source`."""
    import pyoxigraph as ox

    folder.mkdir(parents=True, exist_ok=True)
    nt, ttl = folder / "graph.nt", folder / "graph.ttl"
    tpl = template(source.read_text(encoding="utf-8"), base)
    tmp = nt.with_suffix(".nt.tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for k in range(copies):
            fh.write(tpl.replace("\x00", f"-{k}"))
    tmp.replace(nt)
    tmp = ttl.with_suffix(".ttl.tmp")
    ox.serialize(ox.parse(path=nt, format=ox.RdfFormat.N_TRIPLES), output=tmp,
                 format=ox.RdfFormat.TURTLE, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
    tmp.replace(ttl)
    return ttl


def timed(argv: list[str], timeout: float) -> tuple[float | None, str]:
    """Seconds a `filmgraph` process takes, and its output (None: timed out)."""
    start = time.perf_counter()
    try:
        r = subprocess.run([sys.executable, "-m", "graph", *argv], cwd=ROOT, capture_output=True,
                           encoding="utf-8", timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, ""
    seconds = time.perf_counter() - start
    if r.returncode != 0:
        raise SystemExit(f"query_bench: `filmgraph {' '.join(argv)}` exited {r.returncode}: "
                         f"{r.stderr.strip()}")
    return seconds, r.stdout


def size_of(output: str) -> str:
    """What a CSV output holds: rows, a boolean, or (CONSTRUCT, as Turtle) triples."""
    lines = output.splitlines()
    if lines in (["true"], ["false"]):
        return lines[0]
    if lines and lines[0].startswith("@prefix"):
        from rdflib import Graph

        return f"{len(Graph().parse(data=output, format='turtle')):,} triples"
    return f"{max(len(lines) - 1, 0):,} rows"


def fmt(seconds: float | None, timeout: float) -> str:
    return f"> {timeout:.0f} s" if seconds is None else f"{seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--graph", default=None, help="time on this graph file instead of a "
                    "generated one (e.g. a benchmark build's out/graph.ttl)")
    ap.add_argument("--source", default=str(ROOT / "out" / "graph.nt"),
                    help="built graph the big one copies (default: out/graph.nt)")
    ap.add_argument("--copies", type=int, default=750,
                    help="copies (default: 750, about 3M triples from the seeds)")
    ap.add_argument("--dir", default=str(Path(tempfile.gettempdir()) / "filmgraph-query-bench"),
                    help="where the big graph is written and kept")
    ap.add_argument("--format", default="ttl", choices=("ttl", "nt"),
                    help="the generated file queried (default: ttl, what `filmgraph query` reads)")
    ap.add_argument("--regenerate", action="store_true", help="write the big graph again")
    ap.add_argument("--skip-rdflib", action="store_true", help="time Oxigraph only")
    ap.add_argument("--timeout", type=float, default=300, help="seconds per run (default: 300)")
    ap.add_argument("queries", nargs="*", help="example names (default: all)")
    args = ap.parse_args(argv)

    if args.graph:
        graph = Path(args.graph)
    else:
        folder = Path(args.dir)
        graph = folder / f"graph.{args.format}"
        if args.regenerate or not graph.is_file():
            source = Path(args.source)
            if not source.is_file():
                print(f"query_bench: {source}: no such graph; run `make run` first", file=sys.stderr)
                return 2
            start = time.perf_counter()
            generate(source, args.copies, folder)
            print(f"generated {folder}/graph.nt and graph.ttl ({time.perf_counter() - start:.0f} s)")
    if not graph.is_file():
        print(f"query_bench: {graph}: no such graph file", file=sys.stderr)
        return 2
    _, counted = timed(["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "--graph",
                        str(graph), "--format", "csv"], args.timeout * 4)
    triples = int(counted.splitlines()[1]) if counted else 0
    print(f"graph: {graph}, {triples:,} triples, {graph.stat().st_size / 1e6:.0f} MB; "
          f"{os.cpu_count()} cores, pyoxigraph {__import__('pyoxigraph').__version__}", flush=True)

    rows = []
    for name in args.queries or list(examples()):
        argv = ["query", name, "--graph", str(graph), "--format", "csv"]
        shutil.rmtree(cache_dir(graph), ignore_errors=True)
        cold, out = timed(argv + ["--engine", "oxigraph"], args.timeout)
        warm = [t for t, _ in (timed(argv + ["--engine", "oxigraph"], args.timeout)
                               for _ in range(2 if cold is not None else 0)) if t is not None]
        ref = None
        if not args.skip_rdflib:
            ref, ref_out = timed(argv + ["--engine", "rdflib"], args.timeout)
            out = out or ref_out
        row = (name, size_of(out) if out else "?", fmt(cold, args.timeout),
               fmt(min(warm) if warm else None, args.timeout),
               "not run" if args.skip_rdflib else fmt(ref, args.timeout))
        rows.append(row)
        print("  " + "  ".join(row), flush=True)

    folder = cache_dir(graph)
    disk = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6
    print()
    print(f"{triples:,} triples ({graph.name}, {graph.stat().st_size / 1e6:.0f} MB); each a "
          "`filmgraph query NAME --format csv` process, start-up and output included:")
    print()
    print("| query | answer | Oxigraph, first run (builds the store) | Oxigraph, warm | rdflib |")
    print("|---|---|--:|--:|--:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(f"\nthe store kept beside the graph: {disk:.0f} MB ({folder})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
