"""What every kind's checks share: the context they run in, the tail-difference rule, and the
way an amount is shown in a message.

A check compares a figure as entered with the same figure as computed (a `Figure`) and
says where both stand.  Published tables come from the finance system in 元 rounded to 万元,
so a sum may differ from its rounded parts by up to 0.01 per part ("本套报表金额单位转换时
可能存在尾数误差"): that is a warning with both numbers; a larger gap is an error.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable
from decimal import Decimal

from .figures import ZERO, Figure
from .load import SourceMap
from .numfmt import plain
from .problems import Problem, Severity, make
from .reference import Classification
from .templateset import Settings

TAIL = Decimal("0.01")
TAIL_NOTE = "；在尾数误差范围内（每项≤0.01万元），请与财务系统核对"


@dataclass(frozen=True)
class CheckContext:
    source: SourceMap
    reference: Classification
    settings: Settings


def severity_of(given: Decimal, computed: Decimal, parts: int):
    """None when equal; a warning within the tail allowance of `parts` rounded summands; else an error."""
    diff = abs(given - computed)
    if diff == ZERO:
        return None
    if diff <= TAIL * max(parts, 1):
        return Severity.WARNING
    return Severity.ERROR


def figure_severity(fig: Figure, parts: int | None = None):
    """The severity of an entered figure against its computed value (None when not entered or equal)."""
    if fig.entered is None:
        return None
    return severity_of(fig.entered, fig.computed, len(fig.used_terms) if parts is None else parts)


def tail(severity) -> str:
    return TAIL_NOTE if severity is Severity.WARNING else ""


def money(value: Decimal) -> str:
    """An amount in a message: exact, no rounding, at least two places."""
    text = plain(value, 6)
    if "." not in text:
        return f"{value:.2f}"
    return text if len(text.split(".")[1]) >= 2 else f"{value:.2f}"


def terms_text(fig: Figure, only_used: bool = True) -> str:
    terms = fig.used_terms if only_used else fig.terms
    return " + ".join(f"{t.label} {money(t.value)}" for t in terms)


def line_of(ctx: CheckContext, pointer: str | None) -> str:
    if not pointer:
        return "由各科目计算"
    loc = ctx.source.location(pointer)
    return f"见第{loc.line}行" if loc.line else "由数据计算"


# ───────────── the three shapes a comparison takes, whatever the kind ─────────────

def cross(code: int, ctx: CheckContext, fig: Figure, left_table: str, left_label: str, right_table: str,
          right_label: str, right_pointer: str | None, parts: int = 1) -> Iterable[Problem]:
    """An entered figure of one table (`fig.entered`) against the same figure of another (`fig.computed`)."""
    severity = severity_of(fig.entered, fig.computed, parts)
    if severity:
        yield make(code, severity, ctx.source.location(fig.pointer), fig.pointer,
                   left_table=left_table, left_label=left_label, left_value=money(fig.entered),
                   right_table=right_table, right_label=right_label, right_value=money(fig.computed),
                   diff=money(fig.difference), right_where=line_of(ctx, right_pointer), tail=tail(severity))


def given_figure(code: int, ctx: CheckContext, fig: Figure, table: str, label: str, basis: str,
          parts: int | None = None) -> Iterable[Problem]:
    """A figure as typed against the one computed from `basis`."""
    severity = figure_severity(fig, parts)
    if severity:
        yield make(code, severity, ctx.source.location(fig.pointer), fig.pointer, table=table, label=label,
                   given=f"{money(fig.entered)}万元", computed=f"{money(fig.computed)}万元", basis=basis,
                   diff=f"{money(fig.difference)}万元", tail=tail(severity))


def balance(code: int, ctx: CheckContext, pointer: str, table: str, left_label: str, left, right_label: str, right,
            parts: int) -> Iterable[Problem]:
    """Two sides of one table that must be equal (收 = 支)."""
    pair = Figure(right, left)
    severity = figure_severity(pair, parts)
    if severity:
        yield make(code, severity, ctx.source.location(pointer), pointer, table=table, left_label=left_label,
                   left_value=money(left), right_label=right_label, right_value=money(right),
                   diff=money(pair.difference), tail=tail(severity))
