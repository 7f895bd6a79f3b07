"""smtpdesk: set up outgoing mail, verify it, and send personal batches."""

__version__ = "0.1.0"
