"""How fast compose builds personalised messages, against the email package on this machine.

Builds N personalised plain+HTML messages of about 6 KB (Slovenian text, four merge fields)
(a) the ordinary way: EmailMessage + set_content + add_alternative + as_bytes(policy=SMTP),
(b) with compose: prepare() once, then MessageTemplate.render() per recipient,
in interleaved rounds, and prints the median time per message and the ratio; with
--signed also (c) compose with S/MIME signing (a throwaway RSA-2048 certificate), to show
what a signature costs per message.

    .venv/bin/python benchmarks/bench_compose.py [--count 2000] [--rounds 7] [--signed]
"""

from __future__ import annotations

import argparse
import gc
import html
import statistics
import sys
import time
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from smtpdesk.core.compose import prepare
from smtpdesk.core.recipients import PLACEHOLDER_PATTERN, Recipient, match_column

SENDER = "Jan Novák <info@novak.cz>"
COLUMNS = ["E-pošta", "Ime", "Priimek", "Znesek", "Povezava"]
SUBJECT = "Račun za {{ Ime }} {{ Priimek }} – opomin"
PARAGRAPH = (
    "Spoštovani {{ Ime }} {{ Priimek }}, obveščamo vas, da račun v znesku {{ Znesek }} "
    "še ni poravnan. Prosimo, da ga plačate v osmih dneh na naš transakcijski račun "
    "ali nam pišete, če ste ga že plačali. Hvala za sodelovanje in lep pozdrav.\n"
)
TEXT = PARAGRAPH * 9 + "Anketa: {{ Povezava }}\n"
HTML = (
    "<html><body>\n"
    + "".join(f"<p>{line.strip()}</p>\n" for line in [PARAGRAPH] * 9)
    + '<p><a href="{{ Povezava }}">Anketa o zadovoljstvu</a></p>\n</body></html>\n'
)
_SMTP = policy.SMTP


def recipients(count: int) -> list[Recipient]:
    names = [("Žiga", "Čermelj"), ("Łukasz", "Żółć"), ("Ana", "Novak"), ("Jiří", "Dvořák")]
    rows = []
    for number in range(count):
        first, last = names[number % len(names)]
        email = f"stranka{number}@example.si"
        rows.append(
            Recipient(
                row=number + 2,
                email=email,
                fields={
                    "E-pošta": email,
                    "Ime": first,
                    "Priimek": last,
                    "Znesek": f"{number * 3.7:.2f} €",
                    "Povezava": f"https://anketa.si/?id={number}&k=x",
                },
            )
        )
    return rows


def _merge(text: str, fields: dict[str, str], *, escape: bool) -> str:
    def value(match):
        found = fields[match_column(match.group(1), COLUMNS)]
        return html.escape(found) if escape else found

    return PLACEHOLDER_PATTERN.sub(value, text)


def build_with_email_package(rows: list[Recipient]) -> int:
    size = 0
    for recipient in rows:
        message = EmailMessage()
        message["From"] = SENDER
        message["To"] = recipient.email
        message["Subject"] = _merge(SUBJECT, recipient.fields, escape=False)
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain="novak.cz")
        message.set_content(_merge(TEXT, recipient.fields, escape=False))
        message.add_alternative(_merge(HTML, recipient.fields, escape=True), subtype="html")
        size += len(message.as_bytes(policy=_SMTP))
    return size


def build_with_compose(rows: list[Recipient], signer=None) -> int:
    template = prepare(
        sender=SENDER,
        subject=SUBJECT,
        text_body=TEXT,
        html_body=HTML,
        columns=COLUMNS,
        signer=signer,
    )
    return sum(len(template.render(recipient).data) for recipient in rows)


def throwaway_signer():
    """A self-signed RSA-2048 e-mail certificate, made here, never stored."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    from smtpdesk.core.smime import Signer

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Jan Novák")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name("info@novak.cz")]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    return Signer(key, certificate)


def _timed(function, rows: list[Recipient], *args) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    size = function(rows, *args)
    return (time.perf_counter() - start) / len(rows), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--signed", action="store_true", help="also time S/MIME signing")
    arguments = parser.parse_args()
    rows = recipients(arguments.count)
    signer = throwaway_signer() if arguments.signed else None
    baseline: list[float] = []
    ours: list[float] = []
    signed: list[float] = []
    signed_size = 0
    sizes = (0, 0)
    for _ in range(arguments.rounds):  # interleaved, so drift hits both the same
        took, baseline_size = _timed(build_with_email_package, rows)
        baseline.append(took)
        took, our_size = _timed(build_with_compose, rows)
        ours.append(took)
        sizes = (baseline_size, our_size)
        if signer is not None:
            took, signed_size = _timed(build_with_compose, rows, signer)
            signed.append(took)
    slow, fast = statistics.median(baseline), statistics.median(ours)
    print(f"messages per round     {arguments.count} x {arguments.rounds} rounds")
    print(
        f"mean message size      email package {sizes[0] / arguments.count:.0f} B, "
        f"compose {sizes[1] / arguments.count:.0f} B"
    )
    print(f"email package (median) {slow * 1e3:.3f} ms per message")
    print(f"compose (median)       {fast * 1e3:.3f} ms per message")
    print(f"ratio                  compose is {slow / fast:.1f}x faster")
    if signed:
        cost = statistics.median(signed)
        print(
            f"compose signed (median) {cost * 1e3:.3f} ms per message, "
            f"{signed_size / arguments.count:.0f} B; the signature adds "
            f"{(cost - fast) * 1e3:.3f} ms"
        )


if __name__ == "__main__":
    main()
