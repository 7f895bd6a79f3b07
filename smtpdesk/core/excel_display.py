"""Numbers and dates as Excel displays them: a cell's number format (`#,##0.00 "€"`,
`d. mmmm yyyy`) rendered with the user's separators and month names (`NumberStyle`), so
that a merge field reads as the spreadsheet showed it."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, cast

__all__ = ["ENGLISH", "NumberStyle", "cell_text", "value_text"]

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS_SHORT = tuple(name[:3] for name in _MONTHS)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS_SHORT = tuple(name[:3] for name in _DAYS)


@dataclass(frozen=True)
class NumberStyle:
    """How XLSX numbers and dates are shown: the `decimal` point, the thousands `group`
    separator and the names of months and days (Monday first).

    The core knows no locales (no Qt here): the front end picks them for the UI language
    (`smtpdesk.i18n.number_style`), so `1250` formatted `#,##0.00 "€"` reads `1.250,00 €` in
    Slovenian, `1\u00a0250,00 €` in Czech and Polish, `1,250.00 €` in English. `months` are
    the forms used beside a day (Czech "5. března"), `months_alone` without one ("březen").
    """

    decimal: str = "."
    group: str = ","
    months: tuple[str, ...] = _MONTHS
    months_alone: tuple[str, ...] = _MONTHS
    months_short: tuple[str, ...] = _MONTHS_SHORT
    days: tuple[str, ...] = _DAYS
    days_short: tuple[str, ...] = _DAYS_SHORT

    def __hash__(self) -> int:
        # every numeric cell looks its text up in a cache keyed by the style: hash it once
        try:
            return cast(int, self.__dict__["_hash"])
        except KeyError:
            value = hash(
                (
                    self.decimal,
                    self.group,
                    self.months,
                    self.months_alone,
                    self.months_short,
                    self.days,
                    self.days_short,
                )
            )
            self.__dict__["_hash"] = value
            return value


#: English separators: what the code did before styles existed, and the default.
ENGLISH = NumberStyle()


# --- Excel display ------------------------------------------------------------------------


def cell_text(cell: Any, style: NumberStyle = ENGLISH) -> str:
    """The cell as Excel shows it: the cell's number format, the style's separators."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | dt.datetime | dt.date | dt.time | dt.timedelta):
        return _format_value(value, cell.number_format, style)
    return str(value)


@functools.lru_cache(maxsize=4096, typed=True)
def value_text(value: Any, number_format: str, style: NumberStyle) -> str:
    """A typed cell value as Excel shows it (what cell_text does for an openpyxl cell)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | dt.datetime | dt.date | dt.time | dt.timedelta):
        return _format_value(value, number_format, style)
    return str(value)


def _format_value(
    value: float | dt.datetime | dt.date | dt.time | dt.timedelta,
    number_format: str,
    style: NumberStyle = ENGLISH,
) -> str:
    """Cached: dates and amounts repeat down a column (one invoice date for all rows)."""
    if isinstance(value, int | float):
        return _format_number(value, number_format, style)
    return _format_date(value, number_format, style)


def _general(value: float, style: NumberStyle = ENGLISH) -> str:
    """Excel's General: no ".0", no float noise (15 significant digits), no grouping."""
    if isinstance(value, int):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.15g}".replace("e", "E").replace(".", style.decimal)


def _split_sections(code: str) -> list[str]:
    sections, current, i = [], [], 0
    while i < len(code):
        char = code[i]
        if char == '"':
            end = code.find('"', i + 1)
            end = len(code) - 1 if end < 0 else end
            current.append(code[i : end + 1])
            i = end + 1
            continue
        if char == "\\" and i + 1 < len(code):
            current.append(code[i : i + 2])
            i += 2
            continue
        if char == ";":
            sections.append("".join(current))
            current = []
        else:
            current.append(char)
        i += 1
    sections.append("".join(current))
    return sections


