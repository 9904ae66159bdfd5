"""`make bench`: build corpora of three sizes with `filmgraph build`, and measure.

    python -m bench.run                      # 40,000 documents (and 10,000 and 20,000)
    python -m bench.run --docs 4000 --jobs 2
    python -m bench.run --quick              # a smoke run: 200 documents, in a minute or two
    python -m bench.run --corpus ~/archive   # real documents instead (¼, ½ and all of them)

For each size it prints each stage's seconds, triples per second and peak memory, then the
three ratios of the Scale issue, measured in this run on this run's output:

  limit ratio   filmgraph's build time at N ÷ the time pyoxigraph takes just to parse the
                build's graph.nt and write Turtle, N-Triples and JSON-LD (bench/limit.py,
                a process of its own). Target: 8 or less.
  peer ratio    the time of the plain pipeline (bench/peer.py: rdflib graph, owlrl closure,
                pyshacl, rdflib serialization) on a corpus it can finish (1,000 documents by
                default) ÷ filmgraph's build time on that corpus. Target: 20 or more.
  growth        build time at 4× the documents ÷ at 1×, and the same for peak memory.
                Targets: 4.4 or less, 4 or less.

Sizes: by default N/4, N/2 and N, so growth is measured between N/4 and N (a 4× step
whose larger end is the N of the limit ratio); --up measures N, 2N and 4N instead, as the
issue words it, when the machine has the time. The growth's two sizes are built twice
(--repeat R: R times; the larger again first), each build followed by its pyoxigraph
baseline, and the plain pipeline runs twice too: each figure is the fastest of its runs,
as timeit reports the best of its repeats, since on a shared machine the same build has
taken from 1.0 to 1.8 times as long from one spell to the next. Every build runs in a process of its own,
one at a time: its time is the wall time of that process (interpreter start included), its
peak memory the largest resident size of that process and its workers together (psutil,
sampled every 50 ms, and never below what the kernel reports for the largest process).
The build's stage seconds come from its out/summary.json when it writes one, else from the
summary line it prints; each stage's peak memory is the largest sample in that stage's
window, which is placed back from the moment the summary line was printed.

Writes bench/results/bench.json and docs/bench.png, and puts the figures in the README's
Benchmark section (bench/report.py); --quick writes bench/results/quick.json and
bench/results/quick.png only, so a smoke run never replaces what the README shows.
Corpora and build outputs go under --out (bench/work/); a corpus already there is reused.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
import os
import platform
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from . import corpus as corpus_mod
from .report import _shown

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
TARGETS = {"limit": 8.0, "peer": 20.0, "growth_time": 4.4, "growth_memory": 4.0}
SUMMARY = re.compile(r"(?P<docs>\d+) documents?, (?:(?P<films>\d+) films?, )?(?:(?P<people>\d+) "
                     r"people, )?(?:(?P<orgs>\d+) organi[sz]ations?, )?(?P<triples>\d+) triples")
STAGE = re.compile(r"(?P<name>[A-Za-z][\w+/\- ]*?)\s+(?P<s>\d+(?:\.\d+)?)\s*s\b")
POLL = 0.05
QUIET_WAIT = 0.0  # seconds to wait for a quiet machine before a measurement (--quiet-wait)


# ------------------------------------------------------------------------- measuring
class Sampler(threading.Thread):
    """The resident memory of a process and all its descendants, every POLL seconds."""

    def __init__(self, pid: int, t0: float):
        super().__init__(daemon=True)
        self.pid, self.t0 = pid, t0
        self.samples: list[tuple[float, int]] = []
        self.stop = threading.Event()
        try:
            import psutil
            self.proc = psutil.Process(pid)
        except Exception:  # no psutil: the kernel's figure for the largest process only
            self.proc = None

    def run(self) -> None:
        if self.proc is None:
            return
        import psutil
        while not self.stop.is_set():
            total = 0
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
            except psutil.Error:
                break
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            if total:
                self.samples.append((time.perf_counter() - self.t0, total))
            self.stop.wait(POLL)


def _reader(stream, sink: list, t0: float) -> None:
    for line in stream:
        sink.append((time.perf_counter() - t0, line.rstrip("\n")))


def _busy() -> float | None:
    """CPU seconds the whole machine has spent busy since boot (None without psutil)."""
    try:
        import psutil
    except ImportError:
        return None
    c = psutil.cpu_times()
    return sum(getattr(c, k, 0.0) for k in ("user", "nice", "system", "irq", "softirq", "steal"))


def wait_quiet(limit: float) -> float | None:
    """Wait (at most `limit` seconds) for a machine nobody else keeps busy; the share of
    the CPUs others used in the last second before we start."""
    try:
        import psutil
    except ImportError:
        return None
    deadline = time.monotonic() + limit
    while True:
        busy = psutil.cpu_percent(interval=1.0)
        if busy < 15 or time.monotonic() >= deadline:
            return busy
        time.sleep(4)


def measured(cmd: list[str], log: Path | None = None, timeout: float | None = None) -> dict:
    """Run `cmd`; its wall time, CPU time, peak memory, output lines with their times, and
    the CPU time other processes of the machine took meanwhile (they skew a wall time)."""
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    if QUIET_WAIT:
        wait_quiet(QUIET_WAIT)
    busy0 = _busy()
    t0 = time.perf_counter()
    # a session of its own, so that a timeout or ^C ends the build's workers with it
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         encoding="utf-8", errors="replace", cwd=ROOT, env=env,
                         start_new_session=True)

    def kill() -> None:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    out: list = []
    err: list = []
    readers = [threading.Thread(target=_reader, args=(p.stdout, out, t0), daemon=True),
               threading.Thread(target=_reader, args=(p.stderr, err, t0), daemon=True)]
    sampler = Sampler(p.pid, t0)
    for t in (*readers, sampler):
        t.start()
    timer = None
    if timeout:
        timer = threading.Timer(timeout, kill)
        timer.start()
    try:
        _, status, usage = os.wait4(p.pid, 0)  # this child's own figures, not all children's
    except KeyboardInterrupt:
        kill()
        raise
    finally:
        if timer:
            timer.cancel()
    wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    sampler.stop.set()
    for t in (*readers, sampler):
        t.join(timeout=10)
    if log is not None:
        log.parent.mkdir(parents=True, exist_ok=True)
        log.write_text("".join(f"[{t:9.3f}] {line}\n" for t, line in sorted(out + err)),
                       encoding="utf-8")
    maxrss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    peak = max([b for _, b in sampler.samples] + [maxrss])
    cpu = usage.ru_utime + usage.ru_stime
    busy1 = _busy()
    others = max(0.0, busy1 - busy0 - cpu) if busy0 is not None and busy1 is not None else None
    return {"exit": p.returncode, "wall": wall, "cpu": cpu, "others_cpu": others,
            "peak": peak, "maxrss": maxrss, "samples": sampler.samples, "stdout": out,
            "stderr": err, "timed_out": bool(timeout) and wall >= timeout}


def _build_help() -> str:
    r = subprocess.run([sys.executable, "-m", "graph", "build", "--help"], cwd=ROOT,
                       capture_output=True, text=True)
    return r.stdout + r.stderr


def _stages_from_summary_file(out: Path) -> tuple[dict, dict] | None:
    """(seconds, peak bytes) per stage, when the build writes a machine-readable summary."""
    for name in ("summary.json", "build.json", "stats.json"):
        try:
            data = json.loads((out / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        stages = data.get("seconds") or data.get("stages") or data.get("timings")
        if not isinstance(stages, dict):
            continue
        secs, peaks = {}, {}
        for k, v in stages.items():
            if isinstance(v, dict):
                if isinstance(v.get("seconds"), (int, float)):
                    secs[k] = float(v["seconds"])
                for key, scale in (("peak_bytes", 1), ("peak_rss", 1), ("peak_mb", 2**20)):
                    if isinstance(v.get(key), (int, float)):
                        peaks[k] = int(v[key] * scale)
            elif isinstance(v, (int, float)):
                secs[k] = float(v)
        if secs:
            return secs, peaks
    return None


def settle(work: Path, timeout: float = 300.0) -> float:
    """Wait until no build's earlier output is still being deleted (a build hands a big
    previous output to a background process: graph/outdir.py), then sync, so that no
    build is measured while the disk still works for another. Returns the seconds waited."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        busy = [p for p in work.iterdir() if ".filmgraph-new-" in p.name or ".filmgraph-old-" in p.name]
        if not busy:
            break
        time.sleep(0.5)
    os.sync()
    return time.monotonic() - start


