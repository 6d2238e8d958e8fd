"""The walkthroughs in notebooks/ run top to bottom (a real kernel, no network) and show what
they promise."""

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))

PROMISED = {
    "01-build-and-explore": ["5 documents built", "承接产业转移示范区", "2025年十大制造业项目 →",
                             "2024 estimate level 290亿元"],
    "02-trace-networks": ["四区两城 [slogan]", "hasComponent → 生态宜居新城 [component]",
                          "realisedBy → 2025年十大安全守底项目 [programme]"],
    "03-indicators": ["2024 estimate 290亿元", "地区生产总值 · 零陵区", "5 indicator charts on one page"],
}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path):
    notebook = nbformat.read(path, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), \
        "commit notebooks with outputs cleared"
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [out for cell in notebook.cells for out in cell.get("outputs", [])]
    assert not [out for out in outputs if out.output_type == "error"]
    text = "".join(out.get("text", "") for out in outputs)
    for promise in PROMISED.get(path.stem, []):
        assert promise in text
