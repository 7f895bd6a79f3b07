"""OAuth2 (XOAUTH2) against a real authorization server and a real SMTP server on 127.0.0.1:
sign-in with PKCE, verify, token expiry during a batch, revoked sign-in, and no token ever
written to a file, a transcript or a log."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import socket
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from oauth_server import ACCOUNT, CLIENT_ID, AuthServer, XOAuth2Handler, fetch_in_browser, s256
from servers import USERNAME, start_server
from test_cli import last_json, run_cli, write_profile

from smtpdesk import texts
from smtpdesk.core import oauth, secrets
from smtpdesk.core.profile import Profile
from smtpdesk.core.queue import BatchSpec, Queue
from smtpdesk.core.recipients import Recipient
from smtpdesk.core.sender import Sender, SendOptions, template_for
from smtpdesk.core.transport import Credentials
from smtpdesk.core.verify import secret_forms, verify

SENDER = "Jan Novák <info@novak.cz>"


@pytest.fixture
def auth_server():
    started: list[AuthServer] = []

    def start(**options) -> AuthServer:
        server = AuthServer(**options).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def smtp(good_context):
    started = []

    def start(issuer: AuthServer, **kwargs):
        handler = XOAuth2Handler(issuer=issuer)
        server = start_server(
            mode="starttls", server_context=good_context, handler=handler, **kwargs
        )
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def oauth_profile(issuer: AuthServer, port: int = 587, **changes) -> Profile:
    values = dict(
        name="Pisarna",
        host="127.0.0.1",
        port=port,
        sender=SENDER,
        encryption="starttls",
        auth=True,
        username=USERNAME,
        timeout=5,
        **issuer.profile_values(),
    )
    values.update(changes)
    return Profile(**values).checked()


async def signed_in(profile: Profile) -> oauth.SignIn:
    return await oauth.sign_in(profile, open_browser=fetch_in_browser, timeout=10)


def all_tokens(issuer: AuthServer) -> list[str]:
    return list(issuer.access_tokens) + issuer.issued_refresh_tokens


def files_containing(root: Path, secrets_: list[str]) -> list[str]:
    forms = [form for secret in secrets_ for form in secret_forms(USERNAME, secret)]
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes().decode("utf-8", "replace")
            found += [f"{path}: {form[:12]}…" for form in forms if form in data]
    return found


# -- sign-in ------------------------------------------------------------------------------


async def test_sign_in_with_pkce_keeps_the_refresh_token_only_in_the_keyring(home, auth_server):
    issuer = auth_server()
    profile = oauth_profile(issuer)
    seen: list[str] = []
    result = await oauth.sign_in(
        profile, open_browser=fetch_in_browser, on_url=seen.append, timeout=10
    )
    assert result.account == ACCOUNT
    query = {k: v[0] for k, v in parse_qs(urlsplit(seen[0]).query).items()}
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) == 43
    assert query["redirect_uri"].startswith("http://127.0.0.1:")
    assert query["client_id"] == CLIENT_ID and query["login_hint"] == USERNAME
    assert issuer.pkce_failures == 0 and len(issuer.issued_refresh_tokens) == 1
    refresh = issuer.issued_refresh_tokens[0]
    assert secrets.get_secret(secrets.OAUTH_SERVICE, "Pisarna") == refresh
    assert oauth.is_signed_in(profile)
    assert files_containing(home, all_tokens(issuer)) == []


def test_the_authorization_server_refuses_a_wrong_code_verifier(auth_server):
    """The server's PKCE check is real: a code is worth nothing without its verifier."""
    issuer = auth_server()
    verifier = "v" * 50
    authorize = (
        issuer.authorize_url
        + "?"
        + urlencode(
            {
                "response_type": "code",
                "client_id": CLIENT_ID,
                "state": "s",
                "redirect_uri": "http://127.0.0.1:9/",
                "code_challenge": s256(verifier),
                "code_challenge_method": "S256",
            }
        )
    )

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(authorize, timeout=5)
    redirect.value.close()  # the error holds the redirect's open response
    code = parse_qs(urlsplit(redirect.value.headers["Location"]).query)["code"][0]

    def exchange(code_verifier: str):
        body = urlencode(
            {
                "grant_type": "authorization_code",
                "code": code,
                "client_id": CLIENT_ID,
                "redirect_uri": "http://127.0.0.1:9/",
                "code_verifier": code_verifier,
            }
        ).encode()
        try:
            with opener.open(issuer.token_url, body, timeout=5) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            with error:
                return error.code, json.loads(error.read())

    status, reply = exchange("w" * 50)
    assert status == 400 and reply["error"] == "invalid_grant"
    assert issuer.pkce_failures == 1


