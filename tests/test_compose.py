"""compose: the fast per-recipient wire bytes read back exactly like an EmailMessage would."""

from __future__ import annotations

import base64
import html
import mimetypes
import os
import random
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from urllib.parse import unquote_to_bytes

import aiosmtplib
import pytest
from servers import start_server

from smtpdesk.core.compose import ComposeError, MessageTemplate, build_message, prepare
from smtpdesk.core.recipients import PLACEHOLDER_PATTERN, Recipient, match_column, placeholders

SENDER = "Jan Novák <info@novak.cz>"
HEADERS = ("From", "To", "Reply-To", "Subject", "MIME-Version", "List-Unsubscribe")


def parse(data: bytes) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def merge(text: str, fields: dict[str, str], columns: list[str], *, escape: bool) -> str:
    """The obvious way to fill placeholders, to check the template's way against."""

    def value(match: re.Match[str]) -> str:
        found = fields[match_column(match.group(1), columns)]
        return html.escape(found) if escape else found

    return PLACEHOLDER_PATTERN.sub(value, text)


@dataclass
class Case:
    subject: str
    text: str
    html: str | None = None
    fields: dict[str, str] = field(default_factory=dict)
    sender: str = SENDER
    reply_to: str | None = None
    list_unsubscribe: bool = False
    common: list[str] = field(default_factory=list)  # file names, made in tmp_path
    own: list[str] = field(default_factory=list)


LONG_SUBJECT = (
    "Opomin za plačilo računa št. {{ Številka }} – {{ Ime }}, prosimo, da znesek "
    "poravnate v osmih dneh; sicer bomo primorani ukrepati. Żółć gęślą jaźń, "
    "Příliš žluťoučký kůň úpěl ďábelské ódy, a še malo besedila do konca. "
)
CASES = {
    "ascii": Case(
        "Invoice {{ Number }}",
        "Dear {{ Name }},\nyour invoice.\n",
        fields={"Name": "Jan Novak", "Number": "2026-17"},
        sender="Jan Novak <info@novak.cz>",
    ),
    "slovenian": Case(
        "Račun za {{ Ime }}",
        "Pozdravljeni, {{ Ime }}!\nVaš račun je v prilogi.",
        fields={"Ime": "Žiga Čermelj"},
        sender="Žiga Čermelj <ziga@novak.si>",
    ),
    "polish": Case(
        "Faktura dla {{ imię }}",
        "Szanowny Panie {{ Imię }},\nfaktura w załączniku.",
        fields={"Imię": "Łukasz Żółć"},
        sender="Łukasz Żółć <biuro@zolc.pl>",
        reply_to="Księgowość Żółć <ksiegowosc@zolc.pl>",
    ),
    "long_subject": Case(
        LONG_SUBJECT + "{{ Ime }}", "Text.\n", fields={"Ime": "Jan Novák", "Številka": "12/2026"}
    ),
    "long_ascii_subject": Case(
        "Reminder " * 25 + "x" * 120 + " {{ Name }}", "Text.\n", fields={"Name": "Ana"}
    ),
    "long_lines": Case(
        "Long",
        "a" * 1500 + "\n" + "č" * 1200 + "\n{{ Name }}\n" + "b " * 700,
        html="<p>" + "x" * 2000 + "</p>{{ Name }}",
        fields={"Name": "Ana"},
    ),
    "empty_body": Case("Empty", ""),
    "empty_html": Case("Empty html", "", html=""),
    "html_escaping": Case(
        "Za {{ Ime }}",
        "Zdravo {{ Ime }} / {{ Firma }}\n",
        html="<p>Zdravo <b>{{ Ime }}</b> iz {{Firma}}</p>\n"
        '<a href="https://x.si/?id={{ Ime }}">povezava</a>',
        fields={"Ime": "<script>alert('x')</script>", "Firma": "Tom & Jerry"},
    ),
    "attachments": Case(
        "Račun {{ Ime }}",
        "V prilogi.\n",
        html="<p>V prilogi.</p>",
        fields={"Ime": "Ana"},
        common=[
            "pogoji-poslovanja.pdf",
            "račun-2026-čšž.pdf",
            "tabela.csv",
            "arhiv.tar.gz",
            "brez-končnice",
            "zelo-dolgo-ime-datoteke-" + "č" * 40 + ".pdf",
            "a-long-ascii-file-name-" + "x" * 80 + ".pdf",
            'quote"and\\backslash.txt',
        ],
        own=["faktura-Łukasz-Żółć.pdf", "příloha.docx"],
    ),
    "own_attachment_only": Case("Faktura", "W załączniku.\n", own=["faktura-Żółć.pdf"]),
    "reply_to_unsubscribe": Case(
        "Anketa",
        "Sodelujte v anketi: {{ Povezava }}",
        html="<p><a href='{{ Povezava }}'>Anketa</a></p>",
        fields={"Povezava": "https://anketa.si/?a=1&b=2"},
        reply_to="Računovodstvo <racunovodstvo@novak.cz>",
        list_unsubscribe=True,
    ),
    "unsubscribe_to_sender": Case("Anketa", "Text", list_unsubscribe=True),
    "quoted_and_long_names": Case(
        "Obvestilo",
        "Text",
        sender='"Novák, Jan (Pisarna d.o.o.)" <info@novak.cz>',
        reply_to='"Zelo dolgo ime pošiljatelja, ki presega '
        'sedeminsedemdeset znakov, Žiga Čermelj" '
        "<racunovodstvo@novak.si>",
    ),
    "windows_newlines": Case(
        "CRLF",
        "Vrstica 1\r\nVrstica 2\r\n\r\nKonec {{ Ime }}\rZadnja\r\n",
        html="<p>a</p>\r\n<p>{{ Ime }}</p>\r\n",
        fields={"Ime": "Ana\r\nNovak\rX\nY"},
    ),
    "cyrillic": Case(
        "Рахунок {{ Ім'я }}",
        "Шановний {{ Ім'я }}, " + "рахунок у додатку. " * 40,
        fields={"Ім'я": "Олена"},
    ),
    "tricky_lines": Case(
        "Tricky",
        ".\n..\nFrom here\n--=_not-a-boundary\n=?utf-8?q?x?=\n"
        "trailing space \ntab\t\n=3D\n{{ X }}\n",
        html="<pre>\n.\n--\n</pre>",
        fields={"X": "--=_" + "0" * 32},
    ),
}


