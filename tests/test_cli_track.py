"""``ohtrack track add | list | history``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from ohtrack_cli.main import cli

BASE: dict[str, list[list[Any]]] = {
    "Programme": [["Field", "Value"], ["name", "Tracked"], ["model", "ohi-2011"], ["language", "en"]],
    "Units": [["ID", "Name"], ["U1", "Workshop"], ["U2", "Office"]],
    "People": [["ID", "Name", "Unit"], ["P1", "An", "U1"], ["P2", "Bo", "U2"]],
    "Initiatives": [["ID", "Title", "Status"], ["I1", "Daily start", "idea"],
                    ["I2", "Board", "gepland"]],
    "Indicators": [["ID", "Name"], ["K1", "Score"]],
    "Measurements": [["Indicator", "Date", "Value"], ["K1", "2022-01-01", 60]],
}


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_add_list_and_history(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    store = str(tmp_path / "h.sqlite")
    wb1 = make_workbook(BASE, name="v1.xlsx")
    changed = {**BASE,
               "Initiatives": [["ID", "Title", "Status"], ["I1", "Daily start", "lopend"],
                               ["I2", "Board", "gepland"]],
               "Relations": [["From", "To"], ["P1", "P2"]],
               "Measurements": [["Indicator", "Date", "Value"], ["K1", "2022-01-01", 60],
                                ["K1", "2023-01-01", 66]]}
    wb2 = make_workbook(changed, name="v2.xlsx")
    first = run("track", "add", str(wb1), "--store", store, "--label", "start")
    assert (first.exit_code, first.output) == (0, "snapshot 1 added (v1.xlsx)\n")
    same = run("track", "add", str(wb1), "--store", store)
    assert (same.exit_code, same.output) == (0, "unchanged since snapshot 1; nothing added\n")
    assert run("track", "add", str(wb2), "--store", store).output == "snapshot 2 added (v2.xlsx)\n"

    listing = run("track", "list", "--store", store)
    lines = listing.output.splitlines()
    assert lines[0].split() == ["#", "Recorded", "(UTC)", "Label", "Source", "Programme",
                                "Initiatives", "People", "Indicators", "Hash"]
    assert lines[2].split()[3:8] == ["start", "v1.xlsx", "Tracked", "2", "2"]
    assert lines[3].split()[0] == "2" and "v2.xlsx" in lines[3]
    data = json.loads(run("track", "list", "--store", store, "--json").output)
    assert [(d["id"], d["label"], d["counts"]["status.planned"]) for d in data] == [
        (1, "start", 1), (2, None, 1)]

    text = run("track", "history", "--store", store).output.splitlines()
    # both made now: one day (two days only when the test runs over midnight)
    assert text[0].startswith(("2 snapshots, all of ", "Snapshots of "))
    assert text[2] == "Initiatives per status"
    assert text[5].split() == ["#1", "start", "1", "1", "0", "0", "0", "0", "0"]
    assert "    idea → active: 1 (I1)" in text
    net = text.index("Network")
    assert text[net + 3].split() == ["#1", "2", "0", "0"]
    assert text[net + 4].split() == ["#2", "2", "1", "1", "100%"]
    assert text[-1].split() == ["K1", "Score", "60", "66"]

    png = tmp_path / "hist.png"
    result = CliRunner().invoke(cli, ["track", "history", "--store", store, "--json",
                                      "--png", str(png), "--lang", "nl"])
    hist = json.loads(result.stdout)
    assert hist["transitions"][0]["flows"] == [
        {"from": "idea", "to": "active", "kind": "forward", "count": 1, "initiatives": ["I1"]}]
    assert hist["indicator_series"] == {"K1": [{"snapshot": 1, "value": 60.0},
                                               {"snapshot": 2, "value": 66.0}]}
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_default_store_in_current_folder_and_dutch(make_workbook: Callable[..., Path],
                                                   tmp_path: Path, monkeypatch: Any) -> None:
    dutch = {**BASE, "Programme": [["Veld", "Waarde"], ["naam", "NL"], ["taal", "nl"]]}
    wb = make_workbook(dutch)
    monkeypatch.chdir(tmp_path)
    assert run("track", "add", str(wb)).output == "momentopname 1 toegevoegd (wb.xlsx)\n"
    assert (tmp_path / "ohtrack-history.sqlite").is_file()
    assert run("track", "list").output.splitlines()[0].startswith("#  Vastgelegd (UTC)")
    assert run("track", "history").output.splitlines()[2] == "Verbetertrajecten per status"


def test_errors(make_workbook: Callable[..., Path], tmp_path: Path) -> None:
    missing = CliRunner().invoke(cli, ["track", "list", "--store", str(tmp_path / "none.sqlite"),
                                       "--lang", "en"])
    assert missing.exit_code == 1
    assert missing.output == (f"Error: {tmp_path / 'none.sqlite'}: no history store here "
                              "(run 'ohtrack track add' first)\n")
    dutch = CliRunner().invoke(cli, ["track", "list", "--store", str(tmp_path / "none.sqlite")])
    assert dutch.output == (f"Fout: {tmp_path / 'none.sqlite'}: hier is geen geschiedenisopslag "
                            "(draai eerst 'ohtrack track add')\n")
    assert not (tmp_path / "none.sqlite").exists()
    bad = make_workbook({"Programme": [["Field", "Value"], ["name", "X"]],
                         "Initiatives": [["ID", "Title", "Status"], ["I1", "T", "nonsense"]]})
    store = str(tmp_path / "h.sqlite")
    failed = CliRunner().invoke(cli, ["track", "add", str(bad), "--store", store])
    assert failed.exit_code == 1 and failed.output.startswith("Fout: ")
    assert not Path(store).exists()
    run("track", "add", str(make_workbook(BASE)), "--store", store)
    assert run("track", "list", "--store", store, "--lang", "en").output.splitlines()[2][0] == "1"
    usage = CliRunner().invoke(cli, ["track", "add"])
    assert usage.exit_code == 2
    helptext = run("track", "--help").output
    assert all(word in helptext for word in ("add", "list", "history"))


def test_add_to_a_v1_store_reports_the_migration(make_workbook: Callable[..., Path],
                                                  tmp_path: Path) -> None:
    from ohtrack.domain import Programme
    from tests.test_history_migration import make_v1

    db = tmp_path / "old.sqlite"
    make_v1(db, [Programme.model_validate({"info": {"name": "Old"}})])
    result = CliRunner().invoke(cli, ["track", "add", str(make_workbook(BASE)), "--store", str(db)])
    assert result.exit_code == 0
    assert result.stdout == "snapshot 2 added (wb.xlsx)\n"
    assert result.stderr == "store migrated from schema version 1 to 3\n"
    empty = tmp_path / "empty.sqlite"
    from ohtrack.history import open_store

    open_store(empty).close()
    assert run("track", "list", "--store", str(empty), "--lang", "en").output == "No snapshots yet.\n"
    assert run("track", "history", "--store", str(empty), "--lang", "en").output == "No snapshots yet.\n"
