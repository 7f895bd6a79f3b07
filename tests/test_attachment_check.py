"""The attachment check (issue 19): each recipient's own file must name its row.

Core tests read real files made here (hand-written PDFs, DOCX/ODT/XLSX, UBL XML); CLI tests
run `smtpdesk send --check-attachments` against a real local SMTP server."""

from __future__ import annotations

import zipfile

import pytest
from invoices import (
    invoice_lines,
    pdf_bytes,
    ubl_invoice,
    write_docx,
    write_encrypted_pdf,
    write_odt,
    write_pdf,
    write_xlsx,
)
from servers import PASSWORD, start_server
from test_cli import last_json, run_cli, write_profile

from smtpdesk.core.attachment_check import (
    check_attachments,
    contains,
    normalise,
    read_text,
    shared_files,
)
from smtpdesk.core.recipients import read_recipients

CLIENTS = [
    ("2026-0141", "Žiga Čermelj", "ziga@example.si"),
    ("2026-0142", "Jiří Dvořák", "jiri@example.cz"),
    ("2026-0143", "Łukasz Żółć", "lukasz@example.pl"),
    ("2026-0144", "Ana Šuštar", "ana@example.si"),
]


def write_list(folder, files, clients=CLIENTS, name="racuni.csv"):
    lines = ["Račun;Naziv;E-pošta;Priloga"] + [
        f"{number};{who};{mail};{file}"
        for (number, who, mail), file in zip(clients, files, strict=True)
    ]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def invoices(folder):
    """One PDF invoice per client, named by its number."""
    return [
        write_pdf(folder / f"{number}.pdf", invoice_lines(number, who)).name
        for number, who, _mail in CLIENTS
    ]


# --- comparing ------------------------------------------------------------------------------


def test_normalising_unifies_dashes_spaces_case_and_compatibility_forms():
    assert normalise("Račun  2026\u20110142") == normalise("RAČUN 2026-0142")
    assert normalise("1\u00a0234,50 €") == normalise("1 234,50 €") == normalise("1\u202f234,50 €")
    assert normalise("２０２６－０１４２") == "2026-0142"  # full-width digits (NFKC)
    assert normalise("Inv\u00adoice") == "invoice"  # a soft hyphen is not there
    assert normalise("2026- \n0142") == "2026-0142"  # a PDF line break after the dash
    # the grouping dot is not a space: 1.234,50 and 1 234,50 stay different (module doc)
    assert normalise("1.234,50") != normalise("1 234,50")


def test_a_value_must_stand_on_its_own():
    text = normalise("Račun 2026-0142, sklic SI00 20260142")
    assert contains(text, normalise("2026-0142"))
    assert not contains(text, normalise("2026-014"))  # a prefix of another number
    assert not contains(text, normalise("026-0142"))
    assert not contains(text, normalise("0142"))
    assert contains(normalise("Kupec: Łukasz Żółć."), normalise("łukasz żółć"))


# --- reading --------------------------------------------------------------------------------


def test_pdf_text_split_across_runs_and_lines_and_a_non_breaking_hyphen(tmp_path):
    runs = write_pdf(
        tmp_path / "runs.pdf", [["Račun št. 2026-", "01", "42"], ["Kupec: Ji", "ří Dvo", "řák"]]
    )
    lines = write_pdf(tmp_path / "lines.pdf", ["Račun št. 2026-", "0142", "Jiří", "Dvořák"])
    nb_hyphen = write_pdf(tmp_path / "nb.pdf", ["Račun št. 2026\u20110142"])
    for path in (runs, lines, nb_hyphen):
        text = read_text(path).text
        assert contains(text, normalise("2026-0142")), (path.name, text)
    assert contains(read_text(runs).text, normalise("Jiří Dvořák"))
    assert contains(read_text(lines).text, normalise("Jiří Dvořák"))
    # a name written with a no-break space, as accounting programs print it
    nbsp = write_pdf(tmp_path / "nbsp.pdf", ["Kupec: Ana\u00a0Šuštar, 1\u00a0234,50 €"])
    assert contains(read_text(nbsp).text, normalise("Ana Šuštar"))
    assert contains(read_text(nbsp).text, normalise("1 234,50 €"))


def test_scanned_encrypted_unknown_and_damaged_files_are_unreadable(tmp_path):
    scanned = write_pdf(tmp_path / "scan.pdf", image_only=True)
    locked = write_encrypted_pdf(tmp_path / "locked.pdf", ["Račun 2026-0142"])
    photo = tmp_path / "racun.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(pdf_bytes(["Račun 2026-0142"])[:60])
    assert read_text(scanned).reason == "no_text"
    assert read_text(locked).reason == "encrypted"
    assert read_text(photo).reason == "unknown_format"
    assert read_text(broken).reason in {"damaged", "no_text"}


