"""Reading reports of the real set (`../shared/realset`) without unpacking it into the project.

    texts = read_texts(["city/哈尔滨市/2025.txt"])        # {path: text}

The texts come from an unpacked copy when there is one (``$TIFA_REALSET_DIR``, else
``/work/realset``), else are streamed out of ``reports.tar.xz`` in one pass. Benchmarks and the
tests that need the real set use this module; those tests skip when `available()` is False.
"""

from __future__ import annotations

import csv
import os
import tarfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "realset"
ARCHIVE = SHARED / "reports.tar.xz"
MANIFEST = SHARED / "manifest.tsv"


def available() -> bool:
    return MANIFEST.exists() and (ARCHIVE.exists() or unpacked_dir() is not None)


def unpacked_dir() -> Path | None:
    """A folder holding the unpacked real set (LEVEL/REGION/YEAR.txt), if any."""
    for candidate in (os.environ.get("TIFA_REALSET_DIR"), "/work/realset"):
        if candidate and (Path(candidate) / "national").is_dir():
            return Path(candidate)
    return None


def read_manifest() -> list[dict]:
    """Rows of manifest.tsv: path, region, level, kind (gwr / fyp), year, chars, title."""
    with open(MANIFEST, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def read_texts(paths) -> dict[str, str]:
    """The texts of the given real-set paths (``LEVEL/REGION/YEAR.txt``), by path."""
    wanted = set(paths)
    folder = unpacked_dir()
    if folder is not None:
        return {path: (folder / path).read_text("utf-8") for path in wanted}
    return read_archive(wanted)


def read_archive(paths) -> dict[str, str]:
    """The texts of the given paths read straight from ``reports.tar.xz``, in one pass."""
    wanted = set(paths)
    found = {}
    with tarfile.open(ARCHIVE, "r:xz") as archive:
        for member in archive:
            name = member.name.removeprefix("./")
            if name in wanted:
                found[name] = archive.extractfile(member).read().decode("utf-8")
                if len(found) == len(wanted):
                    break
    missing = wanted - set(found)
    if missing:
        raise FileNotFoundError(f"not in the real set: {', '.join(sorted(missing))}")
    return found
