"""One error family: every expected failure of the core carries a code from a closed set."""

import ast
import inspect
import pathlib

import smtpdesk.core
from smtpdesk.core import (
    address,
    attachment_check,
    batches,
    compose,
    domaincheck,
    errors,
    oauth,
    profile,
    queue,
    recipients,
    secrets,
    smime,
    textfile,
    transport,
    xlsx,
)

CORE = pathlib.Path(smtpdesk.core.__file__).parent
MODULES = (
    address,
    attachment_check,
    batches,
    compose,
    domaincheck,
    oauth,
    profile,
    queue,
    recipients,
    secrets,
    smime,
    textfile,
    transport,
    xlsx,
)


def _public_exceptions():
    for module in MODULES:
        for name, value in vars(module).items():
            if (
                inspect.isclass(value)
                and issubclass(value, BaseException)
                and value.__module__ == module.__name__
                and not name.startswith("_")
            ):
                yield value


def test_every_public_core_exception_is_one_of_the_family():
    found = list(_public_exceptions())
    assert len(found) >= 15
    assert [cls.__name__ for cls in found if not issubclass(cls, errors.SmtpdeskError)] == []


def test_every_code_raised_with_a_literal_is_in_its_class_closed_set():
    classes = {
        cls.__name__: cls
        for cls in _public_exceptions()  # code as the first argument
        if next(iter(inspect.signature(cls).parameters), None) == "code"
    }
    unknown = []
    for path in sorted(CORE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in classes
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                continue
            cls = classes[node.func.id]
            if cls.codes and node.args[0].value not in cls.codes:
                unknown.append(f"{path.name}:{node.lineno} {cls.__name__}({node.args[0].value!r})")
    assert unknown == []


def test_a_code_outside_the_set_is_refused_and_the_builtin_bases_still_catch():
    try:
        recipients.RecipientsFileError("no_such_code", "x")
    except ValueError as exc:
        assert "no_such_code" in str(exc)
    else:
        raise AssertionError("an unknown code was accepted")
    assert isinstance(compose.ComposeError("bad_text"), ValueError)
    assert isinstance(profile.ProfileNotFound("x"), LookupError)
    assert smime.SmimeError.codes <= compose.ComposeError.codes  # passed on by template_for


def test_the_json_shape_carries_code_message_and_parameters(tmp_path):
    damaged = queue.QueueDamaged(tmp_path / "queue.sqlite3", "file is not a database")
    assert damaged.to_json() == {
        "code": "queue_damaged",
        "message": f"{tmp_path / 'queue.sqlite3'}: file is not a database",
        "file": str(tmp_path / "queue.sqlite3"),
        "reason": "file is not a database",
    }
    assert str(queue.BatchBusy()) == ""  # the words stay as they were
