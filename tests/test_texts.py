"""Every message is shown with its parameters filled, in every language.

Three checks: each tr() text with {placeholders} in the window and the CLI is formatted
with all of them where it is translated (read from the sources); every translation keeps
the placeholders of its source (a catalogue that drops {host} shows "the server  could not
be found"); the verify hints, which are formatted in one place, warn when a caller leaves a
parameter out.
"""

from __future__ import annotations

import ast
import re
import warnings
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from smtpdesk import i18n, texts

ROOT = Path(__file__).resolve().parent.parent
_TRANSLATING = {"tr", "_tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# formatted in one place, by hint_parts()/test_message_texts(), and checked at run time below
# tables of sentences marked with QT_TRANSLATE_NOOP and formatted where they are shown
_FORMATTED_ELSEWHERE = {"texts.py", "when.py", "domain_words.py", "mailbox_texts.py"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _source_text(call: ast.Call) -> str | None:
    index = 1 if _name(call.func) in ("translate", "QT_TRANSLATE_NOOP") else 0
    if (
        len(call.args) > index
        and isinstance(call.args[index], ast.Constant)
        and isinstance(call.args[index].value, str)
    ):
        return call.args[index].value
    return None


def _translated_texts():
    """(file:line, text, the translating call, its parents) for the window and the CLI."""
    for path in sorted((ROOT / "smtpdesk").rglob("*.py")):
        if "core" in path.relative_to(ROOT).parts:
            continue  # the core has no words
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in _TRANSLATING:
                text = _source_text(node)
                if text is not None:
                    yield f"{path.name}:{node.lineno}", text, node, parents


def test_every_placeholder_is_filled_where_the_text_is_translated():
    problems = []
    for where, text, node, parents in _translated_texts():
        names = texts.placeholders(text)
        if not names or where.split(":")[0] in _FORMATTED_ELSEWHERE:
            continue
        current = node  # climb _tr(QT_TRANSLATE_NOOP(…)) and (a if … else b)
        while isinstance(parents.get(current), (ast.IfExp, ast.BoolOp)) or (
            isinstance(parents.get(current), ast.Call)
            and _name(parents[current].func) in _TRANSLATING
        ):
            current = parents[current]
        parent = parents.get(current)
        call = parents.get(parent)
        if not (
            isinstance(parent, ast.Attribute)
            and parent.attr == "format"
            and isinstance(call, ast.Call)
        ):
            problems.append(f"{where}: {text[:50]!r} is not formatted where it is translated")
            continue
        given = {keyword.arg for keyword in call.keywords}
        if None not in given and names - given:
            problems.append(f"{where}: {text[:50]!r} shown without {sorted(names - given)}")
    assert not problems, "\n".join(problems)


def test_every_plural_text_gets_its_number():
    missing = [
        f"{where}: {text[:50]!r}"
        for where, text, node, _ in _translated_texts()
        if "%n" in text
        and _name(node.func) in ("tr", "_tr", "translate")
        and len(node.args) < (4 if _name(node.func) == "translate" else 3)
    ]
    assert not missing, "\n".join(missing)


def _fields(text: str) -> tuple[set[str], bool]:
    """The {name} fields and Qt's %1 … %9 markers of a text, and whether it has %n."""
    try:
        names = texts.placeholders(text)
    except ValueError:  # a lone brace: not a str.format text
        names = set()
    return names | set(re.findall(r"%[1-9]", text)), "%n" in text


@pytest.mark.parametrize("lang", ["sl", "cs", "pl", "en"])
def test_translations_keep_every_placeholder_of_their_source(lang):
    root = ElementTree.parse(ROOT / "translations" / f"smtpdesk_{lang}.ts").getroot()
    problems = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            names, plural = _fields(source)
            for form in forms:
                if form and _fields(form) != (
                    names,
                    plural and message.get("numerus") == "yes" or plural and "%n" in form,
                ):
                    problems.append(f"{context.findtext('name')}: {source[:50]!r} → {form[:50]!r}")
    assert not problems, "\n".join(problems)


@pytest.fixture
def language(qapp):
    yield i18n.install
    i18n.install("en")


@pytest.mark.parametrize("lang", ["en", "sl", "cs", "pl"])
def test_every_hint_reads_whole_with_a_profiles_parameters(language, lang):
    language(lang)
    params = {
        "host": "smtp.novak.si",
        "port": 587,
        "user": "info@novak.si",
        "sender": "Računovodstvo Novak <info@novak.si>",
        "to": "ana@novak.si",
    }
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for code in texts.all_codes():
            for cause in (None, "offline", "unknown_name"):
                for oauth in (False, True):
                    summary, step = texts.hint_parts(code, cause=cause, oauth=oauth, **params)
                    assert summary and step and "{" not in summary + step


def test_a_missing_parameter_is_reported_and_never_left_as_a_gap(qapp):
    with pytest.warns(RuntimeWarning, match="host"):
        summary, _ = texts.hint_parts("connection_refused", port=587)
    assert "?" in summary and "587" in summary


def test_hint_sources_have_only_known_placeholders():
    known = {"host", "port", "user", "sender", "to", "provider_name"}
    for text in texts.all_hint_sources():
        assert set(texts.placeholders(text)) <= known, text


@pytest.mark.parametrize("lang", ["en", "sl"])
def test_a_rows_reason_needs_no_parameter_for_any_code(language, lang):
    from smtpdesk.core.diagnose import CODES
    from smtpdesk.ui.batch.words import code_words

    language(lang)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for code in CODES:
            assert code_words(code) and "{" not in code_words(code)


# -- the CLI says it too ------------------------------------------------------------------


def test_cli_verify_offline_says_so_in_the_chosen_language(home, tmp_path):
    from dns_stub import closed_dns_port
    from test_cli import last_json, run_cli, write_profile

    profile = write_profile(
        tmp_path / "p.toml", 465, host="smtp.gmail.com", encryption="ssl", timeout=1
    )
    result = run_cli(
        "--lang",
        "sl",
        "verify",
        "--profile-file",
        str(profile),
        "--json",
        "--password-stdin",
        home=home,
        stdin="secret\n",
        env={"SMTPDESK_DNS": closed_dns_port()},
    )
    data = last_json(result)
    assert result.returncode == 2, result.stderr
    assert (data["code"], data["cause"]) == ("dns_failed", "offline")
    assert "smtp.gmail.com" in data["hint"] and "internetne povezave" in data["hint"]


def test_cli_verify_of_a_wrong_name_says_check_the_spelling(home, tmp_path, dns_server):
    from test_cli import run_cli, write_profile

    stub = dns_server()
    profile = write_profile(tmp_path / "p.toml", 587, host="smtp.novakk.si", timeout=2)
    result = run_cli(
        "--lang",
        "pl",
        "verify",
        "--profile-file",
        str(profile),
        "--password-stdin",
        home=home,
        stdin="secret\n",
        env={"SMTPDESK_DNS": stub.address},
    )
    assert result.returncode == 2, result.stderr
    assert "smtp.novakk.si" in result.stderr + result.stdout
    assert "poprawnie wpisana" in result.stderr + result.stdout
