"""Keeping writers out of a store directory without opening it for writing.

A store directory is locked by whoever opens it for writing: RocksDB takes a POSIX record lock on the
file ``LOCK``, and a second writer (another `tifa build`, another server) is refused. `tifa serve` reads
through read-only handles only (its query workers are separate processes), yet must keep builds out
while it serves; `hold_writer_lock` takes a lock that conflicts with the writer's, so a build meets
"store … is locked" exactly as if a writer had the store open, while read-only opens go on working.

>>> with hold_writer_lock("/path/to/store"):           # doctest: +SKIP
...     ...                                              # `tifa build` on that store is refused here

It is an open file description lock (``F_OFD_SETLK``, Linux): unlike a plain record lock it is not
dropped when some other handle on the same file in this process is closed, and it conflicts with
RocksDB's record lock even within one process. Where OFD locks do not exist it falls back to a record
lock.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import struct
from pathlib import Path

from .embedded import StoreLockedError

# struct flock: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid (+ padding)
_FLOCK = "hhqqi4x"


@contextlib.contextmanager
def hold_writer_lock(path):
    """Hold the writer's lock of the store at `path` for the duration; `StoreLockedError` when a writer
    (or another holder) has it."""
    lock_file = Path(path) / "LOCK"
    descriptor = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        command = getattr(fcntl, "F_OFD_SETLK", fcntl.F_SETLK)
        try:
            fcntl.fcntl(descriptor, command, struct.pack(_FLOCK, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0))
        except OSError:
            raise StoreLockedError(
                f"store {path} is locked: another tifa process (or an oxigraph server) has it open") from None
        yield
    finally:
        os.close(descriptor)
