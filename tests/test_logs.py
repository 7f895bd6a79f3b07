"""The log file: written where the data lives, useful to support, never with a secret."""

from __future__ import annotations

import logging

import pytest
from servers import PASSWORD, USERNAME, start_server
from test_cli import run_cli, write_profile

from smtpdesk import logs
from smtpdesk.core.verify import secret_forms


def test_verify_transcripts_and_outcomes_are_logged_without_secrets(home, good_context, tmp_path):
    server = start_server(mode="starttls", server_context=good_context)
    try:
        profile = write_profile(tmp_path / "p.toml", server.port)
        ok = run_cli(
            "verify",
            "--profile-file",
            str(profile),
            "--password-stdin",
            home=home,
            stdin=PASSWORD + "\n",
        )
        bad = run_cli(
            "verify",
            "--profile-file",
            str(profile),
            home=home,
            env={"SMTPDESK_PASSWORD": "Wr0ng-geslo"},
        )
    finally:
        server.stop()
    assert (ok.returncode, bad.returncode) == (0, 2)
    text = (home / "logs" / "smtpdesk.log").read_text(encoding="utf-8")
    assert "verify Pisarna" in text and ": ok at done" in text
    assert "auth_failed at auth [535" in text
    assert "C: AUTH PLAIN ***" in text
    for secret in (PASSWORD, "Wr0ng-geslo"):
        assert not any(form in text for form in secret_forms(USERNAME, secret))


@pytest.mark.expected_log  # logs on purpose
def test_a_registered_secret_is_masked_in_any_record(home):
    path = logs.setup()
    try:
        logs.add_secret(USERNAME, "hunter2-secret")
        logging.getLogger("smtpdesk.test").warning(
            "server echoed %s and %s", "hunter2-secret", secret_forms(USERNAME, "hunter2-secret")[0]
        )
    finally:
        logs.close()
    text = path.read_text(encoding="utf-8")
    assert "server echoed *** and ***" in text and "hunter2" not in text


@pytest.mark.expected_log  # logs on purpose
def test_any_password_given_to_credentials_is_masked_without_registering_it(home):
    from smtpdesk.core.transport import Credentials

    path = logs.setup()
    try:
        Credentials(USERNAME, "typed-in-the-window-7")  # as the window builds them
        logging.getLogger("smtpdesk.test").error("echo: typed-in-the-window-7")
    finally:
        logs.close()
    text = path.read_text(encoding="utf-8")
    assert "echo: ***" in text and "typed-in-the-window" not in text


@pytest.mark.expected_log  # logs on purpose
async def test_an_issued_oauth_token_is_masked_without_registering_it(home, monkeypatch):
    from smtpdesk.core import oauth, secrets
    from smtpdesk.core.profile import Profile

    profile = Profile(
        name="Google",
        host="smtp.gmail.com",
        port=465,
        encryption="ssl",
        sender="jan@gmail.com",
        auth_method="oauth2",
        oauth_provider="google",
        oauth_client_id="client-id.apps.googleusercontent.com",
    )
    secrets.set_secret(secrets.OAUTH_SERVICE, profile.name, "refresh-token-1")

    async def issue(self, found):  # the token endpoint's answer (tests/test_oauth.py has
        return "ya29.issued-access-token"  # the real exchange with an authorization server)

    monkeypatch.setattr(oauth.TokenProvider, "_renew", issue)
    credentials = oauth.credentials(profile)
    path = logs.setup()
    try:
        assert await credentials.oauth_token() == "ya29.issued-access-token"
        logging.getLogger("smtpdesk.test").error("echo: ya29.issued-access-token")
    finally:
        logs.close()
    text = path.read_text(encoding="utf-8")
    assert "echo: ***" in text and "issued-access-token" not in text
