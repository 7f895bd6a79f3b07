"""Half-typed text never breaks a check that runs on every keystroke.

The Settings form validates the profile, proposes settings from the sender and the S/MIME row
reads the sender's address after each key; the Batch page looks for placeholders. Each of them
must take any prefix of what a user types, and any Unicode at all, and answer with a result or
the module's own error — never an exception from a library underneath (the stdlib's address
parser raised IndexError at the `<` of `Računovodstvo Novak <info@…`).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smtpdesk.core.address import AddressError, address_in, parse_address, parse_mailbox
from smtpdesk.core.profile import Profile
from smtpdesk.core.providers import detect_offline
from smtpdesk.core.recipients import check_placeholders, placeholders

# what users type, as they type it: names with diacritics, quotes, commas, IDN domains
REAL_MAILBOXES = [
    "Računovodstvo Novak <info@racunovodstvo-novak.si>",
    "Jan Novák <info@novak.cz>",
    '"Novák, Jan" <jan.novak@seznam.cz>',
    "Biuro Rachunkowe Łódź <biuro@łódź.pl>",
    "Žiga Šušteršič <ziga.sustersic@gmail.com>",
    "info@novak.cz",
    "  Ana <ana+racuni@t-2.net>  ",
    '"quoted local"@example.si',
    "Pisarna <pisarna@[192.0.2.1]>",
    "Účetní <ucetni@poštovní-server.cz>",
]

PREFIXES = sorted({text[:end] for text in REAL_MAILBOXES for end in range(len(text) + 1)})

# any Unicode, weighted towards the characters that make parsers stumble
TYPED = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(list('<>@"\\,;:()[]. \t{}'))),
    max_size=60,
)


def _mailbox_or_error(text: str) -> None:
    try:
        mailbox = parse_mailbox(text)
    except AddressError as exc:
        assert exc.code in {"empty", "bad_address", "bad_domain"}
    else:
        assert "@" in mailbox.address


@pytest.mark.parametrize("text", PREFIXES)
def test_every_prefix_of_a_real_mailbox_is_an_answer(text):
    _mailbox_or_error(text)
    assert isinstance(address_in(text), str)
    # the whole mailbox, when it is one, gives its address
    if text in REAL_MAILBOXES:
        assert address_in(text) == parse_mailbox(text).address


def test_half_typed_display_name_forms_give_no_address_yet():
    for text in ("Računovodstvo Novak <", "Računovodstvo Novak <info@", "A <", "<", "A <@"):
        assert address_in(text) == ""
    assert address_in("Računovodstvo Novak <info@novak.si>") == "info@novak.si"


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(TYPED)
def test_any_text_is_a_mailbox_or_an_address_error(text):
    _mailbox_or_error(text)
    try:
        parse_address(text)
    except AddressError:
        pass
    assert isinstance(address_in(text), str)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(sender=TYPED, reply_to=TYPED, bcc=TYPED, host=TYPED, username=TYPED)
def test_profile_validation_answers_any_form_contents(sender, reply_to, bcc, host, username):
    profile = Profile(name="Pisarna", host=host, port=587, encryption="starttls", auth=True,
                      username=username, sender=sender, reply_to=reply_to, bcc_archive=bcc)
    for error in profile.validate():
        assert error.field and error.code


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(TYPED)
def test_settings_proposal_answers_any_sender(text):
    try:
        detect_offline(text)
    except AddressError:
        pass


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from(list("{} "))), max_size=80))
def test_placeholder_check_answers_any_subject(text):
    names = placeholders(text)
    problems = check_placeholders([text], ["Ime", "Znesek", "E-pošta"])
    assert {p.value for p in problems if p.code == "unknown_placeholder"} <= set(names)
