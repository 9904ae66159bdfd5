"""out/ is replaced as a whole or not at all: kill -9 at every stage, two builds at once,
a full disk, a folder that is not filmgraph's. Real processes, real signals, real disks."""
from __future__ import annotations

import errno
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import FILM, ROOT, filmgraph_env
from graph import outdir

STAGES = ["read+extract", "resolve", "map", "infer", "validate", "export"]
# a second document, so that a second build writes different bytes than the first
OTHER = FILM.replace("The Glass Orchard", "The Salt Lantern").replace("Oren Hale", "Ada Wren")


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too), by relative path."""
    return {str(p.relative_to(folder)): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def leftovers(parent: Path) -> list[str]:
    """What a build may leave beside out/ besides its lock file: nothing."""
    return sorted(p.name for p in parent.iterdir() if ".filmgraph-" in p.name)


def start(docs: Path, out: Path, pause: str | None = None) -> subprocess.Popen:
    env = filmgraph_env(**({"FILMGRAPH_TEST_PAUSE": pause} if pause else {}))
    return subprocess.Popen([sys.executable, "-m", "graph", "build", str(docs), "--out", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            encoding="utf-8")


def wait_for(proc: subprocess.Popen, text: str, timeout: float = 60) -> None:
    """Block until the child writes a stderr line containing `text`."""
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stderr], daemon=True).start()
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            if proc.poll() is not None and lines.empty():
                break
            continue
        seen.append(line)
        if text in line:
            return
    proc.kill()
    raise AssertionError(f"the build never said {text!r}; it said: {''.join(seen)[-2000:]}")


def kill9(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL


@pytest.fixture
def docs(tmp_path) -> tuple[Path, Path]:
    """Two folders of one invented document each."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "film.txt").write_text(FILM, encoding="utf-8")
    (b / "film.txt").write_text(OTHER, encoding="utf-8")
    return a, b


@pytest.fixture(scope="module")
def first_build(tmp_path_factory) -> Path:
    """A first, complete build (made once: copying it is cheaper than building it)."""
    root = tmp_path_factory.mktemp("first")
    (root / "docs").mkdir()
    (root / "docs" / "film.txt").write_text(FILM, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "graph", "build", str(root / "docs"), "--out",
                        str(root / "out")], cwd=ROOT, env=filmgraph_env(), capture_output=True,
                       encoding="utf-8", timeout=120)
    assert r.returncode == 0, r.stderr
    return root / "out"


@pytest.fixture
def previous(tmp_path, first_build) -> tuple[Path, dict[str, bytes]]:
    """out/ as a first, complete build left it."""
    out = tmp_path / "site" / "out"
    shutil.copytree(first_build, out)
    before = snapshot(out)
    assert "graph.ttl" in before and outdir.MARKER in before
    return out, before


@pytest.mark.parametrize("stage", STAGES)
def test_kill_9_at_each_stage_leaves_the_previous_output_whole(stage, docs, previous, filmgraph):
    out, before = previous
    proc = start(docs[1], out, pause=stage)
    wait_for(proc, f"paused at {stage}")
    kill9(proc)
    assert snapshot(out) == before
    if stage != "export":
        assert leftovers(out.parent) == []  # nothing written yet
        return
    assert leftovers(out.parent) != []  # the half-staged build...
    r = filmgraph("build", docs[1], "--out", out)  # ...that the next build clears
    assert r.returncode == 0, r.stderr
    assert snapshot(out) != before and b"Salt Lantern" in snapshot(out)["graph.nt"]
    assert leftovers(out.parent) == []


def test_kill_9_between_the_two_renames_of_the_fallback_swap(docs, previous, filmgraph):
    """Where the system cannot swap two folders in one step, out/ is briefly missing: a
    build killed right then leaves the previous output whole beside it, and the next
    build puts it back before doing anything else."""
    out, before = previous
    proc = start(docs[1], out, pause="swap")
    wait_for(proc, "paused at swap")
    kill9(proc)
    assert not out.exists()
    [old] = [p for p in out.parent.iterdir() if ".filmgraph-old-" in p.name]
    assert snapshot(old) == before
    outdir._tidy(out)  # what every build does first, under the lock
    assert snapshot(out) == before
    assert leftovers(out.parent) == []
    r = filmgraph("build", docs[1], "--out", out)
    assert r.returncode == 0, r.stderr
    assert leftovers(out.parent) == []


