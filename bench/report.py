"""The figures of the README's Benchmark section, rendered from bench/results/bench.json.

    python -m bench.report            # rewrite the section between the markers in README.md

`python -m bench.run` does this itself after a full run (not after --quick);
tests/test_bench_corpus.py checks that the README shows what bench.json holds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "bench.json"
README = ROOT / "README.md"
START = "<!-- bench:start (written by python -m bench.report from bench/results/bench.json) -->"
END = "<!-- bench:end -->"


def _shown(value: float, target: float) -> str:
    """One decimal, or as many as it takes not to show a missed 19.996 as 20.0."""
    for digits in (1, 2, 3):
        text = f"{value:.{digits}f}"
        if (float(text) < target) == (value < target) and (float(text) > target) == (value > target):
            return text
    return f"{value:.4f}"


def _mb(b) -> str:
    return f"{b / 2**20:,.0f}" if b else "-"


def _ok(value, target, higher=False) -> str:
    if value is None:
        return "not measured"
    return "met" if (value >= target if higher else value <= target) else "**missed**"


def render(r: dict) -> str:
    m = r["machine"]
    mem = f", {m['memory'] / 2**30:.0f} GB" if m.get("memory") else ""
    corpus = r["corpus"]
    what = (f"generated corpus (seed {corpus['seed']})" if corpus["kind"] == "generated"
            else f"real documents ({corpus['folder']})")
    fg = r.get("filmgraph", {})
    code = f"commit {fg.get('commit')}" + (" with uncommitted changes to graph/" if fg.get("graph_changed_since") else "")
    sizes = r["sizes"]
    lines = [f"Measured {r['when'][:16].replace('T', ' ')} on {m['cpus']} cores{mem}, Python "
             f"{m['python']}, {code}; {what}; `--jobs` {r.get('jobs') or 'the build default'}."
             + (" graph/ changed while the run went on: its builds did not all run the same code."
                if r.get("code_changed_during_run") else ""), ""]
    repeated = any(s.get("runs") for s in sizes)
    lines += ["| documents | triples | build (wall) | CPU | peak memory | others' CPU meanwhile |"
              + (" every build (its pyoxigraph baseline) |" if repeated else ""),
              "|---:|---:|---:|---:|---:|---:|" + ("---|" if repeated else "")]
    for s in sizes:
        others = f"{s['others_cpu']:.0f} s" if s.get("others_cpu") is not None else "-"
        every = ""
        if repeated:
            every = " " + ", ".join(f"{x['wall']:.1f} s" + (f" ({x['pyoxigraph']:.2f} s)" if x.get("pyoxigraph") else "")
                                    for x in s.get("runs") or []) + " |" if s.get("runs") else " one build |"
        lines.append(f"| {s['documents']:,} | {s.get('triples', 0):,} | {s['wall']:.1f} s | "
                     f"{s['cpu']:.1f} s | {_mb(s['peak'])} MB | {others} |{every}")
    if repeated:
        plains = len(r.get("peer", {}).get("detail", {}).get("walls") or [])
        lines += ["", "A size built more than once shows its fastest build, and the fastest of its "
                  "pyoxigraph baselines" + (f"; the plain pipeline ran {plains} times and shows its "
                                            "fastest too." if plains > 1 else ".")]
    big = sizes[-1]
    lines += ["", f"Stages at {big['documents']:,} documents:", "",
              "| stage | seconds | triples/s | peak memory |", "|---|---:|---:|---:|"]
    for name, st in big["stages"].items():
        tps = f"{st['triples_per_s']:,}" if "triples_per_s" in st else "-"
        lines.append(f"| {name} | {st['seconds']:.2f} | {tps} | {_mb(st.get('peak'))} MB |")
    lines += ["", "| ratio | measured | target | | how |", "|---|---:|---:|---|---|"]
    L, P, G = r.get("limit"), r.get("peer"), r.get("growth")
    if L:
        st = L["steps"]
        lines.append(f"| limit | {_shown(L['ratio'], L['target'])} | ≤ {L['target']:g} | {_ok(L['ratio'], L['target'])} | "
                     f"{L['build']:.1f} s ÷ {L['pyoxigraph']:.2f} s (pyoxigraph: parse {st['parse']:.2f}, "
                     f"Turtle {st['turtle']:.2f}, N-Triples {st['ntriples']:.2f}, JSON-LD "
                     f"{st['jsonld']:.2f}) at {L['documents']:,} documents |")
    if P:
        steps = P.get("detail", {}).get("steps", {})
        parts = ", ".join(f"{k} {v:.1f}" for k, v in steps.items())
        walls = P.get("detail", {}).get("walls") or []
        if len(walls) > 1:
            parts += "; runs " + ", ".join(f"{w:.1f}" for w in walls)
        lines.append(f"| peer | {_shown(P['ratio'], P['target'])}{' (at least)' if P.get('lower_bound') else ''} | "
                     f"≥ {P['target']:g} | {_ok(P['ratio'], P['target'], higher=True)} | plain "
                     f"pipeline {P['plain']:.1f} s ({parts}) ÷ filmgraph {P['filmgraph']:.1f} s "
                     f"at {P['documents']:,} documents |")
    if G:
        t, mm = G["targets"]["time"], G["targets"]["memory"]
        lines.append(f"| growth, time | {G['time']:.2f} | ≤ {t:g} | {_ok(G['time'], t)} | "
                     f"{G['to']:,} ÷ {G['from']:,} documents |")
        lines.append(f"| growth, peak memory | {G['memory']:.2f} | ≤ {mm:g} | {_ok(G['memory'], mm)} | "
                     f"{G['to']:,} ÷ {G['from']:,} documents |")
    lines += ["", "![Build time and peak memory against the number of documents](docs/bench.png)"]
    return "\n".join(lines)


def section(text: str) -> str | None:
    if START not in text or END not in text:
        return None
    return text.split(START, 1)[1].split(END, 1)[0].strip("\n")


def rewrite(readme: Path = README, results: Path = RESULTS) -> bool:
    """Put the figures of `results` between the markers of `readme`; False without markers."""
    text = readme.read_text(encoding="utf-8")
    if section(text) is None:
        return False
    body = render(json.loads(results.read_text(encoding="utf-8")))
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    readme.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")
    return True


def main() -> int:
    if not rewrite():
        print(f"README.md has no benchmark markers ({START} ... {END})", file=sys.stderr)
        return 2
    print("README.md: benchmark figures rewritten from bench/results/bench.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
