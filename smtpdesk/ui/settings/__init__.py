"""The Settings tab: one profile's outgoing-mail form.

`page` lays the form out and owns validation, Save and Verify; `sign_in` the password or
OAuth2 sign-in rows; `detection` the provider combo and the settings found for an address;
`fields` what they share.
"""

from smtpdesk.ui.settings.fields import blank_profile
from smtpdesk.ui.settings.page import SettingsPage

__all__ = ["SettingsPage", "blank_profile"]