async def test_declined_consent_and_stray_requests(home, auth_server):
    issuer = auth_server(deny=True)
    with pytest.raises(oauth.OAuthError) as declined:
        await signed_in(oauth_profile(issuer))
    assert declined.value.code == "cancelled" and declined.value.reason == "access_denied"
    assert secrets.get_secret(secrets.OAUTH_SERVICE, "Pisarna") is None

    issuer.deny = False

    def stray_then_real(url: str) -> bool:
        # another local program hits the listener with a wrong state first: ignored
        redirect = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with pytest.raises(urllib.error.HTTPError) as refused:
            opener.open(redirect + "?code=forged&state=wrong", timeout=5)
        assert refused.value.code == 400
        refused.value.close()  # the error holds the refusal's open response
        return fetch_in_browser(url)

    await oauth.sign_in(oauth_profile(issuer), open_browser=stray_then_real, timeout=10)
    assert oauth.is_signed_in(oauth_profile(issuer))


async def test_an_oversized_request_to_the_listener_gets_400_and_sign_in_goes_on(home, auth_server):
    issuer = auth_server()
    errors = []
    asyncio.get_running_loop().set_exception_handler(lambda _loop, context: errors.append(context))

    def oversized_then_real(url: str) -> bool:
        redirect = urlsplit(parse_qs(urlsplit(url).query)["redirect_uri"][0])
        with socket.create_connection((redirect.hostname, redirect.port), timeout=5) as sock:
            sock.sendall(b"GET /?code=" + b"A" * 200_000 + b" HTTP/1.1\r\n\r\n")
            answer = sock.recv(200)
        assert answer.startswith(b"HTTP/1.1 400 ")
        with socket.create_connection((redirect.hostname, redirect.port), timeout=5) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\n" + b"X-A: b\r\n" * 5000 + b"\r\n")
            assert sock.recv(200).startswith(b"HTTP/1.1 400 ")
        return fetch_in_browser(url)

    await oauth.sign_in(oauth_profile(issuer), open_browser=oversized_then_real, timeout=10)
    assert oauth.is_signed_in(oauth_profile(issuer))
    assert errors == []  # nothing reached the app's crash handler


async def test_sign_in_that_is_never_finished_times_out(home, auth_server):
    issuer = auth_server()
    with pytest.raises(oauth.OAuthError) as late:
        await oauth.sign_in(oauth_profile(issuer), open_browser=lambda url: True, timeout=0.5)
    assert late.value.code == "timeout"


# -- verify -------------------------------------------------------------------------------


async def test_without_a_keyring_the_window_signs_in_for_the_session(no_keyring, auth_server, smtp):
    issuer = auth_server()
    server = smtp(issuer)
    profile = oauth_profile(issuer, server.port)
    with pytest.raises(oauth.OAuthError) as refused:  # `smtpdesk login`: nowhere to keep it
        await signed_in(profile)
    assert refused.value.reason == "keyring_unavailable" and issuer.issued_refresh_tokens == []

    result = await oauth.sign_in(
        profile, open_browser=fetch_in_browser, timeout=10, session_fallback=True
    )
    assert result.session_only and oauth.is_signed_in(profile)
    oauth._cache.clear()  # the access token must come from the refresh token kept in memory
    verified = await verify(profile, oauth.credentials(profile))
    assert verified.diagnosis.code == "ok", verified.transcript
    assert issuer.refreshes == 1 and len(server.received) == 1


async def test_verify_with_oauth2_signs_in_with_xoauth2(home, auth_server, smtp):
    issuer = auth_server()
    server = smtp(issuer)
    profile = oauth_profile(issuer, server.port)
    await signed_in(profile)
    oauth._cache.clear()  # as in a new process: the access token comes from a refresh
    credentials = Credentials(profile.login_name, oauth_token=oauth.token_provider(profile))
    result = await verify(profile, credentials)
    assert result.diagnosis.code == "ok", result.transcript
    assert "C: AUTH XOAUTH2 ***" in result.transcript
    assert len(server.handler.accepted) == 1 and issuer.refreshes == 1
    assert len(server.received) == 1
    text = "\n".join(result.transcript)
    assert not [t for t in all_tokens(issuer) for f in secret_forms(USERNAME, t) if f in text]