def build(corpus: Path, out: Path, jobs: int | None, log: Path, supports_jobs: bool,
          timeout: float | None = None) -> dict:
    """`filmgraph build corpus --out out`, measured (on a settled disk); stage seconds,
    triples, peaks."""
    settle(out.parent)
    cmd = [sys.executable, "-m", "graph", "build", str(corpus), "--out", str(out)]
    if jobs and supports_jobs:
        cmd += ["--jobs", str(jobs)]
    m = measured(cmd, log, timeout)
    r = {k: m[k] for k in ("exit", "wall", "cpu", "others_cpu", "peak", "maxrss", "timed_out")}
    r["command"] = " ".join(cmd[1:])
    summary = next(((t, line) for t, line in reversed(m["stdout"]) if SUMMARY.search(line)), None)
    if summary:
        s = SUMMARY.search(summary[1])
        for k in ("docs", "films", "people", "orgs", "triples"):
            if s.group(k):
                r[k] = int(s.group(k))
    if "triples" not in r and (out / "graph.nt").exists():
        with open(out / "graph.nt", "rb") as f:
            r["triples"] = sum(1 for line in f if line.strip())
    secs, peaks = {}, {}
    from_file = _stages_from_summary_file(out) if m["exit"] in (0, 1) else None
    if from_file:
        secs, peaks = from_file
        r["stages_from"] = "summary file"
    elif summary and ";" in summary[1]:
        tail = summary[1].rsplit(";", 1)[1]
        secs = {g.group("name").strip(): float(g.group("s")) for g in STAGE.finditer(tail)}
        r["stages_from"] = "summary line"
    r["stages"] = {}
    # each stage's window, back from the moment the summary line came out
    anchor = summary[0] if summary else None
    windows = {}
    if anchor is not None and secs:
        end = anchor
        for name in reversed(list(secs)):
            windows[name] = (end - secs[name], end)
            end -= secs[name]
        startup = max(0.0, end)
        windows = {"startup": (0.0, startup), **dict(reversed(list(windows.items()))),
                   "exit": (anchor, m["wall"])}
        secs = {"startup": startup, **secs, "exit": max(0.0, m["wall"] - anchor)}
    for name, s in secs.items():
        st = {"seconds": round(s, 3)}
        if r.get("triples") and s > 0 and name not in ("startup", "exit"):
            st["triples_per_s"] = round(r["triples"] / s)
        if name in peaks:
            st["peak"] = peaks[name]
        elif name in windows and m["samples"]:
            a, b = windows[name]
            inside = [v for t, v in m["samples"] if a - POLL <= t <= b + POLL]
            if inside:
                st["peak"] = max(inside)
        r["stages"][name] = st
    r["stderr_tail"] = [line for _, line in m["stderr"] if "warning (" not in line][-10:]
    return r