def make_files(tmp_path: Path, names: list[str]) -> list[Path]:
    paths = []
    for number, name in enumerate(names):
        path = tmp_path / name
        path.write_bytes(bytes(random.Random(number).randrange(256) for _ in range(3000 + number)))
        paths.append(path)
    return paths


def reference(case: Case, to: str, columns: list[str], files: list[Path]) -> EmailMessage:
    """The message built the ordinary way, with the email package."""
    message = EmailMessage()
    message["From"] = case.sender
    message["To"] = to
    if case.reply_to:
        message["Reply-To"] = case.reply_to
    message["Subject"] = merge(case.subject, case.fields, columns, escape=False)
    if case.list_unsubscribe:
        target = (case.reply_to or case.sender).rpartition("<")[2].rstrip(">")
        message["List-Unsubscribe"] = f"<mailto:{target}?subject=unsubscribe>"
    message.set_content(merge(case.text, case.fields, columns, escape=False))
    if case.html is not None:
        message.add_alternative(merge(case.html, case.fields, columns, escape=True), subtype="html")
    for path in files:
        content_type, encoding = mimetypes.guess_type(path.name)
        if content_type is None or encoding is not None:
            content_type = "application/octet-stream"
        maintype, subtype = content_type.split("/")
        message.add_attachment(
            path.read_bytes(), maintype=maintype, subtype=subtype, filename=path.name
        )
    return parse(message.as_bytes(policy=policy.SMTP))


def tree(message: EmailMessage) -> object:
    if message.is_multipart():
        return (message.get_content_type(), [tree(part) for part in message.iter_parts()])
    return message.get_content_type()


def leaves(message: EmailMessage) -> list[EmailMessage]:
    return [part for part in message.walk() if not part.is_multipart()]