def test_office_documents_and_e_invoices(tmp_path):
    docx = write_docx(tmp_path / "r.docx", [["Račun št. 2026-", "0142"], "Kupec: Łukasz Żółć"])
    odt = write_odt(tmp_path / "r.odt", ["Račun št. 2026-0142", "Kupec: Łukasz Żółć"])
    xlsx = write_xlsx(
        tmp_path / "r.xlsx", [["Račun", "2026-0142"], ["Kupec", "Łukasz Żółć"], ["Znesek", 1234.5]]
    )
    ubl = tmp_path / "r.xml"
    ubl.write_text(ubl_invoice("2026-0142", "Łukasz Żółć"), encoding="utf-8")
    isdoc = tmp_path / "r.isdoc"  # ISDOC is XML too; this one in Windows-1250, as declared
    isdoc.write_bytes(
        ubl_invoice("2026-0142", "Łukasz Żółć")
        .replace('encoding="UTF-8"', 'encoding="windows-1250"')
        .encode("cp1250")
    )
    isdocx = tmp_path / "r.isdocx"  # ISDOCX: the ISDOC XML zipped with its PDF
    with zipfile.ZipFile(isdocx, "w") as archive:
        archive.writestr("faktura.isdoc", ubl_invoice("2026-0142", "Łukasz Żółć"))
        archive.writestr("faktura.pdf", pdf_bytes(["scan"]))
    text = tmp_path / "r.txt"
    text.write_text("Račun\u00a02026-0142 za Łukasz Żółć", encoding="utf-16")
    for path in (docx, odt, xlsx, ubl, isdoc, isdocx, text):
        content = read_text(path)
        assert content.reason == "", path.name
        assert contains(content.text, normalise("2026-0142")), path.name
        assert contains(content.text, normalise("Łukasz Żółć")), path.name


