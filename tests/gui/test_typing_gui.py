"""Typing into the real window: no half-typed text reaches the crash dialog, no key is lost.

pytest-qt fails a test on any exception raised inside a slot, which is what the crash dialog
would show a user; these tests feed the live-checked fields every prefix of real mailboxes and
random Unicode, as a user (or a paste) would.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
]

LIVE_FIELDS = ("senderEdit", "replyToEdit", "bccArchiveEdit", "usernameEdit", "hostEdit")
TYPED = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",)), st.sampled_from(list('<>@"\\,;:()[]. {}'))
    ),
    max_size=50,
)


def field(window, name, cls=QLineEdit):
    found = window.findChild(cls, name)
    assert found is not None, name
    return found


@pytest.mark.parametrize("name", LIVE_FIELDS)
def test_every_prefix_of_a_sender_is_accepted_in_each_field(window, name):
    edit = field(window, name)
    text = "Računovodstvo Novak <info@racunovodstvo-novak.si>"
    for end in range(len(text) + 1):
        edit.setText(text[:end])
        QCoreApplication.processEvents()
        assert edit.text() == text[:end]  # nothing swallowed, nothing added


def test_typing_the_sender_key_by_key_keeps_every_key(qtbot, window):
    sender = field(window, "senderEdit")
    sender.clear()
    qtbot.keyClicks(sender, "Racunovodstvo Novak <info@novak.si>")
    QCoreApplication.processEvents()
    assert sender.text() == "Racunovodstvo Novak <info@novak.si>"
    # the sender's address is what sign-in proposes once the mailbox is complete
    assert field(window, "usernameEdit").placeholderText() == "info@novak.si"


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(texts=st.lists(TYPED, min_size=len(LIVE_FIELDS), max_size=len(LIVE_FIELDS)))
def test_any_text_in_the_settings_form_is_no_crash(window, texts):
    for name, text in zip(LIVE_FIELDS, texts, strict=True):
        edit = field(window, name)
        edit.setText(text)
        QCoreApplication.processEvents()  # the checks run here; pytest-qt fails on a raise


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(subject=TYPED, body=TYPED)
def test_any_text_in_the_batch_subject_and_body_is_no_crash(window, subject, body):
    field(window, "subjectEdit").setText(subject)
    field(window, "bodyEdit", QPlainTextEdit).setPlainText(body)
    QCoreApplication.processEvents()
