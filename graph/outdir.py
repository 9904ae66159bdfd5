"""Replace an output folder as a whole, so nobody ever sees half a build in it.

A build writes every file into a fresh hidden sibling of `out/` (`.out.filmgraph-new-*`,
on the same filesystem), flushes it to disk, then swaps it with `out/` in one atomic step
(renameat2 RENAME_EXCHANGE on Linux, renamex_np RENAME_SWAP on macOS; elsewhere two
renames, and the next build puts back a folder caught between them). Killed at any
moment, a build leaves the previous `out/` whole; a full disk fails before the swap.
A lock file beside `out/` (`.out.lock`, flock: the kernel drops it when its holder dies,
even by kill -9) makes concurrent builds into one `out/` take turns: the last one wins.

Where no sibling can be made (`out/` is a mount point, as a Docker volume is, or its
parent folder is not writable), the files are staged inside `out/` and moved in one by
one: each file is whole, the set is not.
"""
from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import stat
import sys
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Mapping

from . import hooks
from .errors import FilmgraphError

MARKER = ".filmgraph"  # says "filmgraph owns this folder"; lists the build's files
LOCK_WAIT = 60.0  # seconds a build waits for another one writing the same folder
_INSIDE = ".filmgraph-"  # prefix of the lock and staging folder when staging inside out/


class OutputError(FilmgraphError):
    """The output folder cannot be written; it is left as it was."""


class Moved:
    """A file or folder already written beside the output folder (in a `scratch` folder),
    moved into the build's staging folder under its name instead of being written there."""

    def __init__(self, path: str | os.PathLike, files: list[str] | None = None):
        """`files`: a folder's files (paths relative to it, "/"-separated), when the
        writer knows them: listing a folder of a whole archive's web pages (225,863 files
        at 40,000 documents) took 7 s a time, once for the names and once for the marker."""
        self.path = Path(path)
        self.files = sorted(files) if files is not None else None

    def names(self, name: str) -> list[str]:
        """[`name`] for a file; for a folder, the path of each file in it under `name`."""
        if self.files is None:
            self.files = [""] if self.path.is_file() else sorted(
                p.relative_to(self.path).as_posix() for p in self.path.rglob("*") if p.is_file())
        return [f"{name}/{f}" if f else name for f in self.files]

    def folders(self) -> set[str]:
        """The folders inside a moved folder that hold files (relative, "/"-separated)."""
        return {f.rsplit("/", 1)[0] for f in self.files or () if "/" in f}


def scratch(out: str | os.PathLike) -> Path | None:
    """A new folder beside `out` (same filesystem, so its content can be moved into the
    staging folder in one rename) for files made before the swap; None where there is no
    room beside `out` (a mount point, a read-only parent). Its name carries this process's
    id: _tidy() leaves it alone while the process lives, and removes it once it is dead."""
    try:
        target = _resolve(Path(out), str(out))
        if target.is_dir() and os.path.ismount(target):
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        new, _ = _prefixes(target)
        return Path(tempfile.mkdtemp(prefix=f"{new}pid{os.getpid()}-", dir=target.parent))
    except (OSError, OutputError):
        return None


def replace(out: str | os.PathLike, files: Mapping[str, bytes], wait: float = LOCK_WAIT) -> list[Path]:
    """Make the folder `out` hold exactly `files` ({relative path: bytes, or a function
    that writes the file's bytes to the binary file object it is given}) and a marker."""
    shown = str(out)
    names = [_checked(n) for n in files]
    names = [m for n in names for m in (files[n].names(n) if isinstance(files[n], Moved) else [n])]
    try:
        target = _resolve(Path(out), shown)
        inside = target.is_dir() and (os.path.ismount(target)
                                      or not os.access(target.parent, os.W_OK))
        if not inside:
            target.parent.mkdir(parents=True, exist_ok=True)
        lock = target / f"{_INSIDE}lock" if inside else target.parent / f".{target.name}.lock"
        with _locked(lock, shown, wait):
            _tidy(target)
            _check_ours(target, names, shown)
            if inside:
                _write_inside(target, files)
            else:
                _write_beside(target, files)
    except OSError as e:
        raise OutputError(_words(shown, e)) from e
    return [Path(out) / n for n in names]


def _resolve(out: Path, shown: str) -> Path:
    # a link named out/ stays a link: the folder it points to is the one replaced
    target = Path(os.path.realpath(out)) if out.is_symlink() else Path(os.path.abspath(out))
    if not target.name or target == target.parent:
        raise OutputError(f"{shown}: cannot be the output folder; give --out a folder of its own")
    return target


def _checked(name: str) -> str:
    parts = name.split("/")
    if name.startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in name \
            or "\x00" in name or parts[0].startswith(_INSIDE) or name == MARKER:
        raise ValueError(f"output file name {name!r} must be a plain relative path")
    return name


