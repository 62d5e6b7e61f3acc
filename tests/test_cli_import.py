"""``ohtrack import``: suggest, apply a mapping, write the workbook, errors and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import ohtrack
from ohtrack.i18n.intake import TEXTS
from ohtrack_cli.main import cli
from tests.conftest import SAMPLES

LIST = ("Actie;Afdeling;Eigenaar;Status;Deadline\n"
        "Werkoverleg;Productie;Anna de Vries;loopt;1-3-22\n"
        "Magazijn 5S;Logistiek;Bram Bakker;gereed;TBC\n")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    p = tmp_path / "acties.csv"
    p.write_text(LIST, encoding="utf-8")
    return p


def invoke(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return r.exit_code, r.stdout, r.stderr


def test_suggest_prints_the_mapping_and_writes_the_file(source: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = invoke("import", str(source), "--suggest")
    assert code == 0
    assert "acties.csv: 2 rijen gelezen uit het bestand (kop in rij 1, één record per rij)" in out
    assert "Bronkolom" in out and "Eigenaar   eigenaar" in out
    assert "acties.mapping.toml" in err
    text = (tmp_path / "acties.mapping.toml").read_text(encoding="utf-8")
    assert '"loopt" = "active"' in text
    code, _out, err = invoke("import", str(source), "--suggest")
    assert (code, err.strip()) == (1, "Fout: acties.mapping.toml: er is al een koppelbestand; "
                                      "verwijder het of gebruik --force")
    code, out, _err = invoke("import", str(source), "--suggest", "--lang", "en", "--force")
    assert code == 0 and "Source column" in out and "owner" in out


def test_import_writes_a_valid_workbook(source: Path, tmp_path: Path) -> None:
    out_path = tmp_path / "programma.xlsx"
    code, out, err = invoke("import", str(source), "-o", str(out_path), "--lang", "en")
    assert code == 0
    assert "acties.csv row 3, column 'Deadline'" in out and "'TBC' is no date: left empty" in out
    assert f"wrote {out_path}" in err
    assert ohtrack.validate(out_path).valid
    programme = ohtrack.load(out_path)
    assert [i.title for i in programme.initiatives] == ["Werkoverleg", "Magazijn 5S"]


def test_mapping_file_applied(source: Path, tmp_path: Path) -> None:
    mapping = tmp_path / "m.toml"
    invoke("import", str(source), "--suggest", "--mapping-out", str(mapping))
    mapping.write_text(mapping.read_text(encoding="utf-8").replace('"gereed" = "done"',
                                                                   '"gereed" = "embedded"'),
                       encoding="utf-8")
    code, out, _err = invoke("import", str(source), "--mapping", str(mapping), "--json")
    data = json.loads(out)
    assert code == 0 and data["valid"] is True
    assert data["counts"]["rows"] == 2
    assert {m["source"]: m["target"] for m in data["mapping"]}["Eigenaar"] == "owner"
    assert [p["text"] for p in data["problems"]] == [  # in the list's language
        "acties.csv rij 3, kolom 'Deadline': 'TBC' is geen datum: leeg gelaten"]
    out_path = tmp_path / "p.xlsx"
    invoke("import", str(source), "--mapping", str(mapping), "-o", str(out_path))
    assert [str(i.status) for i in ohtrack.load(out_path).initiatives] == ["active", "embedded"]


def test_errors_and_exit_codes(source: Path, tmp_path: Path) -> None:
    code, _out, err = invoke("import", str(source), "--lang", "en")
    assert code == 2 and "give -o PROGRAMME.xlsx" in err
    assert "geef -o PROGRAMMA.xlsx" in invoke("import", str(source))[2]
    code, _out, err = invoke("import", str(tmp_path / "nothing.csv"), "-o", "x.xlsx")
    assert code == 2
    code, _out, err = invoke("import", str(source), "-o", str(source), "--lang", "en")
    assert (code, err.strip()) == (1, f"Error: {source}: the output must be an .xlsx file")
    form = tmp_path / "form.csv"  # labels down column A, nothing filled in beside them
    form.write_text("Project name,\nDepartment,\nOwner,\nStart date,\nEnd date,\n", encoding="utf-8")
    code, _out, err = invoke("import", str(form), "-o", str(tmp_path / "f.xlsx"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert err.strip() == ("Error: form.csv: a blank template: it has the headers Project name, "
                           "Department, Owner, Start date, End date but nothing filled in; "
                           "nothing to import")
    bad = tmp_path / "bad.toml"
    bad.write_text("[columns\n", encoding="utf-8")
    code, _out, err = invoke("import", str(source), "--mapping", str(bad), "-o", str(tmp_path / "y.xlsx"),
                             "--lang", "en")
    assert code == 1 and err.startswith(f"Error: {bad}: not a valid TOML mapping file")


def test_a_file_over_the_memory_budget_is_refused_before_it_is_read(
        source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading a CSV costs about eight times its size: over ``OHTRACK_MAX_MEMORY`` it is
    refused in one line, exit 1, before a byte of it is read; nothing is written."""
    import ohtrack.intake.reading as reading
    from ohtrack.errors import InventoryError

    big = tmp_path / "lijst.csv"
    big.write_text(LIST + "".join(f"Actie {i};Productie;Anna de Vries;loopt;1-3-22\n"
                                  for i in range(3_000)), encoding="utf-8")
    size = big.stat().st_size
    assert 100_000 < size < 200_000  # needs 0.8–1.6 MB: over 512 kB, within 2 MB

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("the file was read")

    with monkeypatch.context() as m:
        m.setattr(reading, "read_text_table", never)
        with pytest.raises(InventoryError) as info:
            ohtrack.import_inventory(big, max_memory="512k")
    assert info.value.reason == "memory-file"
    assert info.value.params["budget"] == "1 MB" and info.value.params["env"] == "OHTRACK_MAX_MEMORY"
    assert ohtrack.import_inventory(big, max_memory="2M").counts.rows == 3_002
    monkeypatch.setenv("OHTRACK_MAX_MEMORY", "512k")
    out = tmp_path / "p.xlsx"
    code, _stdout, err = invoke("import", str(big), "-o", str(out), "--lang", "en")
    assert code == 1 and not out.exists() and len(err.strip().splitlines()) == 1
    assert err.strip().startswith(f"Error: {big}: refused: reading this ")
    assert "more than the 1 MB allowed; if the file is what you expect, allow more with " \
           "OHTRACK_MAX_MEMORY=" in err
    code, _stdout, err = invoke("import", str(big), "-o", str(out))
    assert code == 1 and "geweigerd: dit bestand van" in err and "Traceback" not in err
    monkeypatch.delenv("OHTRACK_MAX_MEMORY")
    assert invoke("import", str(big), "-o", str(out))[0] == 0  # within the default 1 GiB


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_mapping_that_is_no_file_or_far_too_big_is_one_line_at_once(
        source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A device never ends and a named pipe waits for a writer: refused before reading, as
    is a "mapping file" of more than 16 MB; the reader's refusal of the source in Dutch."""
    import os

    import ohtrack.intake.mapping as mapping

    pipe = tmp_path / "koppeling.toml"
    os.mkfifo(pipe)
    out = tmp_path / "p.xlsx"
    for given in (pipe, Path("/dev/zero")):
        if not given.exists():
            continue
        code, _out, err = invoke("import", str(source), "--mapping", str(given), "-o", str(out))
        assert (code, err.strip()) == (1, f"Fout: {given}: geen bestand (een map, een named pipe "
                                          "of een apparaat), dus geen koppelbestand")
    big = tmp_path / "groot.toml"
    big.write_text("# " + "x" * 2_000 + "\n", encoding="utf-8")
    monkeypatch.setattr(mapping, "MAX_MAPPING_BYTES", 1_000)
    code, _out, err = invoke("import", str(source), "--mapping", str(big), "-o", str(out), "--lang", "en")
    assert code == 1 and err.strip().startswith(f"Error: {big}: more than ")
    code, _out, err = invoke("import", str(pipe), "-o", str(out))  # the source itself a pipe
    assert (code, err.strip()) == (1, f"Fout: {pipe}: een named pipe, geen werkmapbestand")
    assert not out.exists()


def test_the_mapping_written_never_replaces_the_list_or_the_mapping_read(
        source: Path, tmp_path: Path) -> None:
    """``--mapping-out`` naming the source (or a link to it), or the ``--mapping`` given, is
    refused before anything is read or written, even with ``--force``."""
    before = source.read_bytes()
    link = tmp_path / "link.toml"
    link.symlink_to(source)
    for target in (source, link):
        code, _out, err = invoke("import", str(source), "--suggest", "--mapping-out", str(target),
                                 "--force")
        assert code == 1 and err.strip() == (
            f"Fout: {target}: geweigerd: dat is het invoerbestand {source}, dat nooit "
            "overschreven wordt; kies een ander uitvoerbestand")
    assert source.read_bytes() == before
    mapping = tmp_path / "m.toml"
    assert invoke("import", str(source), "--suggest", "--mapping-out", str(mapping))[0] == 0
    kept = mapping.read_bytes()
    code, _out, err = invoke("import", str(source), "--mapping", str(mapping), "--suggest",
                             "--mapping-out", str(mapping), "--force", "--lang", "en")
    assert code == 1 and err.strip().startswith(f"Error: {mapping}: refused: that is the input")
    assert mapping.read_bytes() == kept


def test_an_output_in_no_folder_is_refused_before_the_import(
        source: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ohtrack.intake

    def never(*_a: object, **_k: object) -> None:
        raise AssertionError("imported first")

    monkeypatch.setattr(ohtrack.intake, "import_inventory", never)
    out = tmp_path / "nergens" / "p.xlsx"
    code, stdout, err = invoke("import", str(source), "-o", str(out))
    assert (code, stdout, err.strip()) == (1, "", f"Fout: {out}: map {out.parent} bestaat niet")


def test_a_mapping_is_only_saved_as_toml(source: Path, tmp_path: Path) -> None:
    """``Mapping.save`` to the list itself (or any non-.toml name) is refused, the list kept."""
    from ohtrack.errors import InventoryError

    before = source.read_bytes()
    result = ohtrack.import_inventory(source)
    for target in (source, tmp_path / "koppeling.txt"):
        with pytest.raises(InventoryError) as info:
            result.mapping.save(target)
        assert info.value.reason == "mapping-suffix"
    assert source.read_bytes() == before and not (tmp_path / "koppeling.txt").exists()
    code, _out, err = invoke("import", str(source), "--suggest", "--mapping-out",
                             str(tmp_path / "k.txt"))
    assert (code, err.strip()) == (1, f"Fout: {tmp_path / 'k.txt'}: een koppelbestand eindigt op "
                                      ".toml; kies een andere naam")


def test_dutch_output_has_no_english_sentence(source: Path, tmp_path: Path) -> None:
    code, out, _err = invoke("import", str(source), "--suggest", "--lang", "nl",
                             "--mapping-out", str(tmp_path / "m.toml"))
    assert code == 0
    english = {v["en"] for k, v in TEXTS.items() if v["en"] != v["nl"] and len(v["en"]) > 12}
    for sentence in english:
        head = sentence.split("{")[0].strip()
        if len(head) > 8:
            assert head not in out, head


def test_every_sentence_in_both_languages() -> None:
    assert all(set(v) == {"en", "nl"} and v["en"] and v["nl"] for v in TEXTS.values())
    from ohtrack.intake.dates import RULES

    assert {f"intake.rule.{r}" for r in RULES} <= set(TEXTS)  # every date rule has a name


def test_an_error_is_shown_behind_many_warnings(tmp_path: Path) -> None:
    """The text output lists 25 problems; an error late in the file is among them."""
    # forty years that look like typos, each its own warning
    rows = [f"Actie {i};Productie;loopt;;1-3-19{i:02d}" for i in range(40)]
    rows.append("Laat;Productie;loopt;1-3-22;1-2-22")  # ends before it starts: an error
    p = tmp_path / "lang.csv"
    p.write_text("Actie;Afdeling;Status;Start;Deadline\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, _err = invoke("import", str(p), "-o", str(tmp_path / "uit.xlsx"), "--lang", "en")
    assert code == 1
    assert "1 error, 40 warnings" in out
    listed = [line for line in out.splitlines() if line.startswith("lang.csv row ")]
    assert len(listed) == 25
    assert listed[-1].startswith("lang.csv row 42, column 'Deadline'") and " error " in listed[-1]
    assert listed[0].startswith("lang.csv row 2, column 'Deadline'")
    assert "… and 16 more" in out


def test_the_same_problem_in_many_cells_is_one_line(tmp_path: Path) -> None:
    """'TBC' in 40 deadlines is one line naming the first cell and how many more."""
    rows = [f"Actie {i};Productie;loopt;1-3-22;TBC" for i in range(40)]
    rows.append("Laat;Productie;loopt;1-3-22;Q3")
    p = tmp_path / "lang.csv"
    p.write_text("Actie;Afdeling;Status;Start;Deadline\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, _err = invoke("import", str(p), "-o", str(tmp_path / "uit.xlsx"), "--lang", "nl")
    assert code == 0
    listed = [line for line in out.splitlines() if line.startswith("lang.csv rij ")]
    assert len(listed) == 2
    assert listed[0].startswith("lang.csv rij 2, kolom 'Deadline' (en nog 39 cellen)")
    assert "'TBC' is geen datum: leeg gelaten" in listed[0]
    assert listed[1].startswith("lang.csv rij 42, kolom 'Deadline' ") and "noemt geen jaar" in listed[1]
    assert "en nog" not in out.split(listed[1])[1]  # every problem stands in a line: none left


def test_an_ohtrack_workbook_is_not_imported_as_a_list(tmp_path: Path) -> None:
    """Our own template (and a filled workbook) is used as it is: its Programme sheet of
    settings was imported as sixteen initiatives."""
    from ohtrack.errors import InventoryError
    from ohtrack.intake import import_inventory

    template = tmp_path / "sjabloon.xlsx"
    assert invoke("template", str(template))[0] == 0
    code, out, err = invoke("import", str(template), "-o", str(tmp_path / "uit.xlsx"))
    assert code == 1 and not (tmp_path / "uit.xlsx").exists()
    said = (out + err).strip().splitlines()
    assert len(said) == 1 and "al een ohtrack-werkmap" in said[0] and "--sheet" in said[0]
    assert "Traceback" not in out + err
    with pytest.raises(InventoryError) as info:
        import_inventory(template)
    assert info.value.reason == "programme-workbook"
    sample = import_inventory(SAMPLES / "staal-osf2-verbeterteam.xlsx", sheet="Verbetertrajecten")
    assert len(sample.programme.initiatives) == 31  # one sheet asked for: imported as a list
