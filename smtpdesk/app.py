"""The window's process: QApplication, the qasync loop shared by Qt and asyncio, translators.

`create_window()` (CONTRACT §7) is what `main()`, the tests and embedders use: it needs a
QApplication and does its network work on the asyncio loop that is current.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication

from smtpdesk import __version__, i18n, logs
from smtpdesk.ui import style
from smtpdesk.ui.about import CrashHandler
from smtpdesk.ui.main_window import MainWindow

log = logging.getLogger("smtpdesk.app")


def create_window(*, demo: bool = False, lang: str | None = None) -> MainWindow:
    """The main window, shown; with `demo` the capture server listens and `Demo` is open."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):  # none, or a QCoreApplication (no widgets)
        raise RuntimeError("create_window() needs a QApplication")
    style.install(app)
    language = i18n.install(i18n.choose_language(lang))
    QLocale.setDefault(QLocale(language))  # dates and numbers in the window's language
    server = None
    if demo:
        from smtpdesk.demo import CaptureServer, install_demo_profile

        server = CaptureServer().start()
        install_demo_profile(server)
    window = MainWindow(language=language, demo_server=server)
    window.show()
    log.info(
        "window shown (smtpdesk %s, language %s%s)", __version__, language, ", demo" if demo else ""
    )
    return window


class _Parser(argparse.ArgumentParser):
    def exit(self, status: int = 0, message: str | None = None):
        # CONTRACT §1: a usage error exits 1, not argparse's 2 (--help still exits 0)
        super().exit(1 if status == 2 else status, message)


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = _Parser(prog="smtpdesk-gui", description="smtpdesk window")
    parser.add_argument(
        "--demo", action="store_true", help="open the window with the built-in local test inbox"
    )
    parser.add_argument("--lang", choices=sorted(i18n.LANGUAGES))
    args, _qt_arguments = parser.parse_known_args(argv)  # Qt's own (-style …) pass through
    return args


def main(
    argv: list[str] | None = None, *, demo: bool | None = None, lang: str | None = None
) -> int:
    """Open the window and run until it closes; the `smtpdesk-gui` entry point."""
    import qasync

    argv = list(sys.argv if argv is None else argv)
    if demo is None or lang is None:
        args = _parse(argv[1:])
        demo = args.demo if demo is None else demo
        lang = args.lang if lang is None else lang
    app = QApplication.instance() or QApplication(argv)
    if not isinstance(app, QApplication):  # a QCoreApplication already: it has no widgets
        raise RuntimeError("the window needs a QApplication, not a QCoreApplication")
    app.setApplicationName("smtpdesk")
    app.setApplicationDisplayName("smtpdesk")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("smtpdesk")
    logs.setup()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)  # on Python 3.11 qasync.run() is unreliable: run it by hand
    # before the window is built: a damaged file it reads must end in a report, not silence
    crashes = CrashHandler(None)
    crashes.install(loop)
    app.lastWindowClosed.connect(loop.stop)
    try:
        window: MainWindow | None = create_window(demo=demo, lang=lang)
    except Exception as exc:
        log.exception("the window could not be built")
        window = None
        crashes.report(exc)  # the crash dialog is then the window; closing it quits
    if window is not None:
        crashes.window = window
        crashes.settings_text = lambda: _settings_text(window)
    quit_after = os.environ.get("SMTPDESK_QUIT_AFTER")  # smoke tests of the bundle
    if quit_after:
        QTimer.singleShot(
            int(float(quit_after) * 1000),
            window.discard_and_close if window else app.closeAllWindows,
        )
    try:
        loop.run_forever()
    finally:
        if window is not None:
            window.shutdown()
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()
        asyncio.set_event_loop(None)
        crashes.uninstall()
        log.info("window closed")
    return 0


def _settings_text(window: MainWindow) -> str:
    """The open profile's settings for a crash report; profiles never hold a password."""
    import tomli_w

    return tomli_w.dumps(window.settings_page.current_profile().snapshot())


if __name__ == "__main__":
    sys.exit(main())