def assert_equivalent(ours: EmailMessage, theirs: EmailMessage) -> None:
    for name in HEADERS:
        assert (ours[name] is None) == (theirs[name] is None), name
        assert str(ours[name]) == str(theirs[name]), name
        assert len(ours.get_all(name, [])) == len(theirs.get_all(name, [])), name
    assert tree(ours) == tree(theirs)
    for mine, other in zip(leaves(ours), leaves(theirs), strict=True):
        assert mine.get_content_type() == other.get_content_type()
        assert mine.get_content_disposition() == other.get_content_disposition()
        assert mine.get_filename() == other.get_filename()
        if mine.get_content_maintype() == "text" and mine.get_filename() is None:
            assert mine.get_content_charset() == other.get_content_charset() == "utf-8"
            # line ends compared as text: the email package base64-encodes text with bare LF,
            # compose always with CRLF, the canonical form RFC 2046 asks for
            assert mine.get_content().replace("\r\n", "\n") == other.get_content().replace(
                "\r\n", "\n"
            )
            assert "\n" not in mine.get_content().replace("\r\n", "")
        else:
            assert mine.get_payload(decode=True) == other.get_payload(decode=True)
    assert not ours.defects and not any(part.defects for part in ours.walk())


def assert_wire_safe(data: bytes) -> None:
    """7-bit, CRLF everywhere, lines within SMTP's 998 octets, headers folded at 78."""
    assert data.isascii()
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n") == data.count(b"\r")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 998
    header = lines[: lines.index(b"")]
    assert all(len(line) <= 78 for line in header), [line for line in header if len(line) > 78]
    assert not any(line.strip() == b"" for line in header[1:] if line[:1] in b" \t")


def template_for(
    case: Case, columns: list[str], files: list[Path], **options: object
) -> MessageTemplate:
    return prepare(
        sender=case.sender,
        subject=case.subject,
        text_body=case.text,
        html_body=case.html,
        reply_to=case.reply_to,
        attachments=files,
        list_unsubscribe=case.list_unsubscribe,
        columns=columns,
        **options,
    )


