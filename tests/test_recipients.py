"""Recipients files: encodings, delimiters, Excel display, per-row checks, placeholders."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import openpyxl
import openpyxl.utils
import pytest

from smtpdesk.core.recipients import (
    AttachmentRule,
    NumberStyle,
    RecipientsFileError,
    check_placeholders,
    match_column,
    placeholders,
    read_address_list,
    read_recipients,
)


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx_with_cell(path: Path, rows: list[list[object]], big: str) -> Path:
    """An XLSX whose cell "BIG" holds `big`, past the 32 767 characters openpyxl writes: what
    a hand-made (hostile) workbook can hold."""
    write_xlsx(path, rows)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b">BIG<", b">" + big.encode() + b"<"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def write_csv_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def write_xlsx(
    path: Path,
    rows: list[list[object]],
    formats: dict[str, str] | None = None,
) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    for coordinate, number_format in (formats or {}).items():
        sheet[coordinate].number_format = number_format
    workbook.save(path)
    return path


def codes(result) -> list[tuple[int | None, str | None, str]]:
    return [(p.row, p.column, p.code) for p in result.problems]


# --- encodings and delimiters -------------------------------------------------------------


def test_cp1250_with_slovenian_czech_and_polish_letters_round_trips(tmp_path):
    names = [
        ("Žiga", "Čebašek", "ziga@example.si"),
        ("Jiří", "Dvořák-Šťastný", "jiri@example.cz"),
        ("Zdeněk", "Růžička Ďurďa Ňuňo", "zdenek@example.cz"),
        ("Łukasz", "Woźniak-Żółć", "lukasz@example.pl"),
        ("Ewa", "Mączyńska Gęś", "ewa@example.pl"),
        ("Tomaž", "Đurić Ćosić", "tomaz@example.si"),
    ]
    text = "Ime;Příjmení;E-pošta\r\n" + "".join(f"{a};{b};{c}\r\n" for a, b, c in names)
    result = read_recipients(write_csv(tmp_path / "cp1250.csv", text, "cp1250"))

    assert result.encoding == "cp1250"
    assert result.delimiter == ";"
    assert result.problems == ()
    assert result.columns == ("Ime", "Příjmení", "E-pošta")
    assert result.email_column == "E-pošta"
    got = [(r.fields["Ime"], r.fields["Příjmení"], r.email) for r in result.recipients]
    assert got == names
    assert [r.row for r in result.recipients] == [2, 3, 4, 5, 6, 7]


def test_slovenian_only_letters_in_cp1250_are_not_taken_for_cp1252(tmp_path):
    # č/Č decode to è/È in cp1252, which are letters too: the tie must go to cp1250
    text = "ime,priimek,email\nČrtomir,Močnik,crt@example.si\nŠpela,Žnidaršič,spela@example.si\n"
    result = read_recipients(write_csv(tmp_path / "sl.csv", text, "cp1250"))
    assert result.encoding == "cp1250"
    assert [r.fields["priimek"] for r in result.recipients] == ["Močnik", "Žnidaršič"]


def test_cp1252_french_and_german_names_are_detected_as_cp1252(tmp_path):
    names = [
        ("Hélène", "Lefèvre", "helene@example.fr"),
        ("François", "Noël", "francois@example.fr"),
        ("Jürgen", "Müller-Strauß", "juergen@example.de"),
        ("Anaïs", "Côté", "anais@example.fr"),
        ("José", "Muñoz", "jose@example.es"),
    ]
    text = "First name,Last name,Email\n" + "".join(f"{a},{b},{c}\n" for a, b, c in names)
    result = read_recipients(write_csv(tmp_path / "west.csv", text, "cp1252"))

    assert result.encoding == "cp1252"
    assert result.delimiter == ","
    got = [(r.fields["First name"], r.fields["Last name"], r.email) for r in result.recipients]
    assert got == names


def test_utf8_with_bom_and_semicolons(tmp_path):
    text = "E-mail;Ime;Znesek\r\nana@example.si;Ana;12,50 €\r\nbor@example.si;Bor;7,00 €\r\n"
    result = read_recipients(write_csv(tmp_path / "bom.csv", text, "utf-8-sig"))

    assert result.encoding == "utf-8-sig"
    assert result.delimiter == ";"
    assert result.columns == ("E-mail", "Ime", "Znesek")  # no BOM stuck to the first header
    assert result.email_column == "E-mail"
    assert [dict(r.fields) for r in result.recipients] == [
        {"E-mail": "ana@example.si", "Ime": "Ana", "Znesek": "12,50 €"},
        {"E-mail": "bor@example.si", "Ime": "Bor", "Znesek": "7,00 €"},
    ]


def test_plain_utf8(tmp_path):
    result = read_recipients(write_csv(tmp_path / "u.csv", "email,Ime\nana@example.si,Šárka\n"))
    assert result.encoding == "utf-8"
    assert result.recipients[0].fields["Ime"] == "Šárka"


def test_quoted_fields_with_delimiters_and_line_breaks_inside(tmp_path):
    # the header has a quoted semicolon too: counting outside quotes still finds the comma
    text = (
        'email,"Naziv; podjetje",Opomba\n'
        'ana@example.si,"Novak; d.o.o.","plačano, hvala"\n'
        'bor@example.si,"Kovač ""Mojster""",x\n'
    )
    result = read_recipients(write_csv(tmp_path / "q.csv", text))
    assert result.delimiter == ","
    assert result.columns == ("email", "Naziv; podjetje", "Opomba")
    assert [r.fields["Naziv; podjetje"] for r in result.recipients] == [
        "Novak; d.o.o.",
        'Kovač "Mojster"',
    ]
    assert result.recipients[0].fields["Opomba"] == "plačano, hvala"


