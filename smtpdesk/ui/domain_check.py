"""Will it arrive? The sender domain's check (SPF, DKIM, DMARC, MX) below the verify result.

`domainCheckResult` carries the last check's verdict in its `verdict` property (CONTRACT §6):
"" before any check and while one runs, then "ok", "warning" or "problem". A successful Verify
starts the check; *Check domain* runs it for the profile as it is in the form. Each finding is
one line with its next step, and *Copy DNS record* where publishing a record would fix it. The
words come from `smtpdesk.domain_words` and are redrawn when the language changes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from smtpdesk import domain_words
from smtpdesk.core.address import parse_mailbox
from smtpdesk.core.domaincheck import DomainCheck, check_domain
from smtpdesk.ui.wrap_label import WrapLabel

if TYPE_CHECKING:
    from smtpdesk.core.profile import Profile

_STYLE = """
#domainCheckResult { border-radius: 6px; border: 1px solid palette(mid); }
#domainCheckResult[verdict="ok"] { background: #e8f5e9; border-color: #81c784; }
#domainCheckResult[verdict="warning"] { background: #fff3e0; border-color: #ffb74d; }
#domainCheckResult[verdict="problem"] { background: #fdecea; border-color: #e57373; }
"""
# the last check of each (sender address, server) in this session, for the batch confirmation
_LAST: dict[tuple[str, str], DomainCheck] = {}
_MARKS = {
    "ok": ("✓", "#2e7d32"),
    "info": ("i", "#1565c0"),
    "warning": ("!", "#e65100"),
    "problem": ("✗", "#c62828"),
}


class DomainCheckPanel(QFrame):
    """`profile()` gives the profile to check when the button is pressed (the form's)."""

    def __init__(
        self, profile: Callable[[], Profile | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, objectName="domainCheckResult")
        self._profile = profile
        self._task: asyncio.Task | None = None
        self._result: DomainCheck | None = None
        self._failed = False
        self.setProperty("verdict", "")
        self.setStyleSheet(_STYLE)
        self.summary = WrapLabel(objectName="domainCheckSummary")
        self.summary.setMinimumWidth(1)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.check_button = QPushButton(objectName="domainCheckButton")
        self.check_button.clicked.connect(self.check_current)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.check_button)
        self.rows = QVBoxLayout()
        self.rows.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(top)
        layout.addLayout(self.rows)
        self.retranslate_ui()

    # -- starting and stopping -----------------------------------------------------------

    def verified(self, profile, result) -> None:
        """After a Verify: check the domain when the server took the test message (not for
        the demo's own sender: smtpdesk.test is no domain anyone's mail comes from)."""
        if (
            profile is not None
            and getattr(result.diagnosis, "code", "") == "ok"
            and not profile.sender.endswith("@smtpdesk.test>")
        ):  # demo.DEMO_SENDER
            self.start(profile.sender, profile.host)

    def check_current(self) -> None:
        profile = self._profile()
        if profile is not None:
            self.start(profile.sender, profile.host)

    def start(self, sender: str, server: str) -> None:
        self.cancel()
        self._result, self._failed = None, False
        self._set_verdict("")
        self._task = asyncio.ensure_future(self._run(sender, server))
        self.retranslate_ui()

    def clear(self) -> None:
        """A new profile in the form: the last answer is about another one."""
        self.cancel()
        self._result, self._failed = None, False
        self._set_verdict("")
        self.retranslate_ui()

    def cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._task = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def _run(self, sender: str, server: str) -> None:
        try:
            result = await check_domain(sender, server or None)
        except asyncio.CancelledError:
            raise
        except Exception:  # a sender that is not an address, a bad SMTPDESK_DNS
            self._failed = True
            self._task = None
            self.retranslate_ui()
            return
        self._result, self._task = result, None
        _LAST[_key(sender, server)] = result
        self._set_verdict(result.verdict)
        self.retranslate_ui()

    def _set_verdict(self, verdict: str) -> None:
        self.setProperty("verdict", verdict)
        self.style().unpolish(self)
        self.style().polish(self)

    # -- words -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.check_button.setText(self.tr("Check domain"))
        self.check_button.setToolTip(
            self.tr(
                "Look up the sender domain's SPF, DKIM, DMARC and MX records and check that they "
                "let this server's mail arrive"
            )
        )
        self.check_button.setEnabled(not self.running)
        if self.running:
            self.summary.setText(self.tr("Checking the sender's domain…"))
        elif self._failed:
            self.summary.setText(
                self.tr("The sender's domain could not be checked: check the sender's address.")
            )
        elif self._result is not None:
            self.summary.setText(domain_words.verdict_text(self._result.verdict))
        else:
            self.summary.setText(
                self.tr(
                    "Will it arrive? After a successful verify, the "
                    "sender's domain is checked here (SPF, DKIM, "
                    "DMARC)."
                )
            )
        self._show_findings()

    def _show_findings(self) -> None:
        while (item := self.rows.takeAt(0)) is not None:
            if (inner := item.layout()) is not None:
                while (child := inner.takeAt(0)) is not None:
                    if (widget := child.widget()) is not None:
                        widget.hide()
                        widget.deleteLater()
            if (widget := item.widget()) is not None:
                widget.hide()  # out of sight now, deleted when the loop is back
                widget.deleteLater()
        if self._result is None or self.running:
            return
        for finding in self._result.findings:
            mark, colour = _MARKS.get(finding.severity, ("·", "#757575"))
            label = WrapLabel(objectName="domainFinding")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setStyleSheet(f"color: {colour};" if finding.severity == "problem" else "")
            label.setProperty("code", finding.code)
            label.setMinimumWidth(1)  # a long word (a key, a host) must not widen the page
            label.setText(
                f"{mark} {domain_words.severity_text(finding.severity)}: "
                f"{domain_words.hint(finding)}"
            )
            self.rows.addWidget(label)
            if finding.record:
                shown = (
                    finding.record if len(finding.record) <= 120 else finding.record[:100] + "…"
                )  # a DKIM key is hundreds of characters
                record = WrapLabel(shown, objectName="domainRecord")
                record.setMinimumWidth(1)
                record.setTextFormat(Qt.TextFormat.PlainText)
                record.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                record.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                record.setContentsMargins(12, 0, 0, 0)
                self.rows.addWidget(record)
            if finding.fix is not None:
                copy = QPushButton(self.tr("Copy DNS record"), objectName="copyDnsRecordButton")
                copy.setProperty("code", finding.code)
                copy.setToolTip(
                    self.tr("Copy {record} to paste it at {name} (TXT)").format(
                        record=finding.fix.value, name=finding.fix.name
                    )
                )
                copy.clicked.connect(lambda _=False, value=finding.fix.value: _copy(value))
                row = QHBoxLayout()
                row.addSpacing(12)
                row.addWidget(copy)
                row.addStretch(1)
                self.rows.addLayout(row)
        # the answer arrives at any moment: lay it out now, so nobody sees (or measures) rows
        # that are not yet at their height
        self._settle()

    def _settle(self) -> None:
        """Polish and lay out the new rows now, up to the window: the answer arrives at any
        moment, and nobody should see (or measure) rows that are not yet at their height.
        Only this panel's and its ancestors' own posted events run here."""
        chain = []
        widget = self.parentWidget()
        while widget is not None:
            chain.append(widget)
            widget = widget.parentWidget()
        for _ in range(6):
            for receiver in [*self.findChildren(QWidget), self, *chain]:
                QCoreApplication.sendPostedEvents(receiver, 0)


def confirmation_words(profile) -> str:
    """For the batch confirmation: "\n\n" and the problem the last check of this sender and
    server found, or "" (no check yet, no problem, or nothing judged because DNS failed)."""
    result = _LAST.get(_key(profile.sender, profile.host))
    problems = [
        f
        for f in (result.findings if result else ())
        if f.severity == "problem" and f.code != "dns_failed"
    ]
    if not problems:
        return ""
    return "\n\n" + " ".join(
        [domain_words.verdict_text("problem"), *(domain_words.hint(f) for f in problems)]
    )


def _key(sender: str, server: str) -> tuple[str, str]:
    try:
        address = parse_mailbox(sender).address.lower()
    except ValueError:
        address = sender.strip().lower()
    return address, (server or "").strip().lower().rstrip(".")


def _copy(value: str) -> None:
    with contextlib.suppress(RuntimeError):
        QGuiApplication.clipboard().setText(value)
