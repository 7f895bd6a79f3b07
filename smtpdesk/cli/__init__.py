"""The `smtpdesk` command: with no arguments the window, with a subcommand headless work.

One module per command group, each with `register(sub)` adding its subparsers; `COMMANDS`
lists them in the order `--help` shows. A new command is one module and one line here.
What all of them share (exit codes, UsageError, Output, the profile and password options)
is in `common`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from smtpdesk import __version__
from smtpdesk.cli import argparse_words, batch, bounces, detect, domain, profiles, verify
from smtpdesk.cli.common import (
    EXIT_FAILED,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_LATER,
    EXIT_OK,
    Output,
    Parser,
    UsageError,
    tr,
)
from smtpdesk.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

__all__ = [
    "COMMANDS",
    "EXIT_FAILED",
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_LATER",
    "EXIT_OK",
    "build_parser",
    "main",
]

# each adds its subcommands to the parser, in this order
COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [
    verify.register,
    profiles.register,
    verify.register_login,
    batch.register,
    domain.register,  # check-domain (issue 14)
    bounces.register,  # bounces: delivery reports over IMAP (issue 20)
    detect.register,
]


def _pop_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """`--lang X` may stand before or after the subcommand."""
    from smtpdesk.i18n import LANGUAGES

    lang, rest, i = None, [], 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--lang" or arg.startswith("--lang="):
            if "=" in arg:
                value = arg.split("=", 1)[1]
            elif i + 1 < len(argv):
                value, i = argv[i + 1], i + 1
            else:
                raise UsageError("smtpdesk: --lang needs one of: " + ", ".join(LANGUAGES))
            if value not in LANGUAGES:
                raise UsageError(
                    f"smtpdesk: unknown language {value!r}; use one of: " + ", ".join(LANGUAGES)
                )
            lang = value
        else:
            rest.append(arg)
        i += 1
    return lang, rest


def _run_guarded(args: argparse.Namespace, out: Output) -> int:
    """The command, with damaged data on disk turned into one clear line (exit 1); any
    other expected failure of the core that a command did not word itself, too."""
    from smtpdesk.core.errors import SmtpdeskError
    from smtpdesk.core.queue import QueueDamaged, QueueWriteFailed

    try:
        return args.func(args, out)
    except QueueWriteFailed as exc:
        message = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The batch database {file} cannot be written ({reason}); free some disk "
                "space, then run the command again.",
            )
        ).format(file=exc.path, reason=exc.reason)
        raise UsageError(
            message, [{"code": "queue_write_failed", "file": str(exc.path), "message": message}]
        ) from None
    except QueueDamaged as exc:
        message = tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "The batch database {file} cannot be used ({reason}); move it aside "
                "(rename it) and smtpdesk starts a new one; nothing was sent.",
            )
        ).format(file=exc.path, reason=exc.reason)
        raise UsageError(
            message, [{"code": "queue_damaged", "file": str(exc.path), "message": message}]
        ) from None
    except SmtpdeskError as exc:
        message = _error_words(exc)
        raise UsageError(message, [{**exc.to_json(), "message": message}]) from None


def _error_words(exc) -> str:
    """A core failure no command worded itself, in the user's words by its code."""
    from smtpdesk import profile_words
    from smtpdesk.core.address import AddressError
    from smtpdesk.core.compose import ComposeError
    from smtpdesk.core.profile import ProfileError

    if isinstance(exc, ProfileError):
        return profile_words.error_words(exc)
    if isinstance(exc, ComposeError):
        return profile_words.compose_words(exc)
    if isinstance(exc, AddressError):
        return profile_words.address_words(exc.code, "")
    return tr(QT_TRANSLATE_NOOP("Cli", "This could not be done ({code}).")).format(code=exc.code)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="smtpdesk",
        description=tr(
            QT_TRANSLATE_NOOP(
                "Cli",
                "Outgoing mail that works: check your SMTP settings and send personalized batches.",
            )
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"smtpdesk {__version__}",
        help=argparse_words.translate("show program's version number and exit"),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "open the window with the built-in local test inbox")),
    )
    parser.add_argument(
        "--lang",
        metavar="sl|cs|pl|en",
        help=tr(QT_TRANSLATE_NOOP("Cli", "the language of the words (also after the command)")),
    )
    sub = parser.add_subparsers(dest="command", parser_class=Parser, metavar="COMMAND")
    for register in COMMANDS:
        register(sub)
    return parser


_qt_core: list[QCoreApplication] = []  # the QCoreApplication made here, kept alive while we run


def _ensure_qt_core(lang: str | None) -> None:
    from PySide6.QtCore import QCoreApplication

    from smtpdesk import i18n

    if QCoreApplication.instance() is None:
        _qt_core.append(QCoreApplication([sys.argv[0] if sys.argv else "smtpdesk"]))
    i18n.install(i18n.choose_language(lang))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    out = Output(as_json)
    try:
        lang, argv = _pop_lang(argv)
        if not argv or argv == ["--demo"]:
            from smtpdesk.app import main as gui_main

            return gui_main(demo=bool(argv), lang=lang)
        _ensure_qt_core(lang)  # before the parser: its words are in the chosen language too
        argparse_words.install()
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError(
                "smtpdesk: "
                + tr(QT_TRANSLATE_NOOP("Cli", "choose a command (see smtpdesk --help)"))
            )
        from smtpdesk import logs

        logs.setup()
        return _run_guarded(args, out)
    except UsageError as exc:
        print(
            f"smtpdesk: {exc}" if not str(exc).startswith("smtpdesk") else str(exc), file=sys.stderr
        )
        if as_json:
            print(json.dumps({"ok": False, "errors": exc.errors}, ensure_ascii=False))
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(tr(QT_TRANSLATE_NOOP("Cli", "Interrupted.")), file=sys.stderr)
        return EXIT_INTERRUPTED
