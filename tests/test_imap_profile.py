"""The profile's incoming server (CONTRACT §2 IMAP keys): validation, files, older files."""

from __future__ import annotations

import pytest

from smtpdesk.core.profile import Profile, ProfileError, ProfileStore, load_file

BASE = (
    'name = "Pisarna"\nhost = "smtp.example.com"\nport = 587\nencryption = "starttls"\n'
    'auth = true\nusername = "info@novak.cz"\nsender = "Jan Novák <info@novak.cz>"\n'
)


def make(**changes) -> Profile:
    values = dict(
        name="Pisarna", host="smtp.example.com", port=587, sender="Jan Novák <info@novak.cz>"
    )
    values.update(changes)
    return Profile(**values)


def test_imap_keys_from_the_contract_load_and_round_trip(tmp_path):
    path = tmp_path / "Pisarna.toml"
    path.write_text(
        BASE + 'imap_host = "imap.example.com"\nimap_port = 993\n'
        'imap_encryption = "ssl"\nsave_sent_copy = true\n',
        encoding="utf-8",
    )
    profile = load_file(path)
    assert (
        profile.imap_host,
        profile.imap_port,
        profile.imap_encryption,
        profile.save_sent_copy,
    ) == ("imap.example.com", 993, "ssl", True)
    store = ProfileStore(tmp_path / "profiles")
    store.save(profile)
    assert store.load("Pisarna") == profile
    assert "imap_host" in profile.snapshot()


def test_older_files_have_no_incoming_server():
    profile = make()
    assert profile.validate() == [] and profile.imap_host == "" and not profile.save_sent_copy
    assert "imap_host" not in profile.to_toml_dict()


@pytest.mark.parametrize("encryption,port", [("ssl", 993), ("starttls", 143)])
def test_the_usual_port_stands_in_for_a_missing_one(encryption, port):
    assert make(imap_host="imap.x.cz", imap_encryption=encryption).imap_port_or_default == port


@pytest.mark.parametrize(
    "changes,field,code",
    [
        ({"imap_host": "imap x.cz"}, "imap_host", "bad_host"),
        ({"imap_host": "imap.x.cz", "imap_port": 0}, "imap_port", "bad_port"),
        ({"imap_host": "imap.x.cz", "imap_encryption": "none"}, "imap_encryption", "bad_choice"),
        ({"save_sent_copy": True}, "save_sent_copy", "imap_required"),
    ],
)
def test_bad_imap_settings_name_the_key(changes, field, code):
    assert [(e.field, e.code) for e in make(**changes).validate()] == [(field, code)]


def test_plain_text_imap_in_a_file_names_line_and_key(tmp_path):
    path = tmp_path / "Pisarna.toml"
    path.write_text(BASE + 'imap_host = "imap.x.cz"\nimap_encryption = "none"\n', encoding="utf-8")
    with pytest.raises(ProfileError) as info:
        load_file(path)
    assert info.value.errors[0].field == "imap_encryption" and info.value.line == 9


@pytest.mark.parametrize(
    "address,host,port,encryption",
    [
        ("jan@seznam.cz", "imap.seznam.cz", 993, "ssl"),
        ("ana@gmail.com", "imap.gmail.com", 993, "ssl"),
        ("biuro@wp.pl", "imap.wp.pl", 993, "ssl"),
        ("info@firma.onmicrosoft.com", "outlook.office365.com", 993, "ssl"),
    ],
)
def test_the_provider_database_knows_the_incoming_server(address, host, port, encryption):
    from smtpdesk.core.providers import detect_incoming

    found = detect_incoming(address)
    assert (found.host, found.port, found.encryption) == (host, port, encryption)


def test_no_incoming_server_for_an_unknown_domain():
    from smtpdesk.core.providers import detect_incoming

    assert detect_incoming("jan@neznano-podjetje.si") is None