_NUMBER_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"?|\\(?P<escaped>.)|_.|\*.|\[(?P<bracket>[^\]]*)\]'
    r"|(?P<general>general)|(?P<exponent>[eE][+-]0+)|(?P<digits>[0#?.,]+)|(?P<other>.)",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class _NumberSection:
    parts: tuple[tuple[str, str], ...]  # ("text", literal) | ("number", "") | ("general", "")
    integer_zeros: int = 1
    grouping: bool = False
    decimals_required: int = 0
    decimals_max: int = 0
    scale: int = 0  # powers of ten: +2 per %, -3 per trailing comma
    exponent_digits: int | None = None
    has_decimal_point: bool = False


@functools.lru_cache(maxsize=512)
def _sections(number_format: str) -> tuple[str, ...]:
    return tuple(_split_sections(number_format))


@functools.lru_cache(maxsize=512)
def _parse_section(section: str) -> _NumberSection | None:
    parts: list[tuple[str, str]] = []
    digits: list[str] = []
    scale = 0
    exponent_digits: int | None = None
    for match in _NUMBER_TOKEN.finditer(section):
        kind = match.lastgroup
        if kind == "quoted":
            parts.append(("text", match.group("quoted")))
        elif kind == "escaped":
            parts.append(("text", match.group("escaped")))
        elif kind == "bracket":
            bracket = match.group("bracket")
            if bracket.startswith("$"):  # [$€-424]: a currency symbol and a locale
                parts.append(("text", bracket[1:].partition("-")[0]))
            elif bracket[:1] in "<>=":
                return None  # conditional sections: shown as General
        elif kind == "general":
            parts.append(("general", ""))
        elif kind == "exponent":
            if not digits:
                return None
            exponent_digits = match.group().count("0")
        elif kind == "digits":
            token = match.group()
            if digits and parts[-1] != ("number", ""):
                return None  # digits split by text, e.g. "000-000": shown as General
            if not digits:
                parts.append(("number", ""))
            digits.append(token)
        elif kind == "other":
            char = match.group()
            if char == "%":
                scale += 2
            if char == "/" or char == "@":
                return None  # fractions and text formats: shown as General
            parts.append(("text", char))
        # _x (padding) and *x (fill) produce nothing
    if not digits:
        return _NumberSection(tuple(parts), scale=scale)
    pattern = "".join(digits)
    integer, point, fraction = pattern.partition(".")
    trailing = len(integer) - len(integer.rstrip(","))
    if not point:
        trailing_fraction = 0
    else:
        trailing_fraction = len(fraction) - len(fraction.rstrip(","))
    fraction = fraction.replace(",", "")
    return _NumberSection(
        parts=tuple(parts),
        integer_zeros=integer.count("0"),
        grouping="," in integer.rstrip(","),
        decimals_required=fraction.count("0"),
        decimals_max=len(fraction.replace(".", "")),
        scale=scale - 3 * (trailing + trailing_fraction),
        exponent_digits=exponent_digits,
        has_decimal_point=bool(point),
    )


def _format_number(value: float, number_format: str, style: NumberStyle = ENGLISH) -> str:
    if number_format in ("General", "@", ""):
        return _general(value, style)
    sections = _sections(number_format)
    sign = ""
    if value < 0 and len(sections) > 1:
        section, value = sections[1], -value  # the negative section writes its own sign
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    else:
        section = sections[0]
        if value < 0:
            sign, value = "-", -value
    spec = _parse_section(section)
    if spec is None:
        return sign + _general(value, style)
    try:
        number = _render_number(value, spec, style)
    except (InvalidOperation, ValueError, OverflowError):
        return sign + _general(value, style)
    out = []
    for kind, text in spec.parts:
        if kind == "text":
            out.append(text)  # literal text (a currency, "kg") is shown as written
        elif kind == "number":
            out.append(number)
        else:
            out.append(_general(value, style))
    return (sign + "".join(out)).strip()


