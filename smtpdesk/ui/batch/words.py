"""States, codes, durations and moments of a batch in the user's words."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from smtpdesk import texts

_STATE_COLORS = {
    "pending": "#9e9e9e",
    "sending": "#1e88e5",
    "sent": "#2e7d32",
    "deferred": "#f9a825",
    "failed": "#c62828",
    "uncertain": "#ef6c00",
    "cancelled": "#616161",
    "bounced": "#ad1457",
}


class Pace(QObject):
    """The server's learned pace in words (lupdate extracts plurals only from `self.tr`)."""

    def words(self, pace) -> str:
        """core.pace.LearnedPace in the unit that reads best: 94 a minute, 95 an hour."""
        if pace.span <= 60:
            return self.tr("%n message(s) a minute", "", int(pace.per_minute + 0.01))
        if pace.span <= 3600:
            return self.tr("%n message(s) an hour", "", int(pace.per_minute * 60 + 0.01))
        return self.tr("%n message(s) a day", "", int(pace.per_minute * 1440 + 0.01))


def pace_words(pace) -> str:
    return Pace().words(pace)


def state_word(state: str) -> str:
    words = {
        "pending": QCoreApplication.translate("QueueModel", "Waiting"),
        "sending": QCoreApplication.translate("QueueModel", "Sending"),
        "sent": QCoreApplication.translate("QueueModel", "Sent"),
        "deferred": QCoreApplication.translate("QueueModel", "Will retry"),
        "failed": QCoreApplication.translate("QueueModel", "Failed"),
        "uncertain": QCoreApplication.translate("QueueModel", "Uncertain"),
        "cancelled": QCoreApplication.translate("QueueModel", "Cancelled"),
        "bounced": QCoreApplication.translate("QueueModel", "Bounced"),
    }
    return words.get(state, state)


def code_words(code: str | None) -> str:
    """A row's result code in plain words (the core's codes, CONTRACT §1 and the sender's)."""
    if not code:
        return ""
    words = {
        "ok": QCoreApplication.translate("QueueModel", "Accepted by the server"),
        "confirmed": QCoreApplication.translate("QueueModel", "Marked as sent by you"),
        "bounced": QCoreApplication.translate("QueueModel", "Came back: not delivered"),
        "no_sent_copy": QCoreApplication.translate("QueueModel", "Accepted; no copy in Sent"),
        "sent_copy_by_provider": QCoreApplication.translate(
            "QueueModel", "Accepted; the provider keeps the copy in Sent"
        ),
        "connection_lost": QCoreApplication.translate(
            "QueueModel", "The connection broke before the server confirmed"
        ),
        "interrupted": QCoreApplication.translate(
            "QueueModel", "Interrupted while sending (the app was closed)"
        ),
        "recipient_rejected": QCoreApplication.translate(
            "QueueModel", "The server refused this address"
        ),
        "rate_limited": QCoreApplication.translate("QueueModel", "The server asked to slow down"),
        "timeout": QCoreApplication.translate("QueueModel", "No answer in time"),
        "message_too_large": QCoreApplication.translate(
            "QueueModel", "Message too large for the server"
        ),
        "missing_attachment": QCoreApplication.translate(
            "QueueModel", "An attachment file is missing"
        ),
        "attachment_not_a_file": QCoreApplication.translate(
            "QueueModel", "An attachment is no longer a regular file"
        ),
        "control_character": QCoreApplication.translate(
            "QueueModel", "A merge value has a line break where none may be"
        ),
        "sender_rejected": QCoreApplication.translate(
            "QueueModel", "The server refused the sender address"
        ),
        "server_error": QCoreApplication.translate("QueueModel", "The server reported a problem"),
        # a row's cell has no room for the server's name: words without parameters
        "dns_failed": QCoreApplication.translate("QueueModel", "The server name was not found"),
        "connection_refused": QCoreApplication.translate(
            "QueueModel", "Nothing answers on the server's port"
        ),
        "tls_mode_mismatch": QCoreApplication.translate(
            "QueueModel", "The encryption does not match the port"
        ),
        "starttls_unavailable": QCoreApplication.translate(
            "QueueModel", "The server does not offer STARTTLS"
        ),
        "hostname_mismatch": QCoreApplication.translate(
            "QueueModel", "The certificate is for another server name"
        ),
        "auth_failed": QCoreApplication.translate(
            "QueueModel", "The server refused the user name or password"
        ),
    }
    if code in words:
        return words[code]
    return texts.hint_parts(code)[0]


def _state_icon(state: str, cache: dict[str, QIcon] = {}) -> QIcon:  # noqa: B006 - a cache
    icon = cache.get(state)
    if icon is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(_STATE_COLORS.get(state, "#9e9e9e")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        icon = cache[state] = QIcon(pixmap)
    return icon


class Duration(QObject):
    """Plural-aware duration words: lupdate extracts plurals only from `self.tr` in a class,
    and the class name is the translation context."""

    def seconds(self, n: int) -> str:
        return self.tr("%n second(s)", "", n)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def hours(self, n: int) -> str:
        return self.tr("%n hour(s)", "", n)


def format_duration(seconds: float) -> str:
    words = Duration()
    seconds = max(int(seconds), 0)
    if seconds < 90:
        return words.seconds(seconds)
    minutes = round(seconds / 60)
    if minutes < 90:
        return words.minutes(minutes)
    hours, minutes = divmod(minutes, 60)
    text = words.hours(hours)
    if minutes:
        text += " " + words.minutes(minutes)
    return text


def when_text(at: float) -> str:
    """ "today at 14:05", "tomorrow at 08:00", "on 3. 4. at 08:00" — in the UI language."""
    moment = datetime.fromtimestamp(at)
    locale = QLocale()
    clock = locale.toString(
        QDateTime.fromSecsSinceEpoch(int(at)).time(), QLocale.FormatType.ShortFormat
    )
    today = date.today()
    if moment.date() == today:
        return QCoreApplication.translate("Duration", "today at {time}").format(time=clock)
    if moment.date() == today + timedelta(days=1):
        return QCoreApplication.translate("Duration", "tomorrow at {time}").format(time=clock)
    day = locale.toString(
        QDateTime.fromSecsSinceEpoch(int(at)).date(), QLocale.FormatType.ShortFormat
    )
    return QCoreApplication.translate("Duration", "on {date} at {time}").format(
        date=day, time=clock
    )


def _shorten(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