async def test_revoked_sign_in_fails_verify_with_auth_failed(home, auth_server, smtp):
    issuer = auth_server()
    server = smtp(issuer)
    profile = oauth_profile(issuer, server.port)
    await signed_in(profile)
    oauth._cache.clear()
    issuer.revoke_all()  # the user removed the app's access, or the admin revoked sessions
    credentials = Credentials(profile.login_name, oauth_token=oauth.token_provider(profile))
    result = await verify(profile, credentials)
    d = result.diagnosis
    assert (d.stage, d.code, d.smtp_code) == ("auth", "auth_failed", None)
    assert "invalid_grant" in d.detail and d.server_message is None
    assert server.received == [] and server.handler.accepted == []
    summary, step = texts.hint_parts(d.code, oauth=True, user=USERNAME)
    assert "Sign in again" in step and "password" not in summary


async def test_verify_without_sign_in_says_auth_failed(home, auth_server, smtp):
    issuer = auth_server()
    server = smtp(issuer)
    profile = oauth_profile(issuer, server.port)
    credentials = Credentials(profile.login_name, oauth_token=oauth.token_provider(profile))
    result = await verify(profile, credentials)
    assert result.diagnosis.code == "auth_failed"
    assert "not_signed_in" in result.diagnosis.detail


async def test_a_token_the_server_refuses_is_renewed_once_and_verify_succeeds(
    home, auth_server, smtp
):
    issuer = auth_server(access_lifetime=0.3, reported_lifetime=3600)
    server = smtp(issuer)
    profile = oauth_profile(issuer, server.port)
    await signed_in(profile)
    refreshes = issuer.refreshes
    await asyncio.sleep(0.5)  # the cached token died early; the client still trusts it
    credentials = Credentials(profile.login_name, oauth_token=oauth.token_provider(profile))
    result = await verify(profile, credentials)
    assert result.diagnosis.code == "ok", result.transcript
    assert server.handler.refused == 1 and issuer.refreshes == refreshes + 1
    assert len(server.received) == 1
    text = "\n".join(result.transcript)
    assert "S: 535" in text and "renewing it" in text  # the refusal stays in the transcript
    assert not [t for t in all_tokens(issuer) for f in secret_forms(USERNAME, t) if f in text]


async def test_a_refused_token_whose_sign_in_was_revoked_gives_auth_failed(home, auth_server, smtp):
    issuer = auth_server(access_lifetime=0.3, reported_lifetime=3600)
    server = smtp(issuer)
    profile = oauth_profile(issuer, server.port)
    await signed_in(profile)
    await asyncio.sleep(0.5)
    issuer.revoke_all()  # the held token is refused, and no new one can be had
    credentials = Credentials(profile.login_name, oauth_token=oauth.token_provider(profile))
    result = await verify(profile, credentials)
    d = result.diagnosis
    assert (d.stage, d.code) == ("auth", "auth_failed")
    assert "invalid_grant" in d.detail and d.server_message is None
    assert server.handler.refused == 1
    assert server.received == []


# -- batches ------------------------------------------------------------------------------


def _batch(home: Path, profile: Profile, count: int) -> tuple[Queue, int]:
    queue = Queue(home / "queue.sqlite3")
    spec = BatchSpec(
        subject="Račun {{ Ime }}", text_body="Pozdravljeni, {{ Ime }}!\n", columns=("email", "Ime")
    )
    recipients = [
        Recipient(
            row=i + 2,
            email=f"client{i}@example.com",
            fields={"email": f"client{i}@example.com", "Ime": f"Ana {i}"},
        )
        for i in range(count)
    ]
    batch_id = queue.create_batch(profile.name, spec, recipients)
    return queue, batch_id


async def _run_batch(home, profile, count, **options):
    queue, batch_id = _batch(home, profile, count)
    credentials = Credentials(profile.login_name, oauth_token=oauth.token_provider(profile))
    sender = Sender(
        queue,
        batch_id,
        profile,
        credentials,
        template_for(profile, queue.batch(batch_id).spec),
        options=SendOptions(retry_base=0.05, retry_cap=0.2, max_wait=30, **options),
    )
    return await sender.run(), credentials


