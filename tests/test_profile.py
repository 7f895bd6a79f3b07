"""Profiles: validation naming the field, TOML files, store operations, keyring entries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from smtpdesk.core import secrets
from smtpdesk.core.profile import (
    Profile,
    ProfileError,
    ProfileNotFound,
    ProfileStore,
    load_file,
)

GOOD = """\
name = "Pisarna"
host = "smtp.example.com"
port = 587
encryption = "starttls"
auth = true
username = "info@novak.cz"
sender = "Jan Novák <info@novak.cz>"
reply_to = "racunovodstvo@novak.cz"
bcc_archive = "arhiv@novak.cz"
allow_self_signed = false
max_per_minute = 30
max_per_hour = 1000
max_per_day = 10000
max_per_connection = 20
"""


def make(**changes) -> Profile:
    values = dict(
        name="Pisarna", host="smtp.example.com", port=587, sender="Jan Novák <info@novak.cz>"
    )
    values.update(changes)
    return Profile(**values)


@pytest.mark.parametrize(
    "sender",
    [
        "Jan Novák <info@novak.cz>",
        "info@novak.cz",
        '"Novák, Jan" <info@novak.cz>',
        "Łukasz <biuro@żółw.pl>",
        '"jan novak"@novak.cz',
        "J. R. Novák <jr@novak.cz>",
    ],
)
def test_senders_users_type_are_accepted(sender):
    assert make(sender=sender).validate() == []


@pytest.mark.parametrize(
    "changes,field,code",
    [
        ({"sender": "info@novak"}, "sender", "bad_address"),
        ({"sender": ""}, "sender", "required"),
        ({"sender": "Jan <info@novak.cz"}, "sender", "bad_address"),
        ({"port": 0}, "port", "bad_port"),
        ({"port": 65536}, "port", "bad_port"),
        ({"encryption": "tls"}, "encryption", "bad_choice"),
        ({"host": ""}, "host", "required"),
        ({"host": "smtp example.com"}, "host", "bad_host"),
        ({"reply_to": "not an address"}, "reply_to", "bad_address"),
        ({"bcc_archive": "arhiv@"}, "bcc_archive", "bad_address"),
        ({"max_per_day": 0}, "max_per_day", "bad_limit"),
        ({"name": "a/b"}, "name", "bad_name"),
    ],
)
def test_validation_names_the_field(changes, field, code):
    errors = make(**changes).validate()
    assert [(e.field, e.code) for e in errors] == [(field, code)]


def test_file_round_trip(tmp_path):
    path = tmp_path / "Pisarna.toml"
    path.write_text(GOOD, encoding="utf-8")
    profile = load_file(path)
    assert profile.sender == "Jan Novák <info@novak.cz>" and profile.max_per_connection == 20
    store = ProfileStore(tmp_path / "profiles")
    store.save(profile)
    assert store.load("Pisarna") == profile
    assert "password" not in (tmp_path / "profiles" / "Pisarna.toml").read_text()


def test_older_files_without_new_keys_load(tmp_path):
    path = tmp_path / "old.toml"
    path.write_text(
        'name = "Old"\nhost = "smtp.x.cz"\nport = 465\nencryption = "ssl"\n'
        'auth = true\nusername = "a@x.cz"\nsender = "a@x.cz"\n',
        encoding="utf-8",
    )
    profile = load_file(path)
    assert profile.auth_method == "password" and profile.max_per_day is None


@pytest.mark.parametrize(
    "text,key,line",
    [
        (GOOD.replace("port = 587", 'port = "587"'), "port", 3),
        (GOOD.replace("auth = true", "auth = 1"), "auth", 5),
        (GOOD + "prot = 25\n", "prot", 15),
        (GOOD.replace('encryption = "starttls"', 'encryption = "tls"'), "encryption", 4),
    ],
)
def test_hand_edited_file_errors_name_file_line_and_key(tmp_path, text, key, line):
    path = tmp_path / "Pisarna.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_file(path)
    error = info.value
    assert error.path == path and error.line == line and error.errors[0].field == key
    assert str(path) in str(error) and f"line {line}" in str(error)


def test_broken_toml_names_the_line(tmp_path):
    path = tmp_path / "x.toml"
    path.write_text(
        GOOD.replace('host = "smtp.example.com"', "host = smtp.example.com"), encoding="utf-8"
    )
    with pytest.raises(ProfileError) as info:
        load_file(path)
    assert info.value.line == 2 and info.value.errors[0].code == "bad_toml"


def test_a_damaged_file_is_never_overwritten_silently(tmp_path):
    store = ProfileStore(tmp_path)
    damaged = tmp_path / "Pisarna.toml"
    damaged.write_text("name = [broken", encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        store.save(make())
    assert info.value.errors[-1].code == "would_overwrite"
    assert damaged.read_text() == "name = [broken"
    store.save(make(), replace_unreadable=True)
    assert store.load("Pisarna").host == "smtp.example.com"


def test_the_name_key_names_a_hand_written_file(tmp_path):
    store = ProfileStore(tmp_path)
    (tmp_path / "FileName.toml").write_text(
        'name = "Pisarna Koper"\nhost = "smtp.example.com"\nport = 465\n'
        'encryption = "ssl"\nsender = "info@novak.si"\n',
        encoding="utf-8",
    )
    (tmp_path / "Brez imena.toml").write_text(
        'host = "smtp.example.com"\nsender = "info@novak.si"\n', encoding="utf-8"
    )
    assert store.names() == ["Brez imena", "Pisarna Koper"]
    assert store.load("Pisarna Koper").port == 465
    assert store.load("pisarna koper").name == "Pisarna Koper"  # any case finds it
    with pytest.raises(ProfileNotFound):
        store.load("FileName")
    # the file name is taken all the same: a new "FileName" must not overwrite that file
    assert store.exists("FileName") and store.exists("filename")
    with pytest.raises(ProfileError) as taken:
        store.save(make(name="FileName"))
    assert taken.value.errors[0].code == "exists"
    with pytest.raises(ProfileError):
        store.import_file(store.path_for("Pisarna Koper"), "FileName")
    assert store.load("Pisarna Koper").port == 465
    store.save(store.load("Pisarna Koper").replace(port=587))
    assert sorted(p.name for p in tmp_path.glob("*.toml")) == ["Brez imena.toml", "FileName.toml"]
    assert store.load("Pisarna Koper").port == 587
    store.delete("Pisarna Koper")
    assert store.names() == ["Brez imena"]


def test_two_files_with_one_name_are_an_error_not_a_silent_loss(tmp_path):
    store = ProfileStore(tmp_path)
    store.save(make(name="Pisarna"))
    (tmp_path / "Kopija.toml").write_text(
        'name = "pisarna"\nhost = "smtp.other.si"\nport = 587\nsender = "info@novak.si"\n',
        encoding="utf-8",
    )
    profiles, errors = store.list()
    assert [p.host for p in profiles] == ["smtp.example.com"]
    assert errors[0].path.name == "Kopija.toml" and errors[0].errors[0].code == "duplicate"


def test_renaming_only_the_case_keeps_one_file(tmp_path):
    store = ProfileStore(tmp_path)
    store.save(make(name="pisarna"))
    store.rename("pisarna", "Pisarna")
    assert store.names() == ["Pisarna"]
    assert [p.name for p in tmp_path.glob("*.toml")] == ["Pisarna.toml"]


def test_list_reports_damaged_files_and_keeps_the_rest(tmp_path):
    store = ProfileStore(tmp_path)
    store.save(make(name="Dobra"))
    (tmp_path / "Slaba.toml").write_text("port = 'x'", encoding="utf-8")
    profiles, errors = store.list()
    assert [p.name for p in profiles] == ["Dobra"]
    assert len(errors) == 1 and errors[0].path.name == "Slaba.toml"


def test_rename_moves_every_keyring_entry(home):
    store = ProfileStore()
    store.save(make())
    secrets.set_password("Pisarna", "s3cret")
    secrets.set_secret(secrets.OAUTH_SERVICE, "Pisarna", "refresh-token")
    renamed = store.rename("Pisarna", "Pisarna Ljubljana")
    assert renamed.name == "Pisarna Ljubljana"
    assert store.names() == ["Pisarna Ljubljana"]
    assert secrets.get_password("Pisarna Ljubljana") == "s3cret"
    assert secrets.get_password("Pisarna") is None
    assert secrets.get_secret(secrets.OAUTH_SERVICE, "Pisarna Ljubljana") == "refresh-token"


def test_rename_onto_an_existing_profile_is_refused(home):
    store = ProfileStore()
    store.save(make(name="A"))
    store.save(make(name="B"))
    with pytest.raises(ProfileError):
        store.rename("A", "B")
    assert store.load("B").name == "B"


def test_delete_removes_the_file_and_the_password(home):
    store = ProfileStore()
    store.save(make())
    secrets.set_password("Pisarna", "s3cret")
    store.delete("Pisarna")
    assert store.names() == [] and secrets.get_password("Pisarna") is None
    with pytest.raises(ProfileNotFound):
        store.load("Pisarna")


def test_password_order_stdin_environment_keyring(home, monkeypatch):
    secrets.set_password("Pisarna", "from-keyring")
    assert secrets.resolve_password("Pisarna").source == "keyring"
    monkeypatch.setenv("SMTPDESK_PASSWORD", "from-env")
    assert secrets.resolve_password("Pisarna").value == "from-env"
    assert secrets.resolve_password("Pisarna", given="typed").value == "typed"
    assert "typed" not in repr(secrets.resolve_password("Pisarna", given="typed"))


def test_secrets_from_the_environment_are_not_inherited_by_programs_started_later(
    home, monkeypatch
):
    import os
    import subprocess
    import sys

    monkeypatch.setenv("SMTPDESK_PASSWORD", "from-env")
    monkeypatch.setenv("SMTPDESK_SMIME_PASSWORD", "p12-from-env")
    assert secrets.resolve_password("Pisarna").value == "from-env"
    from smtpdesk.core import smime

    assert smime.password_for("Pisarna") == "p12-from-env"
    assert "SMTPDESK_PASSWORD" not in os.environ
    assert "SMTPDESK_SMIME_PASSWORD" not in os.environ
    # a browser started for the OAuth2 sign-in, or any other program, sees neither
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(sorted(os.environ))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "SMTPDESK_PASSWORD" not in child.stdout and "p12-from-env" not in child.stdout
    # and smtpdesk itself still has them for the next connection
    assert secrets.resolve_password("Pisarna").value == "from-env"
    assert smime.password_for("Pisarna") == "p12-from-env"


def test_no_keyring_backend_is_said_and_never_falls_back(home, monkeypatch):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.resolve_password("Pisarna")
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.set_password("Pisarna", "x")
    monkeypatch.setenv("SMTPDESK_PASSWORD", "from-env")
    assert secrets.resolve_password("Pisarna").value == "from-env"
    assert not any(home.rglob("*keyring*"))


def test_without_a_keyring_a_secret_may_be_kept_for_the_session_only(no_keyring):
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.set_secret(secrets.OAUTH_SERVICE, "Pisarna", "refresh-1")
    assert (
        secrets.set_secret(secrets.OAUTH_SERVICE, "Pisarna", "refresh-1", session_fallback=True)
        is False
    )
    assert secrets.get_secret(secrets.OAUTH_SERVICE, "Pisarna") == "refresh-1"
    assert secrets.kept_for_session(secrets.OAUTH_SERVICE, "Pisarna")
    with pytest.raises(secrets.KeyringUnavailable):  # other entries: still no keyring
        secrets.get_secret(secrets.SMIME_SERVICE, "Pisarna")
    secrets.rename_profile("Pisarna", "Pisarna Koper")
    assert secrets.get_secret(secrets.OAUTH_SERVICE, "Pisarna Koper") == "refresh-1"
    assert not secrets.kept_for_session(secrets.OAUTH_SERVICE, "Pisarna")
    secrets.forget_profile("Pisarna Koper")
    assert not secrets.kept_for_session(secrets.OAUTH_SERVICE, "Pisarna Koper")


def test_a_keyring_takes_over_from_the_session(home):
    secrets._SESSION[secrets.SMIME_SERVICE, "Pisarna"] = "typed-earlier"
    assert (
        secrets.set_secret(secrets.SMIME_SERVICE, "Pisarna", "typed-now", session_fallback=True)
        is True
    )
    assert not secrets.kept_for_session(secrets.SMIME_SERVICE, "Pisarna")
    assert secrets.get_secret(secrets.SMIME_SERVICE, "Pisarna") == "typed-now"


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, smtpdesk.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__): importlib.import_module("
        "'smtpdesk.core.' + m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'qasync'))]\n"
        "print(len(list(pkgutil.iter_modules(c.__path__))), bad)\n"
        "sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert int(result.stdout.split()[0]) >= 6


def test_a_keyring_backend_that_cannot_be_loaded_is_an_unavailable_keyring(home, monkeypatch):
    import keyring.core

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.nowhere.Keyring")
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # detect it again
    with pytest.raises(secrets.KeyringUnavailable):
        secrets.resolve_password("Pisarna")
    assert not secrets.has_password("Pisarna")