def fastest(runs: list[dict]) -> dict:
    """A size's figures from its fastest build (all its builds' times kept in "runs"), and
    the fastest of its pyoxigraph baselines."""
    ok = [r for r in runs if r["exit"] in (0, 1)]
    if not ok:
        return runs[-1]
    best = dict(min(ok, key=lambda r: r["wall"]))
    limits = [r["limit"] for r in ok if "limit" in r]
    if limits:
        best["limit"] = min(limits, key=lambda x: x["total"])
    if len(runs) > 1:
        best["runs"] = [{k: r.get(k) for k in ("wall", "cpu", "others_cpu", "peak", "exit")}
                        | {"pyoxigraph": r["limit"]["total"] if "limit" in r else None}
                        for r in runs]
    return best


def _failure(m: dict) -> str:
    return " | ".join(line for _, line in m["stderr"][-5:]) or f"exit {m['exit']}"


def limit(nt: Path, scratch: Path) -> dict | None:
    m = measured([sys.executable, "-m", "bench.limit", str(nt), str(scratch)])
    if m["exit"] != 0 or not m["stdout"]:
        print(f"  the limit measurement failed: {_failure(m)}", flush=True)
        return None
    return json.loads(m["stdout"][-1][1])


def peer(corpus: Path, scratch: Path, nt: Path, timeout: float) -> dict:
    m = measured([sys.executable, "-m", "bench.peer", str(corpus), str(scratch), "--graph", str(nt)],
                 timeout=timeout)
    r = {"wall": m["wall"], "cpu": m["cpu"], "others_cpu": m["others_cpu"], "peak": m["peak"],
         "exit": m["exit"], "timed_out": m["timed_out"]}
    if m["exit"] == 0 and m["stdout"]:
        r.update(json.loads(m["stdout"][-1][1]))
    elif not m["timed_out"]:
        r["error"] = _failure(m)
    return r


