"""The `smtpdesk` command as a user or a script runs it: exit codes, JSON, no secret leaks."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from servers import PASSWORD, USERNAME, start_server

from smtpdesk.core.verify import secret_forms


def run_cli(*args: str, home: Path, stdin: str | None = None, env: dict | None = None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    environment.update(
        SMTPDESK_HOME=str(home),
        QT_QPA_PLATFORM="offscreen",
        PYTHONIOENCODING="utf-8",
        LANG="C.UTF-8",
    )
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "smtpdesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
    )


def last_json(result):
    return json.loads(result.stdout.strip().splitlines()[-1])


def write_profile(path: Path, server_port: int, **overrides) -> Path:
    values = {
        "name": "Pisarna",
        "host": "127.0.0.1",
        "port": server_port,
        "encryption": "starttls",
        "auth": True,
        "username": USERNAME,
        "sender": "Jan Novák <info@novak.cz>",
        "allow_self_signed": False,
    }
    values.update(overrides)
    lines = []
    for key, value in values.items():
        rendered = json.dumps(value) if not isinstance(value, bool) else str(value).lower()
        lines.append(f"{key} = {rendered}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def server(good_context):
    server = start_server(mode="starttls", server_context=good_context)
    yield server
    server.stop()


def test_version(home):
    result = run_cli("--version", home=home)
    assert result.returncode == 0 and result.stdout.startswith("smtpdesk ")


@pytest.mark.parametrize(
    "args",
    [
        ["verify"],
        ["frob"],
        ["verify", "--profile"],
        ["send", "--nonsense"],
        ["--lang", "xx", "profiles"],
    ],
)
def test_usage_errors_exit_1_with_one_line(home, args):
    result = run_cli(*args, home=home)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_the_window_command_exits_1_on_a_usage_error(home):
    code = (
        "import sys; from smtpdesk.app import main; sys.exit(main(['smtpdesk-gui', *sys.argv[1:]]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "--lang", "xx"],
        capture_output=True,
        text=True,
        env={**os.environ, "SMTPDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert "usage: smtpdesk-gui" in result.stderr


def test_verify_json_success_and_no_secret_anywhere(home, server, tmp_path):
    profile = write_profile(tmp_path / "p.toml", server.port)
    result = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--json",
        "--password-stdin",
        "--transcript",
        home=home,
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr
    data = last_json(result)
    assert data["ok"] is True and data["code"] == "ok" and data["stage"] == "done"
    assert data["smtp_code"] is None and isinstance(data["transcript"], list)
    assert "C: AUTH PLAIN ***" in data["transcript"]
    assert len(server.received) == 1
    forms = secret_forms(USERNAME, PASSWORD) + [base64.b64encode(PASSWORD.encode()).decode()]
    outputs = result.stdout + result.stderr
    assert not any(form in outputs for form in forms)
    for path in home.rglob("*"):
        if path.is_file():
            content = path.read_bytes().decode("utf-8", "replace")
            assert not any(form in content for form in forms), path


def test_verify_failure_exits_2_with_code_and_hint(home, server, tmp_path):
    profile = write_profile(tmp_path / "p.toml", server.port)
    result = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--json",
        home=home,
        env={"SMTPDESK_PASSWORD": "wrong"},
    )
    assert result.returncode == 2
    data = last_json(result)
    assert (data["ok"], data["stage"], data["code"], data["smtp_code"]) == (
        False,
        "auth",
        "auth_failed",
        535,
    )
    assert "app password" in data["hint"]
    assert "wrong" not in result.stdout + result.stderr


def test_verify_human_output_and_transcript(home, server, tmp_path):
    profile = write_profile(tmp_path / "p.toml", server.port)
    result = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--transcript",
        "--to",
        "ana@example.si",
        home=home,
        env={"SMTPDESK_PASSWORD": PASSWORD},
    )
    assert result.returncode == 0, result.stderr
    assert "✓" in result.stdout and "C: STARTTLS" in result.stdout
    assert server.received[0].rcpt_tos == ["ana@example.si"]


def test_missing_password_is_an_input_error_and_nothing_is_sent(home, server, tmp_path):
    profile = write_profile(tmp_path / "p.toml", server.port)
    result = run_cli("verify", "--profile-file", str(profile), "--json", home=home)
    assert result.returncode == 1
    assert last_json(result)["ok"] is False
    assert "set-password" in result.stderr
    assert server.received == []


def test_no_keyring_says_so_and_stdin_still_works(home, server, tmp_path):
    profile = write_profile(tmp_path / "p.toml", server.port)
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = run_cli("verify", "--profile-file", str(profile), home=home, env=no_keyring)
    assert result.returncode == 1 and "keyring is not available" in result.stderr
    result = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--password-stdin",
        home=home,
        env=no_keyring,
        stdin=PASSWORD + "\n",
    )
    assert result.returncode == 0, result.stderr


def test_profiles_import_set_password_list_verify_delete(home, server, tmp_path):
    source = write_profile(tmp_path / "office.toml", server.port, name="Pisarna")
    imported = run_cli("profiles", "import", str(source), "--name", "Pisarna Koper", home=home)
    assert imported.returncode == 0, imported.stderr
    assert (home / "profiles" / "Pisarna Koper.toml").exists()
    listed = last_json(run_cli("profiles", "--json", home=home))
    assert listed == [
        {
            "name": "Pisarna Koper",
            "host": "127.0.0.1",
            "port": server.port,
            "encryption": "starttls",
            "auth": True,
            "username": USERNAME,
            "sender": "Jan Novák <info@novak.cz>",
            "has_password": False,
        }
    ]
    stored = run_cli(
        "profiles",
        "set-password",
        "Pisarna Koper",
        "--password-stdin",
        home=home,
        stdin=PASSWORD + "\n",
    )
    assert stored.returncode == 0, stored.stderr
    assert last_json(run_cli("profiles", "--json", home=home))[0]["has_password"] is True
    verified = run_cli("verify", "--profile", "Pisarna Koper", "--json", home=home)
    assert verified.returncode == 0, verified.stderr
    again = run_cli("profiles", "import", str(source), "--name", "Pisarna Koper", home=home)
    assert again.returncode == 1
    deleted = run_cli("profiles", "delete", "Pisarna Koper", home=home)
    assert deleted.returncode == 0
    assert last_json(run_cli("profiles", "--json", home=home)) == []
    assert run_cli("profiles", "delete", "Pisarna Koper", home=home).returncode == 1


def test_bad_profile_file_names_file_line_and_key(home, tmp_path):
    profile = write_profile(tmp_path / "p.toml", 587, port="587")
    result = run_cli("verify", "--profile-file", str(profile), "--json", home=home)
    assert result.returncode == 1
    error = last_json(result)["errors"][0]
    assert (error["field"], error["line"]) == ("port", 3)
    assert error["file"].endswith("p.toml")


def test_lang_before_or_after_the_subcommand(home, server, tmp_path):
    profile = write_profile(tmp_path / "p.toml", server.port)
    english = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--json",
        home=home,
        env={"SMTPDESK_PASSWORD": "wrong"},
    )
    for args in (["--lang", "sl", "verify"], ["verify", "--lang", "sl"]):
        result = run_cli(
            *args,
            "--profile-file",
            str(profile),
            "--json",
            home=home,
            env={"SMTPDESK_PASSWORD": "wrong"},
        )
        assert result.returncode == 2
        assert last_json(result)["hint"] != last_json(english)["hint"]
        assert "geslo" in last_json(result)["hint"].lower()


def test_detect(home):
    found = run_cli("detect", "racun@seznam.cz", "--json", home=home)
    assert found.returncode == 0
    data = last_json(found)
    assert (data["provider"], data["host"], data["port"], data["encryption"], data["source"]) == (
        "Seznam.cz",
        "smtp.seznam.cz",
        465,
        "ssl",
        "database",
    )
    nothing = run_cli("detect", "x@unknown-domain.example", "--json", home=home)
    assert nothing.returncode == 2 and last_json(nothing)["provider"] is None
    bad = run_cli("detect", "not-an-address", home=home)
    assert bad.returncode == 1


def test_detect_says_when_the_port_is_a_guess(home):
    siol = run_cli("detect", "janez.novak@siol.net", home=home)
    assert siol.returncode == 0
    assert "host=mail.siol.net port=465 encryption=ssl" in siol.stdout
    assert "does not publish the port: 465 is a guess" in siol.stdout
    seznam = run_cli("detect", "racun@seznam.cz", home=home)
    assert "guess" not in seznam.stdout


@pytest.fixture
def self_signed_server(self_signed_context):
    server = start_server(mode="starttls", server_context=self_signed_context)
    yield server
    server.stop()


def test_verify_pins_a_self_signed_certificate_only_with_its_fingerprint(
    home, tmp_path, self_signed_server
):
    profile = write_profile(tmp_path / "p.toml", self_signed_server.port, allow_self_signed=True)
    env = {"SMTPDESK_PASSWORD": PASSWORD}
    first = run_cli("verify", "--profile-file", str(profile), "--json", home=home, env=env)
    data = last_json(first)
    assert first.returncode == 2 and data["code"] == "certificate_untrusted"
    assert "--trust-certificate" in data["hint"] and not (home / "pins.json").exists()
    sha256 = data["certificate_sha256"]
    bad = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--trust-certificate",
        "12ab",
        "--json",
        home=home,
        env=env,
    )
    assert bad.returncode == 1 and last_json(bad)["errors"][0]["code"] == "bad_fingerprint"
    wrong = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--trust-certificate",
        "ab" * 32,
        "--json",
        home=home,
        env=env,
    )
    assert wrong.returncode == 2 and not (home / "pins.json").exists()
    trusted = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--trust-certificate",
        sha256.lower(),
        "--json",
        home=home,
        env=env,
    )
    assert trusted.returncode == 0, trusted.stderr
    assert last_json(trusted)["certificate_pinned_now"] is True
    again = run_cli("verify", "--profile-file", str(profile), "--json", home=home, env=env)
    assert again.returncode == 0 and last_json(again)["certificate_pinned_now"] is False


def test_a_damaged_pin_file_is_an_input_error_that_names_it(home, tmp_path, self_signed_server):
    profile = write_profile(tmp_path / "p.toml", self_signed_server.port, allow_self_signed=True)
    (home / "pins.json").write_text("[1, 2", encoding="utf-8")
    result = run_cli(
        "verify",
        "--profile-file",
        str(profile),
        "--json",
        home=home,
        env={"SMTPDESK_PASSWORD": PASSWORD},
    )
    assert result.returncode == 1
    error = last_json(result)["errors"][0]
    assert error["code"] == "pin_file_damaged" and error["file"] == str(home / "pins.json")
    assert (home / "pins.json").read_text(encoding="utf-8") == "[1, 2"
    assert self_signed_server.received == []


def test_verify_of_a_stored_profile_is_remembered_for_the_window(home, server, tmp_path):
    from smtpdesk.core import verified

    source = write_profile(tmp_path / "p.toml", server.port)
    assert run_cli("profiles", "import", str(source), home=home).returncode == 0
    result = run_cli(
        "verify", "--profile", "Pisarna", "--json", home=home, env={"SMTPDESK_PASSWORD": "wrong"}
    )
    assert result.returncode == 2
    record = verified.last("Pisarna", path=home / "verified.json")
    assert record is not None and not record.ok and record.code == "auth_failed"
    # a file that is not stored leaves no record of its own
    other = write_profile(tmp_path / "o.toml", server.port, name="Drugi")
    run_cli(
        "verify",
        "--profile-file",
        str(other),
        "--json",
        home=home,
        env={"SMTPDESK_PASSWORD": PASSWORD},
    )
    assert verified.last("Drugi", path=home / "verified.json") is None
