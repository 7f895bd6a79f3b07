"""The answer to Verify: a checklist of stages that fills as it goes, then the result.

`verifyResult` carries the code in its `code` property (CONTRACT §6): "" before a verify and
while one runs, then the core's code. The words come from `smtpdesk.texts` and are redrawn
when the language changes, so the last answer is always in the chosen language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smtpdesk import texts
from smtpdesk.core.verify import VerifyResult
from smtpdesk.ui.retranslate import Retranslating
from smtpdesk.ui.wrap_label import WrapLabel

CHECKLIST = ("dns", "connect", "tls", "ehlo", "auth", "sender", "recipient", "data")
_MARKS = {  # status → (mark, colour)
    "start": ("…", "#1565c0"),
    "ok": ("✓", "#2e7d32"),
    "fail": ("✗", "#c62828"),
    "skip": ("–", "#757575"),
    "": ("·", "#9e9e9e"),
}
_STYLE = """
#verifyResult { border-radius: 6px; border: 1px solid palette(mid); }
#verifyResult[tone="ok"] { background: #e8f5e9; border-color: #81c784; }
#verifyResult[tone="error"] { background: #fdecea; border-color: #e57373; }
#verifyResult[tone="warning"] { background: #fff3e0; border: 2px solid #e65100; }
#verifyResult[tone="info"] { background: palette(alternate-base); }
"""


@dataclass(frozen=True)
class VerifyContext:
    """What the hint sentences mention: the server, the user, the addresses."""

    host: str
    port: int
    user: str
    sender: str
    help_url: str | None = None
    oauth: bool = False  # the profile signs in with OAuth2: another hint for auth_failed
    help_is_app_passwords: bool = False  # help_url is the provider's page on app passwords


class VerifyPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statuses: dict[str, str] = {}
        self._result: VerifyResult | None = None
        self._context: VerifyContext | None = None
        self._message: str = ""  # "cancelled" | "crashed" | ""
        self._crash_text = ""

        self.stages = WrapLabel(objectName="verifyStages")
        self.stages.setTextFormat(Qt.TextFormat.RichText)

        self.result = QFrame()
        self.result.setObjectName("verifyResult")
        self.result.setProperty("code", "")
        self.result.setProperty("tone", "")
        self.result.setStyleSheet(_STYLE)
        self.summary = self._wrapping_label("verifySummary")
        bold = self.summary.font()
        bold.setBold(True)
        self.summary.setFont(bold)
        self.next_step = self._wrapping_label("verifyNextStep")
        self.server_reply = self._wrapping_label("verifyServerReply")
        self.server_reply.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.extra = self._wrapping_label("verifyExtra")
        self.extra.setTextFormat(Qt.TextFormat.RichText)
        self.extra.setOpenExternalLinks(True)

        self.details_button = QPushButton()
        self.details_button.setObjectName("detailsButton")
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._show_details)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyTranscriptButton")
        self.copy_button.clicked.connect(self._copy_transcript)
        self.transcript = QPlainTextEdit()
        self.transcript.setObjectName("transcriptView")
        self.transcript.setReadOnly(True)
        self.transcript.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.transcript.setMinimumHeight(140)
        self.transcript.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(self.result)
        inner.setContentsMargins(12, 10, 12, 10)
        for widget in (self.summary, self.next_step, self.server_reply, self.extra):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.addWidget(self.transcript)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stages)
        layout.addWidget(self.result)
        self._render()

    @staticmethod
    def _wrapping_label(name: str) -> QLabel:
        return WrapLabel(objectName=name)

    # -- what the settings page calls ---------------------------------------------------

    def begin(self, context: VerifyContext) -> None:
        self._statuses, self._result, self._message = {}, None, ""
        self._context = context
        self.details_button.setChecked(False)
        self._set_code("")
        self._render()

    def stage_changed(self, stage: str, status: str) -> None:
        if stage in CHECKLIST:
            self._statuses[stage] = status
            self._render_stages()

    def finish(self, result: VerifyResult) -> None:
        self._result = result
        for stage in CHECKLIST:  # a stage still "running" when the verify ended did not finish
            if self._statuses.get(stage) == "start":
                self._statuses[stage] = "fail"
        self._set_code(result.diagnosis.code)
        self._render()

    def cancelled(self) -> None:
        self._message = "cancelled"
        self._statuses = {s: v for s, v in self._statuses.items() if v != "start"}
        self._render()

    def crashed(self, text: str) -> None:
        self._message, self._crash_text = "crashed", text
        self._render()

    def pins_damaged(self, path: str, reason: str) -> None:
        self._message, self._crash_text = "pins_damaged", f"{path}\n{reason}"
        self._render()

    def retranslate_ui(self) -> None:
        self._render()

    # -- drawing ------------------------------------------------------------------------

    def _set_code(self, code: str) -> None:
        self.result.setProperty("code", code)

    def _set_tone(self, tone: str) -> None:
        self.result.setProperty("tone", tone)
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)

    def _render(self) -> None:
        self.details_button.setText(
            self.tr("Hide details") if self.details_button.isChecked() else self.tr("Show details")
        )
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(
            self.tr(
                "Copy the transcript (the password is never in "
                "it) to send it to your provider or IT support"
            )
        )
        self._render_stages()
        self.result.setAccessibleName(self.tr("Verify result"))
        result = self._result
        if result is None:
            self._render_without_result()
            return
        context = self._context or VerifyContext("", 0, "", "")
        diagnosis = result.diagnosis
        summary, step = texts.hint_parts(
            diagnosis.code,
            oauth=context.oauth,
            cause=diagnosis.cause,
            host=context.host,
            port=context.port,
            user=context.user,
            to=result.to,
            sender=context.sender,
            provider=texts.provider_of(context.host, context.sender),
        )
        if not diagnosis.ok:
            summary = self.tr("{stage} failed: {summary}").format(
                stage=texts.stage_name(diagnosis.stage), summary=summary
            )
        self.summary.setText(("✓ " if diagnosis.ok else "✗ ") + summary)
        self.next_step.setText(step)
        self.next_step.show()
        reply = ""
        if diagnosis.smtp_code or diagnosis.server_message:
            reply = self.tr("The server's reply: {reply}").format(
                reply=f"{diagnosis.smtp_code or ''} {diagnosis.server_message or ''}".strip()
            )
        elif diagnosis.detail:  # no reply says it: what we saw (a closed connection, …)
            reply = self.tr("What happened: {detail}").format(detail=diagnosis.detail)
        self.server_reply.setText(reply)
        self.server_reply.setVisible(bool(reply))
        extra = self._extra_text(result, context)
        self.extra.setText(extra)
        self.extra.setVisible(bool(extra))
        self.transcript.setPlainText("\n".join(result.transcript))
        self.details_button.show()
        self.copy_button.setVisible(self.details_button.isChecked())
        self.transcript.setVisible(self.details_button.isChecked())
        self.result.show()
        warning = diagnosis.code in ("certificate_changed", "hostname_mismatch")
        self._set_tone("ok" if diagnosis.ok else "warning" if warning else "error")

    def _render_without_result(self) -> None:
        for widget in (
            self.next_step,
            self.server_reply,
            self.extra,
            self.details_button,
            self.copy_button,
            self.transcript,
        ):
            widget.hide()
        if self._message == "cancelled":
            self.summary.setText(self.tr("Verify was cancelled. Nothing was sent."))
        elif self._message == "pins_damaged":
            path, _, reason = self._crash_text.partition("\n")
            self.summary.setText(
                self.tr(
                    "The list of certificates you accepted ({file}) cannot be read: {reason}. "
                    "smtpdesk never overwrites it. Move it aside (rename it) and press Verify "
                    "again; nothing was sent."
                ).format(file=path, reason=reason)
            )
        elif self._message == "crashed":
            self.summary.setText(
                self.tr("Verify stopped because of an error in smtpdesk: {error}").format(
                    error=self._crash_text
                )
            )
        else:
            self.result.setVisible(False)
            return
        self.result.show()
        self._set_tone("error" if self._message == "pins_damaged" else "info")

    def _extra_text(self, result: VerifyResult, context: VerifyContext) -> str:
        parts = []
        code = result.diagnosis.code
        certificate = result.certificate
        if code == "certificate_changed" and certificate is not None:
            parts.append(
                self.tr(
                    "The server now presents the certificate with SHA-256 "
                    "fingerprint {sha256}, valid until {expiry}."
                ).format(sha256=certificate.sha256, expiry=certificate.not_after or "?")
            )
        if result.pinned_now and certificate is not None:
            parts.append(
                self.tr(
                    "The server's certificate (SHA-256 {sha256}) is now remembered for {host}."
                ).format(sha256=certificate.sha256, host=context.host)
            )
        if code in ("auth_failed", "auth_unavailable") and context.help_url:
            text = (
                self.tr("Open the provider's page on app passwords")
                if context.help_is_app_passwords
                else self.tr("Open the provider's help page")
            )
            url = html.escape(context.help_url, quote=True)
            parts.append(f'<a href="{url}">{html.escape(text)}</a>')
        return "<br>".join(p if p.startswith("<a ") else html.escape(p) for p in parts)

    def _render_stages(self) -> None:
        if not self._statuses and self._result is None:
            self.stages.setVisible(False)
            return
        items = []
        for stage in CHECKLIST:
            mark, colour = _MARKS[self._statuses.get(stage, "")]
            name = html.escape(texts.stage_name(stage))
            items.append(f'<span style="color:{colour}"><b>{mark}</b>&nbsp;{name}</span>')
        self.stages.setText("&nbsp;&nbsp; ".join(items))
        self.stages.setAccessibleName(self.tr("Verify progress"))
        self.stages.setVisible(True)

    def _show_details(self, shown: bool) -> None:
        self._render()

    def _copy_transcript(self) -> None:
        QGuiApplication.clipboard().setText(self.transcript.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
