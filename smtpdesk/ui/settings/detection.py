"""Proposals for the Settings form: the provider combo and the settings found for an address.

`Proposals` owns the provider combo and the line under it. A typed sender address is looked
up in the provider database at once and, when unknown, probed on the network (autoconfig,
MX, the usual ports) after a pause; a provider's guessed port is checked against its server.
Found settings fill the server fields unless the user typed a server of their own: then the
line offers them with a link.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox

from smtpdesk.core.address import address_in
from smtpdesk.core.profile import Profile
from smtpdesk.core.providers import Detection, Provider, detect_offline, load_database
from smtpdesk.ui.bridge import DetectionRun
from smtpdesk.ui.settings.sign_in import SIGN_IN_CHOICES
from smtpdesk.ui.wrap_label import WrapLabel

if TYPE_CHECKING:
    from smtpdesk.ui.settings.page import SettingsPage


class Proposals(QObject):
    """The provider combo and detection line of one Settings page (a child of the page)."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self._page = page
        self.providers = {p.id: p for p in load_database().providers()}
        self._text: Callable[[], str] = lambda: ""
        self._offer: Detection | None = None  # known settings the user may apply with a click
        self._port_check: Detection | None = None  # a guessed port being checked
        self._host_proposed = ""  # the host a proposal filled in, so a later one may replace it
        self._run = DetectionRun(self)
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self._propose_from_sender)
        self.combo = QComboBox(objectName="providerCombo")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.addItem("", "")
        for provider in self.providers.values():
            self.combo.addItem(provider.display_name, provider.id)
        self.label = WrapLabel(objectName="detectionStatus")
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setOpenExternalLinks(False)
        self.combo.activated.connect(self._provider_chosen)
        self.label.linkActivated.connect(self._link)
        self._run.found.connect(self._probe_finished)
        self._run.port_checked.connect(self._port_checked)

    def retranslate_ui(self) -> None:
        self.combo.setItemText(0, self.tr("Other / own server"))
        self.combo.setToolTip(self.tr("Choose your provider to fill in its server settings"))
        self._show()

    def load(self, profile: Profile) -> None:
        """A profile was opened: forget proposals, select its provider if it uses one."""
        self.stop()
        self._offer = None
        self._text = lambda: ""
        self._host_proposed = ""
        self._page.fill(lambda: self.combo.setCurrentIndex(0))
        address = address_in(profile.sender)
        if address:
            provider = load_database().lookup(address.rpartition("@")[2])
            if provider and any(c.host == profile.host for c in provider.candidates):
                self._select_provider(provider)

    def sender_typed(self) -> None:
        """The user changed the sender: look its settings up after a pause."""
        self.stop()
        self._timer.start()

    def current(self) -> Provider | None:
        """The provider chosen in the combo, if any."""
        return self.providers.get(self.combo.currentData())

    def stop(self) -> None:
        """Stop a lookup and a port check, and a lookup about to start."""
        self._run.cancel()
        self._port_check = None
        self._timer.stop()

    # -- proposals -----------------------------------------------------------------------

    def _provider_chosen(self, index: int) -> None:
        self.stop()  # a lookup or port check for what was there before
        provider = self.providers.get(self.combo.itemData(index))
        if provider is None:
            self._set_text(lambda: "")
            return
        detection = provider.proposal(address_in(self._page.sender_edit.text()))
        self.apply(detection)
        if not detection.confirmed:
            self._confirm_port(detection)

    def _propose_from_sender(self) -> None:
        address = address_in(self._page.sender_edit.text())
        if not address:
            return
        domain = address.rpartition("@")[2]
        try:
            detection = detect_offline(address)
        except ValueError:
            return
        may_fill = self._may_fill()
        if detection is not None:
            if may_fill:
                self.apply(detection)
                if not detection.confirmed:
                    self._confirm_port(detection)
            elif detection.host != self._page.host_edit.text().strip():
                self._offer = detection
                self._set_text(
                    lambda: self.tr(
                        '{provider} uses the server {host}. <a href="apply">Use its settings</a>'
                    ).format(
                        provider=html.escape(detection.provider or ""),
                        host=html.escape(detection.host),
                    )
                )
            return
        if not may_fill:
            return
        self._set_text(
            lambda: self.tr(
                'Looking for the settings of {domain}… <a href="cancel">Stop</a>'
            ).format(domain=html.escape(domain))
        )
        self._run.start(address)

    def _may_fill(self) -> bool:
        """True unless the server field holds something the user typed."""
        host = self._page.host_edit.text().strip()
        return not host or host == self._host_proposed

    def _confirm_port(self, detection: Detection) -> None:
        """The provider names its server but not the port: ask the server which one answers."""
        self._set_text(lambda: self._describe(detection, checking=True))
        self._port_check = detection
        self._run.confirm(detection)

    def _port_checked(self, asked: Detection, answer: Detection) -> None:
        if asked is not self._port_check:
            return  # an answer to a question nobody asks any more
        self._port_check = None
        page = self._page
        shown = (page.host_edit.text().strip(), page.port_spin.value(), page.encryption())
        if shown != (asked.host, asked.port, asked.encryption):
            self._set_text(lambda: "")  # the user has changed them meanwhile
        elif answer.confirmed:
            self.apply(answer)
        else:  # nobody answered: the guess stays, and says so
            self._set_text(lambda: self._describe(answer))

    def _probe_finished(self, address: str, detection: Detection | None) -> None:
        if address != address_in(self._page.sender_edit.text()):
            return  # the sender changed meanwhile
        if detection is not None:
            if self._may_fill():
                self.apply(detection)
            else:  # the user has typed another server meanwhile
                self._set_text(lambda: "")
            return
        domain = address.rpartition("@")[2]
        self._set_text(
            lambda: self.tr(
                "No settings found for {domain}. Your provider's help page lists the outgoing "
                "mail (SMTP) server; enter it below."
            ).format(domain=html.escape(domain))
        )

    def _link(self, link: str) -> None:
        if link == "cancel":
            checked = self._port_check
            self.stop()
            self._set_text(lambda: self._describe(checked) if checked else "")
        elif link == "apply" and self._offer is not None:
            offer = self._offer
            self.apply(offer)
            if not offer.confirmed:
                self._confirm_port(offer)
        elif link.startswith("oauth:"):
            self._page.sign_in.select_method(link.partition(":")[2])
            self._show()
        else:
            QDesktopServices.openUrl(QUrl(link))

    def apply(self, detection: Detection) -> None:
        """Fill server, port, encryption, user name and limits from a proposal."""
        self._offer = None
        self._page.fill_from(detection)
        self._host_proposed = detection.host
        provider = self._provider_named(detection.provider)
        if provider is not None:
            self._select_provider(provider)
        self._set_text(lambda: self._describe(detection))
        self._page.refresh()

    def _provider_named(self, name: str | None) -> Provider | None:
        return next((p for p in self.providers.values() if p.display_name == name), None)

    def _select_provider(self, provider: Provider) -> None:
        self._page.fill(
            lambda: self.combo.setCurrentIndex(max(self.combo.findData(provider.id), 0))
        )

    # -- the line under the combo --------------------------------------------------------

    def _describe(self, detection: Detection, *, checking: bool = False) -> str:
        if detection.provider:
            text = self.tr("Settings for {provider} filled in.").format(
                provider=html.escape(detection.provider)
            )
        else:
            text = self.tr("Found a mail server at {host}, port {port}.").format(
                host=html.escape(detection.host), port=detection.port
            )
        if checking:
            text += " " + self.tr(
                'Checking which port {host} answers on… <a href="cancel">Stop</a>'
            ).format(host=html.escape(detection.host))
        elif not detection.confirmed:
            text += " " + self.tr(
                "{provider} does not publish the port: {port} is a guess. "
                "Verify tells whether it is right."
            ).format(
                provider=html.escape(detection.provider or detection.host), port=detection.port
            )
        per_day = (detection.limits or {}).get("max_per_day")
        if per_day:
            text += " " + self.tr("Limit: %n message(s) a day.", "", per_day)
        provider = self._provider_named(detection.provider)
        if (
            provider is not None
            and provider.oauth in SIGN_IN_CHOICES
            and self._page.sign_in.method() == "password"
        ):
            label = (
                self.tr("Sign in with Google instead of a password")
                if provider.oauth == "google"
                else self.tr("Sign in with Microsoft instead of a password")
            )
            text += f' <a href="oauth:{provider.oauth}">{html.escape(label)}</a>'
        if detection.help_url:
            text += ' <a href="{url}">{label}</a>'.format(
                url=html.escape(detection.help_url, quote=True),
                label=html.escape(self.tr("Provider's help page")),
            )
        return text

    def _set_text(self, text: Callable[[], str]) -> None:
        self._text = text
        self._show()

    def _show(self) -> None:
        self.label.setText(self._text())
        self.label.setVisible(bool(self.label.text()))


__all__ = ["Proposals"]
