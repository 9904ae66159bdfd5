"""store: a graph file as an Oxigraph store, for `filmgraph query`.

A big graph is parsed once: the store is kept on disk beside the file, in
`.graph.ttl.oxigraph/` for `graph.ttl`, and the next query opens it read-only in
milliseconds. It answers only for the bytes it was built from: each query compares the
file's size, times and inode with those the store recorded, and the file's hash when they
differ or when the file was written too close to the build for its times to tell (as git's
"racily clean" index entries); any difference and the store is rebuilt. A build replaces
`out/` as a whole, so a store inside it goes with it.

Two queries may run at once: readers share the lock `.graph.ttl.oxigraph/lock`, the one that
rebuilds holds it alone, builds into a temporary folder beside the store and renames it into
place, so nobody ever opens half a store; a query killed while building leaves only a
temporary folder, which the next build deletes. Where nothing can be written beside the
file (a read-only folder, a full disk), the graph is parsed into memory instead, as it is for
small files, which parse faster than a store opens.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from .errors import InputError, UsageError

FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES,
           ".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG,
           ".jsonld": ox.RdfFormat.JSON_LD, ".json": ox.RdfFormat.JSON_LD}
SMALL = 2 << 20  # bytes: a smaller file parses into memory faster than a store is kept
LAYOUT = 1  # of the folder below; a store of another layout or pyoxigraph is rebuilt
STAMP = "stamp.json"  # in the store's folder: what the store was built from
RACY = 2_000_000_000  # ns: files written this close to a build are checked by their hash
WAIT = 600.0  # seconds a query waits for another one building the same store

Note = Callable[[str], None]


def cache_dir(path: str | os.PathLike) -> Path:
    """The folder that keeps the store of the graph file `path`."""
    p = Path(path)
    return p.parent / f".{p.name}.oxigraph"


def graph_format(path: Path) -> ox.RdfFormat:
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format; valid: {', '.join(FORMATS)}")
    return fmt


@contextlib.contextmanager
def opened(path: str | os.PathLike, note: Note | None = None) -> Iterator[ox.Store]:
    """The graph in `path` as a store, its triples in the default graph, for the `with`
    block (which holds the lock that keeps the store on disk from being rebuilt)."""
    p = Path(path)
    graph_format(p)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise InputError(str(p), "no such graph file (run `filmgraph build` first)") from None
    except OSError as e:
        raise InputError(str(p), f"cannot read the graph ({e.strerror})") from None
    if not p.is_file():
        raise InputError(str(p), "not a graph file (a folder or a device?)")
    if size < SMALL:
        yield in_memory(p)
        return
    with _cached(p, note or (lambda message: None)) as store:
        yield store


def in_memory(path: Path) -> ox.Store:
    store = ox.Store()
    load(store, path)
    return store


def load(store: ox.Store, path: Path, on_disk: bool = False) -> None:
    """Parse `path` into the default graph of `store`; InputError if it is not valid. With
    `on_disk`, an OSError is the store's (a full disk): the file was read just before."""
    fmt = graph_format(path)
    name = fmt.name
    base = path.resolve().as_uri()  # relative IRIs as rdflib resolves them
    try:
        if fmt.supports_datasets:  # a query sees one graph, as rdflib's Graph gathers it
            quads = ox.parse(path=path, format=fmt, base_iri=base)
            store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in quads)
        else:
            store.bulk_load(path=path, format=fmt, base_iri=base)
    except SyntaxError as e:
        if fmt == ox.RdfFormat.JSON_LD:  # a remote context (a web page's schema.org), or
            return _load_with_rdflib(store, path)  # JSON-LD pyoxigraph lacks: the reference
        raise InputError(str(path), f"not valid {name}: {_first_line(e)}") from None
    except UnicodeDecodeError as e:
        raise InputError(str(path), f"not valid {name}: not UTF-8 ({e.reason})") from None
    except OSError as e:
        if on_disk:
            raise
        raise InputError(str(path), f"cannot read the graph ({_why(e)})") from None


def _load_with_rdflib(store: ox.Store, path: Path) -> None:
    from .query import load_graph  # the rdflib reader: offline schema.org context

    graph = load_graph(path)
    store.bulk_load(input=graph.serialize(format="nt", encoding="utf-8"),
                    format=ox.RdfFormat.N_TRIPLES)


def _first_line(e: Exception) -> str:
    lines = str(e).strip().splitlines()
    return lines[0][:300] if lines else type(e).__name__


