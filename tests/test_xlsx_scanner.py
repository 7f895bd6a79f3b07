"""core/xlsx.py scans the sheet with regular expressions (issue 18 item 2): every form a
producer may write reads as openpyxl reads it and as the expat reader read it before."""

from __future__ import annotations

import datetime as dt
import random
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest

from smtpdesk.core import recipients, xlsx
from smtpdesk.core.excel_display import _general, _rounded, value_text
from smtpdesk.core.recipients import ENGLISH, NumberStyle, read_recipients

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
SHARED_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
AMOUNT, DATE = '#,##0.00 "€"', "d. m. yyyy"


def workbook(
    path: Path,
    sheet_data: str,
    *,
    shared: list[str] | None = None,
    prefix: str = "",
    sheet_head: str = "",
) -> Path:
    """A workbook saved by openpyxl (its styles have AMOUNT and DATE), with the sheet's rows
    replaced by `sheet_data` (`{a}`/`{d}`: the style index of AMOUNT/DATE) and the shared
    string items `shared` (raw XML of each <si>)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"], sheet["A2"] = 1.5, dt.date(2027, 1, 15)
    sheet["A1"].number_format, sheet["A2"].number_format = AMOUNT, DATE
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
        formats = xlsx._cell_formats(source)
    x = f"{prefix}:" if prefix else ""
    declaration = f'xmlns:{prefix}="{MAIN}"' if prefix else f'xmlns="{MAIN}"'
    rows = sheet_data.format(a=formats.index(AMOUNT), d=formats.index(DATE), x=x)
    parts["xl/worksheets/sheet1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{sheet_head}'
        f'<{x}worksheet {declaration}><{x}dimension ref="A1:F9"/>'
        f"<{x}sheetData>{rows}</{x}sheetData>"
        f'<{x}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        f'footer="0.3"/></{x}worksheet>'
    ).encode()
    if shared is not None:
        parts["xl/sharedStrings.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{MAIN}" '
            f'count="{len(shared)}" uniqueCount="{len(shared)}">{"".join(shared)}</sst>'
        ).encode()
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            f'<Override PartName="/xl/sharedStrings.xml" '
            f'ContentType="{SHARED_TYPE}"/></Types>'.encode(),
        )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def scanned(path: Path, style: NumberStyle = ENGLISH) -> list[tuple[int, list[str]]]:
    with path.open("rb") as stream, recipients._xlsx_table(stream, style) as table:
        return list(table.rows)


def by_openpyxl(path: Path, style: NumberStyle = ENGLISH) -> list[tuple[int, list[str]]]:
    with path.open("rb") as stream, recipients._openpyxl_table(stream, style) as table:
        return [(n, cells) for n, cells in table.rows if any(cells)]


def by_expat(path: Path, style: NumberStyle = ENGLISH) -> list[tuple[int, list[str]]]:
    """The reader before the scanner: expat's callbacks over the whole sheet."""
    with zipfile.ZipFile(path) as archive:
        sheet, epoch = xlsx._first_sheet(archive)
        rows = xlsx._expat_rows(
            archive, sheet, xlsx._shared_strings(archive), xlsx._cell_formats(archive), epoch
        )
        return [
            (n, [v if type(v) is str else value_text(v, c, style) for v, c in cells])
            for n, cells in rows
        ]


def scanner_takes(path: Path) -> bool:
    """Whether the scanner reads the whole sheet itself (no form left to expat)."""
    with zipfile.ZipFile(path) as archive:
        sheet, epoch = xlsx._first_sheet(archive)
        try:
            for _ in xlsx._scan(
                archive,
                sheet,
                xlsx._shared_strings(archive),
                xlsx._cell_formats(archive),
                epoch,
                ENGLISH,
            ):
                pass
        except xlsx._Unusual:
            return False
    return True


def padded(rows: list[tuple[int, list[str]]], width: int) -> list[tuple[int, list[str]]]:
    return [(n, (cells + [""] * width)[:width]) for n, cells in rows]