@pytest.mark.parametrize("name", list(CASES))
def test_reads_back_like_an_email_message(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    columns = ["E-mail", *case.fields]
    common = make_files(tmp_path, case.common)
    (tmp_path / "own").mkdir()
    own = make_files(tmp_path / "own", case.own)
    template = template_for(case, columns, common)
    to = "ana.novak@example.si"
    recipient = Recipient(
        row=2, email=to, fields={"E-mail": to, **case.fields}, attachments=tuple(own)
    )
    rendered = template.render(recipient)
    assert_wire_safe(rendered.data)
    ours = parse(rendered.data)
    assert_equivalent(ours, reference(case, to, columns, common + own))
    assert str(ours["Message-ID"]) == rendered.message_id
    assert ours["Date"].datetime.tzinfo is not None
    assert rendered.size == len(rendered.data)


def test_constant_text_is_encoded_once_and_still_equivalent() -> None:
    case = Case(
        "Račun – Žiga Čermelj", "Besedilo brez polj, ščž.\n" * 50, html="<p>Brez polj ščž</p>"
    )
    template = template_for(case, [], [])
    first = template.render(Recipient(2, "a@example.com", {}))
    second = template.render(Recipient(3, "b@example.com", {}))
    assert first.data.split(b"\r\n\r\n", 1)[1] == second.data.split(b"\r\n\r\n", 1)[1]
    assert_equivalent(parse(first.data), reference(case, "a@example.com", [], []))


def test_recipient_files_decide_the_structure_per_recipient(tmp_path: Path) -> None:
    [pdf] = make_files(tmp_path, ["račun.pdf"])
    template = prepare(sender=SENDER, subject="S", text_body="T", html_body="<p>T</p>")
    with_file = parse(template.render(Recipient(2, "a@example.com", {}, (pdf,))).data)
    without = parse(template.render(Recipient(3, "b@example.com", {})).data)
    assert tree(with_file) == (
        "multipart/mixed",
        [("multipart/alternative", ["text/plain", "text/html"]), "application/pdf"],
    )
    assert tree(without) == ("multipart/alternative", ["text/plain", "text/html"])
    assert with_file.get_payload()[1].get_filename() == "račun.pdf"


def test_common_attachments_are_read_once_and_own_files_every_time(tmp_path: Path) -> None:
    common, own = tmp_path / "pogoji.pdf", tmp_path / "račun.pdf"
    common.write_bytes(b"common")
    own.write_bytes(b"first")
    template = prepare(sender=SENDER, subject="S", text_body="T", attachments=[common])
    common.unlink()
    recipient = Recipient(2, "a@example.com", {}, (own,))
    first = parse(template.render(recipient).data)
    own.write_bytes(b"second")
    second = parse(template.render(recipient).data)
    assert [p.get_payload(decode=True) for p in first.iter_attachments()] == [b"common", b"first"]
    assert [p.get_payload(decode=True) for p in second.iter_attachments()] == [b"common", b"second"]


def test_a_missing_file_is_an_input_error_with_its_row(tmp_path: Path) -> None:
    with pytest.raises(ComposeError) as common:
        prepare(sender=SENDER, subject="S", text_body="T", attachments=[tmp_path / "ni.pdf"])
    assert (common.value.code, common.value.row) == ("missing_attachment", None)
    template = prepare(sender=SENDER, subject="S", text_body="T")
    with pytest.raises(ComposeError) as own:
        template.render(Recipient(7, "a@example.com", {}, (tmp_path / "ni.pdf",)))
    assert (own.value.code, own.value.row) == ("missing_attachment", 7)


def test_unknown_placeholder_names_the_column() -> None:
    with pytest.raises(ComposeError) as caught:
        prepare(
            sender=SENDER,
            subject="Za {{ Ime }}",
            text_body="{{ Priimek }}",
            columns=["email", "Ime"],
        )
    assert caught.value.code == "unknown_placeholder"
    assert (caught.value.row, caught.value.column) == (None, "Priimek")


def test_placeholders_match_columns_like_the_recipients_module() -> None:
    columns = ["E-pošta", " Ime ", "PŘÍJMENÍ", "First name"]
    subject = "{{ime}} {{ Příjmení }}"
    text = "{{First name}} {{  ime  }} {{ first NAME }}"
    template = prepare(sender=SENDER, subject=subject, text_body=text, columns=columns)
    expected = [match_column(name, columns) for name in placeholders(subject + text)]
    assert list(template.columns) == list(dict.fromkeys(expected))
    fields = {
        "E-pošta": "a@example.com",
        " Ime ": "Ana",
        "PŘÍJMENÍ": "Nováková",
        "First name": "Anna",
    }
    message = parse(template.render(Recipient(2, "a@example.com", fields)).data)
    assert str(message["Subject"]) == "Ana Nováková"
    assert message.get_content() == "Anna Ana Anna\r\n"


def test_merge_values_are_not_expanded_again() -> None:
    template = prepare(
        sender=SENDER, subject="{{ A }}", text_body="{{ A }} {{ B }}", columns=["A", "B"]
    )
    fields = {"A": "{{ B }}", "B": "b"}
    message = parse(template.render(Recipient(2, "a@example.com", fields)).data)
    assert str(message["Subject"]) == "{{ B }}"
    assert message.get_content() == "{{ B }} b\r\n"


INJECTION = "Ana\r\nBcc: victim@example.com"


@pytest.mark.parametrize(
    "value",
    [
        INJECTION,
        "Ana\nTo: victim@example.com",
        "Ana\rX",
        "Ana\x00",
        "Ana\x1b[0m",
        "Ana\x85",
        "Ana\u2028X",
        "Ana\x7f",
    ],
)
def test_a_control_character_bound_for_the_subject_is_refused(value: str) -> None:
    template = prepare(
        sender=SENDER, subject="Za {{ ime }}", text_body="T", columns=["E-mail", "Ime"]
    )
    with pytest.raises(ComposeError) as caught:
        template.render(Recipient(5, "a@example.com", {"E-mail": "a@example.com", "Ime": value}))
    assert (caught.value.code, caught.value.row, caught.value.column) == (
        "control_character",
        5,
        "Ime",
    )


def test_a_tab_in_the_subject_is_kept() -> None:
    template = prepare(sender=SENDER, subject="{{ X }}", text_body="T", columns=["X"])
    message = parse(template.render(Recipient(2, "a@example.com", {"X": "a\tb"})).data)
    assert str(message["Subject"]) == "a\tb"


def test_a_control_character_in_the_subject_template_is_refused() -> None:
    with pytest.raises(ComposeError) as caught:
        prepare(sender=SENDER, subject="Hello\r\nBcc: victim@example.com", text_body="T")
    assert caught.value.code == "control_character"


def test_a_line_break_in_a_body_value_stays_in_the_body() -> None:
    template = prepare(
        sender=SENDER,
        subject="S",
        text_body="Zdravo {{ Ime }}\n",
        html_body="<p>{{ Ime }}</p>",
        columns=["Ime"],
    )
    rendered = template.render(Recipient(2, "ana@example.com", {"Ime": INJECTION}))
    message = parse(rendered.data)
    assert message.get_all("To") == ["ana@example.com"]
    assert message["Bcc"] is None
    assert all("victim" not in str(value) for value in message.values())
    assert rendered.envelope_to == ("ana@example.com",)
    plain, rich = message.iter_parts()
    assert plain.get_content() == "Zdravo Ana\r\nBcc: victim@example.com\r\n"
    assert rich.get_content() == "<p>Ana\r\nBcc: victim@example.com</p>\r\n"
    assert_wire_safe(rendered.data)


@pytest.mark.parametrize(
    "email",
    [
        "a@example.com\r\nBcc: victim@example.com",
        "a@example.com, victim@example.com",
        "Ana <a@example.com>",
        "",
        "a@example",
    ],
)
def test_the_recipient_address_cannot_carry_more(email: str) -> None:
    template = prepare(sender=SENDER, subject="S", text_body="T")
    with pytest.raises(ComposeError) as caught:
        template.render(Recipient(9, email, {"email": email}))
    assert caught.value.row == 9 and caught.value.column == "email"


def test_the_bcc_archive_is_in_the_envelope_only() -> None:
    template = prepare(
        sender=SENDER,
        subject="S",
        text_body="T",
        html_body="<p>T</p>",
        reply_to="racunovodstvo@novak.cz",
        bcc_archive="Arhiv <arhiv@novak.cz>",
    )
    rendered = template.render(Recipient(2, "ana@example.com", {}))
    assert rendered.envelope_from == "info@novak.cz"
    assert rendered.envelope_to == ("ana@example.com", "arhiv@novak.cz")
    assert b"arhiv" not in rendered.data
    message = parse(rendered.data)
    assert message["Bcc"] is None and message["Cc"] is None
    assert message.get_all("To") == ["ana@example.com"]
    own = template.render(Recipient(3, "arhiv@novak.cz", {}))
    assert own.envelope_to == ("arhiv@novak.cz",)


def test_message_ids_are_unique_and_on_the_sender_domain() -> None:
    template = prepare(sender=SENDER, subject="S", text_body="T")
    recipient = Recipient(2, "ana@example.com", {})
    ids = [template.render(recipient).message_id for _ in range(1000)]
    assert len(set(ids)) == 1000
    assert all(re.fullmatch(r"<[0-9a-f]{32}@novak\.cz>", one) for one in ids)
    other = prepare(sender=SENDER, subject="S", text_body="T", message_id_domain="mail.novak.cz")
    assert other.render(recipient).message_id.endswith("@mail.novak.cz>")


def test_international_domains_go_out_in_ascii() -> None:
    template = prepare(
        sender="Pošta <info@pošta.si>", subject="S", text_body="T", list_unsubscribe=True
    )
    rendered = template.render(Recipient(2, "ana@čšž.si", {}))
    sender_domain, recipient_domain = "pošta.si".encode("idna"), "čšž.si".encode("idna")
    assert sender_domain.startswith(b"xn--") and recipient_domain.startswith(b"xn--")
    assert rendered.envelope_from == f"info@{sender_domain.decode()}"
    assert rendered.envelope_to == (f"ana@{recipient_domain.decode()}",)
    message = parse(rendered.data)
    assert str(message["To"]) == f"ana@{recipient_domain.decode()}"
    assert str(message["From"]) == f"Pošta <info@{sender_domain.decode()}>"
    assert str(message["List-Unsubscribe"]) == (
        f"<mailto:info@{sender_domain.decode()}?subject=unsubscribe>"
    )
    assert rendered.message_id.endswith(f"@{sender_domain.decode()}>")
    assert_wire_safe(rendered.data)


def test_a_body_value_cannot_close_the_mime_structure() -> None:
    template = prepare(
        sender=SENDER, subject="S", text_body="{{ X }}", html_body="<p>x</p>", columns=["X"]
    )
    first = template.render(Recipient(2, "a@example.com", {"X": "x"})).data
    boundary = re.search(rb'boundary="([^"]+)"', first).group(1).decode()
    attack = f"--{boundary}\nContent-Type: text/html\n\n<p>evil</p>\n--{boundary}--\n"
    message = parse(template.render(Recipient(2, "a@example.com", {"X": attack})).data)
    assert tree(message) == ("multipart/alternative", ["text/plain", "text/html"])
    plain = next(message.iter_parts())
    assert plain.get_content() == attack.replace("\n", "\r\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plain ASCII\n" + "x" * 78, "7bit"),
        ("Plain ASCII\n" + "x" * 79, "quoted-printable"),
        (
            "Spoštovani, v prilogi vam pošiljamo račun za januar.\nLep pozdrav, Jan",
            "quoted-printable",
        ),
        ("Račun, Łukasz Żółć", "base64"),
        ("Рахунок за січень у додатку, дякуємо " * 5, "base64"),
    ],
)
def test_transfer_encodings_are_chosen_like_the_email_package(text: str, expected: str) -> None:
    template = prepare(sender=SENDER, subject="S", text_body=text)
    message = parse(template.render(Recipient(2, "a@example.com", {})).data)
    assert message.get_content().replace("\r\n", "\n") == text + "\n"
    seven_bit = EmailMessage(policy=policy.default.clone(cte_type="7bit"))
    seven_bit.set_content(text)
    assert message["Content-Transfer-Encoding"] == seven_bit["Content-Transfer-Encoding"]
    assert message["Content-Transfer-Encoding"] == expected


