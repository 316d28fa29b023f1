"""Checks of self-evaluation sheets, shared by every kind that prints them (401–404, 408, 409, 412–415).

Each compares what compute_sheet paired (a `Figure`, or two computed amounts) and says where
both stand; nothing here adds up.
"""
from __future__ import annotations

from typing import Iterable

from ..checking import CheckContext
from ..figures import ZERO, Figure
from ..load import pointer_join
from ..numfmt import amount, percent, plain
from ..problems import Problem, Severity, make
from .sheets import SheetResult


def _given(code: int, ctx: CheckContext, fig: Figure | None, table: str, label: str, basis: str,
           unit: str = "") -> Iterable[Problem]:
    """A figure copied from a published sheet against ours (both as printed)."""
    if fig is not None and fig.difference:
        yield make(code, Severity.ERROR, ctx.source.location(fig.pointer), fig.pointer, table=table, label=label,
                   given=f"{plain(fig.entered)}{unit}", computed=f"{fig.computed:f}{unit}", basis=basis,
                   diff=f"{plain(fig.difference)}{'个百分点' if unit == '%' else ''}", tail="")


def check_sheets(results: Iterable[SheetResult], ctx: CheckContext) -> Iterable[Problem]:
    for result in results:
        sheet = result.sheet
        where = ctx.source.location(pointer_join(sheet.pointer, "项目名称"))
        table = f"绩效自评表“{sheet.name}”："
        fund = result.total_fund
        if result.budget == ZERO:                                           # 403
            yield make(403, Severity.ERROR, where, sheet.pointer, project=sheet.name)
            continue
        if result.spent > result.budget:                                    # 404
            yield make(404, Severity.WARNING, where, sheet.pointer, project=sheet.name, spent=plain(result.spent),
                       budget=plain(result.budget))
        if fund.arrived is not None and result.spent > fund.arrived:        # 414
            yield make(414, Severity.WARNING, where, sheet.pointer, project=sheet.name, spent=plain(result.spent),
                       arrived=plain(fund.arrived))
        if fund.arrived is not None and fund.arrived > result.budget:       # 415
            yield make(415, Severity.WARNING, where, sheet.pointer, project=sheet.name, arrived=plain(fund.arrived),
                       budget=plain(result.budget), rate=percent(fund.arrival_rate, 2))
        yield from _given(412, ctx, result.declared_rate, table, "执行率",                         # 412
                          f"全年执行数 {plain(result.spent)}万元 ÷ 全年预算数 {plain(result.budget)}万元", "%")
        if not sheet.scored:
            continue
        if result.weight_total != 100:                                      # 401
            yield make(401, Severity.WARNING, where, sheet.pointer, project=sheet.name, total=plain(result.weight_total),
                       budget_weight=plain(result.budget_weight))
        for ind in sheet.indicators:                                        # 402
            if ind.score is not None and ind.score > (ind.weight or ZERO):
                yield make(402, Severity.ERROR, ctx.source.location(pointer_join(ind.pointer, "得分")), ind.pointer,
                           project=sheet.name, indicator=ind.level3, score=plain(ind.score), weight=plain(ind.weight or ZERO))
        yield from _given(413, ctx, result.declared_budget_score, table, "预算执行得分",            # 413
                          f"分值 {plain(result.budget_weight)} × 执行率 {percent(fund.rate, 2)}（不超过分值）")
        yield from _given(408, ctx, result.declared_total, table, "总分", "各指标得分与预算执行得分之和")   # 408
        if sheet.declared_grade and sheet.declared_grade != result.grade:           # 409
            pointer = pointer_join(sheet.pointer, "等级")
            yield make(409, Severity.ERROR, ctx.source.location(pointer), pointer, table=table,
                       label="等级", given=sheet.declared_grade, basis=f"总分 {amount(result.total, 2)} 对应的等级",
                       computed=result.grade)
