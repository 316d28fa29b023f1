"""Figures named in free text: the department's words kept as written, its numbers never stale.

A clerk writes the department's own sentence and names the figures it quotes:

    资金结余{结转结余:元}元，截止{年度}年底项目支出{全年执行数}万元，项目执行率{执行率}。

Each `{名称}` is filled from the computed figure of the same name (`{名称:元}` gives it in 元),
so the sentence cannot drift from the tables.  A `{…}` that names no figure is an error; a
literal number that equals a figure (to the places it was written with) is a warning that
suggests the reference; a literal number written right after a figure's name (“项目支出9.9万元”,
“预算执行率为73.93%”) that does not equal that figure is a warning too: the department's words are
printed as written, and the check says where they disagree with the tables.  Numbers that are not
figures of the document — counts, dates, indicator values such as ≥95% — stay literal.  Every scan is
one pass over the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from .numfmt import rounded

AMOUNT, PERCENT, PLAIN = "金额", "百分比", "文字"
TEN_THOUSAND = Decimal(10000)
HUNDRED = Decimal(100)

# {名称} or {名称:元}: a name without spaces or braces.  A brace with spaces inside ({ 甲 }) is not a reference.
REFERENCE = re.compile(r"\{([^{}\s:：]+)(?:[:：]([^{}\s]+))?\}")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
UNITS = {"元": "元", "万": "万元", "%": "%", "％": "%"}


@dataclass(frozen=True)
class Quantity:
    """A figure text may name: its exact value and how it is shown (amount in 万元, percentage, or text)."""
    value: object                    # Decimal, or str for PLAIN
    unit: str = AMOUNT
    said_as: tuple[str, ...] = ()    # words that name it in a sentence; a percentage is matched only after one


@dataclass(frozen=True)
class TextField:
    pointer: str
    text: str


@dataclass(frozen=True)
class Scope:
    """Texts and the figures they may name: the whole document, or one project sheet."""
    name: str                                      # e.g. "情况说明" or "绩效自评表“培训费”"
    figures: dict[str, Quantity]
    fields: tuple[TextField, ...] = ()
    children: tuple["Scope", ...] = field(default=())


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    name: str
    style: str                       # "" or 元


def references(text: str) -> list[Found]:
    return [Found(m.start(), m.end(), m.group(1), m.group(2) or "") for m in REFERENCE.finditer(text)]


def fill(text: str, shown: dict[str, str], in_yuan: dict[str, str] | None = None) -> str:
    """Replace each reference by its shown value; an unknown name is left as written (the check reports it)."""
    in_yuan = in_yuan or {}

    def one(m: re.Match) -> str:
        name, style = m.group(1), m.group(2) or ""
        table = in_yuan if style == "元" else shown
        return table.get(name, m.group(0))

    return REFERENCE.sub(one, text)


@dataclass(frozen=True)
class Literal:
    """A number written in text with its unit: 3.97万元, 1,000.00元, 99.9%."""
    start: int
    end: int
    text: str
    value: Decimal
    places: int
    unit: str                        # 万元, 元 or %


def literals(text: str) -> list[Literal]:
    found = []
    for m in NUMBER.finditer(text):
        after = text[m.end():m.end() + 2].lstrip(" ")
        unit = "万元" if after.startswith("万元") else "元" if after.startswith("元") else "%" if after[:1] in "%％" else ""
        if not unit:
            continue
        digits = m.group(0).replace(",", "")
        try:
            value = Decimal(digits)
        except InvalidOperation:
            continue
        places = len(digits.split(".")[1]) if "." in digits else 0
        found.append(Literal(m.start(), m.end(), m.group(0), value, places, unit))
    return found


PERCENT_CONTEXT = 8        # characters before a percentage in which the figure's name must stand


def matching_figure(literal: Literal, figures: dict[str, Quantity], text: str = "") -> tuple[str, str] | None:
    """(name, style) of the figure a literal number equals to the places it was written with, or None.

    0 and 100% say nothing particular and are never matched; neither are figures that are zero.  A
    percentage matches only a figure named just before it (“预算执行率73.9%”), so that a satisfaction
    rate of 98% is not taken for an execution rate of 97.72%."""
    before = text[max(0, literal.start - PERCENT_CONTEXT):literal.start]
    if literal.value == 0 or (literal.unit == "%" and literal.value == HUNDRED):
        return None
    for name, q in figures.items():
        if not isinstance(q.value, Decimal) or q.value == 0 or (literal.unit == "%") != (q.unit == PERCENT):
            continue
        if literal.unit == "%" and not any(word in before for word in (name,) + q.said_as):
            continue
        if literal_equals(literal, q):
            return name, "元" if literal.unit == "元" else ""
    return None


# between a figure's name and its number: nothing, or a linking word (“预算执行率为73.93%”, “共计3.97万元”)
LINK = re.compile(r"[为是达约共计：:]{0,3}")


def named_before(literal: Literal, figures: dict[str, Quantity], text: str) -> tuple[str, Quantity] | None:
    """The figure whose name (or a word that names it) stands right before a literal number, or None.

    The longest word wins (“项目总支出” before “支出”); a percentage takes only a percentage figure and an
    amount only an amount."""
    best: tuple[int, str, Quantity] | None = None
    for name, q in figures.items():
        if not isinstance(q.value, Decimal) or (literal.unit == "%") != (q.unit == PERCENT):
            continue
        for word in (name,) + q.said_as:
            at = text.rfind(word, 0, literal.start)
            if at < 0 or not LINK.fullmatch(text[at + len(word):literal.start]):
                continue
            if best is None or len(word) > best[0]:
                best = (len(word), name, q)
    return (best[1], best[2]) if best else None


def literal_equals(literal: Literal, q: Quantity) -> bool:
    """Whether a literal number says the figure, to the places it was written with."""
    if literal.unit == "%":
        return rounded(q.value * HUNDRED, literal.places) == literal.value
    if literal.unit == "元":
        return rounded(q.value * TEN_THOUSAND, literal.places) == literal.value
    return rounded(q.value, literal.places) == literal.value
