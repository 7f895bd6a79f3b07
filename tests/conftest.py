"""Shared fixtures: an isolated SMTPDESK_HOME, a test keyring in a temp dir, a test CA."""

from __future__ import annotations

import logging
import os
import ssl
from pathlib import Path

import pytest
import trustme

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # a desktop-sized screen (offscreen's own is 800×800): the window opens at its usual size;
    # tests/gui/test_fit.py gives it laptop screens
    _screen = Path(__file__).with_name("offscreen-1920x1080.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

pytest_plugins = ["dns_stub"]  # the `dns_server` fixture: a DNS server for SMTPDESK_DNS


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def server_context(cert: trustme.LeafCert) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    return context


@pytest.fixture(scope="session")
def good_context(ca) -> ssl.SSLContext:
    """Trusted by the test CA, for 127.0.0.1 and localhost."""
    return server_context(ca.issue_cert("127.0.0.1", "localhost"))


@pytest.fixture(scope="session")
def other_host_context(ca) -> ssl.SSLContext:
    """Trusted, but issued for another host name."""
    return server_context(ca.issue_cert("mail.other.test"))


@pytest.fixture(scope="session")
def self_signed_context() -> ssl.SSLContext:
    """A certificate from a CA nobody trusts: what a self-signed office server presents."""
    return server_context(trustme.CA().issue_cert("127.0.0.1", "localhost"))


@pytest.fixture
def home(tmp_path, monkeypatch, ca_file) -> Path:
    """SMTPDESK_HOME in a temp dir, the test CA trusted, a plaintext keyring in a temp dir."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("SMTPDESK_HOME", str(home))
    monkeypatch.setenv("SSL_CERT_FILE", str(ca_file))
    monkeypatch.delenv("SMTPDESK_PASSWORD", raising=False)
    keyring_dir = tmp_path / "keyring"
    keyring_dir.mkdir()
    monkeypatch.setenv("XDG_DATA_HOME", str(keyring_dir))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    backend.file_path = str(keyring_dir / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield home
    keyring.set_keyring(previous)
    from smtpdesk.core import secrets

    secrets.forget_session()  # secrets kept in memory for lack of a keyring


@pytest.fixture
def no_keyring(home):
    """A system without any keyring backend (keyring's `fail` backend)."""
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def servers(good_context):
    """`servers(**kwargs)` starts a real SMTP server (tests/servers.py: STARTTLS with the
    trusted test certificate unless told otherwise); all are stopped after the test."""
    from servers import start_server

    started = []

    def start(**kwargs):
        kwargs.setdefault("server_context", good_context)
        kwargs.setdefault("mode", "starttls")
        server = start_server(**kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(autouse=True)
def _forget_environment_secrets():
    """smtpdesk takes SMTPDESK_PASSWORD & co. out of the environment on first read and keeps
    them for the process; a test that sets one must not leave it for the next."""
    yield
    from smtpdesk.core import secrets

    secrets._from_environment.clear()


# -- an unexpected WARNING fails the test (as qutebrowser's tests/helpers/logfail.py) ------


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _expected(record: logging.LogRecord) -> bool:
    """A failed or uncertain row is the batch's own record of it, not a fault."""
    return record.name == "smtpdesk.core.sender" and record.levelno == logging.WARNING


@pytest.fixture(autouse=True)
def _fail_on_unexpected_warnings(request):
    """A WARNING or worse from smtpdesk's loggers fails the test, unless the test is marked
    `expected_log` (it provokes one on purpose) or it is a failed row's own line."""
    handler = _Records()
    logger = logging.getLogger("smtpdesk")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
    if request.node.get_closest_marker("expected_log") is not None:
        return
    unexpected = [record for record in handler.records if not _expected(record)]
    if unexpected:
        pytest.fail(
            "unexpected log records:\n"
            + "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in unexpected),
            pytrace=False,
        )
