"""Smoke test of the PyInstaller bundle: run by scripts/build-bundle, which sets
SMTPDESK_BUNDLE to the built folder (CI builds it in .ci/run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from servers import PASSWORD, start_server
from test_cli import write_profile

BUNDLE = os.environ.get("SMTPDESK_BUNDLE")
pytestmark = pytest.mark.skipif(not BUNDLE, reason="no bundle built (scripts/build-bundle)")
EXE = ".exe" if sys.platform == "win32" else ""


def bundled(name: str) -> str:
    return str(Path(BUNDLE) / f"{name}{EXE}")


def run(home: Path, *args: str, env: dict | None = None, stdin: str | None = None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    environment.update(SMTPDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [bundled("smtpdesk"), *args],
        capture_output=True,
        text=True,
        env=environment,
        input=stdin,
        timeout=120,
    )


def test_version(home):
    from smtpdesk import __version__

    result = run(home, "--version")
    assert result.returncode == 0 and result.stdout.strip() == f"smtpdesk {__version__}"


def test_verify_json_against_a_local_server_in_slovenian(home, good_context, tmp_path):
    server = start_server(mode="starttls", server_context=good_context)
    try:
        profile = write_profile(tmp_path / "p.toml", server.port)
        good = run(
            home,
            "verify",
            "--profile-file",
            str(profile),
            "--json",
            "--password-stdin",
            stdin=PASSWORD + "\n",
        )
        bad = run(
            home,
            "--lang",
            "sl",
            "verify",
            "--profile-file",
            str(profile),
            "--json",
            env={"SMTPDESK_PASSWORD": "wrong"},
        )
    finally:
        server.stop()
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout.splitlines()[-1])["code"] == "ok"
    assert len(server.received) == 1
    data = json.loads(bad.stdout.splitlines()[-1])
    assert bad.returncode == 2 and data["code"] == "auth_failed"
    assert "geslo" in data["hint"]  # the compiled catalogue is inside the bundle


def test_provider_database_is_inside_the_bundle(home):
    result = run(home, "detect", "racun@seznam.cz", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["host"] == "smtp.seznam.cz"
    # Thunderbird's ISPDB (resources/ispdb/ispdb.json) is bundled too
    ispdb = run(home, "detect", "ana@mail.ru", "--json")
    assert ispdb.returncode == 0, ispdb.stderr
    assert json.loads(ispdb.stdout.splitlines()[-1])["host"] == "smtp.mail.ru"


def test_the_window_starts_shows_and_exits_cleanly(home):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("SMTPDESK_")}
    environment.update(
        SMTPDESK_HOME=str(home), QT_QPA_PLATFORM="offscreen", SMTPDESK_QUIT_AFTER="3"
    )
    started = time.monotonic()
    result = subprocess.run(
        [bundled("smtpdesk-gui"), "--demo"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert time.monotonic() - started >= 3  # it stayed up until told to close
    log = (home / "logs" / "smtpdesk.log").read_text(encoding="utf-8")
    assert "window shown" in log


def test_the_bundled_window_opens_on_a_real_x_display(home, tmp_path):
    from x11 import screenshot_of

    mean, centre, run = screenshot_of(
        [bundled("smtpdesk-gui"), "--demo"], home, tmp_path / "bundle.png"
    )
    log = (home / "window.log").read_text(encoding="utf-8", errors="replace")
    assert "Could not load the Qt platform plugin" not in log, log[-2000:]
    assert mean > 0.3 and centre != "srgb(0,0,0)", (mean, centre, log[-2000:])
