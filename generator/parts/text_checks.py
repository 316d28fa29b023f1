"""Checks of what the clerk writes, shared by every kind: the figures a text names (501), the
figures it types instead of naming them (502) and typed numbers that disagree with the figure named
right before them (508); doubled words (503), doubled punctuation (504),
placeholders left in (505), a year that is neither the report year nor the one before (506); and
reasons written for a direction that did not happen (507).  All are one pass over the text."""
from __future__ import annotations

import difflib
import re
from typing import Iterable

from ..checking import CheckContext
from .. import numfmt
from ..problems import Problem, Severity, make
from ..references import Scope, literal_equals, literals, matching_figure, named_before, references
from .reasons import Resolved

DOUBLED_WORD = re.compile(r"([\u4e00-\u9fff]{2,4})\1")
DOUBLED_PUNCTUATION = re.compile(r"[。，；、！？：,;]{2,}")
PLACEHOLDER = re.compile(r"[Xx×]{2,}|待填写|请填写|此处填写|待补充|（填写[^）]{0,10}）")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")


def _field_name(pointer: str) -> str:
    return pointer.rsplit("/", 1)[-1]


def check_references(scope: Scope, ctx: CheckContext) -> Iterable[Problem]:
    """501: a {名称} in text that names no figure of its scope."""
    names = list(scope.figures)
    for field in scope.fields:
        for ref in references(field.text):
            if ref.name not in scope.figures or ref.style not in ("", "元"):
                close = difflib.get_close_matches(ref.name, names, n=1, cutoff=0.5)
                hint = f"，是否应为“{{{close[0]}}}”？" if close else f"；可用的名称：{'、'.join(names)}"
                yield make(501, Severity.ERROR, ctx.source.location(field.pointer), field.pointer,
                           field=_field_name(field.pointer), reference=field.text[ref.start:ref.end], scope=scope.name,
                           hint=hint)


def check_typed_figures(scope: Scope, ctx: CheckContext) -> Iterable[Problem]:
    """502: a number typed in text that equals a figure of its scope — name the figure instead."""
    for field in scope.fields:
        spans = [(r.start, r.end) for r in references(field.text)]
        for literal in literals(field.text):
            if any(s <= literal.start < e for s, e in spans):
                continue
            match = matching_figure(literal, scope.figures, field.text)
            if match:
                name, style = match
                written = f"{{{name}:元}}" if style else f"{{{name}}}"
                yield make(502, Severity.WARNING, ctx.source.location(field.pointer), field.pointer,
                           field=_field_name(field.pointer), literal=f"{literal.text}{literal.unit}", name=name,
                           reference=written)
                continue
            named = named_before(literal, scope.figures, field.text)
            if named and not literal_equals(literal, named[1]):
                name, figure = named
                yield make(508, Severity.WARNING, ctx.source.location(field.pointer), field.pointer,
                           field=_field_name(field.pointer), literal=f"{literal.text}{literal.unit}", name=name,
                           value=_shown(figure, literal.unit), scope=scope.name)


def _shown(figure, unit: str) -> str:
    """A figure as the check reports it, in the unit the text used (an amount with all its places: 4.9154万元)."""
    value = figure.value
    if unit == "%":
        return numfmt.percent(value, 2)
    if unit == "元":
        return f"{numfmt.yuan(value)}元"
    return f"{numfmt.amount(value, max(2, -value.normalize().as_tuple().exponent))}万元"


def check_texts(scopes: Iterable[Scope], ctx: CheckContext) -> Iterable[Problem]:
    for scope in scopes:
        yield from check_references(scope, ctx)
        yield from check_typed_figures(scope, ctx)


def check_lint(scope: Scope, year: int, ctx: CheckContext) -> Iterable[Problem]:
    """503–506 on each text of a scope (its own words, before any figure is filled in)."""
    for field in scope.fields:
        where, name = ctx.source.location(field.pointer), _field_name(field.pointer)
        for m in DOUBLED_WORD.finditer(field.text):
            yield make(503, Severity.WARNING, where, field.pointer, field=name, found=m.group(0))
        for m in DOUBLED_PUNCTUATION.finditer(field.text):
            yield make(504, Severity.WARNING, where, field.pointer, field=name, found=m.group(0))
        for m in PLACEHOLDER.finditer(field.text):
            yield make(505, Severity.WARNING, where, field.pointer, field=name, found=m.group(0))
        for m in YEAR.finditer(field.text):
            if int(m.group(1)) not in (year - 1, year, year + 1):   # the report year, the one before, and the year of publication
                yield make(506, Severity.WARNING, where, field.pointer, field=name, found=m.group(0), year=year)


def check_reason_directions(reasons: Iterable[tuple[str, Resolved]], ctx: CheckContext) -> Iterable[Problem]:
    """507: a reason written for a direction that did not happen is not printed — say so."""
    for label, resolved in reasons:
        for direction, pointer in resolved.unprinted:
            yield make(507, Severity.WARNING, ctx.source.location(pointer), pointer, label=label, written=direction,
                       actual=resolved.direction)
