"""The words of ../shared/GLOSSARY.md (what office staff know from 1KA, Manager.io, POHODA,
Click4Survey and asariWEB) are used wherever the English source names the thing: the
catalogues are read, and a source term translated with another word fails, naming the entry.

Each row: the English term (a regular expression over the source, whole words, any case) and
per language a regular expression the translation must match (a stem, so every case form
passes: "geslo", "gesla", "gesel"). A language missing from a row has no glossary word.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"

GLOSSARY = [
    # field / action: the English source term → the word each language's users know
    (r"passwords?", {"sl": r"gesl|gesel", "cs": r"hesl|hesel", "pl": r"hasł|haseł|haśle"}),
    (r"app(lication)? passwords?", {"sl": r"gesl\w* za aplikacij|gesel za aplikacij"}),
    (
        r"user ?names?",
        {"sl": r"uporabnišk\w* imen?", "cs": r"jmén|jméno", "pl": r"nazw\w* użytkownika"},
    ),
    (r"senders?|sender address", {"sl": r"pošiljatelj", "cs": r"odesílatel", "pl": r"nadawc"}),
    (r"reply-to", {"sl": r"odgovor za|odgovor"}),
    (r"encryption|encrypted", {"sl": r"šifr|enkripcij", "cs": r"zabezpeč|šifr", "pl": r"szyfr"}),
    # asariWEB's "Adres nadawcy został odrzucony" names no server, and is the glossary's own
    (
        r"servers?",
        {"sl": r"strežnik", "cs": r"server", "pl": r"serwer|adres nadawcy został odrzucony"},
    ),
    (r"self-signed", {"sl": r"samopodpisan"}),
    (
        r"test messages?",
        {
            "sl": r"testn\w* sporočil",
            "cs": r"testovací\w* zpráv",
            "pl": r"wiadomoś\w* testow|testow\w* wiadomoś",
        },
    ),
    (r"reminders?", {"sl": r"opomnik", "cs": r"připomín"}),
    (r"invitations?", {"sl": r"vabil", "cs": r"pozván"}),
    # the Verify button and the verify it runs (the command `verify` is a name, not a word)
    (r"(?-i:Verify)", {"sl": r"preveri|preverj", "cs": r"ověř", "pl": r"sprawdź|sprawdz"}),
    (r"signing certificate", {"cs": r"podpisov\w* certifikát|certifikát\w* pro podpis"}),
    # no source says these yet; a new one must use asariWEB's words
    (r"connection refused", {"pl": r"połączenie\w* odrzucon"}),
    (r"sender address rejected", {"pl": r"adres nadawcy został odrzucony"}),
]
# Qt's and argparse's own words are theirs, not the glossary's
SKIP_CONTEXTS = {
    "Argparse",
    "QPlatformTheme",
    "QFileDialog",
    "QFileSystemModel",
    "QDialogButtonBox",
    "QMessageBox",
}


def entries(lang: str):
    """(context, source, every translated form joined) of one catalogue."""
    root = ET.parse(TRANSLATIONS / f"smtpdesk_{lang}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        if name in SKIP_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")]
            yield (
                name,
                message.findtext("source") or "",
                " | ".join(forms) or (translation.text or ""),
            )


def departures(lang: str) -> list[str]:
    found = []
    for context, source, translation in entries(lang):
        plain = re.sub(r"\{[^{}]*\}", "", source.replace("&", ""))  # not {sender}
        for term, words in GLOSSARY:
            if (
                lang in words
                and re.search(rf"(?<![\w-]){term}(?![\w-])", plain, re.I)
                and not re.search(words[lang], translation.replace("&", ""), re.I)
            ):
                found.append(
                    f"{context}: {source!r} -> {translation!r} (glossary: {term} = {words[lang]})"
                )
    return found


@pytest.mark.parametrize("lang", ["sl", "cs", "pl"])
def test_glossary_terms_are_translated_with_the_glossary_word(lang):
    found = departures(lang)
    assert not found, f"{len(found)} departures from GLOSSARY.md:\n" + "\n".join(found)


def test_the_check_finds_another_word():
    """A made-up catalogue line with "password" said otherwise is caught."""
    term, words = GLOSSARY[0]
    assert re.search(rf"(?<![\w-]){term}(?![\w-])", "Enter the password", re.I)
    assert not re.search(words["sl"], "Vnesite kodo", re.I)
    assert re.search(words["sl"], "Vnesite geslo", re.I)