def _render_number(value: float, spec: _NumberSection, style: NumberStyle = ENGLISH) -> str:
    """The digits: in a format code `,` and `.` are roles (grouping, decimal point), which
    Excel shows with the separators of the reader's locale, i.e. the style's."""
    general = _general(value)
    if (
        spec.scale == 0
        and spec.exponent_digits is None
        and "E" not in general
        and not general.startswith("-")
    ):
        whole, fraction = _rounded(general, spec.decimals_max)
    else:
        whole, decimal_fraction = _decimal_rounded(value, spec, style)
        if decimal_fraction is None:
            return whole  # in scientific notation
        fraction = decimal_fraction
    if spec.decimals_max > spec.decimals_required:
        fraction = fraction.rstrip("0").ljust(spec.decimals_required, "0")
    whole = whole.lstrip("0").zfill(spec.integer_zeros) if spec.integer_zeros else whole
    if whole == "0" and spec.integer_zeros == 0:
        whole = ""
    if spec.grouping and whole:
        if whole[0] != "0":  # no zeros the format pads with: Python's own grouping, in C
            grouped = f"{int(whole):,}"
            whole = grouped if style.group == "," else grouped.replace(",", style.group)
        else:
            head = len(whole) % 3 or 3
            whole = style.group.join(
                [whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)]
            )
    return whole + (style.decimal + fraction if spec.has_decimal_point else "")


def _rounded(text: str, decimals: int) -> tuple[str, str]:
    """A plain decimal (`1234.565`) rounded half up to `decimals` places, as (whole,
    fraction): what Decimal's quantize with ROUND_HALF_UP gives, at a fifth of its cost
    (a 100 000-row list has as many different amounts)."""
    whole, _, fraction = text.partition(".")
    if len(fraction) <= decimals:
        return whole, fraction.ljust(decimals, "0")
    kept = whole + fraction[:decimals]
    if fraction[decimals] >= "5":
        kept = str(int(kept) + 1).zfill(len(kept))
    split = len(kept) - decimals
    return kept[:split] or "0", kept[split:]


