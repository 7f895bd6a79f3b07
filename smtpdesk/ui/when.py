"""A past moment in words, in local time: "today at 14:32", "on Monday at 9:05"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from smtpdesk.i18n import QT_TRANSLATE_NOOP

# one sentence per weekday: the preposition and the day's case differ by language
# ("v sredo", "ve středu", "w środę")
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("When", "on Monday at {time}"),
    QT_TRANSLATE_NOOP("When", "on Tuesday at {time}"),
    QT_TRANSLATE_NOOP("When", "on Wednesday at {time}"),
    QT_TRANSLATE_NOOP("When", "on Thursday at {time}"),
    QT_TRANSLATE_NOOP("When", "on Friday at {time}"),
    QT_TRANSLATE_NOOP("When", "on Saturday at {time}"),
    QT_TRANSLATE_NOOP("When", "on Sunday at {time}"),
)


def when_words(timestamp: float, now: float | None = None) -> str:
    """`timestamp` (seconds since the epoch) as a user says it, in the computer's time zone."""
    translate = QCoreApplication.translate
    moment = datetime.fromtimestamp(timestamp)
    today = (datetime.fromtimestamp(now) if now is not None else datetime.now()).date()
    locale = QLocale()
    time_text = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    days = (today - moment.date()).days
    if days == 0:
        return translate("When", "today at {time}").format(time=time_text)
    if days == 1:
        return translate("When", "yesterday at {time}").format(time=time_text)
    if 1 < days < 7:
        return translate("When", _WEEKDAYS[moment.weekday()]).format(time=time_text)
    date_text = locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )
    return translate("When", "on {date} at {time}").format(date=date_text, time=time_text)


__all__ = ["when_words"]