# ------------------------------------------------------------------------- corpora
def generated(work: Path, n: int, seed: int) -> Path:
    path = work / f"corpus-{n}-seed{seed}"
    if not corpus_mod.cached(path, n, seed):
        t = time.perf_counter()
        m = corpus_mod.generate(n, path, seed)
        print(f"  generated {n} documents into {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
              f"({m['films']} films, {m['people']} people; {time.perf_counter() - t:.1f}s)", flush=True)
    return path


def real_subset(work: Path, source: Path, files: list[Path], n: int) -> Path:
    """The first n of the folder's documents in a seeded order, as links in a folder."""
    if n >= len(files):
        return source
    path = work / f"real-{n}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    for i, f in enumerate(files[:n]):
        (path / f"{i:06d}-{f.name}").symlink_to(f.resolve())
    return path


# ------------------------------------------------------------------------- report
def mb(b: float | None) -> str:
    return "-" if not b else f"{b / 2**20:,.0f}"


def table(r: dict) -> str:
    head = (f"{r['documents']:,} documents: {r['wall']:.1f}s wall, {r['cpu']:.1f}s CPU, "
            f"{r.get('triples', 0):,} triples, peak {mb(r['peak'])} MB, exit {r['exit']}")
    if r.get("others_cpu") is not None and r["others_cpu"] > 0.1 * r["wall"]:
        head += (f"\n  (other processes took {r['others_cpu']:.0f} CPU-seconds meanwhile: "
                 "the wall times are skewed)")
    lines = [head, f"  {'stage':<14}{'seconds':>10}{'triples/s':>12}{'peak MB':>10}"]
    for name, st in r["stages"].items():
        tps = f"{st['triples_per_s']:,}" if "triples_per_s" in st else "-"
        lines.append(f"  {name:<14}{st['seconds']:>10.2f}{tps:>12}{mb(st.get('peak')):>10}")
    return "\n".join(lines)


def verdict(value: float | None, target: float, higher: bool = False) -> str:
    if value is None:
        return "not measured"
    ok = value >= target if higher else value <= target
    return f"{'met' if ok else 'MISSED'} (target {'≥' if higher else '≤'} {target:g})"


