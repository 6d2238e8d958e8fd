"""Where a command writes a file: the name given with ``-o`` (replacing a file of that name, and saying
so), or a default name that never replaces anything (the first free ``name-2.html``, ``name-3.html``…).

>>> import tempfile; folder = Path(tempfile.mkdtemp())
>>> output_path(None, folder / "chart.html")[0].name
'chart.html'
>>> _ = (folder / "chart.html").write_text("an earlier chart")
>>> path, note = output_path(None, folder / "chart.html")
>>> path.name, note.endswith("chart.html exists: wrote chart-2.html instead")
('chart-2.html', True)
"""

from __future__ import annotations

import sys
from itertools import count
from pathlib import Path


def output_path(given: str | Path | None, default: str | Path) -> tuple[Path, str | None]:
    """The file to write and a note to print about it (None when there is nothing to say)."""
    if given is not None:
        path = Path(given)
        return path, f"replaced the earlier {path}" if path.exists() else None
    path = Path(default)
    if not path.exists():
        return path, None
    free = next(candidate for n in count(2)
                if not (candidate := path.with_name(f"{path.stem}-{n}{path.suffix}")).exists())
    return free, f"{path} exists: wrote {free.name} instead"


def write_output(given: str | Path | None, default: str | Path, text: str) -> Path:
    """Write `text` where `output_path` says, print its note on stderr, and return the path written.
    An OSError (no such folder, no space…) is the caller's to report; its ``filename`` names the file."""
    path, note = output_path(given, default)
    path.write_text(text, encoding="utf-8")
    if note:
        print(f"tifa: {note}", file=sys.stderr)
    return path
