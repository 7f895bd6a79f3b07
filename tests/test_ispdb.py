"""Thunderbird's ISPDB as smtpdesk bundles it (resources/ispdb/ispdb.json, MPL-2.0): every
domain of the file gets its answer from `smtpdesk detect --json`, with no network.

The expected answers are worked out here from the file itself and from our own entries
(resources/providers/*.xml), independently of smtpdesk.core.providers; the answers come
from the real command.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from test_cli import last_json, run_cli

from smtpdesk.core.resources import resource_path

ISPDB = resource_path("ispdb", "ispdb.json")
RANK = {"ssl": 0, "starttls": 1, "none": 2}
OAUTH_HOSTS = (".office365.com", ".outlook.com", ".gmail.com", ".googlemail.com")


def _ours() -> dict[str, tuple[str, list[tuple[str, int, str]]]]:
    """Our entries' address domains → (display name, SMTP servers as written)."""
    found = {}
    for path in sorted(resource_path("providers").glob("*.xml")):
        for provider in ElementTree.parse(path).getroot().iter("emailProvider"):
            servers = [
                (
                    s.findtext("hostname").strip(),
                    int(s.findtext("port")),
                    {"SSL": "ssl", "STARTTLS": "starttls", "plain": "none"}[
                        s.findtext("socketType").strip()
                    ],
                )
                for s in provider.iter("outgoingServer")
            ]
            for domain in provider.findall("domain"):
                found[domain.text.strip().lower()] = (
                    provider.findtext("displayName").strip(),
                    servers,
                )
    return found


def _usable(server: dict) -> bool:
    """The servers smtpdesk can use: no placeholder but the domain in the host; OAuth2
    alone only where smtpdesk has its own sign-in (Google, Microsoft)."""
    if "%" in server["host"].replace("%EMAILDOMAIN%", ""):
        return False
    auth = set(server["auth"])
    return not (auth == {"oauth2"} and not server["host"].endswith(OAUTH_HOSTS))


def _expected() -> dict[str, dict]:
    """Every domain of the file → the answer detect must give for `ana@DOMAIN`."""
    data = json.loads(ISPDB.read_text(encoding="utf-8"))
    ours = _ours()
    expected: dict[str, dict] = {}
    for entry in data["providers"]:
        servers = sorted(
            (s for s in entry["smtp"] if _usable(s)), key=lambda s: RANK[s["encryption"]]
        )
        for domain in entry["domains"]:
            if domain in expected:
                continue  # the first entry that names a domain keeps it
            if domain in ours:
                name, written = ours[domain]
                expected[domain] = {"provider": name, "candidates": written}
                continue
            local = {"address": "ana@" + domain, "localpart": "ana"}
            username = servers[0]["username"] or "address" if servers else None
            expected[domain] = {
                "provider": entry["name"].replace("%EMAILDOMAIN%", domain),
                "candidates": [
                    (s["host"].replace("%EMAILDOMAIN%", domain), s["port"], s["encryption"])
                    for s in servers
                ],
                "username": local.get(username)
                or (username or "")
                .replace("%EMAILLOCALPART%", "ana")
                .replace("%EMAILDOMAIN%", domain),
                "help_url": entry.get("enable_url") or next(iter(entry["documentation"]), None),
            }
    return expected


def _detect_all(addresses: list[str], home: Path) -> list[tuple[int, dict]]:
    """`smtpdesk detect ADDRESS --json` for each address, through the command's own entry
    point, in one process (a process per address would take minutes)."""
    script = (
        "import contextlib, io, json, sys\n"
        "from smtpdesk.cli import main\n"
        "for address in json.load(sys.stdin):\n"
        "    out = io.StringIO()\n"
        "    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):\n"
        "        code = main(['detect', address, '--json'])\n"
        "    print(json.dumps([code, json.loads(out.getvalue().splitlines()[-1])]))\n"
    )
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    environment.update(
        SMTPDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        input=json.dumps(addresses),
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
        check=True,
    )
    return [tuple(json.loads(line)) for line in result.stdout.splitlines()]