def plot(results: dict, path: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = results["sizes"]
    xs = [s["documents"] for s in sizes]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.2))
    # time: the stages stacked, the wall time, proportional growth, the limit target
    names = [n for n in sizes[-1]["stages"] if n not in ("startup", "exit")]
    bottom = [0.0] * len(xs)
    for name in names:
        ys = [s["stages"].get(name, {}).get("seconds", 0.0) for s in sizes]
        top = [b + y for b, y in zip(bottom, ys)]
        ax1.fill_between(xs, bottom, top, alpha=0.45, label=name, step=None)
        bottom = top
    ax1.plot(xs, [s["wall"] for s in sizes], "k-o", label="build (wall)")
    ax1.plot(xs, [sizes[0]["wall"] * x / xs[0] for x in xs], "k:", label="proportional to documents")
    lims = [s.get("limit", {}).get("total") for s in sizes]
    if all(lims):
        ax1.plot(xs, [TARGETS["limit"] * v for v in lims], "r--",
                 label=f"limit-ratio target: {TARGETS['limit']:g} × pyoxigraph")
    ax1.set_xlabel("documents")
    ax1.set_ylabel("seconds")
    ax1.set_title("build time")
    ax1.legend(fontsize=7, loc="upper left")
    ax1.grid(alpha=0.3)
    ax2.plot(xs, [s["peak"] / 2**20 for s in sizes], "b-o", label="peak memory (process tree)")
    ax2.plot(xs, [sizes[0]["peak"] / 2**20 * x / xs[0] for x in xs], "b:",
             label="proportional to documents")
    ax2.set_xlabel("documents")
    ax2.set_ylabel("MB")
    ax2.set_title("peak memory")
    ax2.legend(fontsize=7, loc="upper left")
    ax2.grid(alpha=0.3)
    for ax in (ax1, ax2):
        ax.set_xlim(left=0)
        ax.set_ylim(bottom=0)
    m = results["machine"]
    fig.suptitle(f"filmgraph build, {results['corpus']['kind']} corpus, {m['cpus']} cores, "
                 f"{results['when'][:10]}", fontsize=10)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


# ------------------------------------------------------------------------- main
def _git() -> dict:
    def run(*args):
        r = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else ""
    status = run("status", "--porcelain", "--", "graph", "shapes")
    diff = run("diff", "HEAD", "--", "graph", "shapes")
    # the code a build runs: the trees of graph/ and shapes/ (a commit of tests alone, made
    # while the run goes on, changes the commit but not the code)
    tree = run("rev-parse", "--short", "HEAD:graph") + "/" + run("rev-parse", "--short", "HEAD:shapes")
    return {"commit": run("rev-parse", "--short", "HEAD"), "graph_changed_since": bool(status),
            "diff_hash": hashlib.sha256(diff.encode()).hexdigest()[:12] if diff else "", "tree": tree}


