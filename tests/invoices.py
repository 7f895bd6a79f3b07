"""Invoice files made in the tests: PDFs written by hand (a Helvetica text layer, or only an
image, as a scanner makes), DOCX/ODT/XLSX as their zip + XML, and e-invoice XML."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

Line = str | Sequence[str]  # one line, or one line drawn as several text runs


def _pdf_string(text: str, codes: dict[str, int]) -> bytes:
    out = bytearray(b"(")
    for char in text:
        if ord(char) < 128:
            out += b"\\" + char.encode() if char in "()\\" else char.encode()
        else:
            out += b"\\%03o" % codes[char]
    return bytes(out + b")")


def pdf_bytes(lines: Sequence[Line] = (), *, image_only: bool = False) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Helvetica; any character through an
    encoding /Differences with uniXXXX glyph names), or with `image_only` a grey image and no
    text at all (a scanned page)."""
    chars = sorted(
        {
            c
            for line in lines
            for run in ([line] if isinstance(line, str) else line)
            for c in run
            if ord(c) >= 128
        }
    )
    codes = {c: 128 + i for i, c in enumerate(chars)}
    differences = b" ".join([b"128"] + [b"/uni%04X" % ord(c) for c in chars])
    if image_only:
        content = b"q 400 0 0 300 50 450 cm /Im1 Do Q"
        resources = b"<< /XObject << /Im1 6 0 R >> >>"
    else:
        ops = [b"BT /F1 12 Tf 50 780 Td 16 TL"]
        for line in lines:
            runs = [line] if isinstance(line, str) else list(line)
            ops.append(b" ".join(_pdf_string(run, codes) + b" Tj" for run in runs) + b" T*")
        ops.append(b"ET")
        content = b"\n".join(ops)
        resources = b"<< /Font << /F1 4 0 R >> >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources "
        + resources
        + b" /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [" + differences + b"] >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
        b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x90\xa0\xb0\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def write_pdf(path: Path, lines: Sequence[Line] = (), **kwargs) -> Path:
    path.write_bytes(pdf_bytes(lines, **kwargs))
    return path


def write_encrypted_pdf(path: Path, lines: Sequence[Line], password: str = "skrivno") -> Path:
    """The same PDF locked with a password (AES-128), as a bank statement is."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(lines))))
    writer.encrypt(user_password=password, owner_password=password + "!", algorithm="AES-128")
    with path.open("wb") as stream:
        writer.write(stream)
    return path


def write_docx(path: Path, paragraphs: Sequence[Line]) -> Path:
    """A Word document; a paragraph given as runs is written as separate <w:r> runs, as Word
    stores text typed in pieces."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(
        "<w:p>"
        + "".join(
            f'<w:r><w:t xml:space="preserve">{escape(run)}</w:t></w:r>'
            for run in ([p] if isinstance(p, str) else p)
        )
        + "</w:p>"
        for p in paragraphs
    )
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://'
        'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" '
        'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
        '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>",
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w='
        f'"{w}"><w:body>{body}</w:body></w:document>',
    }
    return _zip(path, files)


def write_odt(path: Path, paragraphs: Sequence[str]) -> Path:
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    body = "".join(f"<text:p>{escape(p)}</text:p>" for p in paragraphs)
    return _zip(
        path,
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": f'<?xml version="1.0" encoding="UTF-8"?><office:document-content '
            f'xmlns:office="{office}" xmlns:text="{text}"><office:body><office:text>{body}'
            f"</office:text></office:body></office:document-content>",
        },
    )


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def ubl_invoice(number: str, customer: str, amount: str = "1234.50") -> str:
    """A UBL 2.1 e-invoice (the shape e-SLOG 2.0 and ISDOC follow), UTF-8."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" '
        'xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2" '
        'xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2">'
        f"<cbc:ID>{escape(number)}</cbc:ID><cbc:IssueDate>2026-12-01</cbc:IssueDate>"
        "<cac:AccountingCustomerParty><cac:Party><cac:PartyName>"
        f"<cbc:Name>{escape(customer)}</cbc:Name></cac:PartyName></cac:Party>"
        "</cac:AccountingCustomerParty><cac:LegalMonetaryTotal>"
        f'<cbc:PayableAmount currencyID="EUR">{amount}</cbc:PayableAmount>'
        "</cac:LegalMonetaryTotal></Invoice>\n"
    )


def _zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def invoice_lines(number: str, name: str, amount: str = "1.234,50 €") -> list[Line]:
    return [f"Račun št. {number}", f"Kupec: {name}", f"Za plačilo: {amount}", "Hvala za zaupanje."]
