"""How fast compose builds personalised messages, against the email package on this machine.

Builds N personalised plain+HTML messages of about 6 KB (Slovenian text, four merge fields)
(a) the ordinary way: EmailMessage + set_content + add_alternative + as_bytes(policy=SMTP),
(b) with compose: prepare() once, then MessageTemplate.render() per recipient,
in interleaved rounds, and prints the median time per message and the ratio.

    .venv/bin/python benchmarks/bench_compose.py [--count 2000] [--rounds 7]
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

from smtpdesk.core.compose import prepare  # noqa: E402
from smtpdesk.core.recipients import PLACEHOLDER_PATTERN, Recipient, match_column  # noqa: E402

SENDER = "Jan Novák <info@novak.cz>"
COLUMNS = ["E-pošta", "Ime", "Priimek", "Znesek", "Povezava"]
SUBJECT = "Račun za {{ Ime }} {{ Priimek }} – opomin"
PARAGRAPH = ("Spoštovani {{ Ime }} {{ Priimek }}, obveščamo vas, da račun v znesku {{ Znesek }} "
             "še ni poravnan. Prosimo, da ga plačate v osmih dneh na naš transakcijski račun "
             "ali nam pišete, če ste ga že plačali. Hvala za sodelovanje in lep pozdrav.\n")
TEXT = PARAGRAPH * 9 + "Anketa: {{ Povezava }}\n"
HTML = ("<html><body>\n" + "".join(f"<p>{line.strip()}</p>\n" for line in [PARAGRAPH] * 9)
        + '<p><a href="{{ Povezava }}">Anketa o zadovoljstvu</a></p>\n</body></html>\n')
_SMTP = policy.SMTP


def recipients(count: int) -> list[Recipient]:
    names = [("Žiga", "Čermelj"), ("Łukasz", "Żółć"), ("Ana", "Novak"), ("Jiří", "Dvořák")]
    rows = []
    for number in range(count):
        first, last = names[number % len(names)]
        email = f"stranka{number}@example.si"
        rows.append(Recipient(row=number + 2, email=email, fields={
            "E-pošta": email, "Ime": first, "Priimek": last,
            "Znesek": f"{number * 3.7:.2f} €", "Povezava": f"https://anketa.si/?id={number}&k=x",
        }))
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


def build_with_compose(rows: list[Recipient]) -> int:
    template = prepare(sender=SENDER, subject=SUBJECT, text_body=TEXT, html_body=HTML,
                       columns=COLUMNS)
    return sum(len(template.render(recipient).data) for recipient in rows)


def _timed(function, rows: list[Recipient]) -> tuple[float, int]:
    gc.collect()
    start = time.perf_counter()
    size = function(rows)
    return (time.perf_counter() - start) / len(rows), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=7)
    arguments = parser.parse_args()
    rows = recipients(arguments.count)
    baseline: list[float] = []
    ours: list[float] = []
    sizes = (0, 0)
    for _ in range(arguments.rounds):  # interleaved, so drift hits both the same
        took, baseline_size = _timed(build_with_email_package, rows)
        baseline.append(took)
        took, our_size = _timed(build_with_compose, rows)
        ours.append(took)
        sizes = (baseline_size, our_size)
    slow, fast = statistics.median(baseline), statistics.median(ours)
    print(f"messages per round     {arguments.count} x {arguments.rounds} rounds")
    print(f"mean message size      email package {sizes[0] / arguments.count:.0f} B, "
          f"compose {sizes[1] / arguments.count:.0f} B")
    print(f"email package (median) {slow * 1e3:.3f} ms per message")
    print(f"compose (median)       {fast * 1e3:.3f} ms per message")
    print(f"ratio                  compose is {slow / fast:.1f}x faster")


if __name__ == "__main__":
    main()