def _decimal_rounded(
    value: float, spec: _NumberSection, style: NumberStyle
) -> tuple[str, str | None]:
    """(whole, fraction) by Decimal, for a scaled number (%, thousands) or a large or tiny
    one; (the text, None) in scientific notation."""
    number = Decimal(_general(value)).scaleb(spec.scale)
    if spec.exponent_digits is not None:
        text = f"{number:.{spec.decimals_max}E}"
        mantissa, _, exponent = text.partition("E")
        return (
            mantissa.replace(".", style.decimal)
            + "E"
            + exponent[0]
            + exponent[1:].lstrip("0").zfill(spec.exponent_digits)
        ), None
    rounded = number.quantize(Decimal(1).scaleb(-spec.decimals_max), rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{rounded:f}".partition(".")
    return whole, fraction


# Built-in formats Excel shows in the system's short date: our users' d.m.yyyy
_LOCALE_DATE_FORMATS = {"mm-dd-yy": "d.m.yyyy", "m/d/yy h:mm": "d.m.yyyy h:mm"}
_DATE_TOKEN = re.compile(
    r'"(?P<quoted>[^"]*)"?|\\(?P<escaped>.)|_.|\*.|\[(?P<bracket>[^\]]*)\]'
    r"|(?P<ampm>am/pm|a/p)|(?P<fraction>\.0+)"
    r"|(?P<code>y+|m+|d+|h+|s+)|(?P<other>.)",
    re.IGNORECASE | re.DOTALL,
)


@functools.lru_cache(maxsize=256)
def _parse_date_format(number_format: str) -> tuple[tuple[str, str], ...]:
    code = _split_sections(_LOCALE_DATE_FORMATS.get(number_format, number_format))[0]
    tokens: list[tuple[str, str]] = []
    for match in _DATE_TOKEN.finditer(code):
        kind = match.lastgroup
        if kind == "quoted":
            tokens.append(("text", match.group("quoted")))
        elif kind == "escaped":
            tokens.append(("text", match.group("escaped")))
        elif kind == "bracket":
            bracket = match.group("bracket").lower()
            if bracket and set(bracket) <= set("hms"):
                tokens.append(("elapsed", bracket[0]))
        elif kind == "ampm":
            tokens.append(("ampm", match.group()))
        elif kind in ("fraction", "code"):
            tokens.append((kind, match.group().lower()))
        elif kind == "other":
            tokens.append(("text", match.group()))
    # "m" means minutes right after an hour or right before seconds
    codes = [i for i, (kind, _) in enumerate(tokens) if kind in ("code", "elapsed")]
    for n, i in enumerate(codes):
        if tokens[i][0] != "code" or tokens[i][1][0] != "m" or len(tokens[i][1]) > 2:
            continue
        before = tokens[codes[n - 1]][1][0] if n > 0 else ""
        after = tokens[codes[n + 1]][1][0] if n + 1 < len(codes) else ""
        if before == "h" or after == "s":
            tokens[i] = ("minute", tokens[i][1])
    return tuple(tokens)


def _format_date(
    value: dt.datetime | dt.date | dt.time | dt.timedelta,
    number_format: str,
    style: NumberStyle = ENGLISH,
) -> str:
    tokens = _parse_date_format(number_format)
    shows_date = any(kind in ("code", "minute", "elapsed") for kind, _ in tokens)
    if "general" in number_format.casefold() or not shows_date:
        tokens = _parse_date_format(_default_date_format(value))
    if isinstance(value, dt.timedelta):
        moment, elapsed = dt.datetime(1899, 12, 31) + value, value
    elif isinstance(value, dt.datetime):
        moment, elapsed = value, None
    elif isinstance(value, dt.date):
        moment, elapsed = dt.datetime.combine(value, dt.time()), None
    else:
        moment, elapsed = dt.datetime.combine(dt.date(1899, 12, 31), value), None
    twelve_hour = any(kind == "ampm" for kind, _ in tokens)
    # a month named beside the day of the month takes its form for dates ("5. března")
    months = (
        style.months
        if any(kind == "code" and token in ("d", "dd") for kind, token in tokens)
        else style.months_alone
    )
    # round to what is shown: whole seconds unless the format shows fractions
    if not any(kind == "fraction" for kind, _ in tokens) and moment.microsecond >= 500_000:
        moment = moment.replace(microsecond=0) + dt.timedelta(seconds=1)
    out = []
    for kind, token in tokens:
        if kind == "text":
            out.append(token)
        elif kind == "elapsed":
            seconds = int((elapsed or (moment - dt.datetime(1899, 12, 31))).total_seconds())
            out.append(str(seconds // {"h": 3600, "m": 60, "s": 1}[token]))
        elif kind == "minute":
            out.append(f"{moment.minute:0{len(token)}d}")
        elif kind == "fraction":
            out.append(style.decimal + f"{moment.microsecond:06d}"[: len(token) - 1])
        elif kind == "ampm":
            am = moment.hour < 12
            out.append(("AM" if am else "PM") if len(token) > 3 else ("A" if am else "P"))
        else:
            out.append(_date_code(token, moment, twelve_hour, style, months))
    return "".join(out)


def _date_code(
    token: str, moment: dt.datetime, twelve_hour: bool, style: NumberStyle, months: tuple[str, ...]
) -> str:
    letter, width = token[0], len(token)
    if letter == "y":
        return str(moment.year) if width > 2 else f"{moment.year % 100:02d}"
    if letter == "m":
        if width >= 5:
            return months[moment.month - 1][:1]
        if width == 4:
            return months[moment.month - 1]
        if width == 3:
            return style.months_short[moment.month - 1]
        return f"{moment.month:0{width}d}"
    if letter == "d":
        if width >= 4:
            return style.days[moment.weekday()]
        if width == 3:
            return style.days_short[moment.weekday()]
        return f"{moment.day:0{width}d}"
    if letter == "h":
        hour = (moment.hour % 12 or 12) if twelve_hour else moment.hour
        return f"{hour:0{min(width, 2)}d}"
    return f"{moment.second:0{min(width, 2)}d}"  # s


def _default_date_format(value: object) -> str:
    if isinstance(value, dt.timedelta):
        return "[h]:mm:ss"
    if isinstance(value, dt.time):
        return "h:mm:ss" if value.second else "h:mm"
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        return "d.m.yyyy h:mm"
    return "d.m.yyyy"
