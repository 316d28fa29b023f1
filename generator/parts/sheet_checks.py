"""Checks of self-evaluation sheets, shared by every kind that prints them (401–404, 408, 409)."""
from __future__ import annotations

from typing import Iterable

from ..checking import CheckContext
from ..figures import ZERO
from ..load import pointer_join
from ..numfmt import amount, plain
from ..problems import Problem, Severity, make
from .sheets import SheetResult


def check_sheets(results: Iterable[SheetResult], ctx: CheckContext) -> Iterable[Problem]:
    for result in results:
        sheet = result.sheet
        where = ctx.source.location(pointer_join(sheet.pointer, "项目名称"))
        if result.budget == ZERO:                                           # 403
            yield make(403, Severity.ERROR, where, sheet.pointer, project=sheet.name)
            continue
        if result.spent > result.budget:                                    # 404
            yield make(404, Severity.WARNING, where, sheet.pointer, project=sheet.name, spent=plain(result.spent),
                       budget=plain(result.budget))
        if not sheet.scored:
            continue
        if result.weight_total != 100:                                      # 401
            yield make(401, Severity.WARNING, where, sheet.pointer, project=sheet.name, total=plain(result.weight_total),
                       budget_weight=plain(result.budget_weight))
        for ind in sheet.indicators:                                        # 402
            if ind.score is not None and ind.score > (ind.weight or ZERO):
                yield make(402, Severity.ERROR, ctx.source.location(pointer_join(ind.pointer, "得分")), ind.pointer,
                           project=sheet.name, indicator=ind.level3, score=plain(ind.score), weight=plain(ind.weight or ZERO))
        declared = result.declared_total
        if declared is not None and declared.difference:                   # 408
            yield make(408, Severity.ERROR, ctx.source.location(declared.pointer), declared.pointer,
                       table=f"绩效自评表“{sheet.name}”：", label="总分", given=plain(declared.entered),
                       computed=amount(result.total, 2), basis="各指标得分与预算执行得分之和",
                       diff=plain(declared.difference), tail="")
        if sheet.declared_grade and sheet.declared_grade != result.grade:           # 409
            pointer = pointer_join(sheet.pointer, "等级")
            yield make(409, Severity.ERROR, ctx.source.location(pointer), pointer, table=f"绩效自评表“{sheet.name}”：",
                       label="等级", given=sheet.declared_grade, basis=f"总分 {amount(result.total, 2)} 对应的等级",
                       computed=result.grade)
