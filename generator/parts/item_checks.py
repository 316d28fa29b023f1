"""Checks every kind runs on its 科目 tables: codes and names against the year's classification
(201–205), and the three in-table identities (301 上级 = Σ 下级, 302 合计栏 = Σ 各栏,
303 合计行 = Σ 类).  They compare what compute_table worked out; they add nothing up.
"""
from __future__ import annotations

from typing import Iterable

from ..checking import CheckContext, figure_severity, money, tail
from ..load import pointer_join
from ..problems import Problem, Severity, make
from .items import ECONOMIC_CODE_LENGTHS, TableResult

_NAME_FORMS = str.maketrans({"(": "（", ")": "）", " ": None, "\u3000": None})


def same_name(a: str, b: str) -> bool:
    """科目名称 equal up to full-/half-width brackets and spaces: 因公出国(境)费用 = 因公出国（境）费用."""
    return a.translate(_NAME_FORMS) == b.translate(_NAME_FORMS)


def check_function_code(code: str, name: str, pointer: str, table_label: str, year: int,
                        ctx: CheckContext) -> Iterable[Problem]:
    ref = ctx.reference
    expected = ref.function_name(code)
    where = ctx.source.location(pointer_join(pointer, "科目名称"))
    if not expected:
        if ref.classes_complete and not ref.function_name(code[:3]):     # the 类 itself does not exist
            yield make(202, Severity.ERROR, ctx.source.location(pointer_join(pointer, "科目编码")), pointer,
                       table=table_label, code=code, year=year, kind="政府收支分类科目（功能分类）")
        else:
            yield make(203, Severity.WARNING, where, pointer, table=table_label, code=code, name=name,
                       year=year, kind="功能分类科目")
    elif not same_name(expected, name):
        yield make(201, Severity.ERROR, where, pointer, table=table_label, code=code, expected=expected, actual=name)


def check_economic_code(code: str, name: str, pointer: str, table_label: str, year: int,
                        ctx: CheckContext) -> Iterable[Problem]:
    expected = ctx.reference.economic_name(code)
    where = ctx.source.location(pointer_join(pointer, "科目名称"))
    if not expected:
        yield make(203, Severity.WARNING, where, pointer, table=table_label, code=code, name=name, year=year,
                   kind="部门经济分类科目")
    elif not same_name(expected, name):
        yield make(201, Severity.ERROR, where, pointer, table=table_label, code=code, expected=expected, actual=name)


def check_table_codes(result: TableResult, year: int, ctx: CheckContext) -> Iterable[Problem]:
    economic = result.table.code_lengths == ECONOMIC_CODE_LENGTHS
    for row in result.table.rows:
        if not row.named:          # its name came from the same code's first appearance or the reference
            continue
        check = check_economic_code if economic else check_function_code
        yield from check(row.code, row.name, row.pointer, f"{result.title}：", year, ctx)


def _label(result: TableResult, code: str) -> str:
    return f"{code} {result.name(code)}"


def check_parent_sums(result: TableResult, ctx: CheckContext) -> Iterable[Problem]:
    """301: 类 = Σ 款, 款 = Σ 项 (an entered 上级 cell against the cells below it)."""
    for row, column, fig in result.parent_sums:
        severity = figure_severity(fig, len(fig.terms))
        if severity:
            yield make(301, severity, ctx.source.location(fig.pointer), fig.pointer,
                       table=f"{result.title}“{column}”栏：", parent=_label(result, row.code),
                       parent_value=money(fig.entered), sum_value=money(fig.computed),
                       parts=" + ".join(f"{t.label} {money(t.value)}" for t in fig.terms),
                       diff=money(fig.difference), tail=tail(severity))


def check_row_sums(result: TableResult, ctx: CheckContext) -> Iterable[Problem]:
    """302: a row's 合计 = Σ its columns (基本支出 = 人员经费 + 公用经费 likewise), the 合计 row too."""
    for row, column, fig in result.row_sums:
        severity = figure_severity(fig)
        if severity:
            yield make(302, severity, ctx.source.location(fig.pointer), fig.pointer,
                       table=f"{result.title}：", row="合计行" if row is None else _label(result, row.code),
                       column=column, total=money(fig.entered), sum_value=money(fig.computed),
                       parts=" + ".join(f"{t.label} {money(t.value)}" for t in fig.used_terms) or "各栏为空",
                       diff=money(fig.difference), tail=tail(severity))


def check_class_sums(result: TableResult, ctx: CheckContext) -> Iterable[Problem]:
    """303: the 合计 row = Σ 类."""
    for column, fig in result.class_sums:
        severity = figure_severity(fig, len(fig.terms))
        if severity:
            yield make(303, severity, ctx.source.location(fig.pointer), fig.pointer, table=f"{result.title}：",
                       column=column, total=money(fig.entered), sum_value=money(fig.computed),
                       diff=money(fig.difference), tail=tail(severity))


def check_printed_classes(result: TableResult, printed: tuple[str, ...], template: str,
                          ctx: CheckContext) -> Iterable[Problem]:
    """205: a 类 the template's summary tables have no row for would silently vanish."""
    for code in result.class_codes:
        if code not in printed:
            row = result.table.by_code.get(code) or next(r for r in result.table.rows if r.code.startswith(code))
            yield make(205, Severity.ERROR, ctx.source.location(pointer_join(row.pointer, "科目编码")), row.pointer,
                       table=f"{result.title}：", code=code, name=result.name(code), template=template)


def check_row_sum(table: str, row: str, column: str, fig, ctx: CheckContext) -> Iterable[Problem]:
    """302 for a row that is not a 科目 (a 三公 item, a procurement item, a line of a 收支总表): its total
    column, as entered, against the sum of its columns."""
    severity = figure_severity(fig)
    if severity:
        yield make(302, severity, ctx.source.location(fig.pointer), fig.pointer, table=f"{table}：", row=row,
                   column=column, total=money(fig.entered), sum_value=money(fig.computed),
                   parts=" + ".join(f"{t.label} {money(t.value)}" for t in fig.used_terms) or "各栏为空",
                   diff=money(fig.difference), tail=tail(severity))