def test_control_characters_in_a_body_are_quoted() -> None:
    template = prepare(sender=SENDER, subject="S", text_body="NUL\x00 and form feed\x0c")
    message = parse(template.render(Recipient(2, "a@example.com", {})).data)
    assert message["Content-Transfer-Encoding"] == "quoted-printable"
    assert message.get_content() == "NUL\x00 and form feed\x0c\r\n"


@pytest.mark.parametrize("where", ["{{ X }}", "T"])
def test_text_that_is_not_unicode_is_an_input_error(where: str) -> None:
    template = prepare(sender=SENDER, subject=where, text_body="{{ X }}", columns=["X"])
    with pytest.raises(ComposeError) as caught:
        template.render(Recipient(4, "a@example.com", {"X": "broken \udcc4"}))
    assert (caught.value.code, caught.value.row) == ("bad_text", 4)


def test_build_message_is_the_parsed_preview() -> None:
    template = prepare(
        sender=SENDER, subject="Za {{ Ime }}", text_body="Zdravo {{ Ime }}", columns=["Ime"]
    )
    message = build_message(template, Recipient(2, "ana@example.com", {"Ime": "Žiga"}))
    assert isinstance(message, EmailMessage)
    assert str(message["Subject"]) == "Za Žiga"
    assert message.get_content() == "Zdravo Žiga\r\n"