def test_semicolon_file_with_quoted_semicolons_in_values(tmp_path):
    text = 'Ime;email;Opis\n"Ana; mlajša";ana@example.si;"a;b;c"\n'
    result = read_recipients(write_csv(tmp_path / "s.csv", text))
    assert result.delimiter == ";"
    assert dict(result.recipients[0].fields) == {
        "Ime": "Ana; mlajša",
        "email": "ana@example.si",
        "Opis": "a;b;c",
    }


def test_quoted_line_break_keeps_spreadsheet_row_numbers_and_is_refused(tmp_path):
    text = 'email,Naslov\nana@example.si,"Cesta 1\n1000 Ljubljana"\nbad-address,x\n'
    result = read_recipients(write_csv(tmp_path / "nl.csv", text))
    # the multi-line record is row 2 (one spreadsheet row), the next one is row 3
    assert codes(result) == [(2, "Naslov", "control_character"), (3, "email", "bad_address")]
    assert result.recipients == ()


# --- XLSX ---------------------------------------------------------------------------------


def test_xlsx_numbers_and_dates_as_excel_shows_them(tmp_path):
    header = [
        "email",
        "Datum",
        "Datum2",
        "ISO",
        "US",
        "Kratko",
        "Vgrajen",
        "Ura",
        "Čas",
        "Celo",
        "Dec",
        "Tisoč",
        "Odst",
        "Odst2",
        "Šum",
        "Splošno",
        "Velik",
        "Negativ",
        "Poštna",
        "Valuta",
        "Besedilo",
    ]
    row = [
        "ana@example.si",
        dt.datetime(2025, 3, 5),
        dt.datetime(2025, 3, 5),
        dt.datetime(2025, 3, 5),
        dt.datetime(2025, 3, 5),
        dt.datetime(2025, 3, 5),
        dt.datetime(2025, 3, 5),
        dt.time(9, 5),
        dt.datetime(2025, 3, 5, 14, 30),
        42,
        3.5,
        1234567.891,
        0.25,
        0.0825,
        0.1 + 0.2,
        2.5,
        1234567.0,
        -1234.5,
        1000,
        1234.5,
        "007",
    ]
    formats = {
        "B2": "d.m.yyyy",
        "C2": "dd.mm.yyyy",
        "D2": "yyyy-mm-dd",
        "E2": "m/d/yyyy",
        "F2": "d/m/yy",
        "G2": "mm-dd-yy",
        "H2": "h:mm",
        "I2": "d.m.yyyy h:mm",
        "J2": "General",
        "K2": "0.00",
        "L2": "#,##0.00",
        "M2": "0%",
        "N2": "0.00%",
        "O2": "General",
        "P2": "General",
        "Q2": "General",
        "R2": "#,##0.00;[Red]-#,##0.00",
        "S2": "00000",
        "T2": "#,##0.00\\ [$€-424]",
        "U2": "@",
    }
    path = write_xlsx(tmp_path / "f.xlsx", [header, row], formats)
    result = read_recipients(path)

    assert result.problems == ()
    assert result.encoding is None and result.delimiter is None
    assert dict(result.recipients[0].fields) == {
        "email": "ana@example.si",
        "Datum": "5.3.2025",
        "Datum2": "05.03.2025",
        "ISO": "2025-03-05",
        "US": "3/5/2025",
        "Kratko": "5/3/25",
        "Vgrajen": "5.3.2025",  # built-in 14 (locale short date): our users' d.m.yyyy
        "Ura": "9:05",
        "Čas": "5.3.2025 14:30",
        "Celo": "42",
        "Dec": "3.50",
        "Tisoč": "1,234,567.89",
        "Odst": "25%",
        "Odst2": "8.25%",
        "Šum": "0.3",
        "Splošno": "2.5",
        "Velik": "1234567",
        "Negativ": "-1,234.50",
        "Poštna": "01000",
        "Valuta": "1,234.50 €",
        "Besedilo": "007",
    }


SL = NumberStyle(decimal=",", group=".")
CS = PL = NumberStyle(decimal=",", group="\u00a0")  # Czech and Polish: no-break space
EN = NumberStyle()
_AMOUNTS = [
    # (value, number format, as Excel shows it in sl, cs/pl, en)
    (1250, '#,##0.00 "€"', "1.250,00 €", "1\u00a0250,00 €", "1,250.00 €"),  # currency after
    (1250, '"€" #,##0.00', "€ 1.250,00", "€ 1\u00a0250,00", "€ 1,250.00"),  # before
    (1234.5, "#,##0.00\\ [$€-424]", "1.234,50 €", "1\u00a0234,50 €", "1,234.50 €"),
    (1234.5, "[$€-424]\\ #,##0.00", "€ 1.234,50", "€ 1\u00a0234,50", "€ 1,234.50"),
    (-1234.5, '#,##0.00 "Kč";-#,##0.00 "Kč"', "-1.234,50 Kč", "-1\u00a0234,50 Kč", "-1,234.50 Kč"),
    (0.0825, "0.00%", "8,25%", "8,25%", "8.25%"),  # percentage
    (0.25, "0%", "25%", "25%", "25%"),
    (1234567, "#,##0", "1.234.567", "1\u00a0234\u00a0567", "1,234,567"),  # grouping
    (42, "0", "42", "42", "42"),
    (2.5, "General", "2,5", "2,5", "2.5"),  # General: the decimal, never a group
    (1234567.25, "General", "1234567,25", "1234567,25", "1234567.25"),
    (123456, "0.00E+00", "1,23E+05", "1,23E+05", "1.23E+05"),
    (dt.datetime(2026, 12, 2), "d.m.yyyy", "2.12.2026", "2.12.2026", "2.12.2026"),  # dates:
    (dt.datetime(2026, 12, 2), "dd/mm/yyyy", "02/12/2026", "02/12/2026", "02/12/2026"),
    (dt.datetime(2026, 12, 2), "m/d/yyyy", "12/2/2026", "12/2/2026", "12/2/2026"),
]


