"""The only place that rounds.  四舍五入 (ROUND_HALF_UP), once, at display.

Everything upstream keeps exact ``Decimal`` values; everything here turns one into text.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
HUNDRED = Decimal(100)


def rounded(value: Decimal, places: int) -> Decimal:
    """四舍五入 to `places` decimals: 2.345 → 2.35 (``Decimal.quantize`` alone would give 2.34)."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def amount(value: Decimal | None, places: int = 2, blank_zero: bool = False) -> str:
    """An amount in 万元: ``465.34``; zero is blank in a table cell when `blank_zero`."""
    if value is None:
        return ""
    if blank_zero and value == ZERO:
        return ""
    return f"{rounded(value, places):f}"


def yuan(value: Decimal | None) -> str:
    """An amount in 万元 written in 元 with thousands separators, as sentences sometimes give it: 0.1 → 1,000.00."""
    if value is None:
        return ""
    return f"{rounded(value * 10000, 2):,f}"


def plain(value: Decimal | None, max_places: int = 4) -> str:
    """An amount written as entered, without trailing zeros: 5, 3.43, 3.973 (the sheets' style)."""
    if value is None:
        return ""
    text = f"{rounded(value, max_places):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


MAX_PERCENT_PLACES = 4


def shown(value: Decimal, places: int, whole: Decimal) -> Decimal:
    """`value` rounded to `places`, with more places (up to 4) where the rounding would make a value
    that is neither nothing nor the whole look like 0 or like `whole`."""
    shown_value = rounded(value, places)
    while places < MAX_PERCENT_PLACES and ((value != 0 and shown_value == 0) or (value != whole and shown_value == whole)):
        places += 1
        shown_value = rounded(value, places)
    return shown_value


def percent(ratio: Decimal | None, places: int) -> str:
    """A ratio (part / whole, unrounded) as a percentage: 0.553700 → ``55.37%``.  None → "".

    A share that is not zero never prints as 0.0%, and one that is not the whole never as
    100.0%: such a value gets more places (up to 4) until it shows what it is — 172.73 of
    172.77 is 99.98%, not 100.0% (the way the 吉林 2021 document writes it).
    """
    if ratio is None:
        return ""
    return f"{shown(ratio * HUNDRED, places, HUNDRED):f}%"


def percent_number(ratio: Decimal | None, places: int) -> str:
    """Like `percent` without the sign, for cells whose header already says %."""
    return percent(ratio, places)[:-1] if ratio is not None else ""


def count(value: int | Decimal | None) -> str:
    return "" if value is None else f"{int(value)}"


def score(value: Decimal | None, places: int = 2, full: Decimal | None = None, trim: bool = False) -> str:
    """A score: ``95.00``.  Given its `full` marks, a score below them never prints as full marks
    (9.996667 of 10 is ``9.997``, not ``10.00``), nor a score above zero as zero — the rule of
    `percent`.  `trim` drops trailing zeros (``10``, ``5.78``) for sheets whose typed scores are whole."""
    if value is None:
        return ""
    text = f"{(rounded(value, places) if full is None else shown(value, places, full)):f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def direction(delta: Decimal, places: int = 2) -> int:
    """The sign of a change as it will be *displayed*: a change that rounds to 0.00 is no change (0)."""
    shown = rounded(delta, places)
    return (shown > 0) - (shown < 0)