def test_kill_9_of_a_first_build_leaves_no_output_folder(tmp_path, docs):
    out = tmp_path / "fresh"
    proc = start(docs[0], out, pause="export")
    wait_for(proc, "paused at export")
    kill9(proc)
    assert not out.exists()


@pytest.mark.parametrize("first", ["finishes", "is killed"])
def test_two_builds_into_one_folder_take_turns(first, tmp_path, docs, previous, filmgraph):
    """B starts while A is writing: B waits for A's lock, then writes its whole output."""
    out, before = previous
    ref = tmp_path / "ref"
    assert filmgraph("build", docs[1], "--out", ref).returncode == 0
    expected = snapshot(ref)

    a = start(docs[0], out, pause="export")  # A holds the lock, half its files staged
    wait_for(a, "paused at export")
    b = start(docs[1], out)
    wait_for(b, f"filmgraph: waiting for another build writing {out}")  # B is at the lock
    time.sleep(0.3)
    assert b.poll() is None, "B did not wait for A"
    assert snapshot(out) == before
    if first == "finishes":
        a.send_signal(signal.SIGUSR1)  # resume A
        assert a.wait(timeout=60) == 0
    else:
        kill9(a)  # the kernel drops a dead process's lock
    assert b.wait(timeout=60) == 0
    assert snapshot(out) == expected  # B's files, none of A's
    assert leftovers(out.parent) == []


def test_a_build_that_cannot_get_the_lock_says_who_holds_it(tmp_path):
    out = tmp_path / "out"
    outdir.replace(out, {"graph.ttl": b"old"})
    lock = tmp_path / ".out.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'w'); "
         "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)", str(lock)],
        stdout=subprocess.PIPE, encoding="utf-8")
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(outdir.OutputError) as e:
            outdir.replace(out, {"graph.ttl": b"new"}, wait=0.3)
        assert str(e.value).startswith(f"{out}: another build is writing it")
        assert (out / "graph.ttl").read_bytes() == b"old"
    finally:
        holder.kill()
        holder.wait()


# ---------------------------------------------------------------- a full disk