@pytest.mark.parametrize(
    "style, column", [(SL, 2), (CS, 3), (PL, 3), (EN, 4)], ids=["sl", "cs", "pl", "en"]
)
def test_xlsx_amounts_in_the_separators_of_the_users_language(tmp_path, style, column):
    """The format's `,` and `.` are roles, shown with the style's separators; its literal
    text (the currency, where the format puts it) and the date layouts stay as written."""
    header = ["email"] + [f"c{i}" for i in range(len(_AMOUNTS))]
    row = ["ana@example.si"] + [amount[0] for amount in _AMOUNTS]
    letters = [openpyxl.utils.get_column_letter(i + 2) for i in range(len(_AMOUNTS))]
    formats = {f"{letter}2": amount[1] for letter, amount in zip(letters, _AMOUNTS, strict=True)}
    result = read_recipients(write_xlsx(tmp_path / "z.xlsx", [header, row], formats), style)

    assert result.problems == ()
    fields = result.recipients[0].fields
    assert [fields[f"c{i}"] for i in range(len(_AMOUNTS))] == [a[column] for a in _AMOUNTS]


def test_csv_text_stays_as_typed_whatever_the_style(tmp_path):
    text = "email;Znesek;Odstotek\nana@example.si;1,250.00 €;8.25%\n"
    result = read_recipients(write_csv(tmp_path / "z.csv", text), SL)
    assert dict(result.recipients[0].fields) == {
        "email": "ana@example.si",
        "Znesek": "1,250.00 €",
        "Odstotek": "8.25%",
    }


def test_xlsx_rounding_is_excels_not_binary(tmp_path):
    path = write_xlsx(
        tmp_path / "r.xlsx",
        [["email", "a", "b"], ["ana@example.si", 2.675, 0.5]],
        {"B2": "0.00", "C2": "0"},
    )
    fields = read_recipients(path).recipients[0].fields
    assert (fields["a"], fields["b"]) == ("2.68", "1")


def test_xlsx_blank_rows_and_columns(tmp_path):
    rows = [
        ["Ime", None, "email", "Priimek"],
        ["Ana", "lost", "ana@example.si", "Novak"],
        [None, None, None, None],  # row 3: empty, skipped
        ["Bor", None, "bor@", "Kos"],  # row 4: bad address
        ["Cene", None, "cene@example.si", None, None, "beyond the header"],
    ]
    result = read_recipients(write_xlsx(tmp_path / "b.xlsx", rows))

    assert result.columns == ("Ime", "email", "Priimek")
    assert codes(result) == [(4, "email", "bad_address")]
    assert "'bor@'" in result.problems[0].message
    assert [(r.row, dict(r.fields)) for r in result.recipients] == [
        (2, {"Ime": "Ana", "email": "ana@example.si", "Priimek": "Novak"}),
        (5, {"Ime": "Cene", "email": "cene@example.si", "Priimek": ""}),
    ]


def test_xlsx_first_sheet_is_read(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["email"])
    workbook.active.append(["ana@example.si"])
    other = workbook.create_sheet("Drugi")
    other.append(["email"])
    other.append(["wrong@example.si"])
    workbook.active = 1
    workbook.save(tmp_path / "s.xlsx")
    assert [r.email for r in read_recipients(tmp_path / "s.xlsx").recipients] == ["ana@example.si"]


# --- columns ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "email",
        "EMAIL",
        "Email",
        " e-mail ",
        "E-Mail",
        "E-pošta",
        "e-POŠTA",
        "Adres e-mail",
        "E-mailová adresa",
    ],
)
def test_email_column_names(tmp_path, header):
    result = read_recipients(write_csv(tmp_path / "e.csv", f"Ime,{header}\nAna,ana@example.si\n"))
    assert result.errors == ()
    assert result.email_column == header
    assert result.recipients[0].email == "ana@example.si"


def test_missing_email_column_is_one_error(tmp_path):
    result = read_recipients(write_csv(tmp_path / "m.csv", "Ime,Naslov\nAna,Cesta 1\nBor,x\n"))
    assert codes(result) == [(1, None, "missing_email_column")]
    assert result.email_column is None
    assert result.recipients == ()


