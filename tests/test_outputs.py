"""Files the commands write: a default name never replaces a file, an explicit -o says it replaced one, an
empty selection is an error (one line, exit 1, nothing written), and a misspelt label gets close names."""

import pytest

from tifa.cli import main


def cli(capsys, store_path, *args):
    code = main([*args, "--store", str(store_path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_viz_default_output_picks_a_new_name_and_says_so(capsys, store_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "tifa-network.html").write_text("someone's earlier page", encoding="utf-8")
    code, out, err = cli(capsys, store_path, "viz", "--focus", "何仙观水库")
    assert code == 0 and out.startswith("tifa-network-2.html: ")
    assert err == "tifa: tifa-network.html exists: wrote tifa-network-2.html instead\n"
    assert (tmp_path / "tifa-network.html").read_text(encoding="utf-8") == "someone's earlier page"
    code, out, err = cli(capsys, store_path, "viz", "--focus", "何仙观水库")
    assert code == 0 and out.startswith("tifa-network-3.html: ")
    code, out, err = cli(capsys, store_path, "viz", "--focus", "何仙观水库", "-o", "tifa-network.html")
    assert code == 0 and err == "tifa: replaced the earlier tifa-network.html\n"
    assert "何仙观水库" in (tmp_path / "tifa-network.html").read_text(encoding="utf-8")


def test_chart_default_output_picks_a_new_name(capsys, store_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "地区生产总值.html").write_text("mine", encoding="utf-8")
    code, out, err = cli(capsys, store_path, "chart", "地区生产总值")
    assert code == 0 and out.startswith("wrote 地区生产总值-2.html") and "exists" in err
    assert (tmp_path / "地区生产总值.html").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("args, message", [
    (("--document", "nosuchdoc"), "tifa: no document 'nosuchdoc' in the graph\n"),
    (("--document", "lingling-2024-pla"), "close names: lingling-2024-plan"),
    (("--document", "lingling-2019-plan", "--types", "programme"), "nothing to draw: no entity in"),
    (("--focus", "何仙观水ku"), "close names: 何仙观水库"),
    (("--trace", "四区二城"), "close names: 四区两城"),
])
def test_viz_of_nothing_is_an_error(capsys, store_path, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, store_path, "viz", *args)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert message in err or message.startswith("close names: ") and message[13:] in close_names_of(err)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, close", [
    (("trace", "四区二城"), "四区两城"), (("timeline", "何仙观水ku"), "何仙观水库"),
    (("series", "地区生产总直"), "地区生产总值"), (("chart", "地区生产总直"), "地区生产总值"),
])
def test_commands_taking_a_label_suggest_close_names(capsys, store_path, tmp_path, monkeypatch, args, close):
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, store_path, *args)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert close in close_names_of(err)


def close_names_of(err: str) -> list[str]:
    """The names after "close names:" in an error line (ties may come in any order)."""
    return err.split("close names: ", 1)[1].strip().split(", ") if "close names: " in err else []
