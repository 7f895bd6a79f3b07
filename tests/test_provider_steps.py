"""The next step depends on the provider: a known provider's own step after a sign-in
refusal, a success or an intercepted certificate, in all four languages, each step with its
source in the provider database; the general step for every other server."""

from __future__ import annotations

import warnings

import pytest
from conftest import server_context
from servers import USERNAME
from test_cli import last_json, run_cli, write_profile

from smtpdesk import i18n, texts
from smtpdesk.core.profile import Profile
from smtpdesk.core.providers import load_database

PARAMS = {
    "host": "smtp.gmail.com",
    "port": 465,
    "user": "ana@firma.si",
    "sender": "Ana Kos <ana@firma.si>",
    "to": "ana@firma.si",
}


@pytest.fixture
def language(qapp):
    yield i18n.install
    i18n.install("en")


def profile(host: str, sender: str, **changes) -> Profile:
    values = dict(
        name="Pisarna",
        host=host,
        port=465,
        sender=sender,
        encryption="ssl",
        username=sender,
        timeout=3,
    )
    values.update(changes)
    return Profile(**values)


@pytest.mark.parametrize(
    "host,sender,provider",
    [
        ("smtp.gmail.com", "ana@gmail.com", "gmail"),
        ("smtp.gmail.com", "Ana Kos <ana@firma.si>", "google-workspace"),
        ("smtp.office365.com", "ana@firma.si", "microsoft-365"),
        ("smtp-mail.outlook.com", "ana@outlook.com", "outlook-com"),
        ("smtp.mail.me.com", "ana@icloud.com", "icloud"),
        ("smtp.seznam.cz", "jan@seznam.cz", "seznam"),
        ("poczta.interia.pl", "jan@interia.pl", "interia"),
        ("mail.firma.si", "ana@gmail.com", None),  # somebody else's server: no Google step
        ("127.0.0.1", "info@novak.cz", None),
    ],
)
def test_the_provider_is_found_by_its_server_and_the_senders_domain(host, sender, provider):
    assert texts.profile_params(profile(host, sender))["provider"] == provider


@pytest.mark.parametrize(
    "provider,code,words",
    [
        ("gmail", "auth_failed", "Sign in with Google instead of a password"),
        ("google-workspace", "auth_unavailable", "app password"),
        ("outlook-com", "auth_failed", "since September 2024"),
        ("microsoft-365", "auth_failed", "Authenticated SMTP"),
        ("yahoo", "auth_failed", "app password"),
        ("icloud", "auth_failed", "app-specific password"),
        ("seznam", "auth_failed", "application password"),
        ("wp", "auth_failed", "access for mail programs"),
        ("onet", "auth_failed", "access for mail programs"),
        ("interia", "auth_failed", "Interia Poczta lets mail programs"),
        ("gmx-net", "certificate_untrusted", "antivirus"),
    ],
)
def test_a_known_providers_step_replaces_the_general_one(provider, code, words):
    general = texts.hint_parts(code, **PARAMS)[1]
    step = texts.hint_parts(code, provider=provider, **PARAMS)[1]
    assert words in step and step != general
    assert "Yahoo and Microsoft accounts" not in step  # not the one sentence for everybody


def test_after_success_and_a_demand_to_sign_in_the_providers_step_follows_the_general_one():
    for code in ("ok", "auth_required"):
        general = texts.hint_parts(code, **PARAMS)[1]
        step = texts.hint_parts(code, provider="gmail", **PARAMS)[1]
        assert step.startswith(general) and len(step) > len(general)
    assert "Spam" in texts.hint_parts("ok", provider="gmail", **PARAMS)[1]
    assert "under Sent" in texts.hint_parts("ok", provider="google-workspace", **PARAMS)[1]


def test_other_servers_and_other_codes_keep_the_general_step():
    for code in ("auth_failed", "ok", "certificate_untrusted", "rate_limited"):
        assert texts.hint_parts(code, provider=None, **PARAMS) == texts.hint_parts(code, **PARAMS)
    assert texts.hint_parts("rate_limited", provider="gmail", **PARAMS) == texts.hint_parts(
        "rate_limited", **PARAMS
    )
    # an OAuth2 profile already signs in with Google: its own hint stays
    assert texts.hint_parts(
        "auth_failed", oauth=True, provider="gmail", **PARAMS
    ) == texts.hint_parts("auth_failed", oauth=True, **PARAMS)


@pytest.mark.parametrize(
    "lang,words",
    [
        ("sl", "Prijava z Googlom namesto gesla"),
        ("cs", "Přihlásit se účtem Google místo hesla"),
        ("pl", "Użyj logowania przez Google zamiast hasła"),
    ],
)
def test_the_providers_steps_read_in_every_language(language, lang, words):
    language(lang)
    assert words in texts.hint_parts("auth_failed", provider="gmail", **PARAMS)[1]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every placeholder filled
        for provider in load_database().providers():
            for code in (
                "auth_failed",
                "auth_unavailable",
                "auth_required",
                "ok",
                "certificate_untrusted",
            ):
                summary, step = texts.hint_parts(code, provider=provider.id, **PARAMS)
                assert "{" not in summary + step
    assert "Interia Poczta" in texts.hint_parts("auth_failed", provider="interia", **PARAMS)[1]


def test_every_step_in_the_database_has_words_and_a_source():
    keys = set()
    for provider in load_database().providers():
        for _code, key in provider.steps:
            keys.add(key)
            assert texts.provider_step(_code, provider.id) == key, (provider.id, key)
        assert any(s.startswith("https://") for s in provider.sources)
    assert {
        "google",
        "gmail_ok",
        "outlook_com",
        "microsoft_365",
        "yahoo",
        "icloud",
        "seznam",
        "enable_mail_programs",
        "intercepted",
    } <= keys


def test_end_to_end_a_wrong_password_at_smtp_gmail_com_says_what_google_wants(
    home, tmp_path, servers, ca, dns_server
):
    """smtp.gmail.com is this machine (SMTPDESK_DNS), with a certificate for that name from
    the test CA: Verify is refused the password and the hint is Google's step."""
    stub = dns_server({"smtp.gmail.com": "127.0.0.1"})
    server = servers(server_context=server_context(ca.issue_cert("smtp.gmail.com")))
    path = write_profile(
        tmp_path / "p.toml",
        server.port,
        host="smtp.gmail.com",
        sender="Ana Kos <ana@gmail.com>",
        username=USERNAME,
        timeout=5,
    )
    for lang, words in (
        ("en", "Sign in with Google instead of a password"),
        ("sl", "Prijava z Googlom namesto gesla"),
    ):
        result = run_cli(
            "--lang",
            lang,
            "verify",
            "--profile-file",
            str(path),
            "--json",
            "--password-stdin",
            home=home,
            stdin="wrong password\n",
            env={"SMTPDESK_DNS": stub.address},
        )
        data = last_json(result)
        assert data["code"] == "auth_failed", result.stderr
        assert words in data["hint"]
    assert "smtp.gmail.com" in stub.questions
