"""Checks of what the clerk writes, shared by every kind: the figures a text names (501) and the
figures it types instead of naming them (502)."""
from __future__ import annotations

import difflib
from typing import Iterable

from ..checking import CheckContext
from ..problems import Problem, Severity, make
from ..references import Scope, literals, matching_figure, references


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


def check_texts(scopes: Iterable[Scope], ctx: CheckContext) -> Iterable[Problem]:
    for scope in scopes:
        yield from check_references(scope, ctx)
        yield from check_typed_figures(scope, ctx)