def test_attachments_two_files_one_missing(tmp_path):
    (tmp_path / "racuni").mkdir()
    (tmp_path / "racuni" / "r1.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "pogoji.pdf").write_bytes(b"%PDF-1.4")
    text = (
        "email;Priloga\n"
        'ana@example.si;"racuni/r1.pdf; pogoji.pdf"\n'
        'bor@example.si;"pogoji.pdf;racuni/r2.pdf"\n'
        "cene@example.si;\n"
    )
    # the folder of the file, not the working directory, is where names are looked up
    result = read_recipients(write_csv(tmp_path / "a.csv", text))

    assert result.attachment_column == "Priloga"
    assert codes(result) == [(3, "Priloga", "missing_attachment")]
    assert result.problems[0].value == "racuni/r2.pdf"
    assert "racuni/r2.pdf" in result.problems[0].message
    by_row = {r.row: r for r in result.recipients}
    assert sorted(by_row) == [2, 4]
    assert by_row[2].attachments == (
        (tmp_path / "racuni" / "r1.pdf").absolute(),
        (tmp_path / "pogoji.pdf").absolute(),
    )
    assert all(p.is_absolute() for p in by_row[2].attachments)
    assert by_row[4].attachments == ()


@pytest.mark.parametrize("header", ["attachment", "PRILOGA", "Příloha", "Załącznik"])
def test_attachment_column_names(tmp_path, header):
    (tmp_path / "f.pdf").write_bytes(b"x")
    result = read_recipients(write_csv(tmp_path / "a.csv", f"email,{header}\na@example.si,f.pdf\n"))
    assert result.attachment_column == header
    assert result.recipients[0].attachments == ((tmp_path / "f.pdf").absolute(),)


def test_attachment_in_xlsx_is_relative_to_the_workbook(tmp_path, monkeypatch):
    (tmp_path / "doc.pdf").write_bytes(b"x")
    path = write_xlsx(tmp_path / "a.xlsx", [["email", "attachment"], ["a@example.si", "doc.pdf"]])
    monkeypatch.chdir("/")
    assert read_recipients(path).recipients[0].attachments == ((tmp_path / "doc.pdf").absolute(),)


# --- row checks ---------------------------------------------------------------------------


def test_bad_addresses_reported_with_spreadsheet_rows(tmp_path):
    text = (
        "Ime,email\n"
        "Ana,ana@example.si\n"
        "\n"  # row 3: blank
        "Bor,bor(at)example.si\n"  # row 4
        "Cene,\n"  # row 5: no address
        "Dana, dana@example.si \n"  # row 6: spaces trimmed, fine
        ",,\n"  # row 7: empty cells only
        "Eva,eva@example\n"  # row 8: no full domain
    )
    result = read_recipients(write_csv(tmp_path / "b.csv", text))

    assert codes(result) == [
        (4, "email", "bad_address"),
        (5, "email", "bad_address"),
        (8, "email", "bad_address"),
    ]
    assert "bor(at)example.si" in result.problems[0].message
    assert result.problems[0].value == "bor(at)example.si"
    assert all(not p.is_warning for p in result.problems)
    assert [(r.row, r.email) for r in result.recipients] == [
        (2, "ana@example.si"),
        (6, "dana@example.si"),
    ]


def test_display_name_in_address_cell_is_refused(tmp_path):
    result = read_recipients(write_csv(tmp_path / "n.csv", "email\nAna <ana@example.si>\n"))
    assert codes(result) == [(2, "email", "bad_address")]


def test_header_injection_attempt_is_refused_with_its_row(tmp_path):
    text = 'email,Ime\nbor@example.si,Bor\nana@example.si,"Ana\r\nBcc: victim@example.com"\n'
    result = read_recipients(write_csv(tmp_path / "i.csv", text))
    assert codes(result) == [(3, "Ime", "control_character")]
    assert [r.email for r in result.recipients] == ["bor@example.si"]


@pytest.mark.parametrize(
    "value", ["Ana\nBcc: x@example.com", "A\x00na", "A\x1bna", "A\x7fna", "A\u2028na"]
)
def test_control_characters_refused_in_xlsx(tmp_path, value):
    path = (
        write_xlsx(tmp_path / "c.xlsx", [["email", "Ime"], ["ana@example.si", value]])
        if "\x00" not in value and "\x1b" not in value
        else None
    )
    if path is None:  # openpyxl will not store these; a CSV carries them
        path = write_csv(tmp_path / "c.csv", f"email,Ime\nana@example.si,{value}\n")
    result = read_recipients(path)
    assert codes(result) == [(2, "Ime", "control_character")]
    assert result.recipients == ()


def test_tab_is_allowed(tmp_path):
    result = read_recipients(write_csv(tmp_path / "t.csv", 'email,Ime\na@example.si,"A\tB"\n'))
    assert result.problems == ()
    assert result.recipients[0].fields["Ime"] == "A\tB"


def test_duplicate_rows_warned_and_sent_once(tmp_path):
    text = (
        "email,Ime,Račun\n"
        "ana@example.si,Ana,R-1\n"
        "ana@example.si,Ana,R-2\n"  # same address, different data: its own message
        "ANA@example.si ,Ana,R-1\n"  # the same as row 2
        "ana@example.si,Ana,R-1\n"  # the same as row 2 again
    )
    result = read_recipients(write_csv(tmp_path / "d.csv", text))

    assert result.errors == ()
    assert [(p.row, p.code, p.value, p.severity) for p in result.warnings] == [
        (4, "duplicate_row", "2", "warning"),
        (5, "duplicate_row", "2", "warning"),
    ]
    assert all(p.is_warning for p in result.warnings)
    assert [(r.row, r.fields["Račun"]) for r in result.recipients] == [(2, "R-1"), (3, "R-2")]


def test_duplicate_columns(tmp_path):
    result = read_recipients(write_csv(tmp_path / "c.csv", "email,Ime, ime \na@example.si,A,B\n"))
    assert [(p.row, p.column, p.code, p.severity) for p in result.problems] == [
        (1, " ime ", "duplicate_column", "warning")
    ]
    used = check_placeholders(["Pozdravljeni, {{ Ime }}"], result.columns)
    assert [(p.row, p.column, p.code, p.severity, p.value) for p in used] == [
        (1, " ime ", "duplicate_column", "error", "Ime")
    ]
    assert check_placeholders(["no fields"], result.columns) == []
    assert result.column_for("ime") == "Ime"

    twice = read_recipients(write_csv(tmp_path / "e.csv", "email,E-mail\na@example.si,b@x.si\n"))
    assert [(p.code, p.severity) for p in twice.problems] == [("duplicate_column", "error")]


def test_empty_files(tmp_path):
    assert codes(read_recipients(write_csv(tmp_path / "e.csv", ""))) == [(None, None, "empty_file")]
    assert codes(read_recipients(write_csv(tmp_path / "h.csv", "email,Ime\n\n"))) == [
        (None, None, "empty_file")
    ]
    assert codes(read_recipients(write_xlsx(tmp_path / "e.xlsx", []))) == [
        (None, None, "empty_file")
    ]


def test_bad_files(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a workbook at all")
    assert codes(read_recipients(fake)) == [(None, None, "bad_file")]

    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    result = read_recipients(xls)
    assert codes(result) == [(None, None, "bad_file")]
    assert ".xls" in result.problems[0].message

    broken_zip = tmp_path / "broken.xlsx"
    broken_zip.write_bytes(b"PK\x03\x04" + b"\x00" * 50)
    assert codes(read_recipients(broken_zip)) == [(None, None, "bad_file")]

    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"email\x00\x81\x90\x00")
    assert codes(read_recipients(binary)) == [(None, None, "bad_file")]


def test_missing_or_unreadable_file_raises(tmp_path):
    with pytest.raises(RecipientsFileError) as missing:
        read_recipients(tmp_path / "nope.csv")
    assert missing.value.code == "not_found"
    with pytest.raises(RecipientsFileError) as folder:
        read_recipients(tmp_path)
    assert folder.value.code == "unreadable"


def test_recipient_is_hashable_and_fields_behave_like_a_mapping(tmp_path):
    result = read_recipients(write_csv(tmp_path / "h.csv", "email,Ime\na@example.si,Ana\n"))
    recipient = result.recipients[0]
    assert {recipient} == {recipient}
    assert recipient.fields == {"email": "a@example.si", "Ime": "Ana"}
    assert list(recipient.fields) == ["email", "Ime"]
    with pytest.raises(KeyError):
        recipient.fields["ime"]


# --- placeholders -------------------------------------------------------------------------


def test_placeholders_trimmed_ordered_unique():
    text = "Pozdravljeni {{Ime}} {{ Priimek }}, {{ Ime }} {{Ime}}\n{{  First name  }} {{{x}}}"
    assert placeholders(text) == ["Ime", "Priimek", "First name", "x"]
    assert placeholders("no placeholders { here }") == []


def test_match_column_trims_and_ignores_case():
    columns = ("Ime", " Příjmení ", "First name", "E-pošta")
    assert match_column("ime", columns) == "Ime"
    assert match_column(" IME ", columns) == "Ime"
    assert match_column("příjmení", columns) == " Příjmení "
    assert match_column("PŘÍJMENÍ", columns) == " Příjmení "
    assert match_column("first NAME", columns) == "First name"
    assert match_column("e-POŠTA", columns) == "E-pošta"
    assert match_column("Firstname", columns) is None


def test_unknown_placeholder_reported(tmp_path):
    result = read_recipients(write_csv(tmp_path / "p.csv", "email,Ime\na@example.si,Ana\n"))
    problems = check_placeholders(
        ["Račun za {{ ime }}", "Pozdravljeni {{Ime}}, znesek {{ Znesek }} {{znesek}}"],
        result.columns,
    )
    assert [(p.row, p.column, p.code, p.value) for p in problems] == [
        (1, "Znesek", "unknown_placeholder", "Znesek")
    ]
    assert "Znesek" in problems[0].message
    assert result.column_for(" IME ") == "Ime"
    assert result.column_for("Znesek") is None


# --- exclude lists ------------------------------------------------------------------------


def test_address_list_from_csv(tmp_path):
    text = "Ime;E-mail;Opomba\nAna;Ana@Example.si;ok\nBor;;x\nCene;not-an-address;y\n"
    assert read_address_list(write_csv(tmp_path / "x.csv", text, "cp1250")) == {"ana@example.si"}


def test_address_list_from_xlsx(tmp_path):
    path = write_xlsx(
        tmp_path / "x.xlsx",
        [["Ime", "email"], ["Ana", "ANA@example.si"], [None, None], ["Bor", "bor@example.cz"]],
    )
    assert read_address_list(path) == {"ana@example.si", "bor@example.cz"}


def test_address_list_one_per_line(tmp_path):
    text = "ana@example.si\r\n\r\n  BOR@Example.cz  \r\nJan Novák <jan@novak.cz>\r\n"
    assert read_address_list(write_csv(tmp_path / "x.txt", text)) == {
        "ana@example.si",
        "bor@example.cz",
        "jan@novak.cz",
    }


def test_address_list_errors(tmp_path):
    with pytest.raises(RecipientsFileError) as missing:
        read_address_list(tmp_path / "none.txt")
    assert missing.value.code == "not_found"
    fake = tmp_path / "f.xlsx"
    fake.write_bytes(b"nope")
    with pytest.raises(RecipientsFileError) as bad:
        read_address_list(fake)
    assert bad.value.code == "bad_file"


def test_problem_reads_well_in_a_log(tmp_path):
    result = read_recipients(write_csv(tmp_path / "l.csv", "Ime,email\nAna,ana@\n"))
    assert str(result.problems[0]).startswith("row 2, column 'email': 'ana@' is not a valid")


# --- attachments stay in the list's folder (a stranger's spreadsheet) ----------------------


def test_attachments_outside_the_lists_folder_are_refused_with_their_row(tmp_path):
    outside = tmp_path / "secret.xlsx"
    outside.write_bytes(b"not yours")
    folder = tmp_path / "seznam"
    (folder / "racuni").mkdir(parents=True)
    (folder / "racuni" / "r1.pdf").write_bytes(b"%PDF-1.4 ok")
    (folder / "link.pdf").symlink_to(outside)
    (folder / "racuni" / "mapa").mkdir()
    os.mkfifo(folder / "cev.pdf")
    rows = [
        ("ana@example.si", "racuni/r1.pdf"),  # 2: fine
        ("bor@example.si", "/proc/self/environ"),  # 3: absolute
        ("cene@example.si", "~/.ssh/id_rsa"),  # 4: home
        ("dana@example.si", "../secret.xlsx"),  # 5: .. out of the folder
        ("eva@example.si", "racuni/../../secret.xlsx"),  # 6: .. out, through a subfolder
        ("fran@example.si", "link.pdf"),  # 7: symlink out
        ("gal@example.si", "racuni/mapa"),  # 8: a folder
        ("hana@example.si", "cev.pdf"),  # 9: a FIFO (would block a reader)
        ("iva@example.si", "/dev/zero"),  # 10: a device, absolute
        ("jan@example.si", "C:\\Users\\ana\\x.pdf"),  # 11: a Windows absolute path
        ("kaja@example.si", "racuni/ni.pdf"),  # 12: missing
        ("luka@example.si", "racuni/./r1.pdf"),  # 13: fine, same file
    ]
    text = "email;Priloga\n" + "".join(f"{a};{f}\n" for a, f in rows)
    result = read_recipients(write_csv(folder / "seznam.csv", text))
    assert codes(result) == [
        (3, "Priloga", "attachment_outside_folder"),
        (4, "Priloga", "attachment_outside_folder"),
        (5, "Priloga", "attachment_outside_folder"),
        (6, "Priloga", "attachment_outside_folder"),
        (7, "Priloga", "attachment_outside_folder"),
        (8, "Priloga", "attachment_not_a_file"),
        (9, "Priloga", "attachment_not_a_file"),
        (10, "Priloga", "attachment_outside_folder"),
        (11, "Priloga", "attachment_outside_folder"),
        (12, "Priloga", "missing_attachment"),
    ]
    good = (folder / "racuni" / "r1.pdf").resolve()
    assert [(r.row, r.attachments) for r in result.recipients] == [(2, (good,)), (13, (good,))]


def test_a_symlink_inside_the_folder_is_followed_to_its_file(tmp_path):
    (tmp_path / "racuni").mkdir()
    (tmp_path / "racuni" / "r1.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "zadnji.pdf").symlink_to(tmp_path / "racuni" / "r1.pdf")
    result = read_recipients(write_csv(tmp_path / "a.csv", "email;Priloga\na@b.si;zadnji.pdf\n"))
    assert result.problems == ()
    assert result.recipients[0].attachments == ((tmp_path / "racuni" / "r1.pdf").resolve(),)


def test_an_attachment_over_25_mb_is_refused_by_its_size_alone(tmp_path):
    big = tmp_path / "velik.pdf"
    with big.open("wb") as handle:  # sparse: the size is what stat says, nothing is read
        handle.truncate(25 * 1024 * 1024 + 1)
    result = read_recipients(write_csv(tmp_path / "a.csv", "email;Priloga\na@b.si;velik.pdf\n"))
    assert codes(result) == [(2, "Priloga", "attachment_too_large")]


# --- bounded input ------------------------------------------------------------------------


def test_an_xlsx_that_unpacks_to_a_huge_cell_is_refused_before_it_is_read(tmp_path):
    path = write_xlsx_with_cell(
        tmp_path / "bomba.xlsx", [["email", "Ime"], ["a@b.si", "BIG"]], "x" * 40_000_000
    )
    assert path.stat().st_size < 1_000_000  # small on disk, 40 MB once unpacked
    result = read_recipients(path)
    assert [p.code for p in result.problems] == ["bad_file"] and result.recipients == ()
    assert "unpacks to 38 MB" in result.problems[0].message


def test_a_cell_over_the_csv_limit_is_an_error_with_its_row(tmp_path):
    path = write_xlsx_with_cell(
        tmp_path / "dolg.xlsx",
        [["email", "Ime"], ["a@b.si", "Ana"], ["b@b.si", "BIG"]],
        "y" * 200_000,
    )
    result = read_recipients(path)
    assert [(p.row, p.code) for p in result.problems] == [(3, "bad_file")]
    assert "200000 characters" in result.problems[0].message


def test_cells_right_of_the_header_are_not_read(tmp_path):
    row = ["a@b.si", "Ana"] + [None] * 40 + ["BIG"]  # would break the cell limit
    result = read_recipients(
        write_xlsx_with_cell(tmp_path / "siroka.xlsx", [["email", "Ime"], row], "z" * 200_000)
    )
    assert result.problems == () and result.recipients[0].fields["Ime"] == "Ana"


def test_more_rows_than_excel_allows_is_an_error(tmp_path, monkeypatch):
    from smtpdesk.core import recipients

    monkeypatch.setattr(recipients, "MAX_ROWS", 4)  # Excel's 1 048 576, scaled down
    path = write_xlsx(tmp_path / "dolga.xlsx", [["email"]] + [[f"a{i}@b.si"] for i in range(6)])
    result = read_recipients(path)
    assert [(p.row, p.code) for p in result.problems] == [(5, "bad_file")]


def test_a_csv_mixing_utf8_and_cp1250_is_reported_not_garbled(tmp_path):
    data = "Ime;email\r\nŽiga;ziga@example.si\r\n".encode() + "Čuk;cuk@example.si\r\n".encode(
        "cp1250"
    )
    result = read_recipients(write_csv_bytes(tmp_path / "mesano.csv", data))
    assert [p.code for p in result.problems] == ["bad_file"]
    assert "row 2" in result.problems[0].message and "row 3" in result.problems[0].message
    assert result.recipients == ()


# --- rows with problems keep their cells; the attachment rule -----------------------------


def test_a_row_with_a_problem_keeps_its_cells(tmp_path):
    text = "Ime;email;Priloga\nAna;ana@example.si;ni.pdf\nBor;bor(at)example.si;\n"
    result = read_recipients(write_csv(tmp_path / "a.csv", text))
    assert result.recipients == ()
    rejected = {r.row: r for r in result.rejected}
    assert rejected[2].email == "ana@example.si" and rejected[2].fields["Ime"] == "Ana"
    assert rejected[3].fields["Ime"] == "Bor"


def test_any_column_can_name_the_attachments(tmp_path):
    (tmp_path / "pogodba-ana.pdf").write_bytes(b"x")
    text = "email;Dokument\nana@example.si;pogodba-ana.pdf\nbor@example.si;pogodba-bor.pdf\n"
    path = write_csv(tmp_path / "a.csv", text)
    assert read_recipients(path).attachment_column is None  # not by its name
    result = read_recipients(path, attachments=AttachmentRule("dokument"))
    assert result.attachment_column == "Dokument"
    assert result.recipients[0].attachments == ((tmp_path / "pogodba-ana.pdf").absolute(),)
    assert codes(result) == [(3, "Dokument", "missing_attachment")]


def test_no_attachment_rule_ignores_a_column_named_attachment(tmp_path):
    text = "email;Priloga\nana@example.si;ni.pdf\n"
    result = read_recipients(write_csv(tmp_path / "a.csv", text), attachments=AttachmentRule(None))
    assert result.attachment_column is None and codes(result) == []
    assert result.recipients[0].attachments == ()


def test_a_folder_and_a_column_whose_value_names_each_file(tmp_path):
    folder = tmp_path / "Računi"
    folder.mkdir()
    (folder / "2026-0142.pdf").write_bytes(b"x")
    (folder / "2026-0142.xml").write_bytes(b"x")
    (folder / "2026-0143.PDF").write_bytes(b"x")
    (folder / "2026-0144").write_bytes(b"x")  # the exact name wins
    (folder / "2026-0144.pdf").write_bytes(b"x")
    (tmp_path / "2026-0145.pdf").write_bytes(b"x")  # outside the folder
    text = (
        "email;Račun\nana@example.si;2026-0142\nbor@example.si;2026-0143\n"
        "cene@example.si;2026-0144\ndana@example.si;../2026-0145.pdf\n"
        "eva@example.si;2026-0146\n"
    )
    result = read_recipients(
        write_csv(tmp_path / "a.csv", text), attachments=AttachmentRule("Račun", str(folder))
    )
    assert result.attachment_folder == folder.absolute()
    by_row = {r.row: r for r in result.recipients}
    assert [p.name for p in by_row[2].attachments] == ["2026-0142.pdf", "2026-0142.xml"]
    assert [p.name for p in by_row[3].attachments] == ["2026-0143.PDF"]
    assert [p.name for p in by_row[4].attachments] == ["2026-0144"]
    assert codes(result) == [
        (5, "Račun", "attachment_outside_folder"),
        (6, "Račun", "missing_attachment"),
    ]


def test_a_chosen_attachment_column_that_is_not_there_is_a_file_problem(tmp_path):
    result = read_recipients(
        write_csv(tmp_path / "a.csv", "email\nana@example.si\n"),
        attachments=AttachmentRule("Račun"),
    )
    assert codes(result) == [(1, "Račun", "missing_attachment_column")]


def test_a_reminder_rechecks_own_files_in_the_folder_they_came_from(tmp_path):
    from smtpdesk.core.recipients import recheck_attachments

    folder = tmp_path / "Računi"
    folder.mkdir()
    (folder / "2026-0142.pdf").write_bytes(b"x")
    path = write_csv(tmp_path / "a.csv", "email;Račun\nana@example.si;2026-0142\n")
    result = read_recipients(path, attachments=AttachmentRule("Račun", str(folder)))
    assert recheck_attachments(result.recipients, path, attachment_folder=folder) == []
    (folder / "2026-0142.pdf").unlink()
    (folder / "2026-0142.pdf").mkdir()  # swapped for something that is not a file
    problems = recheck_attachments(result.recipients, path, attachment_folder=folder)
    assert [p.code for p in problems] == ["attachment_not_a_file"]


# --- OpenDocument spreadsheets (LibreOffice Calc) --------------------------------------------

DATA = Path(__file__).parent / "data"


def test_an_ods_saved_by_calc_reads_as_calc_shows_it(tmp_path):
    # tests/data/calc-en.ods: an XLSX with amounts and dates converted by LibreOffice 7.4
    # (headless, English locale), a second sheet, an empty row, a double space
    result = read_recipients(DATA / "calc-en.ods")
    assert result.problems == ()
    assert result.columns == ("Ime", "E-pošta", "Znesek", "Rok plačila", "Opomba")
    rows = [
        (r.row, r.email, r.fields["Znesek"], r.fields["Rok plačila"], r.fields["Opomba"])
        for r in result.recipients
    ]
    assert rows == [
        (2, "ziga@example.si", "1,234.50 €", "15. 1. 2027", "prvi"),
        (3, "ana@example.si", "99.00 €", "1. 2. 2027", ""),
        (5, "lukasz@example.pl", "-20.25 €", "31. 3. 2027", "tretji  dva presledka"),
    ]


def write_ods(path: Path, rows_xml: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        '<office:body><office:spreadsheet><table:table table:name="List1">'
        f"{rows_xml}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet",
            compress_type=zipfile.ZIP_STORED,
        )
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def cell(text: str, repeat: int = 1) -> str:
    return (
        f'<table:table-cell table:number-columns-repeated="{repeat}">'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


SPACES = 'Cene<text:s text:c="2"/>Kos'


def test_ods_rows_and_cells_repeated_as_calc_writes_them(tmp_path):
    rows = (
        f"<table:table-row>{cell('Ime')}{cell('email')}"
        '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="3"><table:table-cell '
        'table:number-columns-repeated="1024"/></table:table-row>'
        f"<table:table-row>{cell('Ana <text:span>Novak</text:span>')}"
        f"{cell('ana@example.si')}</table:table-row>"
        '<table:table-row table:number-rows-repeated="2000">'
        f"{cell('Bor')}{cell('bor@example.si')}</table:table-row>"
        f"<table:table-row>{cell(SPACES)}{cell('cene@example.si')}</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell/>'
        "</table:table-row>"
    )
    result = read_recipients(write_ods(tmp_path / "seznam.ods", rows))
    assert [(r.row, r.fields["Ime"]) for r in result.recipients] == [
        (5, "Ana Novak"),
        (6, "Bor"),
        (2006, "Cene  Kos"),
    ]
    assert {p.code for p in result.problems} == {"duplicate_row"}  # Bor's repeats: sent once


def test_a_damaged_ods_is_a_problem_with_its_row(tmp_path):
    rows = f"<table:table-row>{cell('email')}</table:table-row><table:table-row>{cell('a@b.si')}"
    result = read_recipients(write_ods(tmp_path / "pokvarjen.ods", rows))  # no closing tags
    assert [p.code for p in result.problems] == ["bad_file"]


@pytest.mark.parametrize("epoch_1904", [False, True])
@pytest.mark.parametrize("write_only", [False, True])
def test_the_fast_xlsx_reader_reads_what_openpyxl_reads(tmp_path, epoch_1904, write_only):
    """core/xlsx.py streams the sheet itself (10× faster); cell for cell it must agree with
    openpyxl, which reads any workbook it does not know."""
    from smtpdesk.core import recipients

    book = openpyxl.Workbook(write_only=write_only)
    sheet = book.create_sheet() if write_only else book.active
    if epoch_1904:
        book.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    formats = [
        '#,##0.00 "€"',
        "0%",
        "d. m. yyyy",
        "[h]:mm",
        "h:mm",
        "0.000E+00",
        "General",
        "@",
        "yyyy-mm-dd hh:mm",
        "[$€-424] #,##0.00;[Red]-#,##0.00",
    ]
    values = [
        1234.5,
        0.175,
        dt.date(2027, 1, 15),
        dt.timedelta(hours=27, minutes=5),
        dt.time(9, 30),
        0.000123,
        12,
        "0042",
        dt.datetime(2026, 12, 2, 8, 5),
        -20.25,
    ]
    sheet.append(["email", "Ime", *[f"f{i}" for i in range(len(formats))], "Da"])
    for row in range(30):
        cells = []
        for value, number_format in zip(values, formats, strict=True):
            cell = openpyxl.cell.WriteOnlyCell(sheet, value) if write_only else None
            if cell is not None:
                cell.number_format = number_format
            cells.append(cell if cell is not None else value)
        sheet.append(
            [f"a{row}@b.si", 'Ž & <Č> "q"' if row % 2 else "  presledki  ", *cells, row % 3 == 0]
        )
        if not write_only:
            for column, number_format in enumerate(formats, start=3):
                sheet.cell(row + 2, column).number_format = number_format
    sheet.append([])
    sheet.append(["z@b.si", None, None, 5])  # gaps and an empty row before
    path = tmp_path / "oba.xlsx"
    book.save(path)
    for style in (recipients.ENGLISH, recipients.NumberStyle(",", ".")):
        with path.open("rb") as stream, recipients._xlsx_table(stream, style) as fast:
            fast_rows = list(fast.rows)
        with path.open("rb") as stream, recipients._openpyxl_table(stream, style) as slow:
            slow_rows = [(n, cells) for n, cells in slow.rows if any(c for c in cells)]
        assert [(n, [c for c in cells]) for n, cells in fast_rows] == [
            (n, cells[: len(fast_cells)] + [""] * (len(fast_cells) - len(cells)))
            for (n, cells), (_, fast_cells) in zip(slow_rows, fast_rows, strict=True)
        ]