@contextlib.contextmanager
def _locked(lock: Path, shown: str, wait: float) -> Iterator[None]:
    import fcntl  # Unix only, like the rest of the swap

    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        deadline = time.monotonic() + wait
        waiting = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not waiting:  # a silent minute would look like a hang
                    waiting = True
                    print(f"filmgraph: waiting for another build writing {shown}", file=sys.stderr,
                          flush=True)
                if time.monotonic() >= deadline:
                    raise OutputError(f"{shown}: another build is writing it (it holds {lock}); "
                                      "try again when that build has finished") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # releases the lock; the file stays, so there is never a race on it


def _prefixes(target: Path) -> tuple[str, str]:
    return f".{target.name}.filmgraph-new-", f".{target.name}.filmgraph-old-"


def _tidy(target: Path) -> None:
    """Clear what a killed build left: put back an `out/` caught between two renames,
    delete half-written staging folders. Runs under the lock, so none is in use."""
    new, old = _prefixes(target)
    parent = target.parent
    leftovers = sorted(e.name for e in os.scandir(parent) if e.name.startswith((new, old)))
    for name in leftovers:
        if _owner_alive(name):
            continue  # another build's scratch folder, in use
        if name.startswith(old) and not os.path.lexists(target):
            os.rename(parent / name, target)
        else:
            shutil.rmtree(parent / name, ignore_errors=True)
    if target.is_dir():
        for e in os.scandir(target):
            if e.name.startswith(f"{_INSIDE}new-"):
                shutil.rmtree(e.path, ignore_errors=True)


def _owner_alive(name: str) -> bool:
    """A scratch folder's name holds its builder's process id: is that process alive
    (this one included: its own scratch folder is in use)?"""
    import re

    m = re.search(r"filmgraph-new-pid(\d+)-", name)
    if not m:
        return False
    if int(m.group(1)) == os.getpid():
        return True
    try:
        os.kill(int(m.group(1)), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _check_ours(target: Path, names: list[str], shown: str) -> None:
    """Refuse to replace a folder that holds anything but a previous build (--out ~ must
    not wipe a home folder)."""
    if not os.path.lexists(target):
        return
    if not target.is_dir():
        raise OutputError(f"{shown}: exists and is not a folder; give --out a folder")
    present = {n for n in os.listdir(target) if not n.startswith(_INSIDE)}
    if not present or MARKER in present:
        return
    foreign = sorted(present - {n.split("/")[0] for n in names})
    if foreign:
        more = ", ..." if len(foreign) > 3 else ""
        raise OutputError(f"{shown}: holds files filmgraph did not write ({', '.join(foreign[:3])}"
                          f"{more}); a build replaces its output folder as a whole, so give "
                          "--out a new or empty folder")


def _write_beside(target: Path, files: Mapping[str, bytes]) -> None:
    new, _ = _prefixes(target)
    stage = Path(tempfile.mkdtemp(prefix=new, dir=target.parent))
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode) if target.is_dir() else 0o777 & ~_umask()
        os.chmod(stage, mode)  # mkdtemp makes 0700; keep what out/ had, or the umask's
        _stage(stage, files)
        try:
            old = _swap(stage, target)
        except OSError as e:
            if e.errno not in (errno.EXDEV, errno.EBUSY):
                raise
            _move_entries(stage, target)  # overlayfs lower layer, a busy mount: file by file
            old = stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        raise
    _fsync_dir(target.parent)
    if old is not None:
        _discard(old)


# a previous output of more files is deleted by a process of its own. Deleting can be slow:
# on this machine's disk (ext4, mounted with `discard`) the 5,643 files of a 1,000-document
# build took 0.6 s to 3.0 s to delete, up to a third of the build
BACKGROUND_FILES = 1_000


def _discard(old: Path) -> None:
    """Delete the previous output, swapped out. A big one (the web pages of some 200
    documents or more: seconds to delete) is deleted by a detached process,
    so the build is done when its output is in place; a killed or failed deletion is
    finished by the next build's tidy-up (the folder keeps its staging name)."""
    try:
        with open(old / MARKER, "rb") as fh:
            big = fh.read().count(b"\n") > BACKGROUND_FILES
    except OSError:
        big = False
    if big and hasattr(os, "fork"):
        try:
            pid = os.fork()
        except OSError:
            pid = -1
        if pid == 0:  # the child: start a grandchild that outlives it, and go
            try:
                if os.fork() == 0:
                    os.setsid()
                    # nor the build's stdout and stderr: whoever reads them through a pipe
                    # (`filmgraph build | tee log`, a test, a benchmark) sees the end when
                    # the build ends, not seconds later when the deletion does
                    null = os.open(os.devnull, os.O_RDWR)
                    for fd in (0, 1, 2):
                        os.dup2(null, fd)
                    os.closerange(3, 1 << 16)  # the lock's file above all: it is not held here
                    shutil.rmtree(old, ignore_errors=True)
            finally:
                os._exit(0)
        if pid > 0:
            os.waitpid(pid, 0)
            return
    shutil.rmtree(old, ignore_errors=True)


