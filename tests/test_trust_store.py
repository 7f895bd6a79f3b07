"""Certificates are checked against the operating system's trust store (truststore): a CA
that IT installed there (a company CA, an antivirus that scans mail) is trusted as the
browser trusts it; an unknown CA still is not.

On Linux the system store is the distribution's CA bundle. The end-to-end test runs
`smtpdesk verify` in a private mount namespace where the test CA *is* that bundle and
OpenSSL's own compiled-in directory is empty (as for a bundle whose OpenSSL was built for
another distribution's layout): there plain OpenSSL defaults trust nothing, smtpdesk trusts
the system's bundle.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
import trustme
from servers import PASSWORD, start_server
from test_cli import write_profile

from smtpdesk.core.diagnose import certificate_code

# where distributions keep the system CA bundle (update-ca-certificates, update-ca-trust)
SYSTEM_BUNDLES = (
    "/etc/ssl/cert.pem",
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",
    "/etc/pki/tls/cert.pem",
    "/etc/ssl/certs/ca-certificates.crt",
    "/etc/ssl/ca-bundle.pem",
)


def _unshare() -> list[str] | None:
    """The command that gives a private mount namespace here, or None."""
    tool = shutil.which("unshare")
    if not sys.platform.startswith("linux") or tool is None:
        return None
    for command in ([tool, "--mount"], [tool, "--user", "--map-root-user", "--mount"]):
        probe = subprocess.run(
            [*command, "sh", "-c", "mount --make-rprivate / && mount -t tmpfs none /mnt"],
            capture_output=True,
        )
        if probe.returncode == 0:
            return command
    return None


def _in_system_store(ca_pem: Path, empty: Path, script: str) -> subprocess.CompletedProcess:
    """Run `script` (sh) where the system CA bundle holds only `ca_pem` and OpenSSL's own
    directory is empty."""
    command = _unshare()
    assert command is not None
    openssl_dir = Path(ssl.get_default_verify_paths().openssl_cafile).parent
    mounts = [
        "mount --make-rprivate /",
        f"mount --bind {shlex.quote(str(empty))} {shlex.quote(str(openssl_dir))}",
    ]
    mounts += [
        f"mount --bind {shlex.quote(str(ca_pem))} {path}"
        for path in SYSTEM_BUNDLES
        if os.path.isfile(path)
    ]
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SMTPDESK_") and k not in ("SSL_CERT_FILE", "SSL_CERT_DIR")
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8", PYTHONPATH=os.pathsep.join(sys.path)
    )
    return subprocess.run(
        [*command, "sh", "-c", " && ".join(mounts) + " && " + script],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )


@pytest.mark.skipif(_unshare() is None, reason="needs Linux mount namespaces (unshare)")
@pytest.mark.expected_log  # the test server logs the handshakes refused by the client
def test_verify_trusts_a_ca_in_the_systems_store_and_not_an_unknown_one(
    home, ca, good_context, self_signed_context, tmp_path
):
    assert any(os.path.isfile(path) for path in SYSTEM_BUNDLES)
    company_ca = tmp_path / "company-ca.pem"
    ca.cert_pem.write_to_path(str(company_ca))  # what IT installed into the system store
    empty = tmp_path / "empty"
    empty.mkdir()
    company = start_server(mode="starttls", server_context=good_context)
    unknown = start_server(mode="starttls", server_context=self_signed_context)
    try:
        trusted_profile = write_profile(tmp_path / "company.toml", company.port)
        unknown_profile = write_profile(tmp_path / "unknown.toml", unknown.port)
        python = shlex.quote(sys.executable)
        plain_openssl = (  # OpenSSL's own defaults, as smtpdesk used them before truststore
            "import smtplib, ssl, sys\n"
            f"client = smtplib.SMTP('127.0.0.1', {company.port}, timeout=10)\n"
            "try:\n"
            "    client.starttls(context=ssl.create_default_context())\n"
            "except ssl.SSLCertVerificationError:\n"
            "    sys.exit(7)\n"
        )
        settings = (
            f"SMTPDESK_HOME={shlex.quote(str(home))} SMTPDESK_PASSWORD={shlex.quote(PASSWORD)}"
        )
        script = " ; ".join(
            [
                f"{settings} {python} -m smtpdesk verify --profile-file "
                f"{shlex.quote(str(path))} --json; echo rc=$?"
                for path in (trusted_profile, unknown_profile)
            ]
            + [f"{python} -c {shlex.quote(plain_openssl)}; echo rc=$?"]
        )
        result = _in_system_store(company_ca, empty, "{ " + script + " ; }")
    finally:
        company.stop()
        unknown.stop()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    codes = [line for line in lines if line.startswith("rc=")]
    answers = [json.loads(line) for line in lines if line.startswith("{")]
    assert len(answers) == 2, result.stdout + result.stderr
    # the CA in the system's store: verify goes all the way
    assert (codes[0], answers[0]["code"]) == ("rc=0", "ok"), result.stderr
    assert len(company.received) == 1
    # a CA the system does not know: still refused, nothing sent
    assert (codes[1], answers[1]["stage"], answers[1]["code"]) == (
        "rc=2",
        "tls",
        "certificate_untrusted",
    )
    assert unknown.received == []
    # and there OpenSSL's own defaults trust nothing: the old way said certificate_untrusted
    assert codes[2] == "rc=7", result.stderr


@pytest.mark.parametrize(
    ("verify_code", "code"),
    [
        (62, "hostname_mismatch"),  # OpenSSL: X509_V_ERR_HOSTNAME_MISMATCH
        (64, "hostname_mismatch"),  # OpenSSL: X509_V_ERR_IP_ADDRESS_MISMATCH
        (0x800B010F, "hostname_mismatch"),  # Windows: CERT_E_CN_NO_MATCH
        (-67602, "hostname_mismatch"),  # macOS: errSecHostNameMismatch
        (20, "certificate_untrusted"),  # OpenSSL: unable to get local issuer certificate
        (0x800B0109, "certificate_untrusted"),  # Windows: CERT_E_UNTRUSTEDROOT
        (-67843, "certificate_untrusted"),  # macOS: errSecNotTrusted
    ],
)
def test_each_systems_verifier_is_read_the_same_way(verify_code, code):
    error = ssl.SSLCertVerificationError("certificate verify failed")
    error.verify_code = verify_code
    assert certificate_code(error) == code


async def test_ssl_cert_file_is_still_honoured(tmp_path, monkeypatch):
    """A CA named by SSL_CERT_FILE is trusted; a certificate from another CA is not."""
    from smtpdesk.core.transport import tls_context

    named, other = trustme.CA(), trustme.CA()
    named.cert_pem.write_to_path(str(tmp_path / "named.pem"))
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "named.pem"))
    for server_ca, trusted in ((named, True), (other, False)):
        server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_ca.issue_cert("127.0.0.1").configure_cert(server)
        assert await _handshake(tls_context(), server) is trusted


async def _handshake(client: ssl.SSLContext, server: ssl.SSLContext) -> bool:
    import asyncio

    async def serve(reader, writer):
        writer.close()

    listener = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=server)
    port = listener.sockets[0].getsockname()[1]
    try:
        _reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=client, server_hostname="127.0.0.1"
        )
    except ssl.SSLCertVerificationError:
        return False
    finally:
        listener.close()
    writer.close()
    return True
