"""SMTPDESK_DNS (CONTRACT §3) decides every name smtpdesk looks up: the SMTP server's for
verify and send, the IMAP server's for the Sent copy. Here smtp.seznam.cz and imap.seznam.cz
are this machine, with certificates for those names from the test CA: the connection goes
to the address the DNS server gave, the certificate is checked against the name."""

from __future__ import annotations

import socket

import pytest
from conftest import server_context
from imap_server import dovecot_available, start_dovecot
from servers import PASSWORD, USERNAME
from test_cli import last_json, run_cli, write_profile

from smtpdesk.core import resolver
from smtpdesk.core.profile import Profile
from smtpdesk.core.transport import Credentials

SMTP_HOST, IMAP_HOST = "smtp.seznam.cz", "imap.seznam.cz"


def _resolves_here_without_smtpdesk_dns(host: str, port: int) -> bool:
    """Does the system's resolver send `host` to this machine? (No network: it fails.)"""
    try:
        found = resolver.addresses_blocking(host, port, 3.0)
    except OSError:
        return False
    return any(address[3][0] in ("127.0.0.1", "::1") for address in found)


def test_verify_and_a_batch_reach_the_provider_host_through_smtpdesk_dns(
    home, tmp_path, servers, ca, dns_server, monkeypatch
):
    server = servers(server_context=server_context(ca.issue_cert(SMTP_HOST)))
    monkeypatch.delenv("SMTPDESK_DNS", raising=False)
    # the name is not this machine's by itself: only the DNS server below makes it so
    assert not _resolves_here_without_smtpdesk_dns(SMTP_HOST, server.port)
    stub = dns_server({SMTP_HOST: "127.0.0.1"})
    env = {"SMTPDESK_DNS": stub.address}
    profile = write_profile(
        tmp_path / "p.toml",
        server.port,
        host=SMTP_HOST,
        sender="Jana Nováková <jana@seznam.cz>",
        timeout=5,
    )
    result = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--json",
        "--password-stdin",
        home=home,
        stdin=PASSWORD + "\n",
        env=env,
    )
    data = last_json(result)
    assert (data["code"], data["stage"]) == ("ok", "done"), result.stderr
    asked_by_verify = stub.questions.count(SMTP_HOST)
    assert asked_by_verify >= 1 and len(server.received) == 1

    recipients = tmp_path / "r.csv"
    recipients.write_text("email\nana@example.cz\nbara@example.cz\n", encoding="utf-8")
    body = tmp_path / "body.txt"
    body.write_text("Dobrý den\n", encoding="utf-8")
    result = run_cli(
        "send",
        "--profile-file",
        str(profile),
        "--recipients",
        str(recipients),
        "--subject",
        "Faktura",
        "--body",
        str(body),
        "--password-stdin",
        "--json",
        home=home,
        stdin=PASSWORD + "\n",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert last_json(result)["sent"] == 2
    assert sorted(r.rcpt_tos[0] for r in server.received[1:]) == [
        "ana@example.cz",
        "bara@example.cz",
    ]
    assert stub.questions.count(SMTP_HOST) > asked_by_verify  # the batch asked it too


def test_the_certificate_is_checked_against_the_name_not_the_address(
    home, tmp_path, servers, ca, dns_server
):
    # the DNS server sends smtp.seznam.cz to a server whose certificate is for another name
    server = servers(server_context=server_context(ca.issue_cert("mail.example.net")))
    stub = dns_server({SMTP_HOST: "127.0.0.1"})
    profile = write_profile(tmp_path / "p.toml", server.port, host=SMTP_HOST, timeout=5)
    result = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--json",
        "--password-stdin",
        home=home,
        stdin=PASSWORD + "\n",
        env={"SMTPDESK_DNS": stub.address},
    )
    assert last_json(result)["code"] == "hostname_mismatch", result.stderr
    assert SMTP_HOST in stub.questions and server.received == []


def test_blocking_lookups_give_what_the_dns_server_says(dns_server):
    stub = dns_server({SMTP_HOST: {"A": "127.0.0.1", "AAAA": "::1"}})
    found = resolver.addresses_blocking(SMTP_HOST, 587, 3.0)
    assert [(a[0], a[3]) for a in found] == [
        (socket.AF_INET, ("127.0.0.1", 587)),
        (socket.AF_INET6, ("::1", 587, 0, 0)),
    ]
    with pytest.raises(socket.gaierror) as unknown:
        resolver.addresses_blocking("smtp.seznamm.cz", 587, 3.0)
    assert unknown.value.errno == socket.EAI_NONAME
    assert stub.questions.count("smtp.seznamm.cz") == 2  # A and AAAA


@pytest.mark.skipif(not dovecot_available(), reason="Dovecot is not installed")
async def test_the_sent_copy_finds_the_imap_server_through_smtpdesk_dns(
    home, tmp_path, servers, ca, dns_server
):
    from smtpdesk.core.verify import verify

    dovecot = start_dovecot(ca, tmp_path / "dovecot", names=(IMAP_HOST,))
    try:
        dovecot.create("Sent")
        smtp = servers(server_context=server_context(ca.issue_cert(SMTP_HOST)))
        stub = dns_server({SMTP_HOST: "127.0.0.1", IMAP_HOST: "127.0.0.1"})
        profile = Profile(
            name="Seznam",
            host=SMTP_HOST,
            port=smtp.port,
            sender="Jana Nováková <info@novak.cz>",
            encryption="starttls",
            username=USERNAME,
            timeout=5,
            imap_host=IMAP_HOST,
            imap_port=dovecot.ssl_port,
            imap_encryption="ssl",
            save_sent_copy=True,
        )
        result = await verify(profile, Credentials(USERNAME, PASSWORD))
        assert result.ok and result.sent_copy == "Sent", result.sent_copy_error
        assert len(dovecot.messages("Sent")) == 1
        assert IMAP_HOST in stub.questions and SMTP_HOST in stub.questions
    finally:
        dovecot.stop()