async def test_tokens_expiring_during_a_batch_are_renewed(home, auth_server, smtp):
    issuer = auth_server(access_lifetime=1.0)
    server = smtp(issuer, replies={"DATA": lambda _: time.sleep(0.08)})  # a slowish server
    profile = oauth_profile(issuer, server.port)
    await signed_in(profile)
    started = time.monotonic()
    outcome, credentials = await _run_batch(home, profile, 30, concurrency=2, max_per_connection=3)
    assert outcome.status == "finished" and outcome.summary.sent == 30, outcome
    assert time.monotonic() - started > 1.0  # the batch outlived the first token
    assert issuer.refreshes >= 1 and server.handler.refused == 0
    assert len(set(server.handler.accepted)) >= 2  # signed in with more than one token
    assert len(server.received) == 30
    # rotated refresh tokens replace the stored one
    assert secrets.get_secret(secrets.OAUTH_SERVICE, "Pisarna") == issuer.issued_refresh_tokens[-1]
    assert files_containing(home, all_tokens(issuer)) == []


async def test_a_token_refused_mid_batch_is_renewed_once_and_the_batch_goes_on(
    home, auth_server, smtp
):
    issuer = auth_server(access_lifetime=0.6, reported_lifetime=3600)
    server = smtp(issuer, replies={"DATA": lambda _: time.sleep(0.05)})
    profile = oauth_profile(issuer, server.port)
    await signed_in(profile)
    outcome, _ = await _run_batch(home, profile, 30, concurrency=1, max_per_connection=4)
    assert outcome.status == "finished" and outcome.summary.sent == 30, outcome
    assert server.handler.refused >= 1 and issuer.refreshes >= 1


async def test_a_batch_stops_with_auth_failed_when_the_sign_in_is_revoked(home, auth_server, smtp):
    issuer = auth_server(access_lifetime=0.5)
    server = smtp(issuer)
    profile = oauth_profile(issuer, server.port)
    await signed_in(profile)
    issuer.revoke_all()
    await asyncio.sleep(0.3)
    outcome, _ = await _run_batch(home, profile, 5, concurrency=1)
    assert outcome.status == "stopped" and outcome.reason == "auth_failed"
    assert outcome.summary.pending == 5 and server.received == []


# -- presets and profiles -----------------------------------------------------------------


def test_provider_presets(monkeypatch):
    base = dict(
        name="p", host="smtp.gmail.com", port=465, sender="a@gmail.com", auth_method="oauth2"
    )
    monkeypatch.delenv("SMTPDESK_GOOGLE_CLIENT_ID", raising=False)
    monkeypatch.delenv("SMTPDESK_MICROSOFT_CLIENT_ID", raising=False)
    google = Profile(
        **base, oauth_provider="google", oauth_client_id="g.apps", oauth_client_secret="shh"
    )
    found = oauth.endpoints(google)
    assert found.authorize_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert found.token_url == "https://oauth2.googleapis.com/token"
    assert found.scopes == "https://mail.google.com/" and "shh" not in repr(found)
    microsoft = Profile(**base, oauth_provider="microsoft", oauth_client_id="m-id")
    found = oauth.endpoints(microsoft)
    assert found.authorize_url == "https://login.microsoftonline.com/common/oauth2/v2.0/authorize"
    assert found.scopes == "https://outlook.office.com/SMTP.Send offline_access"
    tenant = oauth.endpoints(microsoft.replace(oauth_tenant="organizations"))
    assert tenant.token_url == "https://login.microsoftonline.com/organizations/oauth2/v2.0/token"
    assert [e.field for e in microsoft.replace(oauth_client_id="").validate()] == [
        "oauth_client_id"
    ]
    monkeypatch.setenv("SMTPDESK_MICROSOFT_CLIENT_ID", "from-the-build")
    assert microsoft.replace(oauth_client_id="").validate() == []
    assert oauth.endpoints(microsoft.replace(oauth_client_id="")).client_id == "from-the-build"
    assert microsoft.replace(oauth_tenant="a/b").validate()[0].code == "bad_tenant"


