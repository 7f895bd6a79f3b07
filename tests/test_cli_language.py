"""`smtpdesk --lang sl|cs|pl …` prints no English: every command of CONTRACT §1, with normal
input and with a problem, run as a user runs it (a subprocess, a real SMTP server, a real DNS
server), and its output searched for common English words.

What is legitimately not translated is taken out first: the `batch N created` line (scripts
read it, CONTRACT §1), JSON keys and codes (only `message` and `hint` values are read), option
and command names, metavariables (FILE, NAME), a profile file's keys (`encryption: …`: the
words to edit in the file), quoted codes and values, file paths, addresses, host names, and
what another program said (an SMTP server's reply, the protocol transcript, a DNS record).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields
from pathlib import Path

import pytest
from servers import PASSWORD, USERNAME, start_server
from test_domaincheck import SERVER, SERVER_IP, zone

from smtpdesk.core.profile import Profile

# Common English words, matched whole and case-insensitively. Left out on purpose: words that
# are also Slovenian, Czech or Polish words or loanwords (to, a, i, on, do, po, by, pro, so,
# test, text, data, host, server, port, limit, status, start, stop, argument, profile, problem,
# min, ok, mail) and the command names (send, resume, verify, detect, profiles, import, delete,
# login, bounces).
ENGLISH = frozenset(
    re.findall(
        r"\S+",
        """
