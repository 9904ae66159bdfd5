"""The same input gives the same bytes: a build in this process and a build in another
process, under another PYTHONHASHSEED and into another folder, write identical files."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.name.startswith(".")}


def test_two_builds_under_two_hash_seeds_write_the_same_bytes(seeds_build, tmp_path):
    seed = "4242" if os.environ.get("PYTHONHASHSEED") != "4242" else "777"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FILMGRAPH_")}
    env["PYTHONHASHSEED"] = seed
    out = tmp_path / "elsewhere" / "out"
    done = subprocess.run([sys.executable, "-m", "graph", "build", "seeds", "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, encoding="utf-8", timeout=300)
    assert done.returncode in (0, 1), done.stderr  # 1: violations, still written
    mine, theirs = _files(seeds_build.out), _files(out)
    assert sorted(mine) == sorted(theirs)
    assert {"graph.ttl", "graph.nt", "graph.jsonld", "report.txt"} <= set(mine)
    differ = [name for name in mine if mine[name] != theirs[name]]
    assert not differ, f"files that differ between the two builds: {differ}"


def test_a_built_graph_has_no_trace_of_where_or_when_it_was_built(seeds_build):
    text = (seeds_build.out / "graph.ttl").read_text(encoding="utf-8")
    assert str(seeds_build.root) not in text and "/tmp/" not in text
    assert str(ROOT) not in text
