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
    profile = Profile(
        name="Pisarna",
        host=host,
        port=587,
        encryption="starttls",
        auth=True,
        username=username,
        sender=sender,
        reply_to=reply_to,
        bcc_archive=bcc,
    )
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


# --- one address: the one that is sent ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"a"@evil.com"@example.si',  # aiosmtplib would send RCPT TO:<"a"@evil.com>
        '"a"b"@example.si',
        '""@example.si',
        '"a\\"@example.si',  # the closing quote is escaped: not a quoted string
        '"žiga"@example.si',  # non-ASCII inside quotes
    ],
)
def test_a_quoted_part_that_would_go_elsewhere_is_refused(text):
    with pytest.raises(AddressError):
        parse_address(text)


@pytest.mark.parametrize(
    "text",
    [
        '"a b"@example.si',
        '"a\\"@evil.com"@example.si',
        "jan.novak+racuni@example.si",
        "a@[192.0.2.1]",
    ],
)
def test_what_is_accepted_is_what_goes_on_the_wire_and_in_the_header(text):
    from aiosmtplib.email import quote_address

    from smtpdesk.core.compose import _recipient_address
    from smtpdesk.core.recipients import Recipient

    assert parse_address(text) == text
    assert quote_address(_recipient_address(Recipient(2, text, {}))) == f"<{text}>"
    # the To header names the same mailbox
    from email.headerregistry import HeaderRegistry

    header = HeaderRegistry()("To", str(parse_mailbox(text).header_address()))
    assert header.addresses[0].addr_spec == text


def test_international_domains_use_idna_2008():
    from smtpdesk.core.address import ascii_domain

    # IDNA 2003 (Python's codec) maps ß to ss: strasse.de is another domain, another owner
    assert ascii_domain("straße.de") == "xn--strae-oqa.de"
    assert ascii_domain("łódź.pl") == "xn--d-uga0v4h.pl"
    assert parse_mailbox("Jan <jan@straße.de>").ascii_address == "jan@xn--strae-oqa.de"
    with pytest.raises(AddressError):
        parse_address("a@exa mple.si")