def _machine() -> dict:
    mem = None
    try:
        import psutil
        mem = psutil.virtual_memory().total
    except Exception:
        pass
    return {"cpus": os.cpu_count(), "memory": mem, "python": platform.python_version(),
            "platform": platform.platform(terse=True)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("--docs", type=int, default=40000, help="N, the size of the limit ratio (default 40000)")
    ap.add_argument("--jobs", type=int, default=None, help="passed to filmgraph build --jobs when it has it")
    ap.add_argument("--corpus", default=None, help="a folder of real documents instead of a generated corpus")
    ap.add_argument("--out", default=str(ROOT / "bench" / "work"), help="corpora and builds (default bench/work/)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--up", action="store_true", help="measure N, 2N and 4N (default N/4, N/2 and N)")
    ap.add_argument("--sizes", default=None, help="explicit sizes, e.g. 1000,2000,4000")
    ap.add_argument("--peer-docs", type=int, default=1000, help="corpus of the peer ratio (default 1000)")
    ap.add_argument("--peer-timeout", type=float, default=3600.0, help="give the peer up after (s)")
    ap.add_argument("--no-peer", action="store_true", help="skip the peer ratio")
    ap.add_argument("--timeout", type=float, default=None, help="give a build up after (s)")
    ap.add_argument("--quiet-wait", type=float, default=None, metavar="SECONDS",
                    help="before each measurement, wait up to this long for the other processes "
                    "of the machine to go quiet (default 120, with --quick 0)")
    ap.add_argument("--repeat", type=int, default=None, metavar="R",
                    help="build the growth's two sizes R times, the plain pipeline too, and "
                         "keep the fastest of each (default 2; 1 with --quick)")
    ap.add_argument("--quick", action="store_true", help="a smoke run: 200 documents, peer on 100")
    ap.add_argument("--results", default=None, help="JSON file (default bench/results/bench.json)")
    ap.add_argument("--plot", default=None, help="PNG file (default docs/bench.png)")
    args = ap.parse_args(argv)
    global QUIET_WAIT
    QUIET_WAIT = max(0.0, args.quiet_wait if args.quiet_wait is not None else 0 if args.quick else 120)
    if args.quick:
        args.docs, args.peer_docs = 200, min(args.peer_docs, 100)
    results_path = Path(args.results) if args.results else RESULTS / ("quick.json" if args.quick else "bench.json")
    plot_path = Path(args.plot) if args.plot else (RESULTS / "quick.png" if args.quick else ROOT / "docs" / "bench.png")
    work = Path(args.out).resolve()
    work.mkdir(parents=True, exist_ok=True)
    n = args.docs

    # graph/ byte-compiled once, as an installed package is (pip compiles it) and as a user's
    # every run after the first finds it; with PYTHONDONTWRITEBYTECODE set, each measured
    # build would otherwise compile all of graph/'s sources again (0.2 s of every start)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "graph")], check=False)
    help_text = _build_help()
    supports_jobs = "--jobs" in help_text
    if args.jobs and not supports_jobs:
        print("note: this filmgraph build has no --jobs; building without it", flush=True)

    # the corpora
    if args.corpus:
        source = Path(args.corpus).resolve()
        sys.path.insert(0, str(ROOT))
        from graph.read import sources
        files, _ = sources([source])
        files = sorted(files)
        random.Random(args.seed).shuffle(files)
        n = len(files)
        sizes = sorted({max(1, math.ceil(n / 4)), max(1, math.ceil(n / 2)), n})
        corpus_of = lambda k: real_subset(work, source, files, k)  # noqa: E731
        corpus_info = {"kind": "real", "folder": str(source), "documents": n}
    else:
        if args.sizes:
            sizes = sorted({int(x) for x in args.sizes.split(",")})
        elif args.up:
            sizes = [n, 2 * n, 4 * n]
        else:
            sizes = sorted({max(1, n // 4), max(1, n // 2), n})
        corpus_of = lambda k: generated(work, k, args.seed)  # noqa: E731
        corpus_info = {"kind": "generated", "seed": args.seed, "mix": corpus_mod.MIX,
                       "generator_format": corpus_mod.FORMAT}

    results = {"when": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
               "machine": _machine(), "filmgraph": _git(), "corpus": corpus_info,
               "jobs": args.jobs if supports_jobs else None, "targets": TARGETS,
               "load_before": os.getloadavg(), "sizes": []}
    print(f"filmgraph benchmark: sizes {', '.join(f'{s:,}' for s in sizes)} documents; "
          f"{results['machine']['cpus']} cores; load {results['load_before'][0]:.2f}", flush=True)

    # every size once, then the growth's two ends again (the larger first), R times in all:
    # the same build on this shared machine has taken from 1.0 to 1.8 times as long from
    # one spell to the next, so a size's time is the fastest of its builds, and its
    # pyoxigraph baseline the fastest of its measurements, as timeit takes the best of its
    # repeats (what is slower is the machine's other tenants, not the code)
    repeat = max(1, args.repeat if args.repeat is not None else 1 if args.quick else 2)
    ends = [sizes[-1], sizes[0]] if len(sizes) > 1 else sizes[:1]
    order = list(sizes) + ends * (repeat - 1)
    runs_of: dict[int, list[dict]] = {k: [] for k in sizes}
    for k in order:
        path = corpus_of(k)
        out = work / f"build-{k}"
        again = f" (build {len(runs_of[k]) + 1} of {order.count(k)})" if order.count(k) > 1 else ""
        print(f"\nbuilding {k:,} documents{again} ...", flush=True)
        r = build(path, out, args.jobs, work / f"build-{k}.log", supports_jobs, args.timeout)
        r["documents"] = k
        r["code"] = _git()  # the tree this build ran, as it is when the build ends
        if r["exit"] in (0, 1) and (out / "graph.nt").exists():
            settle(work)
            lim = limit(out / "graph.nt", work / "limit-scratch")
            if lim:
                r["limit"] = lim
        runs_of[k].append(r)
        print(table(r), flush=True)
        if r["exit"] not in (0, 1):
            print("  the build failed: " + " | ".join(r["stderr_tail"][-3:]), flush=True)
            break
    results["repeat"] = repeat
    results["sizes"] = [fastest(runs_of[k]) for k in sizes if runs_of[k]]
    ok = [s for s in results["sizes"] if s["exit"] in (0, 1)]

    # limit ratio, at N (the largest size with --up? no: N itself, the 1x)
    at_n = next((s for s in ok if s["documents"] == n), ok[-1] if ok else None)
    if at_n and "limit" in at_n:
        lim = at_n["limit"]
        results["limit"] = {"documents": at_n["documents"], "build": at_n["wall"],
                            "pyoxigraph": lim["total"], "steps": lim,
                            "ratio": at_n["wall"] / lim["total"], "target": TARGETS["limit"]}

    # growth: the two sizes whose ratio is nearest 4 (exactly 4 for generated corpora)
    pairs = sorted(((abs(b["documents"] / a["documents"] - 4), -b["documents"], i, j)
                    for i, a in enumerate(ok) for j, b in enumerate(ok)
                    if b["documents"] > a["documents"]), key=lambda x: x[:2])
    if pairs:
        a, b = ok[pairs[0][2]], ok[pairs[0][3]]

        def stage_sum(s):
            return sum(v["seconds"] for k, v in s["stages"].items() if k not in ("startup", "exit"))
        results["growth"] = {"from": a["documents"], "to": b["documents"],
                             "factor": b["documents"] / a["documents"],
                             "time": b["wall"] / a["wall"],
                             "time_stages_only": stage_sum(b) / stage_sum(a) if stage_sum(a) else None,
                             "memory": b["peak"] / a["peak"],
                             "targets": {"time": TARGETS["growth_time"], "memory": TARGETS["growth_memory"]}}

    # peer ratio, on a corpus the plain pipeline can finish
    p = None
    if not args.no_peer and ok:
        pn = min(args.peer_docs, n)
        path = corpus_of(pn)
        # filmgraph again, just before the peer, side by side: the code may have changed
        # since the sizes were built (others work in the same tree)
        # The big builds leave gigabytes of dirty pages the kernel writes back for a while
        # (build() settles the disk first), and take the best of three builds: a build of
        # 10 s is one the machine's other tenants can slow by 40% (measured: 8.8 s at one
        # run, 12.9 s at the next on much the same code, 42% more CPU on every stage alike,
        # while the plain pipeline took 210.9 s and 209.7 s).
        # filmgraph's builds and the plain pipeline's runs take turns (A B A B A), so that
        # both sides are measured through the same spells of the machine: at 18:49 the three
        # builds, run in a row, took 11.1 s at best, and the plain pipeline, run after them,
        # 175.0 s and 183.8 s, its fastest times of the day
        print(f"\nthe peer ratio on {pn:,} documents: filmgraph's builds (the best of "
              f"{max(3, repeat + 1)}) in turn with the plain pipeline's runs (the best of {repeat})",
              flush=True)
        runs, plains, p = [], [], None
        for i in range(max(3, repeat + 1)):
            r = build(path, work / f"build-{pn}", args.jobs, work / f"build-{pn}.log",
                      supports_jobs, args.timeout)
            r["documents"] = pn
            runs.append(r)
            print(f"  filmgraph: {r['wall']:.1f}s", flush=True)
            if r["exit"] not in (0, 1):
                break
            if i < repeat and not (p and p.get("error")):
                settle(work)
                p = peer(path, work / "peer-scratch", work / f"build-{pn}" / "graph.nt", args.peer_timeout)
                if p.get("error"):
                    print(f"  the plain pipeline failed: {p['error']}", flush=True)
                else:
                    print(f"  the plain pipeline (rdflib, owlrl, pyshacl): {p['wall']:.1f}s", flush=True)
                    plains.append(p)
        same = min((r for r in runs if r["exit"] in (0, 1)), key=lambda r: r["wall"], default=runs[-1])
        same["code"] = _git()
        same["walls"] = [r["wall"] for r in runs]
        print(table(same), flush=True)
        if plains and not p.get("error"):
            p = min(plains, key=lambda x: x["wall"])
            p["walls"] = [x["wall"] for x in plains]
    if p and not p.get("error"):
        results["peer"] = {"documents": pn, "filmgraph": same["wall"], "plain": p["wall"],
                           "ratio": p["wall"] / same["wall"], "target": TARGETS["peer"],
                           "lower_bound": p["timed_out"], "detail": p,
                           "filmgraph_build": {k: same[k] for k in ("wall", "walls", "cpu", "others_cpu", "peak",
                                                                    "triples", "stages", "code")
                                               if k in same}}
        if p.get("steps"):
            print("  " + ", ".join(f"{k} {v:.1f}s" for k, v in p["steps"].items())
                  + f"; {p['wall']:.1f}s wall, peak {mb(p['peak'])} MB", flush=True)

    results["load_after"] = os.getloadavg()
    codes = {json.dumps({k: v for k, v in x["code"].items() if k != "commit"} if "tree" in x["code"]
                        else x["code"], sort_keys=True) for x in
             results["sizes"] + ([results["peer"]["filmgraph_build"]] if "peer" in results else [])
             if x.get("code")}
    results["code_changed_during_run"] = len(codes) > 1
    if results["code_changed_during_run"]:
        print("note: graph/ changed during the run; the builds did not all run the same code")
    print("\nratios")
    if "limit" in results:
        L = results["limit"]
        steps = L["steps"]
        print(f"  limit ratio  {_shown(L['ratio'], TARGETS['limit']):>7}  {verdict(L['ratio'], TARGETS['limit'])}: "
              f"filmgraph {L['build']:.1f}s ÷ pyoxigraph {L['pyoxigraph']:.2f}s (parse "
              f"{steps['parse']:.2f}, Turtle {steps['turtle']:.2f}, N-Triples {steps['ntriples']:.2f}, "
              f"JSON-LD {steps['jsonld']:.2f}) at {L['documents']:,} documents")
    if "peer" in results:
        P = results["peer"]
        print(f"  peer ratio   {_shown(P['ratio'], TARGETS['peer']):>7}  {verdict(P['ratio'], TARGETS['peer'], higher=True)}"
              f"{' (a lower bound: the peer timed out)' if P['lower_bound'] else ''}: plain "
              f"{P['plain']:.1f}s ÷ filmgraph {P['filmgraph']:.1f}s at {P['documents']:,} documents")
    if "growth" in results:
        G = results["growth"]
        stages_only = f"{G['time_stages_only']:.2f}" if G["time_stages_only"] else "-"
        print(f"  growth time  {G['time']:7.2f}  {verdict(G['time'], TARGETS['growth_time'])}: "
              f"{G['to']:,} ÷ {G['from']:,} documents (stages alone: {stages_only})")
        print(f"  growth mem   {G['memory']:7.2f}  {verdict(G['memory'], TARGETS['growth_memory'])}")

    for s in results["sizes"]:  # samples are long; the JSON keeps the figures
        s.pop("samples", None)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if len(ok) >= 2:
        try:
            plot(results, plot_path)
        except ImportError:
            print("no matplotlib: no plot (pip install -e '.[bench]')")
            plot_path = None
    if not args.quick and args.results is None and args.plot is None and len(ok) >= 2:
        from . import report
        if report.rewrite():
            print("README.md: the Benchmark figures now show this run")
    print(f"\nwrote {results_path.relative_to(ROOT) if results_path.is_relative_to(ROOT) else results_path}"
          + (f" and {plot_path.relative_to(ROOT) if plot_path.is_relative_to(ROOT) else plot_path}"
             if plot_path and len(ok) >= 2 else ""))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