def agree(path: Path, width: int = 6) -> list[tuple[int, list[str]]]:
    """The scanner's rows, checked against openpyxl's and the expat reader's."""
    for style in (ENGLISH, NumberStyle(",", ".")):
        fast = scanned(path, style)
        assert padded(fast, width) == padded(by_openpyxl(path, style), width)
        assert padded(fast, width) == padded(by_expat(path, style), width)
    return scanned(path)


HEADER = (
    '<{x}row r="1"><{x}c r="A1" t="inlineStr"><{x}is><{x}t>email</{x}t></{x}is></{x}c>'
    '<{x}c r="B1" t="inlineStr"><{x}is><{x}t>Ime</{x}t></{x}is></{x}c>'
    '<{x}c r="C1" t="inlineStr"><{x}is><{x}t>Znesek</{x}t></{x}is></{x}c>'
    '<{x}c r="D1" t="inlineStr"><{x}is><{x}t>Datum</{x}t></{x}is></{x}c></{x}row>'
)


def test_entities_and_character_references_are_decoded(tmp_path):
    rows = HEADER + (
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a@b.si</t></is></c>'
        '<c r="B2" t="inlineStr"><is><t>Novak &amp; sin &lt;d.o.o.&gt; &quot;Č&apos; '
        "&#268;uk &#x17D;an &#x1F600;</t></is></c>"
        '<c r="C2" s="{a}"><v>1234.5</v></c><c r="D2" s="{d}"><v>46402</v></c></row>'
        '<row r="3"><c r="A3" t="str"><f>A2</f><v>b@b.si</v></c>'
        '<c r="B3" t="str"><v>R&amp;D</v></c><c r="C3" s="{a}"><v>&#49;2.5</v></c></row>'
    )
    path = workbook(tmp_path / "entitete.xlsx", rows)
    assert scanner_takes(path)
    got = agree(path)
    assert got[1] == (
        2,
        ["a@b.si", "Novak & sin <d.o.o.> \"Č' Čuk Žan 😀", "1,234.50 €", "15. 1. 2027"],
    )
    assert got[2] == (3, ["b@b.si", "R&D", "12.50 €"])


def test_cdata_comments_and_line_ends_read_as_an_xml_parser_reads_them(tmp_path):
    rows = HEADER + (
        '<row r="2"><!-- a comment between cells --><c r="A2" t="inlineStr"><is><t>'
        "<![CDATA[a@b.si]]></t></is></c>"
        '<c r="B2" t="inlineStr"><is><t xml:space="preserve">vrstica 1\r\nvrstica 2\r'
        "&#13;konec</t></is></c></row><?processing instruction?>"
        '<row r="3"><c r="A3" t="str"><v><![CDATA[c@b.si]]></v></c></row>'
    )
    path = workbook(tmp_path / "cdata.xlsx", rows)
    assert not scanner_takes(path)  # expat reads it
    got = agree(path)
    assert got[1] == (2, ["a@b.si", "vrstica 1\nvrstica 2\n\rkonec"])
    assert got[2] == (3, ["c@b.si"])


def test_a_namespace_prefix_on_every_element(tmp_path):
    rows = HEADER + (
        '<{x}row r="2"><{x}c r="A2" t="inlineStr"><{x}is><{x}t>a@b.si</{x}t></{x}is></{x}c>'
        '<{x}c r="C2" s="{a}"><{x}v>-20.25</{x}v></{x}c>'
        '<{x}c r="D2" s="{d}"><{x}f>TODAY()</{x}f><{x}v>46402</{x}v></{x}c></{x}row>'
    )
    path = workbook(tmp_path / "x.xlsx", rows, prefix="x")
    assert scanner_takes(path)
    got = agree(path)
    assert got[1] == (2, ["a@b.si", "", "-20.25 €", "15. 1. 2027"])