def test_custom_provider_needs_urls_and_scopes():
    profile = Profile(
        name="p",
        host="mail.firma.cz",
        port=587,
        sender="a@firma.cz",
        auth_method="oauth2",
        oauth_provider="custom",
        oauth_client_id="x",
    )
    assert sorted(e.field for e in profile.validate()) == [
        "oauth_authorize_url",
        "oauth_scopes",
        "oauth_token_url",
    ]
    bad = profile.replace(
        oauth_authorize_url="http://sso.firma.cz/auth",
        oauth_token_url="https://sso.firma.cz/token",
        oauth_scopes="smtp",
    )
    assert [(e.field, e.code) for e in bad.validate()] == [("oauth_authorize_url", "bad_url")]
    assert (
        Profile(
            name="p",
            host="h",
            port=1,
            sender="a@b.cz",
            auth_method="oauth2",
            oauth_provider="yahoo",
        )
        .validate()[0]
        .field
        == "oauth_provider"
    )


# -- the command line ---------------------------------------------------------------------

BROWSER_SCRIPT = """\
import sys, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
with opener.open(sys.argv[1], timeout=10) as response:
    response.read()
"""


def test_cli_login_verify_send_and_revoked(home, tmp_path, auth_server, smtp):
    issuer = auth_server()
    server = smtp(issuer)
    profile_file = write_profile(tmp_path / "office.toml", server.port, **issuer.profile_values())
    browser = tmp_path / "browser.py"
    browser.write_text(BROWSER_SCRIPT, encoding="utf-8")
    # Python's webbrowser runs the command in $BROWSER: our "browser" fetches the URL
    env = {"BROWSER": f"{sys.executable} {browser} %s"}

    not_yet = run_cli("verify", "--profile-file", str(profile_file), home=home, env=env)
    assert not_yet.returncode == 1 and "smtpdesk login" in not_yet.stderr

    login = run_cli("login", "--profile-file", str(profile_file), "--json", home=home, env=env)
    assert login.returncode == 0, login.stderr
    assert last_json(login) == {"ok": True, "profile": "Pisarna", "account": ACCOUNT}
    keyring_file = Path(os.environ["XDG_DATA_HOME"]) / "python_keyring" / "keyring_pass.cfg"
    assert issuer.issued_refresh_tokens[0] in _keyring_values(keyring_file)

    verified = run_cli("verify", "--profile-file", str(profile_file), "--json", home=home, env=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    data = last_json(verified)
    assert data["code"] == "ok" and "C: AUTH XOAUTH2 ***" in data["transcript"]

    recipients = tmp_path / "people.csv"
    recipients.write_text("email,Ime\nana@example.com,Ana\nbor@example.com,Bor\n", encoding="utf-8")
    body = tmp_path / "body.txt"
    body.write_text("Pozdravljeni, {{ Ime }}!\n", encoding="utf-8")
    sent = run_cli(
        "send",
        "--profile-file",
        str(profile_file),
        "--recipients",
        str(recipients),
        "--subject",
        "Račun",
        "--body",
        str(body),
        "--json",
        home=home,
        env=env,
    )
    assert sent.returncode == 0, sent.stderr
    assert last_json(sent)["sent"] == 2

    issuer.revoke_all()
    revoked = run_cli(
        "verify", "--profile-file", str(profile_file), "--json", "--lang", "en", home=home, env=env
    )
    assert revoked.returncode == 2
    data = last_json(revoked)
    assert (data["stage"], data["code"]) == ("auth", "auth_failed")
    assert "Sign in again" in data["hint"] and "smtpdesk login" in data["hint"]

    outputs = "\n".join(r.stdout + r.stderr for r in (login, verified, sent, revoked))
    tokens = all_tokens(issuer)
    assert tokens and not [t for t in tokens if t in outputs]
    assert files_containing(home, tokens) == []  # profiles, queue, logs


def test_cli_login_refuses_a_password_profile(home, tmp_path):
    profile_file = write_profile(tmp_path / "p.toml", 587)
    result = run_cli("login", "--profile-file", str(profile_file), home=home)
    assert result.returncode == 1 and "oauth2" in result.stderr


def _keyring_values(path: Path) -> str:
    import configparser

    config = configparser.RawConfigParser()
    config.read(path, encoding="utf-8")
    values = []
    for section in config.sections():
        for _, value in config.items(section):
            values.append(base64.b64decode(value).decode("utf-8", "replace"))
    return "\n".join(values)