the and or but not no is are was were be been being has have had will would can could
cannot should must may might shall this that these those there here what which who whom
whose when where why how all any each every some many more most few other another such
only own same than too very just also again once both either neither nor of for from with
without into onto about above below under over between through after before during until
while because if then else yet its it's your you yours our we they them their he she his
her my mine one two three four five first last next new old right wrong good bad
file files folder row rows column columns line lines address addresses message messages
mails sent sending failed failure fail error errors warning problems server's
password passwords user username recipient recipients sender batch batches attachment
attachments subject body stored stores store found exists exist missing empty
named name names given give gives read written write writes cannot can't does doesn't
don't isn't aren't won't usage required requires require invalid choice choices
arguments option options positional optional show shows help exit exits expected
unrecognized ambiguous allowed certificate accepted pinned fingerprint reply replies
uncertain deferred pending cancelled left waiting retry retried arrived delivered
delivery reports report bounced moved checking check checked dry run built nothing
something anything everything yet already still never always keyring system standard
input output encryption encrypted signed sign sign-in signing browser account provider
settings setting network probe guess publish publishes tells whether domain record
records inbox reading connection connect connected refused timeout time reached
continue continues continued later stopped created interrupted done open opens
opening close closes tab tabs try again declined finished reached refused known unknown
language languages choose chose use uses using used mention mentions mentioned value
values holds hold larger smaller size free space disk database damaged aside rename
instead plain utf-8 encoded decode decoding readable unreadable exist
""",
    )
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)
_REMOVE = [
    re.compile(r"(?m)^batch \d+ created$"),  # CONTRACT §1: scripts read this line
    re.compile(r"(?m)\b[245]\d\d[ -][245]\.\d{1,3}\.\d{1,3}\b.*$"),  # a server's reply
    re.compile(r"(?m)^\s+[245]\d\d [^\d\s].*$"),  # one without an enhanced code, indented
    re.compile(r"--[a-z][a-z-]*(?:=\S*)?"),  # option names
    re.compile(r"\b(?:check-domain|set-password|check-attachments)\b"),  # command names
    re.compile(
        r"\bsmtpdesk(?: (?:profiles|status|resume|verify|send|detect|login|bounces|"
        r"check-domain|import|set-password|delete))*\b"
    ),
    re.compile(r"\b[A-Z][A-Z0-9_]{1,}(?:\.\.\.)?\b"),  # metavariables, acronyms (FILE, SMTP)
    re.compile(r"\S*[/\\]\S*"),  # paths, URLs, rates like N/min
    re.compile(r"\S+@\S+"),  # addresses
    re.compile(r"\b[\w-]+(?:\.[\w-]+)+\b"),  # host and file names (smtp.host.test, p.toml)
    re.compile(r"(?m)^\s*[SC]: .*$"),  # the SMTP transcript
    re.compile(r"\[[a-z_]+(?:: [a-z_]+)?\]"),  # [stage: code] and [code]
    re.compile(r"[„“”\"'‘’][a-z_-]+[“”\"'’]"),  # a quoted code or value: „sent“, 'frob'
    re.compile(r"\b(?:" + "|".join(f.name for f in fields(Profile)) + r")\b(?=:| =|=)"),
    re.compile(r"(?m)\bv=[A-Za-z0-9]+;?\s.*$"),  # a DNS record (SPF, DKIM, DMARC) as found
    re.compile(r"\b[a-z]+(?:_[a-z]+)+\b"),  # codes and JSON keys (auth_failed)
    re.compile(r"\b(?:usage|positional arguments|options)\b(?=:)"),  # see ARGPARSE_HEADINGS
]


def english_words(line: str) -> list[str]:
    for pattern in _REMOVE[1:]:
        line = pattern.sub(" ", line)
    return [w for w in _WORD.findall(line) if w.casefold() in ENGLISH]


def english_lines(output: str) -> list[tuple[str, list[str]]]:
    """(line, English words in it) for every line of `output` that has some."""
    found = []
    for line in _REMOVE[0].sub("", output).splitlines():
        text = line
        if line.lstrip().startswith(("{", "[")):
            try:
                value = json.loads(line)
            except ValueError:
                value = None
            if value is not None:
                text = " ".join(_words_of_json(value))
        words = english_words(text)
        if words:
            found.append((line, words))
    return found


def _words_of_json(value) -> list[str]:
    """The values meant for people: `message` and `hint` (codes and keys stay English)."""
    if isinstance(value, dict):
        texts = [value[k] for k in ("message", "hint") if isinstance(value.get(k), str)]
        for v in value.values():
            if isinstance(v, dict | list):
                texts += _words_of_json(v)
        return texts
    if isinstance(value, list):
        return [t for v in value for t in _words_of_json(v)]
    return []


def test_the_word_check_finds_english_and_passes_what_is_not_translated():
    assert english_words("Row 3: bad address, the file is missing") == [
        "Row",
        "bad",
        "address",
        "the",
        "file",
        "is",
        "missing",
    ]
    assert english_lines("batch 7 created\nPaketna pošiljka 7: poslano 2\n") == []
    assert (
        english_words(
            "smtpdesk resume 7 --resend-uncertain FILE /tmp/p.toml "
            "ana@example.si smtp.host.test [auth: auth_failed]"
        )
        == []
    )
    assert english_words("Odgovor strežnika: 535 5.7.8 Error: authentication failed") == []
    assert english_words("  host=smtp.seznam.cz port=465 more words") == ["more"]
    assert english_lines(
        '{"ok": false, "errors": [{"code": "bad_address", "message": "not an address"}]}'
    )[0][1] == ["not", "address"]


def _env(home: Path, dns: str) -> dict:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    environment.update(
        SMTPDESK_HOME=str(home),
        SMTPDESK_DNS=dns,
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        LANG="C.UTF-8",
        COLUMNS="100",
    )
    return environment


def scenarios(folder: Path, port: int) -> list[tuple[str, list[str], str | None]]:
    """(what, arguments, standard input): each command, normal and with a problem."""
    good = folder / "p.toml"
    good.write_text(
        f'name = "Pisarna"\nhost = "127.0.0.1"\nport = {port}\n'
        f'encryption = "starttls"\nauth = true\nusername = "{USERNAME}"\n'
        'sender = "Jan Novák <info@novak.test>"\n',
        encoding="utf-8",
    )
    bad = folder / "bad.toml"
    bad.write_text(
        'name = "Slab"\nhost = ""\nport = 99999\nencryption = "tls13"\nsender = "ni naslov"\n',
        encoding="utf-8",
    )
    body = folder / "body.txt"
    body.write_text("Pozdravljeni, {{ Ime }}!\n", encoding="utf-8")
    wrong_field = folder / "wrong.txt"
    wrong_field.write_text("Pozdravljeni, {{ Nagovor }}!\n", encoding="utf-8")
    recipients = folder / "ok.csv"
    recipients.write_text(
        "Ime,E-pošta\nAna,ana@example.si\nJiří,jiri@example.cz\n", encoding="utf-8"
    )
    problems = folder / "problems.csv"
    problems.write_text(
        "Ime,E-pošta,Priloga\nAna,ana@example.si,\nBor,ni-naslov,\n"
        "Cene,,\nDora,dora@example.si,manjka.pdf\n",
        encoding="utf-8",
    )
    no_email = folder / "no-email.csv"
    no_email.write_text("Ime,Priimek\nAna,Novak\n", encoding="utf-8")
    hard = folder / "hard.toml"
    hard.write_text(
        f'name = "Trdo"\nhost = "{SERVER}"\nport = 587\nencryption = "starttls"\n'
        'auth = true\nusername = "info@hard.test"\nsender = "info@hard.test"\n',
        encoding="utf-8",
    )
    p = ["--profile-file", str(good)]
    pw = PASSWORD + "\n"
    send = ["send", *p, "--subject", "Pozdrav {{ Ime }}", "--body", str(body)]
    return [
        ("help", ["--help"], None),
        ("send help", ["send", "--help"], None),
        ("no command", ["--json"], None),
        ("unknown command", ["frob"], None),
        ("missing argument", ["verify"], None),
        ("missing option value", ["verify", "--profile"], None),
        ("unknown option", ["send", "--nonsense"], None),
        ("bad number", ["status", "sedem"], None),
        ("profiles, none", ["profiles"], None),
        ("profiles import", ["profiles", "import", str(good)], None),
        ("profiles import, bad", ["profiles", "import", str(bad)], None),
        ("profiles import, bad, json", ["profiles", "import", str(bad), "--json"], None),
        ("profiles import, no file", ["profiles", "import", str(folder / "none.toml")], None),
        ("profiles", ["profiles"], None),
        ("set-password without stdin", ["profiles", "set-password", "Pisarna"], None),
        ("set-password", ["profiles", "set-password", "Pisarna", "--password-stdin"], pw),
        ("profiles delete, unknown", ["profiles", "delete", "Nobeden"], None),
        ("verify", ["verify", *p, "--password-stdin", "--to", "ana@example.si"], pw),
        ("verify, wrong password", ["verify", *p, "--password-stdin"], "napačno\n"),
        ("verify, wrong password, json", ["verify", *p, "--password-stdin", "--json"], "napačno\n"),
        ("verify, no password", ["verify", "--profile", "Nobeden"], None),
        ("verify, bad --to", ["verify", *p, "--to", "ni naslov", "--password-stdin"], pw),
        ("verify, bad profile", ["verify", "--profile-file", str(bad)], None),
        ("login, password profile", ["login", *p], None),
        ("send, dry run", [*send, "--recipients", str(recipients), "--dry-run"], None),
        ("send", [*send, "--recipients", str(recipients), "--password-stdin"], pw),
        ("send, problems", [*send, "--recipients", str(problems), "--password-stdin"], pw),
        (
            "send, problems, json",
            [*send, "--recipients", str(problems), "--password-stdin", "--json"],
            pw,
        ),
        ("send, no e-mail column", [*send, "--recipients", str(no_email)], None),
        (
            "send, unknown field",
            [
                "send",
                *p,
                "--subject",
                "x",
                "--body",
                str(wrong_field),
                "--recipients",
                str(recipients),
            ],
            None,
        ),
        (
            "send, missing body",
            [
                "send",
                *p,
                "--subject",
                "x",
                "--body",
                str(folder / "none.txt"),
                "--recipients",
                str(recipients),
            ],
            None,
        ),
        ("send, bad rate", [*send, "--recipients", str(recipients), "--rate", "hitro"], None),
        (
            "send, wrong password",
            [*send, "--recipients", str(recipients), "--password-stdin"],
            "napačno\n",
        ),
        (
            "send, unknown check column",
            [
                *send,
                "--recipients",
                str(recipients),
                "--check-attachments",
                "Številka",
                "--dry-run",
            ],
            None,
        ),
        ("send, two sources", [*send, "--recipients", str(recipients), "--from-batch", "1"], None),
        ("status", ["status"], None),
        ("status of a batch", ["status", "1"], None),
        ("status, export", ["status", "1", "--export", str(folder / "izvoz.csv")], None),
        ("status, no batch", ["status", "99"], None),
        ("resume, done", ["resume", "1", "--password-stdin"], pw),
        ("resume, no batch", ["resume", "99"], None),
        ("bounces, no IMAP", ["bounces", "1"], None),
        ("detect", ["detect", "jan@seznam.cz"], None),
        ("detect, unknown", ["detect", "jan@nobody.invalid"], None),
        ("detect, not an address", ["detect", "ni naslov"], None),
        ("check-domain", ["check-domain", "info@good.test"], None),
        ("check-domain, problem", ["check-domain", "--profile-file", str(hard)], None),
        ("check-domain, not an address", ["check-domain", "ni naslov"], None),
    ]


@pytest.fixture
def dns(dns_server):
    records = {SERVER: SERVER_IP}
    for records_of in (
        zone("good.test", f"v=spf1 ip4:{SERVER_IP} -all"),
        zone("hard.test", "v=spf1 ip4:198.51.100.1 -all"),
    ):
        records.update(records_of)
    return dns_server(records).address


def run_all(lang: str, folder: Path, port: int, dns: str) -> list[tuple[str, str, int]]:
    """Every scenario in one language, in order: (what, printed output, exit code)."""
    folder.mkdir()
    home = folder / "home"
    home.mkdir()
    env = _env(home, dns)
    env["XDG_DATA_HOME"] = str(folder / "keyring")
    env["PYTHON_KEYRING_BACKEND"] = "keyrings.alt.file.PlaintextKeyring"
    results = []
    for what, args, stdin in scenarios(folder, port):
        done = subprocess.run(
            [sys.executable, "-m", "smtpdesk", "--lang", lang, *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=90,
        )
        results.append((what, done.stdout + done.stderr, done.returncode))
    return results


def test_every_command_speaks_slovenian_czech_and_polish(
    tmp_path, good_context, dns, ca_file, monkeypatch
):
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))  # inherited by the commands
    server = start_server(mode="starttls", server_context=good_context)
    try:
        with ThreadPoolExecutor(3) as pool:
            runs = {
                lang: pool.submit(run_all, lang, tmp_path / lang, server.port, dns)
                for lang in ("sl", "cs", "pl")
            }
            results = {lang: future.result() for lang, future in runs.items()}
    finally:
        server.stop()
    report = []
    for lang, outcomes in results.items():
        for what, output, _ in outcomes:
            assert output.strip(), f"{lang} {what}: printed nothing"
            report += [
                f"[{lang}] {what}: {line.strip()}  ← {', '.join(words)}"
                for line, words in english_lines(output)
            ]
    # the commands did what was asked: the send reached the server, the problems stopped
    codes = {what: code for what, _, code in results["sl"]}
    assert codes["send"] == 0 and codes["send, problems"] == 1 and codes["verify"] == 0
    assert codes["verify, wrong password"] == 2 and codes["missing argument"] == 1
    assert codes["check-domain, problem"] == 2 and codes["detect, unknown"] == 2
    assert not report, f"{len(report)} English lines:\n" + "\n".join(report)
