"""The compiled catalogues give each language its own plural forms, English included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from smtpdesk import i18n

SOURCE = ("InboxPage", "%n message(s) received.")


@pytest.fixture
def language(qapp):
    yield lambda lang: i18n.install(lang)
    i18n.install("en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            {
                1: "1 message received.",
                2: "2 messages received.",
                5: "5 messages received.",
                101: "101 messages received.",
            },
        ),
        (
            "sl",
            {
                1: "Prejeto 1 sporočilo.",
                2: "Prejeti 2 sporočili.",
                3: "Prejeta 3 sporočila.",
                5: "Prejetih 5 sporočil.",
                101: "Prejeto 101 sporočilo.",
                102: "Prejeti 102 sporočili.",
                104: "Prejeta 104 sporočila.",
            },
        ),
        ("cs", {1: "Přijata 1 zpráva.", 3: "Přijaty 3 zprávy.", 5: "Přijato 5 zpráv."}),
        (
            "pl",
            {
                1: "Odebrano 1 wiadomość.",
                3: "Odebrano 3 wiadomości.",
                5: "Odebrano 5 wiadomości.",
                22: "Odebrano 22 wiadomości.",
            },
        ),
    ],
)
def test_plural_forms_follow_the_language(language, lang, expected):
    language(lang)
    for count, text in expected.items():
        assert QCoreApplication.translate(*SOURCE, "", count) == text


def test_english_agrees_the_verb_with_the_count(language):
    language("en")
    source = ("BatchPages", "%n message(s) of this batch are not sent yet. Close anyway?")
    assert QCoreApplication.translate(*source, "", 1).startswith("1 message of this batch is not")
    assert QCoreApplication.translate(*source, "", 7).startswith("7 messages of this batch are not")