def _write_inside(target: Path, files: Mapping[str, bytes]) -> None:
    stage = Path(tempfile.mkdtemp(prefix=f"{_INSIDE}new-", dir=target))
    try:
        _stage(stage, files)
        _move_entries(stage, target)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    _fsync_dir(target)


def _stage(stage: Path, files: Mapping[str, bytes]) -> None:
    """Every file, flushed to disk, so that a full disk shows here and not after the swap."""
    half = len(files) // 2
    dirs = {stage}
    listing = "".join(f"{n}\n" for n in sorted(
        m for n, data in files.items() for m in (data.names(n) if isinstance(data, Moved) else [n])))
    for i, (name, data) in enumerate(files.items()):
        if i == half:
            hooks.pause("export")
        path = stage / name
        if path.parent not in dirs:
            path.parent.mkdir(parents=True, exist_ok=True)
            dirs.update(p for p in path.parents if stage in p.parents)
        if isinstance(data, Moved):
            is_dir = data.path.is_dir()
            if is_dir:
                data.names(name)  # its files, listed before they move
            os.rename(data.path, path)  # made beside out/: the same filesystem
            if is_dir:
                dirs.add(path)
                for sub in data.folders():
                    dirs.update(p for p in (path / sub).parents if path in p.parents)
                    dirs.add(path / sub)
            continue
        with open(path, "xb") as fh:
            if callable(data):
                data(fh)  # a stream: the writer writes it in pieces
            else:
                fh.write(data)
    (stage / MARKER).write_text("This folder is written by filmgraph: each build replaces it "
                                "as a whole (README, \"Bad input\").\nFiles:\n" + listing,
                                encoding="utf-8")
    # every file on disk before the swap: one sync for them all (an fsync per file cost
    # more than writing them: 2.7 s for the 5,640 files of 1,000 documents); a full disk
    # or a file size limit shows at write() above
    os.sync()
    for d in sorted(dirs, key=lambda p: len(p.parts), reverse=True):
        _fsync_dir(d)


def _swap(stage: Path, target: Path) -> Path | None:
    """Put `stage` at `target`; returns the path now holding the old folder, if any."""
    if not os.path.lexists(target):
        os.rename(stage, target)
        return None
    if not hooks.active("swap") and _exchange(stage, target):
        return stage
    _, old_prefix = _prefixes(target)
    old = target.parent / (old_prefix + stage.name.rsplit("-", 1)[-1])
    os.rename(target, old)
    hooks.pause("swap")  # the one moment out/ is missing; _tidy() repairs it if killed here
    try:
        os.rename(stage, target)
    except BaseException:
        os.rename(old, target)
        raise
    return old


def _move_entries(src: Path, target: Path) -> None:
    """Move every entry of `src` into `target`, then drop the previous build's others."""
    new = sorted(os.listdir(src))
    for name in new:
        s, t = src / name, target / name
        if s.is_dir():
            if t.is_dir() and not t.is_symlink() and _exchange(s, t):
                continue  # the old one is now in src, deleted with it
            if os.path.lexists(t):
                _remove(t)
            os.rename(s, t)
        else:
            if t.is_dir() and not t.is_symlink():
                shutil.rmtree(t)
            os.replace(s, t)
    for name in os.listdir(target):
        if name not in new and not name.startswith(_INSIDE):
            _remove(target / name)


def _remove(p: Path) -> None:
    if p.is_dir() and not p.is_symlink():
        shutil.rmtree(p)
    else:
        p.unlink()


@lru_cache(maxsize=None)
def _swap_call():
    """The C function that exchanges two paths atomically, and its flag; (None, 0) if none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None, 0
    if sys.platform == "darwin":
        return getattr(libc, "renamex_np", None), 0x2  # RENAME_SWAP
    return getattr(libc, "renameat2", None), 0x2  # RENAME_EXCHANGE (glibc 2.28+)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one step; False where the system cannot."""
    fn, flag = _swap_call()
    if fn is None:
        return False
    if sys.platform == "darwin":
        rc = fn(os.fsencode(a), os.fsencode(b), ctypes.c_uint(flag))
    else:
        at_fdcwd = ctypes.c_int(-100)
        rc = fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), ctypes.c_uint(flag))
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # the kernel or the filesystem cannot: fall back to two renames
    raise OSError(err, os.strerror(err), str(b))


def _fsync_dir(d: Path) -> None:
    with contextlib.suppress(OSError):  # some filesystems cannot sync a folder; not fatal
        fd = os.open(d, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_WHY = {errno.ENOSPC: "no space left on the disk; free some space and build again",
        errno.EDQUOT: "disk quota exceeded; free some space and build again",
        errno.EFBIG: "a file is larger than this system allows (file size limit)",
        errno.EACCES: "permission denied", errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only"}


def _words(shown: str, e: OSError) -> str:
    why = _WHY.get(e.errno, e.strerror or str(e))
    return f"{shown}: cannot write the output ({why}); {shown} is left as it was"