# ------------------------------------------------------------------ the store beside the file
@contextlib.contextmanager
def _cached(path: Path, note: Note) -> Iterator[ox.Store]:
    folder = cache_dir(path)
    try:
        folder.mkdir(exist_ok=True)
        try:
            fd = os.open(folder / "lock", os.O_RDWR | os.O_CREAT, 0o666)
        except PermissionError:  # another user's store, still good to read
            fd = os.open(folder / "lock", os.O_RDONLY)
    except OSError as e:
        note(f"{path}: cannot keep a store beside it ({_why(e)}); parsing it for this query")
        yield in_memory(path)
        return
    try:
        store = _open_shared(fd, folder, path)
        if store is None:  # missing or stale: rebuilt by the one query holding the lock
            _lock(fd, exclusive=True, what=path)
            store = _open_fresh(folder, path)
            if store is None:
                store = _rebuild(folder, path, note)
        yield store
    finally:
        os.close(fd)  # releases the lock


def _open_shared(fd: int, folder: Path, path: Path) -> ox.Store | None:
    _lock(fd, exclusive=False, what=path)
    store = _open_fresh(folder, path)
    if store is None:
        _unlock(fd)
    return store


def _open_fresh(folder: Path, path: Path) -> ox.Store | None:
    """The kept store, if it was built from the bytes `path` holds now."""
    if not _fresh(folder / "store", path):
        return None
    try:
        return ox.Store.read_only(str(folder / "store"))
    except OSError:  # damaged (a power cut before its files reached the disk): rebuilt
        return None


def _fresh(store: Path, path: Path) -> bool:
    try:
        stamp_file = store / STAMP
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
        written = stamp_file.stat().st_mtime_ns
        checked = time.time_ns()
        st = path.stat()
    except (OSError, ValueError):
        return False
    if not isinstance(stamp, dict) or stamp.get("layout") != LAYOUT \
            or stamp.get("oxigraph") != ox.__version__ or stamp.get("size") != st.st_size:
        return False
    same = _stat_key(st) == stamp.get("stat")
    racy = st.st_mtime_ns >= min(stamp.get("started", 0), written) - RACY
    if same and not racy:
        return True
    if _digest(path) != stamp.get("blake2b"):
        return False
    if not same or st.st_mtime_ns < checked - RACY:  # the same bytes (touched, copied, or
        with contextlib.suppress(OSError):  # now old enough): no hash next time
            _write_stamp(store, {**stamp, "stat": _stat_key(st), "started": checked})
    return True


def _stat_key(st: os.stat_result) -> list[int]:
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev]


def _digest(path: Path) -> str:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "blake2b").hexdigest()
    except OSError as e:
        raise InputError(str(path), f"cannot read the graph ({e.strerror})") from None


def _write_stamp(store: Path, stamp: dict) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f"{STAMP}.", dir=store)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(stamp, indent=1) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, store / STAMP)


def _rebuild(folder: Path, path: Path, note: Note) -> ox.Store:
    """Build the store into a temporary folder, then rename it into place. Holds the lock
    alone, so no query has the old store open."""
    _tidy(folder)
    new = Path(tempfile.mkdtemp(prefix="new-", dir=folder))
    try:
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(new, 0o777 & ~mask)  # mkdtemp makes 0700; readable as out/ is
        for _attempt in range(3):
            started = time.time_ns()
            before = path.stat()
            digest = _digest(path)
            store = ox.Store(str(new))
            load(store, path, on_disk=True)
            store.optimize()  # one sorted run per index: queries run several times faster
            store.flush()
            del store  # closes it
            if _stat_key(path.stat()) == _stat_key(before):
                break
            shutil.rmtree(new)  # written while we read it: read it again
            new.mkdir()
        else:
            raise InputError(str(path), "keeps changing while it is read; run the query again "
                             "once it is written")
        _write_stamp(new, {"layout": LAYOUT, "oxigraph": ox.__version__, "file": path.name,
                           "size": before.st_size, "stat": _stat_key(before),
                           "started": started, "blake2b": digest})
        current = folder / "store"
        if current.exists():
            os.rename(current, folder / f"old-{new.name[4:]}")
        os.rename(new, current)
        _tidy(folder)
        return ox.Store.read_only(str(current))
    except OSError as e:
        shutil.rmtree(new, ignore_errors=True)
        note(f"{path}: cannot keep a store beside it ({_why(e)}); parsing it for this query")
        return in_memory(path)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        raise


def _tidy(folder: Path) -> None:
    """Delete what an earlier build left: folders being built or replaced."""
    for entry in os.scandir(folder):
        if entry.name.startswith(("new-", "old-")):
            shutil.rmtree(entry.path, ignore_errors=True)


def _why(e: OSError) -> str:
    if e.strerror:
        return e.strerror
    lines = str(e).strip().splitlines()
    return lines[0][:200] if lines else type(e).__name__


def _lock(fd: int, exclusive: bool, what: Path) -> None:
    import fcntl

    mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
    deadline = time.monotonic() + WAIT
    waiting = False
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if not waiting:
                waiting = True
                print(f"filmgraph: waiting for another query building the store of {what}",
                      file=sys.stderr, flush=True)
            if time.monotonic() >= deadline:
                raise InputError(str(what), "another query has been building its store for "
                                 f"{WAIT:.0f} s; try again later") from None
            time.sleep(0.05)


def _unlock(fd: int) -> None:
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)