def test_a_hostile_pdf_is_given_up_on_not_waited_for(tmp_path):
    # a page of 300 000 drawing operators: pypdf would parse them all before any check
    ops = b"BT /F1 12 Tf " + b"1 0 Td (x) Tj " * 300_000 + b"ET"
    huge = tmp_path / "huge.pdf"
    huge.write_bytes(
        pdf_bytes(["Račun 2026-0142"]).replace(b"stream\nBT", b"stream\n" + ops + b"\nBT", 1)
    )
    assert read_text(huge).reason == "too_large"
    # past its time a file is given up on (here no time at all), whatever it holds
    normal = write_pdf(tmp_path / "normal.pdf", ["Račun 2026-0142"])
    assert read_text(normal, seconds=0).reason == "too_slow"
    assert read_text(normal).reason == ""
    # a Word file whose XML expands entities a billion times, or packs 2 MB of nesting
    laughs = "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w") as archive:
        archive.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a '
            f'"aaaaaaaaaa">{laughs}]><w:document xmlns:w="w"><w:p>&j;</w:p>'
            "</w:document>",
        )
    deep = tmp_path / "deep.docx"
    with zipfile.ZipFile(deep, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<a>" * 300_000 + "</a>" * 300_000)
    assert read_text(bomb).reason == "damaged"
    assert read_text(deep).reason == "too_large"


# --- checking a list ------------------------------------------------------------------------


def test_a_shifted_file_column_names_the_row_whose_invoice_it_holds(tmp_path):
    files = invoices(tmp_path)
    files[1] = files[2]  # row 3 (header = 1) gets row 4's invoice
    listing = read_recipients(write_list(tmp_path, files))
    problems = check_attachments(
        listing.recipients, "Račun", attachment_column=listing.attachment_column
    )
    assert [(p.row, p.code) for p in problems] == [(3, "attachment_mismatch")]
    problem = problems[0]
    assert (problem.holder_row, problem.holder_label) == (4, "Łukasz Żółć")
    assert problem.value == "2026-0143.pdf" and problem.expected == "2026-0142"
    assert problem.column == "Priloga"


def test_a_correct_list_has_no_problems_and_each_file_is_read_once(tmp_path):
    files = invoices(tmp_path)
    listing = read_recipients(write_list(tmp_path, files))
    reads = []

    def counting(path):
        reads.append(path)
        return read_text(path)

    # the column matched as a placeholder is: trimmed, case ignored
    doubled = list(listing.recipients) * 2  # a reminder that reuses the files
    assert check_attachments(doubled, " račun ", reader=counting) == []
    assert len(reads) == len(set(reads)) == 4


def test_unreadable_and_empty_cells_are_problems_of_their_rows(tmp_path):
    files = invoices(tmp_path)
    files[0] = write_pdf(tmp_path / "scan.pdf", image_only=True).name
    clients = list(CLIENTS)
    clients[3] = ("", "Ana Šuštar", "ana@example.si")
    listing = read_recipients(write_list(tmp_path, files, clients))
    problems = check_attachments(listing.recipients, "Račun")
    assert [(p.row, p.code, p.reason) for p in problems] == [
        (2, "attachment_unreadable", "no_text"),
        (5, "attachment_mismatch", "empty_value"),
    ]


def test_one_file_to_two_addresses_warns_on_both_rows_without_reading_it(tmp_path):
    files = invoices(tmp_path)
    files[3] = files[2]  # filled down one row too far
    clients = list(CLIENTS)
    clients[1] = ("2026-0142", "Jiří Dvořák", "ziga@example.si")  # two invoices, one client
    files[1] = files[0]
    listing = read_recipients(write_list(tmp_path, files, clients))
    warnings = shared_files(listing.recipients, attachment_column="Priloga")
    assert [(w.row, w.code, w.holder_row, w.is_warning) for w in warnings] == [
        (4, "attachment_shared", 5, True),
        (5, "attachment_shared", 4, True),
    ]
    assert warnings[0].holder_label == "Ana Šuštar" and warnings[0].value == "2026-0143.pdf"


# --- the command line -----------------------------------------------------------------------


@pytest.fixture
def server(good_context):
    s = start_server(mode="starttls", server_context=good_context)
    yield s
    s.stop()


def send(home, folder, server, recipients, *args):
    profile = write_profile(folder / "p.toml", server.port)
    body = folder / "body.txt"
    body.write_text(
        "Pozdravljeni, {{ Naziv }}! Račun {{ Račun }} je v prilogi.\n", encoding="utf-8"
    )
    return run_cli(
        "send",
        "--profile-file",
        str(profile),
        "--password-stdin",
        "--json",
        "--recipients",
        str(recipients),
        "--subject",
        "Račun {{ Račun }}",
        "--body",
        str(body),
        *args,
        home=home,
        stdin=PASSWORD + "\n",
    )


def test_cli_refuses_a_swapped_pair_naming_both_rows_and_sends_nothing(home, tmp_path, server):
    files = invoices(tmp_path)
    files[1], files[2] = files[2], files[1]  # rows 3 and 4 swapped
    recipients = write_list(tmp_path, files)
    result = send(home, tmp_path, server, recipients, "--check-attachments", "Račun")
    assert result.returncode == 1, result.stderr
    errors = last_json(result)["errors"]
    assert [(e["row"], e["code"], e["holder_row"]) for e in errors] == [
        (3, "attachment_mismatch", 4),
        (4, "attachment_mismatch", 3),
    ]
    assert "Łukasz Żółć" in errors[0]["message"] and "row 4" in errors[0]["message"]
    assert "row 3:" in result.stderr and "Jiří Dvořák" in result.stderr
    assert server.received == []

    # without the check, the same swap goes out, but a copied file column warns first
    files[2] = files[1]
    result = send(home, tmp_path, server, write_list(tmp_path, files), "--dry-run")
    assert result.returncode == 0
    assert "Warning: row 3:" in result.stderr and "also goes to row 4" in result.stderr


def test_cli_sends_a_correct_list_and_refuses_an_unknown_column(home, tmp_path, server):
    recipients = write_list(tmp_path, invoices(tmp_path))
    wrong = send(home, tmp_path, server, recipients, "--check-attachments", "Številka")
    assert wrong.returncode == 1
    assert last_json(wrong)["errors"][0]["code"] == "unknown_column"
    assert "Številka" in wrong.stderr
    result = send(home, tmp_path, server, recipients, "--check-attachments", "račun")
    assert result.returncode == 0, result.stderr
    assert last_json(result)["sent"] == 4
    received = {r.rcpt_tos[0]: r.message for r in server.received}
    assert [p.get_filename() for p in received["jiri@example.cz"].iter_attachments()] == [
        "2026-0142.pdf"
    ]


def test_cli_words_in_slovenian(home, tmp_path, server):
    files = invoices(tmp_path)
    files[0] = write_pdf(tmp_path / "scan.pdf", image_only=True).name
    result = send(
        home,
        tmp_path,
        server,
        write_list(tmp_path, files),
        "--lang",
        "sl",
        "--check-attachments",
        "Račun",
    )
    assert result.returncode == 1
    assert "Priponke scan.pdf ni mogoče preveriti" in last_json(result)["errors"][0]["message"]
    assert server.received == []