def test_works_with_rows_read_from_a_file(tmp_path: Path) -> None:
    from smtpdesk.core.recipients import read_recipients

    source = tmp_path / "prejemniki.csv"
    source.write_text("E-pošta;Ime;Znesek\nana@example.si;Žiga Čermelj;12,50 €\n", encoding="utf-8")
    recipients = read_recipients(source)
    assert not recipients.errors
    template = prepare(
        sender=SENDER,
        subject="Račun za {{ ime }}",
        text_body="Znesek: {{ Znesek }}",
        columns=recipients.columns,
    )
    message = parse(template.render(recipients.recipients[0]).data)
    assert str(message["Subject"]) == "Račun za Žiga Čermelj"
    assert message.get_content() == "Znesek: 12,50 €\r\n"


# --- the subject: random strings must round-trip through folding and encoding ------------

_ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,;:!?-_=()[]<>@\"'/\\*+%&#~",
    "čćšžđČĆŠŽĐřěůňďťŘĚŮŇĎŤąęłśźżńĄĘŁŚŹŻŃáéíóúý",
    "абвгдежзийклмнопрстуфхцчшщъыьэюяЁЖЯ",
    "中文字符測試日本語のテキスト한국어",
    "😀🎉📎🇸🇮\U0001d11e\U00010348",
    "  \t=?_",
    "\u00a0\u200b\u00ad\ufeff\u0301\u05d0\u0627",  # no-break space, joiners, RTL letters
]