def test_self_closing_empty_and_formula_cells_and_gaps(tmp_path):
    rows = HEADER + (
        '<row r="2" spans="1:4" x14ac:dyDescent="0.25" '
        'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
        '<c r="A2" t="inlineStr"><is><t>a@b.si</t></is></c><c r="B2" s="{a}"/>'
        '<c r="C2" s="{a}"></c><c r="D2"><f>1+1</f><v/></c></row>'
        '<row r="3"/><row r="4"></row>'
        '<row r="5"><c r="A5" t="inlineStr"><is><t>e@b.si</t></is></c>'
        '<c r="D5" s="{a}"><f t="shared" ref="D5:D6" si="0">C5*2</f><v>7</v></c></row>'
        '<row r="6"><c r="A6" t="inlineStr"><is><t>f@b.si</t></is></c>'
        '<c r="D6" s="{a}"><f t="shared" si="0"/><v>8.125</v></c></row>'
    )
    path = workbook(tmp_path / "prazne.xlsx", rows)
    assert scanner_takes(path)
    got = agree(path)
    assert got[1:] == [
        (2, ["a@b.si", "", "", ""]),
        (5, ["e@b.si", "", "", "7.00 €"]),
        (6, ["f@b.si", "", "", "8.13 €"]),
    ]


def test_cells_and_rows_without_references_and_attributes_in_another_order(tmp_path):
    rows = HEADER + (
        '<row><c t="inlineStr"><is><t>a@b.si</t></is></c><c t="inlineStr"><is><t>Ana</t>'
        "</is></c><c s='{a}'><v>3</v></c></row>"
        '<row r="7"><c t="inlineStr" r="A7"><is><t>g@b.si</t></is></c>'
        '<c s="{d}" r="D7"><v>46403</v></c></row>'
        '<row><c r="A8" t="inlineStr"><is><t>h@b.si</t></is></c></row>'
    )
    got = agree(workbook(tmp_path / "brez.xlsx", rows))
    assert got[1:] == [
        (2, ["a@b.si", "Ana", "3.00 €"]),
        (7, ["g@b.si", "", "", "16. 1. 2027"]),
        (8, ["h@b.si"]),
    ]


def test_shared_strings_plain_rich_phonetic_and_preserved_spaces(tmp_path):
    shared = [
        "<si><t>email</t></si>",
        "<si><t>Ime</t></si>",
        "<si><t>a@b.si</t></si>",
        '<si><t xml:space="preserve">  Ana  </t></si>',
        '<si><r><rPr><b/><sz val="11"/></rPr><t>Bo</t></r><r><t xml:space="preserve">'
        "židar &amp; </t></r><r><t>Co</t></r></si>",
        '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
        "<si><t>b@b.si</t></si>",
        "<si><t/></si>",
        "<si><t><![CDATA[c@b.si]]></t></si>",
        "<si><t>vrsta\r\nnova &#x10D;</t></si>",
    ]
    rows = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c></row>'
        '<row r="3"><c r="A3" t="s"><v>6</v></c><c r="B3" t="s"><v>4</v></c></row>'
        '<row r="4"><c r="A4" t="s"><v>8</v></c><c r="B4" t="s"><v>5</v></c></row>'
        '<row r="5"><c r="A5" t="s"><v>8</v></c><c r="B5" t="s"><v>9</v></c>'
        '<c r="C5" t="s"><v>7</v></c></row>'
    )
    path = workbook(tmp_path / "deljeni.xlsx", rows, shared=shared)
    assert scanner_takes(path)
    got = agree(path, width=3)
    assert got == [
        (1, ["email", "Ime"]),
        (2, ["a@b.si", "  Ana  "]),
        (3, ["b@b.si", "Božidar & Co"]),
        (4, ["c@b.si", "東京"]),
        (5, ["c@b.si", "vrsta\nnova č"]),
    ]
    with zipfile.ZipFile(tmp_path / "deljeni.xlsx") as archive:
        assert xlsx._scan_shared(archive.read("xl/sharedStrings.xml")) == xlsx._parse_shared(
            archive.open("xl/sharedStrings.xml")
        )


def test_pretty_printed_xml_and_a_doctype(tmp_path):
    rows = HEADER.replace("<{x}c ", "\n    <{x}c ") + (
        '\n  <row r="2">\n    <c r="A2" t="inlineStr">\n      <is><t>a@b.si</t></is>\n'
        '    </c>\n    <c r="C2" s="{a}">\n      <v>5</v>\n    </c>\n  </row>\n'
    )
    path = workbook(tmp_path / "lepo.xlsx", rows)
    assert scanner_takes(path)
    got = agree(path)
    assert got[1] == (2, ["a@b.si", "", "5.00 €"])
    doctype = '<!DOCTYPE worksheet [<!ENTITY ime "Ana">]>\n'
    rows = HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>&ime;@b.si</t></is></c></row>'
    path = workbook(tmp_path / "dtd.xlsx", rows, sheet_head=doctype)
    assert not scanner_takes(path)
    assert scanned(path)[1] == (2, ["Ana@b.si"]) == by_expat(path)[1]