def test_every_ispdb_domain_gets_its_answer_without_the_network(home):
    expected = _expected()
    assert len(expected) > 900  # the whole database, not a sample
    domains = sorted(expected)
    answers = _detect_all(["ana@" + d for d in domains], home)
    assert len(answers) == len(domains)
    wrong = []
    for domain, (code, answer) in zip(domains, answers, strict=True):
        want = expected[domain]
        got = {
            "provider": answer["provider"],
            "candidates": [(c["host"], c["port"], c["encryption"]) for c in answer["candidates"]],
        }
        if "username" in want:  # an ISPDB entry: its user name and help page too
            got.update(username=answer["username"], help_url=answer["help_url"])
        first = want["candidates"][0] if want["candidates"] else None
        if (
            code != 0
            or answer["source"] != "database"
            or got != want
            or (answer["host"], answer["port"], answer["encryption"]) != first
        ):
            wrong.append((domain, code, got, want))
    assert wrong == []


@pytest.mark.parametrize(
    ("address", "provider", "host", "port", "encryption", "username"),
    [
        # checked by hand in the ISPDB's files (office365.com.xml, mail.ru.xml, posteo.de.xml)
        (
            "ana@office365.com",
            "Microsoft 365",
            "smtp.office365.com",
            587,
            "starttls",
            "ana@office365.com",
        ),
        (
            "ana@firma.onmicrosoft.com",
            "Microsoft 365",
            "smtp.office365.com",
            587,
            "starttls",
            "ana@firma.onmicrosoft.com",
        ),
        ("ana@mail.ru", "mail.ru", "smtp.mail.ru", 465, "ssl", "ana@mail.ru"),
        ("ana@posteo.si", "Posteo", "posteo.de", 465, "ssl", "ana@posteo.si"),
        ("ana@gmx.de", "GMX Freemail (gmx.net)", "mail.gmx.net", 465, "ssl", "ana@gmx.de"),
        # our own entries win where the ISPDB knows the domain too (seznam.cz, wp.pl)
        ("ana@seznam.cz", "Seznam.cz", "smtp.seznam.cz", 465, "ssl", "ana@seznam.cz"),
        ("ana@wp.pl", "Poczta Wirtualna Polska (WP)", "smtp.wp.pl", 465, "ssl", "ana"),
    ],
)
def test_detect_spot_checks(home, address, provider, host, port, encryption, username):
    result = run_cli("detect", address, "--json", home=home)
    assert result.returncode == 0, result.stderr
    found = last_json(result)
    assert (
        found["provider"],
        found["host"],
        found["port"],
        found["encryption"],
        found["username"],
        found["source"],
    ) == (provider, host, port, encryption, username, "database")


def test_a_domain_whose_mx_is_an_ispdb_provider_gets_its_settings(home, dns_server):
    """Thunderbird's MX look-up: a company domain with its mail at 1&1 (MX under
    kundenserver.de, which the ISPDB names) gets 1&1's server; one at Google keeps our
    Google Workspace entry."""
    stub = dns_server(
        {
            "novak-1und1.example": {"MX": "10 mx00.kundenserver.de."},
            "novak-google.example": {"MX": "1 aspmx.l.google.com."},
        }
    )
    env = {"SMTPDESK_DNS": stub.address}
    ionos = run_cli("detect", "ana@novak-1und1.example", "--probe", "--json", home=home, env=env)
    assert ionos.returncode == 0, ionos.stderr
    found = last_json(ionos)
    assert (
        found["provider"],
        found["source"],
        found["host"],
        found["port"],
        found["encryption"],
    ) == ("1&1", "mx", "smtp.1und1.de", 465, "ssl")
    google = last_json(
        run_cli("detect", "ana@novak-google.example", "--probe", "--json", home=home, env=env)
    )
    assert (google["provider"], google["source"], google["host"]) == (
        "Google Workspace",
        "mx",
        "smtp.gmail.com",
    )
    # without --probe nothing asks DNS: the company domain is not in any database
    assert (
        run_cli("detect", "ana@novak-1und1.example", "--json", home=home, env=env).returncode == 2
    )


def test_the_ispdb_is_never_offered_in_the_provider_list():
    from smtpdesk.core.providers import load_database

    database = load_database()
    listed = {p.id for p in database.providers()}
    assert listed and not any(i.startswith("ispdb:") for i in listed)
    assert database.lookup("mail.ru").from_ispdb


def test_the_licence_notice_is_beside_the_file_and_names_the_same_commit():
    data = json.loads(ISPDB.read_text(encoding="utf-8"))
    source = data["source"]
    assert (source["repository"], source["licence"]) == (
        "https://github.com/thunderbird/autoconfig",
        "MPL-2.0",
    )
    notice = (ISPDB.parent / "README.md").read_text(encoding="utf-8")
    for fact in (source["repository"], source["commit"], "MPL-2.0", source["licence_url"]):
        assert fact in notice