def _random_subject(rng: random.Random) -> str:
    pools = rng.sample(_ALPHABETS, rng.randint(1, 3))
    chars = "".join(pools)
    length = rng.choice([0, 1, 2, 5, 20, 60, 70, 80, 150, 300, rng.randint(0, 400)])
    text = "".join(rng.choice(chars) for _ in range(length))
    if rng.random() < 0.2:
        text = rng.choice(["=?utf-8?q?x?=", "=?iso-8859-2?b?YQ==?=", "?="]) + text
    return text


@pytest.mark.parametrize("placeholder", [False, True], ids=["constant", "merged"])
def test_random_subjects_read_back_intact(placeholder: bool) -> None:
    rng = random.Random(20260117 + placeholder)
    for _ in range(800):
        subject = _random_subject(rng)
        if placeholder:
            template = prepare(sender=SENDER, subject="{{ S }}", text_body="T", columns=["S"])
        else:
            template = prepare(sender=SENDER, subject=subject, text_body="T")
        data = template.render(Recipient(2, "a@example.com", {"S": subject})).data
        assert_wire_safe(data)
        message = parse(data)
        assert str(message["Subject"]) == subject, data.split(b"\r\nDate:")[0]
        assert not message["Subject"].defects


def test_random_subjects_with_control_characters_are_refused() -> None:
    rng = random.Random(7)
    controls = [chr(c) for c in [*range(0, 9), *range(10, 32), *range(0x7F, 0xA0)]]
    template = prepare(sender=SENDER, subject="{{ S }}", text_body="T", columns=["S"])
    for _ in range(200):
        text = list(_random_subject(rng) or "x")
        text.insert(rng.randrange(len(text) + 1), rng.choice(controls + ["\u2028", "\u2029"]))
        with pytest.raises(ComposeError):
            template.render(Recipient(2, "a@example.com", {"S": "".join(text)}))


def _decode_word(kind: bytes, word: bytes) -> bytes:
    if kind == b"b":
        return base64.b64decode(word)
    return re.sub(
        rb"=([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]), word.replace(b"_", b" ")
    )


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        (
            "Opomin: račun št. 17 za januar še ni plačan – Łukasz Żółć, Příliš žluťoučký kůň " * 3,
            None,
        ),
        ("čćšžđ ŁŚŹŻ ěřů Жовтень 中文 😀" * 8, b"b"),
        ("ASCII  with (((double))) spaces, [brackets] and =?odd?= bits; " * 4, b"q"),
    ],
)
def test_subject_words_are_short_and_split_no_character(subject: str, kind: bytes | None) -> None:
    template = prepare(sender=SENDER, subject=subject, text_body="T")
    data = template.render(Recipient(2, "a@example.com", {})).data
    header = data.split(b"\r\nDate:")[0].split(b"Subject: ")[1]
    words = re.findall(rb"=\?utf-8\?([qb])\?([^?]*)\?=", header)
    assert len(words) > 3 and len({found for found, _ in words}) == 1
    assert kind is None or words[0][0] == kind
    for found, word in words:  # every encoded word holds whole UTF-8 characters
        _decode_word(found, word).decode("utf-8")
        assert len(word) + len("=?utf-8?q??=") <= 75
    assert str(parse(data)["Subject"]) == subject