def test_a_workbook_the_scanner_leaves_midway_goes_on_with_every_row_once(tmp_path):
    plain = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>o{n}@b.si</t></is></c>'
        f'<c r="C{n}" s="{{a}}"><v>{n}.5</v></c></row>'
        for n in range(2, 40_000)
    )
    odd = (
        '<row r="40000"><c r="A40000" t="inlineStr"><is><r><t>rich@</t></r><r><t>b.si'
        "</t></r></is></c></row>"
    )
    after = '<row r="40001"><c r="A40001" t="inlineStr"><is><t>z@b.si</t></is></c></row>'
    got = scanned(workbook(tmp_path / "sredi.xlsx", HEADER + plain + odd + after))
    assert [n for n, _ in got] == list(range(1, 40_002))
    assert got[-2:] == [(40000, ["rich@b.si"]), (40001, ["z@b.si"])]
    assert got[-3] == (39999, ["o39999@b.si", "", "39,999.50 €"])


@pytest.mark.parametrize(
    "damage",
    [
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a@b.si</t></is></row>',  # no </c>
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a & b</t></is></c></row>',  # a bare &
        '<row r="2"><c r="A2" t="inlineStr"><is><t>&nbsp;</t></is></c></row>',  # no such entity
        '<row r="2"><c r="A2" t="inlineStr"><is><t>a\x01b</t></is></c></row>',  # not XML text
    ],
)
def test_xml_that_is_not_well_formed_is_a_bad_file_as_before(tmp_path, damage):
    path = workbook(tmp_path / "pokvarjen.xlsx", HEADER + damage)
    result = read_recipients(path)
    assert [p.code for p in result.problems] == ["bad_file"]
    assert not result.recipients


def test_a_reference_past_the_last_column_is_a_bad_file_not_a_memory_blowup(tmp_path):
    for reference in ("XFE2", "ZZZZZZZZ2"):
        rows = HEADER + (
            f'<row r="2"><c r="A2" t="inlineStr"><is><t>a@b.si</t></is></c>'
            f'<c r="{reference}"><v>1</v></c></row>'
        )
        result = read_recipients(workbook(tmp_path / "siroko.xlsx", rows))
        assert [p.code for p in result.problems] == ["bad_file"], reference
        assert "XFD" in result.problems[0].message


def test_amounts_are_rounded_half_up_as_decimal_rounds_them():
    numbers = random.Random(18)
    values = [0, 0.5, 1.005, 2.675, 999.995, 0.004, 0.005, 123456789.125, 0.1 + 0.2, 1e14 + 0.5]
    values += [numbers.uniform(0, 1e6) for _ in range(20_000)]
    values += [round(numbers.uniform(0, 1e4), numbers.randint(0, 6)) for _ in range(20_000)]
    for value in values:
        text = _general(value)
        for decimals in range(6):
            exact = Decimal(text).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
            whole, _, fraction = f"{exact:f}".partition(".")
            assert _rounded(text, decimals) == (whole, fraction), (value, decimals)


@pytest.mark.parametrize("group", [",", ".", "\u00a0"])
def test_amounts_are_grouped_every_three_digits_from_the_right(group):
    decimal = "." if group == "," else ","
    style = NumberStyle(decimal, group)
    numbers = random.Random(3)
    for digits in range(1, 18):
        for _ in range(50):
            whole = numbers.randint(10 ** (digits - 1), 10**digits - 1)
            text = str(whole)
            expected = group.join(text[max(i - 3, 0) : i] for i in range(len(text), 0, -3)[::-1])
            assert value_text(whole, "#,##0", style) == expected
            if digits <= 12:  # with ".25" still within Excel's 15 significant digits
                assert value_text(whole + 0.25, "#,##0.00", style) == f"{expected}{decimal}25"
    assert value_text(42, "00,000", style) == f"00{group}042"  # padded: the format's zeros
