"""The limit of the limit ratio: how long pyoxigraph takes just to parse a build's N-Triples
and write them as Turtle, N-Triples and JSON-LD (the least any build of that graph must do).

    python -m bench.limit OUT/graph.nt SCRATCH_DIR

Prints one JSON object: seconds for each step and in all, and the triples read. Only those
steps are timed (not the interpreter's start or the import); the files are written into
SCRATCH_DIR (created) and deleted afterwards. Run in a process of its own, so that nothing
the caller holds in memory slows it down.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path


def prefixes() -> dict[str, str]:
    """The prefixes filmgraph writes, so both write the same Turtle; none if it moved."""
    try:
        from graph.namespaces import PREFIXES
        return {str(k): str(v) for k, v in dict(PREFIXES).items()}
    except Exception:
        return {}


def measure(nt: Path, scratch: Path) -> dict:
    import pyoxigraph as ox

    scratch.mkdir(parents=True, exist_ok=True)
    pre = prefixes()
    out: dict = {"tool": f"pyoxigraph {getattr(ox, '__version__', '')}".strip()}
    try:
        t0 = time.perf_counter()
        triples = list(ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES))
        out["parse"] = time.perf_counter() - t0
        for name, fmt, file in (("turtle", ox.RdfFormat.TURTLE, "graph.ttl"),
                                ("ntriples", ox.RdfFormat.N_TRIPLES, "graph.nt"),
                                ("jsonld", ox.RdfFormat.JSON_LD, "graph.jsonld")):
            t = time.perf_counter()
            extra = {"prefixes": pre} if pre and fmt != ox.RdfFormat.N_TRIPLES else {}
            ox.serialize(triples, output=str(scratch / file), format=fmt, **extra)
            out[name] = time.perf_counter() - t
        out["total"] = time.perf_counter() - t0
        out["triples"] = len(triples)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    print(json.dumps(measure(Path(args[0]), Path(args[1]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