def test_random_file_names_read_back_intact(tmp_path: Path) -> None:
    rng = random.Random(2231)
    letters = "".join(_ALPHABETS[:5]).replace("/", "").replace("\\", "") + " -_.,;'()%\""
    names = set()
    while len(names) < 150:
        length = rng.choice([1, 5, 20, 40, 60, 90, 120])
        name = "".join(rng.choice(letters) for _ in range(length)).strip(" .") or "x"
        names.add(name[:80] + rng.choice([".pdf", ".docx", ".csv", ""]))
    paths = []
    for number, name in enumerate(sorted(names)):
        folder = tmp_path / str(number)
        folder.mkdir()
        (folder / name).write_bytes(name.encode())
        paths.append(folder / name)
    template = prepare(sender=SENDER, subject="S", text_body="T", attachments=paths[:75])
    data = template.render(Recipient(2, "a@example.com", {}, tuple(paths[75:]))).data
    assert_wire_safe(data)
    for piece in re.findall(rb"filename\*\d*\*=(?:utf-8'')?([^;\r]*)", data):
        unquote_to_bytes(piece.decode()).decode("utf-8")  # no piece splits a character
    attached = list(parse(data).iter_attachments())
    assert [part.get_filename() for part in attached] == [path.name for path in paths]
    assert [part.get_payload(decode=True) for part in attached] == [
        path.name.encode() for path in paths
    ]


async def test_a_real_server_receives_exactly_the_rendered_bytes(tmp_path: Path) -> None:
    case = CASES["tricky_lines"]  # lines that are a dot, start with dots, look like boundaries
    [pdf] = make_files(tmp_path, ["račun-2026-čšž.pdf"])
    template = template_for(case, ["X"], [pdf], bcc_archive="arhiv@novak.cz")
    rendered = template.render(Recipient(2, "ana@example.si", case.fields))
    server = start_server(mode="plain", auth=False)
    try:
        await aiosmtplib.send(
            rendered.data,
            sender=rendered.envelope_from,
            recipients=list(rendered.envelope_to),
            hostname=server.host,
            port=server.port,
            use_tls=False,
            start_tls=False,
            timeout=10,
        )
    finally:
        server.stop()
    [received] = server.received
    assert received.mail_from == "info@novak.cz"
    assert received.rcpt_tos == ["ana@example.si", "arhiv@novak.cz"]
    assert received.data == rendered.data
    message = received.message
    assert message["Bcc"] is None and "arhiv" not in str(message["To"])
    [attachment] = message.iter_attachments()
    assert attachment.get_filename() == "račun-2026-čšž.pdf"
    assert attachment.get_payload(decode=True) == pdf.read_bytes()


def test_a_fifo_put_in_an_attachments_place_is_refused_not_waited_on(tmp_path: Path) -> None:
    # the list was checked with a regular file; a pipe took its place before sending
    pipe = tmp_path / "račun.pdf"
    os.mkfifo(pipe)
    template = prepare(sender=SENDER, subject="S", text_body="T")
    with pytest.raises(ComposeError) as own:
        template.render(Recipient(4, "a@example.com", {}, (pipe,)))
    assert (own.value.code, own.value.row) == ("attachment_not_a_file", 4)


@pytest.mark.parametrize("override", ["\u202e", "\u2066", "\u202a"])
def test_bidirectional_overrides_are_refused_in_the_subject(override) -> None:
    # "Račun \u202efdp.exe" shows as "Račun exe.pdf": a subject must read as it is
    with pytest.raises(ComposeError) as caught:
        prepare(sender=SENDER, subject=f"Račun {override}fdp.exe", text_body="T")
    assert caught.value.code == "control_character"
    template = prepare(
        sender=SENDER, subject="Račun {{ Ime }}", text_body="T", columns=("email", "Ime")
    )
    with pytest.raises(ComposeError) as merged:
        template.render(Recipient(5, "a@example.com", {"Ime": f"x{override}y"}))
    assert (merged.value.code, merged.value.row) == ("control_character", 5)


def test_no_header_line_is_longer_than_998_characters() -> None:
    for sender in (
        "Ana" + "-" * 190 + " <info@novak.cz>",
        "Ž" * 200 + " <info@novak.cz>",
        "x" * 200 + " <info@novak.cz>",
    ):
        data = (
            prepare(sender=sender, subject="S" * 3000, text_body="T")
            .render(Recipient(2, "a@example.com", {}))
            .data
        )
        head = data.split(b"\r\n\r\n", 1)[0]
        assert max(len(line) for line in head.split(b"\r\n")) <= 998
    with pytest.raises(ComposeError):
        prepare(sender="x" * 1200 + " <info@novak.cz>", subject="S", text_body="T")