def _mount_tmpfs(folder: Path, size: str) -> None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root; the file-size-limit test covers a full disk")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({r.stderr.strip()}); the file-size-limit "
                    "test covers a full disk")


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount_tmpfs(disk, "1m")
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path, leave: int) -> Path:
    """Fill the disk, then free `leave` bytes: room to start a build, not to finish it."""
    filler = disk / "filler"
    with open(filler, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError as e:
            assert e.errno == errno.ENOSPC
    with open(filler, "r+b") as fh:
        fh.truncate(max(0, filler.stat().st_size - leave))
    return filler


def _one_line_error(stderr: str, out: Path, why: str) -> None:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith(f"filmgraph: {out}: cannot write the output ({why}"), lines[0]
    assert lines[0].endswith(f"{out} is left as it was")


def test_a_full_disk_is_one_clear_line_and_the_previous_output_stays(small_disk, docs, filmgraph):
    out = small_disk / "out"
    assert filmgraph("build", docs[0], "--out", out).returncode == 0
    before = snapshot(out)
    filler = _fill(small_disk, leave=16384)
    r = filmgraph("build", docs[1], "--out", out)
    assert r.returncode == 2
    _one_line_error(r.stderr, out, "no space left on the disk")
    assert snapshot(out) == before
    assert leftovers(small_disk) == []  # the half-written staging folder is gone
    filler.unlink()  # with room again, the same build goes through
    assert filmgraph("build", docs[1], "--out", out).returncode == 0


def test_a_file_size_limit_is_one_clear_line_and_the_previous_output_stays(docs, previous):
    """RLIMIT_FSIZE makes writes past a size fail with EFBIG: a full disk as any user sees it."""
    import resource

    out, before = previous

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    r = subprocess.run([sys.executable, "-m", "graph", "build", str(docs[1]), "--out", str(out)],
                       cwd=ROOT, env=filmgraph_env(), capture_output=True, encoding="utf-8",
                       preexec_fn=limit, timeout=120)
    assert r.returncode == 2
    _one_line_error(r.stderr, out, "a file is larger than this system allows")
    assert snapshot(out) == before
    assert leftovers(out.parent) == []


# ---------------------------------------------------------------- what out/ may be

def test_a_folder_filmgraph_did_not_write_is_never_replaced(tmp_path, docs, filmgraph):
    home = tmp_path / "home"
    home.mkdir()
    (home / "notes.txt").write_text("mine")
    r = filmgraph("build", docs[0], "--out", home)
    assert r.returncode == 2
    assert r.stderr.strip() == (f"filmgraph: {home}: holds files filmgraph did not write "
                                "(notes.txt); a build replaces its output folder as a whole, "
                                "so give --out a new or empty folder")
    assert sorted(p.name for p in home.iterdir()) == ["notes.txt"]


def test_an_output_folder_from_before_the_marker_is_replaced(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("old")
    outdir.replace(out, {"graph.ttl": b"new", "graph.nt": b""})
    assert snapshot(out)["graph.ttl"] == b"new"


def test_a_link_named_out_stays_a_link_and_its_folder_is_replaced(tmp_path):
    real = tmp_path / "www" / "data"
    outdir.replace(real, {"a.txt": b"1", "web/old.html": b"old"})
    link = tmp_path / "out"
    link.symlink_to(real)
    outdir.replace(link, {"a.txt": b"2", "web/new.html": b"new"})
    assert link.is_symlink()
    assert {k: v for k, v in snapshot(real).items() if k != outdir.MARKER} == \
        {"a.txt": b"2", "web/new.html": b"new"}
    assert leftovers(real.parent) == []


def test_the_output_folder_keeps_its_permissions(tmp_path):
    out = tmp_path / "out"
    outdir.replace(out, {"a.txt": b"1"})
    out.chmod(0o750)
    outdir.replace(out, {"a.txt": b"2"})
    assert out.stat().st_mode & 0o777 == 0o750
    assert (out / "a.txt").stat().st_mode & 0o777 == 0o666 & ~_umask()


def test_a_mount_point_is_filled_file_by_file(tmp_path):
    """A Docker volume cannot be renamed: the files move in one by one, stale ones go."""
    out = tmp_path / "out"
    out.mkdir()
    _mount_tmpfs(out, "1m")
    try:
        outdir.replace(out, {"graph.ttl": b"1", "web/a.html": b"a", "web/person/b.html": b"b"})
        outdir.replace(out, {"graph.ttl": b"2", "web/c.html": b"c"})
        files = {k: v for k, v in snapshot(out).items() if not k.startswith(".filmgraph")}
        assert files == {"graph.ttl": b"2", "web/c.html": b"c"}
        assert [p.name for p in out.iterdir() if p.name.startswith(".filmgraph-new")] == []
    finally:
        subprocess.run(["umount", "-l", str(out)], check=False)


def test_output_names_cannot_leave_the_folder(tmp_path):
    for bad in ("../escape.txt", "/etc/x", "web/../../x", "", "a//b"):
        with pytest.raises(ValueError):
            outdir.replace(tmp_path / "out", {bad: b"x"})
    assert not (tmp_path / "escape.txt").exists()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


PARALLEL = {"FILMGRAPH_PARALLEL_TRIPLES": "0"}  # the two-process output path, on a small graph


def test_the_two_process_output_path_writes_the_same_bytes(docs, tmp_path, filmgraph):
    """With --jobs 2 on a big graph a forked worker validates and writes the web pages into
    a scratch folder beside out/, moved into the staging folder: the same files as one
    process writes, and nothing left beside out/."""
    one, two = tmp_path / "site" / "one", tmp_path / "site" / "two"
    assert filmgraph("build", docs[0], "--out", one, "--jobs", "1").returncode == 0
    r = filmgraph("build", docs[0], "--out", two, "--jobs", "2", env=PARALLEL)
    assert r.returncode == 0, r.stderr
    assert snapshot(one) == snapshot(two)
    assert leftovers(two.parent) == []


def test_kill_9_after_the_worker_wrote_the_web_pages_leaves_the_previous_output_whole(
        docs, previous, filmgraph):
    out, before = previous
    env = filmgraph_env(FILMGRAPH_TEST_PAUSE="export", **PARALLEL)
    proc = subprocess.Popen([sys.executable, "-m", "graph", "build", str(docs[1]), "--out", str(out),
                             "--jobs", "2"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, encoding="utf-8")
    wait_for(proc, "paused at export")
    kill9(proc)
    assert snapshot(out) == before
    assert any("pid" in name for name in leftovers(out.parent))  # the worker's scratch folder
    r = filmgraph("build", docs[1], "--out", out, "--jobs", "2", env=PARALLEL)
    assert r.returncode == 0, r.stderr
    assert b"Salt Lantern" in snapshot(out)["graph.nt"]
    assert leftovers(out.parent) == []  # a dead build's scratch folder is cleared too


def test_a_big_previous_output_is_deleted_by_a_process_of_its_own(tmp_path, monkeypatch):
    """Swapped out, a previous output of many files is deleted in the background (the build
    is done once its output is in place); a small one at once."""
    monkeypatch.setattr(outdir, "BACKGROUND_FILES", 50)
    small, big = tmp_path / "small", tmp_path / "big"
    for folder, n in ((small, 10), (big, 200)):
        (folder / "web").mkdir(parents=True)
        for i in range(n):
            (folder / "web" / f"{i}.html").write_bytes(b"x")
        (folder / outdir.MARKER).write_text("".join(f"web/{i}.html\n" for i in range(n)))
    outdir._discard(small)
    assert not small.exists()
    outdir._discard(big)
    deadline = time.monotonic() + 30
    while big.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not big.exists()


def test_a_moved_folder_lists_the_same_files_whether_told_them_or_walked(tmp_path):
    """The worker tells the names of the web pages it wrote (walking 225,863 files took 7 s a
    time); told or walked, the marker's listing and the folders synced are the same."""
    told = ["film/a.html", "film/a.jsonld", "index.html", "person/b/c.html"]
    for name in told:
        (tmp_path / "web" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "web" / name).write_bytes(b"x")
    walked = outdir.Moved(tmp_path / "web")
    given = outdir.Moved(tmp_path / "web", list(reversed(told)))
    assert walked.names("web") == given.names("web") == [f"web/{n}" for n in sorted(told)]
    assert walked.folders() == given.folders() == {"film", "person/b"}
    (tmp_path / "report.txt").write_bytes(b"r")
    assert outdir.Moved(tmp_path / "report.txt").names("report.txt") == ["report.txt"]


def test_the_background_deletion_does_not_hold_the_builds_output_open(tmp_path):
    """Whoever reads a build's stdout and stderr through a pipe (`filmgraph build | tee`)
    sees their end when the build ends, not when the deletion of the previous output does:
    the deleting process holds neither. Here the deletion waits for a go file, so the pipe's
    end can only come from the build process itself."""
    old, go = tmp_path / "old", tmp_path / "go"
    (old / "web").mkdir(parents=True)
    (old / outdir.MARKER).write_text("".join(f"web/{i}.html\n" for i in range(60)))
    script = (
        "import shutil, sys, time\n"
        "from pathlib import Path\n"
        "from graph import outdir\n"
        "outdir.BACKGROUND_FILES = 50\n"
        "remove = shutil.rmtree\n"
        "def waiting(path, **kw):\n"
        f"    while not Path({str(go)!r}).exists():\n"
        "        time.sleep(0.05)\n"
        "    remove(path, **kw)\n"
        "shutil.rmtree = waiting\n"
        f"outdir._discard(Path({str(old)!r}))\n"
        "print('built')\n")
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, env=filmgraph_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, _ = proc.communicate(timeout=30)  # the end of both pipes
    finally:
        go.touch()
    assert out.strip() == b"built"
    deadline = time.monotonic() + 30
    while old.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not old.exists()
