"""Shared pieces of the batch benchmarks (throughput, memory, crash).

Certificates from trustme, a sink SMTP server in its own process (`_sink.py`), the
personalised message (Slovenian text with diacritics, a personal link, plain + HTML, about
6 KB), the recipients CSV, an smtpdesk profile and a way to run the real `smtpdesk` CLI.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _sink import PASSWORD, USERNAME  # noqa: E402

SENDER = "Jan Novák <info@novak.cz>"
SUBJECT = "Anketa za {{ Ime }} {{ Priimek }} – vaše mnenje šteje"
PARAGRAPH = (
    "Spoštovani {{ Ime }} {{ Priimek }}, zahvaljujemo se vam za zaupanje v preteklem "
    "letu. Da bi bile naše storitve še boljše, vas prosimo, da izpolnite kratko anketo; "
    "vzame vam največ pet minut, odgovori pa so anonimni in nam zelo pomagajo.\n"
)
TEXT = PARAGRAPH * 10 + "\nVaša osebna povezava: {{ Povezava }}\n\nLep pozdrav,\nJan Novák\n"
HTML = (
    "<html><body>\n"
    + "".join(f"<p>{PARAGRAPH.strip()}</p>\n" for _ in range(10))
    + '<p><a href="{{ Povezava }}">Izpolnite anketo</a></p>\n'
    + "<p>Lep pozdrav,<br>Jan Novák</p>\n</body></html>\n"
)
COLUMNS = ("E-pošta", "Ime", "Priimek", "Povezava")
_NAMES = [
    ("Žiga", "Čermelj"),
    ("Łukasz", "Żółć"),
    ("Ana", "Šuštar"),
    ("Jiří", "Dvořák"),
    ("Mojca", "Kovačič"),
    ("Zdeněk", "Růžička"),
]


def person(number: int) -> dict[str, str]:
    """Recipient `number`: the same data for every contender."""
    first, last = _NAMES[number % len(_NAMES)]
    return {
        "E-pošta": f"stranka{number}@example.si",
        "Ime": first,
        "Priimek": last,
        "Povezava": f"https://anketa.example.si/r/{number}-{(number * 7919) % 100003:05d}",
    }


def fill(template: str, fields: dict[str, str]) -> str:
    for column, value in fields.items():
        template = template.replace("{{ " + column + " }}", value)
    return template


def write_csv(path: Path, count: int) -> Path:
    """The recipients file smtpdesk reads: UTF-8, header names with diacritics."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(COLUMNS) + "\n")
        for number in range(count):
            fields = person(number)
            handle.write(",".join(fields[c] for c in COLUMNS) + "\n")
    return path


def write_bodies(folder: Path) -> tuple[Path, Path]:
    text, html = folder / "body.txt", folder / "body.html"
    text.write_text(TEXT, encoding="utf-8")
    html.write_text(HTML, encoding="utf-8")
    return text, html


def write_profile(path: Path, port: int) -> Path:
    path.write_text(
        'name = "Bench"\nhost = "127.0.0.1"\n'
        f'port = {port}\nencryption = "starttls"\nauth = true\n'
        f'username = "{USERNAME}"\nsender = "{SENDER}"\nallow_self_signed = false\n',
        encoding="utf-8",
    )
    return path


# -- certificates and the server ---------------------------------------------------------


@dataclass
class Certificates:
    ca: Path
    cert: Path
    key: Path


def make_certificates(folder: Path) -> Certificates:
    import trustme

    ca = trustme.CA()
    leaf = ca.issue_cert("127.0.0.1", "localhost")
    paths = Certificates(folder / "ca.pem", folder / "cert.pem", folder / "key.pem")
    ca.cert_pem.write_to_path(str(paths.ca))
    leaf.cert_chain_pems[0].write_to_path(str(paths.cert))
    for extra in leaf.cert_chain_pems[1:]:
        extra.write_to_path(str(paths.cert), append=True)
    leaf.private_key_pem.write_to_path(str(paths.key))
    return paths


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SinkServer:
    """`_sink.py` in its own process; `delivered()` reads its per-message log."""

    def __init__(self, certificates: Certificates, log: Path) -> None:
        self.port = free_port()
        self.log = log
        log.touch()
        self.process = subprocess.Popen(
            [
                sys.executable,
                str(HERE / "_sink.py"),
                "--port",
                str(self.port),
                "--cert",
                str(certificates.cert),
                "--key",
                str(certificates.key),
                "--log",
                str(log),
            ],
            stdout=subprocess.PIPE,
            text=True,
            stderr=open(log.with_suffix(".err"), "w"),  # noqa: SIM115 - a killed client's
        )
        # half-done handshakes make aiosmtpd print tracebacks: kept out of the report
        assert self.process.stdout is not None
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the sink server did not start")

    def delivered(self) -> list[str]:
        return self.log.read_text(encoding="utf-8").splitlines()

    def count(self) -> int:
        with open(self.log, "rb") as handle:
            return sum(1 for _ in handle)

    def cpu_seconds(self) -> float:
        return cpu_seconds(self.process.pid)

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_kib(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) in KiB: the current resident set and its high-water mark."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, value = line.split(":", 1)
            values[key] = int(value.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


# -- the smtpdesk CLI --------------------------------------------------------------------


def smtpdesk_command() -> list[str]:
    script = ROOT / ".venv" / "bin" / "smtpdesk"
    return [str(script)] if script.exists() else [sys.executable, "-m", "smtpdesk"]


def smtpdesk_env(home: Path, certificates: Certificates) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    env.update(
        SMTPDESK_HOME=str(home),
        SSL_CERT_FILE=str(certificates.ca),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        LANG="C.UTF-8",
    )
    return env


def start_smtpdesk(
    args: Sequence[str], home: Path, certificates: Certificates, **popen
) -> subprocess.Popen:
    """`smtpdesk ARGS...` with the password on stdin (already written and closed)."""
    process = subprocess.Popen(
        [*smtpdesk_command(), *args],
        stdin=subprocess.PIPE,
        env=smtpdesk_env(home, certificates),
        text=True,
        encoding="utf-8",
        **popen,
    )
    assert process.stdin is not None
    process.stdin.write(PASSWORD + "\n")
    process.stdin.close()
    return process


def send_args(
    profile: Path, recipients: Path, text: Path, html: Path, concurrency: int = 4
) -> list[str]:
    return [
        "send",
        "--profile-file",
        str(profile),
        "--recipients",
        str(recipients),
        "--subject",
        SUBJECT,
        "--body",
        str(text),
        "--html",
        str(html),
        "--password-stdin",
        "--json",
        "--concurrency",
        str(concurrency),
    ]


def wait_until(predicate, timeout: float, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return predicate()


__all__ = ["PASSWORD", "USERNAME"]
