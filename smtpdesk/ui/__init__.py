"""The window: Qt widgets over `smtpdesk.core` (which never imports Qt)."""
