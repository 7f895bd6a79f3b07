"""The sign-in rows of the Settings form: password or OAuth2, the sign-in button, its status.

`SignInRows` owns the sign-in method combo, the *Sign in* button with its status line and the
client ID / secret / tenant fields, and runs the browser sign-in. The page places the widgets
in its form and asks it for the profile's sign-in fields and, at Verify, for credentials.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from smtpdesk.core import oauth, secrets
from smtpdesk.core.profile import Profile
from smtpdesk.core.transport import Credentials
from smtpdesk.ui.bridge import SignInRun
from smtpdesk.ui.settings.fields import line_edit
from smtpdesk.ui.wrap_label import WrapLabel

if TYPE_CHECKING:
    from smtpdesk.ui.settings.page import SettingsPage

# the sign-in method combo: a password, or OAuth2 with one provider ("custom" only appears
# for a profile file that names its own authorization server)
SIGN_IN_CHOICES = ("password", "google", "microsoft")
OAUTH_ROWS = ("oauth", "oauth_client_id", "oauth_client_secret", "oauth_tenant")


class SignInRows(QObject):
    """The sign-in part of one Settings page (a child of the page)."""

    def __init__(self, page: SettingsPage) -> None:
        super().__init__(page)
        self._page = page
        self._run = SignInRun(self)
        self._text: Callable[[], str] = lambda: ""
        self.method_combo = QComboBox(objectName="authMethodCombo")
        for value in SIGN_IN_CHOICES:
            self.method_combo.addItem("", value)
        self.button = QPushButton(objectName="oauthSignInButton")
        self.status = WrapLabel(objectName="oauthStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setOpenExternalLinks(True)
        self.client_id_edit = line_edit("oauthClientIdEdit")
        self.client_secret_edit = line_edit("oauthClientSecretEdit")
        self.client_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.tenant_edit = line_edit("oauthTenantEdit")
        self.tenant_edit.setPlaceholderText(oauth.MICROSOFT_DEFAULT_TENANT)

    def wire(self, refresh: Callable[[], None], touch: Callable[..., None]) -> None:
        self.method_combo.currentIndexChanged.connect(self._method_chosen)
        for edit in (self.client_id_edit, self.client_secret_edit, self.tenant_edit):
            edit.textChanged.connect(refresh)
        self.client_id_edit.textEdited.connect(lambda: touch("oauth_client_id"))
        self.button.clicked.connect(self.sign_in_or_cancel)
        self._run.url_ready.connect(self._url_ready)
        self._run.finished.connect(self._signed_in)
        self._run.failed.connect(self._failed)
        self._run.cancelled.connect(self._cancelled)

    # -- the profile's sign-in fields ----------------------------------------------------

    def load(self, profile: Profile) -> None:
        """Show the profile's sign-in (the page holds its fill guard around this)."""
        self._offer_custom(profile.oauth_provider == "custom")
        self.select_method(
            profile.oauth_provider if profile.auth_method == "oauth2" else "password"
        )
        self.client_id_edit.setText(profile.oauth_client_id)
        self.client_secret_edit.setText(profile.oauth_client_secret)
        self.tenant_edit.setText(profile.oauth_tenant)

    def loaded(self) -> None:
        """After a profile is loaded: the status says what is stored for it."""
        self._text = self._stored_text

    def fields(self) -> dict:
        choice = self.method()
        fields = {
            "oauth_client_id": self.client_id_edit.text().strip(),
            "oauth_client_secret": self.client_secret_edit.text().strip(),
            "oauth_tenant": self.tenant_edit.text().strip(),
        }
        if choice == "password":
            return {"auth_method": "password", **fields}
        return {"auth_method": "oauth2", "oauth_provider": choice, **fields}

    def method(self) -> str:
        return self.method_combo.currentData() or "password"

    def select_method(self, value: str) -> None:
        self.method_combo.setCurrentIndex(max(self.method_combo.findData(value), 0))

    def _offer_custom(self, offered: bool) -> None:
        index = self.method_combo.findData("custom")
        if offered and index < 0:
            self.method_combo.addItem("", "custom")
            self.retranslate_ui()
        elif not offered and index >= 0:
            self.method_combo.removeItem(index)

    def _method_chosen(self, _index: int) -> None:
        if not self._page.filling:
            self._text = self._stored_text
        self.show_rows()
        self.retranslate_ui()
        self._page.refresh()

    def show_rows(self) -> None:
        """The sign-in button replaces the password field when OAuth2 is chosen."""
        page = self._page
        choice = self.method()
        with_oauth = choice != "password" and page.auth_check.isChecked()
        page.form.setRowVisible(page.labels["password"], not with_oauth)
        page.form.setRowVisible(page.labels["oauth"], with_oauth)
        page.form.setRowVisible(page.labels["oauth_client_id"], with_oauth)
        page.form.setRowVisible(
            page.labels["oauth_client_secret"], with_oauth and choice in ("google", "custom")
        )
        page.form.setRowVisible(page.labels["oauth_tenant"], with_oauth and choice == "microsoft")
        if not with_oauth:
            for key in OAUTH_ROWS:
                page.form.setRowVisible(page.errors[key], False)

    # -- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        labels = {
            "password": self.tr("Password"),
            "google": self.tr("OAuth2: sign in with Google"),
            "microsoft": self.tr("OAuth2: sign in with Microsoft 365"),
            "custom": self.tr("OAuth2: the profile's own sign-in server"),
        }
        for index in range(self.method_combo.count()):
            self.method_combo.setItemText(index, labels[self.method_combo.itemData(index)])
        self.method_combo.setToolTip(
            self.tr(
                "Google and Microsoft 365 accounts sign in through your browser (OAuth2) "
                "instead of with a password"
            )
        )
        choice = self.method()
        if self._run.running:
            button = self.tr("Cancel sign-in")
        elif choice == "google":
            button = self.tr("Si&gn in with Google")
        elif choice == "microsoft":
            button = self.tr("Si&gn in with Microsoft")
        else:
            button = self.tr("Si&gn in")
        self.button.setText(button)
        self.button.setToolTip(
            self.tr(
                "Opens your browser; after you allow access, "
                "smtpdesk keeps the sign-in in the system keyring"
            )
        )
        self.status.setText(self._text())
        self.client_id_edit.setToolTip(
            self.tr(
                "The application's client ID, registered by whoever set up smtpdesk for your "
                "organisation (README: Setting up OAuth2)"
            )
        )
        provider = choice if choice in ("google", "microsoft") else ""
        self.client_id_edit.setPlaceholderText(
            self.tr("Provided by this build") if oauth.default_client_id(provider) else ""
        )
        self.client_secret_edit.setPlaceholderText(
            self.tr("Provided by this build") if oauth.default_client_secret(provider) else ""
        )

    def _stored_text(self) -> str:
        profile = self._page.current_profile()
        if profile.auth_method != "oauth2":
            return ""
        if secrets.kept_for_session(secrets.OAUTH_SERVICE, profile.name):
            return self._session_only_text()
        if oauth.is_signed_in(profile):
            return self.tr("Signed in. The sign-in is kept in the system keyring.")
        return self.tr("Not signed in yet.")

    def _set_text(self, text: Callable[[], str]) -> None:
        self._text = text
        self.status.setText(text())

    def _session_only_text(self) -> str:
        return self.tr(
            "Signed in until smtpdesk closes: this computer has no keyring "
            "(password store) to keep the sign-in, so you will sign in again "
            "next time."
        )

    # -- signing in ----------------------------------------------------------------------

    def _problems(self, profile: Profile) -> bool:
        """True after marking the OAuth2 fields that stop a sign-in."""
        problems = {k: v for k, v in self._page.field_errors(profile).items() if k in OAUTH_ROWS}
        if problems:
            self._page.touch(*problems)
        return bool(problems)

    def sign_in_or_cancel(self) -> None:
        if self._run.running:
            self._run.cancel()
            return
        profile = self._page.current_profile()
        if self._problems(profile):
            return
        pages = {
            "done": (
                self.tr("Signed in"),
                self.tr("smtpdesk is signed in. You can close this tab."),
            ),
            "error": (
                self.tr("Sign-in not completed"),
                self.tr("smtpdesk was not signed in. You can close this tab and try again."),
            ),
        }
        self._run.start(profile, open_browser=self._page.open_browser, pages=pages)
        self._set_text(lambda: self.tr("Waiting for you to sign in in the browser…"))
        self.retranslate_ui()

    def _url_ready(self, url: str) -> None:
        link = html.escape(url, quote=True)
        self._set_text(
            lambda: self.tr(
                "Waiting for you to sign in in the browser… If no browser opened, "
                '<a href="{url}">open the sign-in page</a>.'
            ).format(url=link)
        )

    def _signed_in(self, result: oauth.SignIn) -> None:
        account = html.escape(result.account or "")

        def text() -> str:
            signed = (
                self.tr("✓ Signed in as {account}.").format(account=account)
                if account
                else self.tr("✓ Signed in.")
            )
            return signed + (" " + self._session_only_text() if result.session_only else "")

        self._set_text(text)
        self._page.form.setRowVisible(self._page.errors["oauth"], False)
        self.retranslate_ui()

    def _failed(self, code: str, reason: str, message: str) -> None:
        detail = html.escape(message)
        words = {
            "cancelled": lambda: self.tr("✗ Access was not allowed in the browser."),
            "timeout": lambda: self.tr("✗ The sign-in was not finished in time. Try again."),
            "auth_failed": lambda: self.tr(
                "✗ The provider refused the sign-in ({detail}). Check the client ID."
            ).format(detail=detail),
            "config": lambda: self.tr("✗ This profile cannot sign in yet: {detail}").format(
                detail=detail
            ),
        }
        self._set_text(
            words.get(
                code,
                lambda: self.tr("✗ The sign-in server could not be reached ({detail}).").format(
                    detail=detail
                ),
            )
        )
        self.retranslate_ui()

    def _cancelled(self) -> None:
        self._set_text(self._stored_text)
        self.retranslate_ui()

    def credentials(self, profile: Profile) -> Credentials | None:
        """XOAUTH2 credentials, or None after saying that a sign-in is needed first."""
        if self._problems(profile):
            return None
        try:
            return oauth.credentials(profile)
        except oauth.OAuthError:
            self._page.show_error("oauth", self.tr("sign in first (the button above)."))
            return None

    def cancel(self) -> None:
        self._run.cancel()


__all__ = ["OAUTH_ROWS", "SIGN_IN_CHOICES", "SignInRows"]
