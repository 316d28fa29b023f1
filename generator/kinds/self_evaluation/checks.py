"""审核 of a 自评报告: the shared sheet checks, and the report's own identities (410, 411, 416–419).

Each check compares what compute.py paired and says where both stand; none adds anything up.
"""
from __future__ import annotations

from typing import Callable, Iterable

from ...checking import CheckContext, money, terms_text
from ...load import pointer_join
from ...figures import HUNDRED
from ...numfmt import plain, score
from ...parts.sheet_checks import check_sheets
from ...parts.text_checks import check_lint, check_texts
from ...problems import Problem, Severity, make
from .result import SelfEvaluation


def check_project_sheets(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """401–404, 408, 409, 412–415: each project sheet."""
    yield from check_sheets((s.result for s in result.sheets), ctx)


def check_unscored(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """419: a sheet without weights and scores has no 总分 and cannot count in the 总得分."""
    for s in result.sheets:
        sheet = s.result.sheet
        if not sheet.scored and s.result.budget:
            yield make(419, Severity.ERROR, ctx.source.location(pointer_join(sheet.pointer, "指标")),
                       pointer_join(sheet.pointer, "指标"), project=sheet.name)


def check_level_weights(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """416: each 一级指标's weight (Σ 分值 of its rows) against the form's (产出 40, 效益 40, 满意度 10)."""
    for s in result.sheets:
        sheet = s.result.sheet
        for lw in s.level_weights:
            if lw.weight != lw.level.weight:
                first = next((i for i in sheet.indicators if i.level1 == lw.level.name), None)
                pointer = first.pointer if first else pointer_join(sheet.pointer, "指标")
                yield make(416, Severity.WARNING, ctx.source.location(pointer), pointer, project=sheet.name,
                           level=lw.level.name, total=plain(lw.weight), template=ctx.settings.name,
                           form=plain(lw.level.weight))


def check_off_form(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """417: an 一级指标 the template's form does not have (printed after the form's rows)."""
    form = "、".join(level.name for level in ctx.settings.layout.levels)
    for s in result.sheets:
        sheet = s.result.sheet
        for name in s.off_form:
            first = next(i for i in sheet.indicators if i.level1 == name)
            pointer = pointer_join(first.pointer, "一级指标")
            yield make(417, Severity.WARNING, ctx.source.location(pointer), pointer, project=sheet.name, level=name,
                       template=ctx.settings.name, form=form)


def check_project_budget(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """418: the projects are part of the department's budget: Σ 项目预算数 ≤ 调整预算数."""
    budget = result.report.budget
    total = result.project_budget
    if total.computed > budget.adjusted:
        pointer = pointer_join(budget.pointer, "调整预算数")
        yield make(418, Severity.WARNING, ctx.source.location(pointer), pointer, total=money(total.computed),
                   parts=terms_text(total), adjusted=money(budget.adjusted))


def check_overall_score(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """410: 总得分 as published = the sheet totals by the set's 总得分规则."""
    fig = result.declared_score
    if fig is not None and fig.difference:
        yield make(410, Severity.ERROR, ctx.source.location(fig.pointer), fig.pointer, table="自评报告：",
                   label="总得分", given=plain(fig.entered), computed=f"{fig.computed:f}",
                   basis=result.rule, diff=plain(fig.difference), tail="")


def check_overall_grade(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """411: 评价等级 as published = the 等级 of the computed 总得分."""
    given = result.report.declared_grade
    if given and result.score is not None and given != result.grade:
        yield make(411, Severity.ERROR, ctx.source.location("/等级"), "/等级", table="自评报告：", label="评价等级",
                   given=given, basis=f"总得分 {score(result.score, 2, HUNDRED)} 对应的等级", computed=result.grade)


def check_human_texts(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """501, 502: the figures the report and the sheets name in their texts, or type instead of naming."""
    yield from check_texts((result.text_scope,) + result.sheet_scopes, ctx)


def check_text_lint(result: SelfEvaluation, ctx: CheckContext) -> Iterable[Problem]:
    """503–506: doubled words and punctuation, placeholders, unexpected years in what the department wrote."""
    for scope in (result.text_scope,) + result.sheet_scopes:
        yield from check_lint(scope, result.report.year, ctx)


CHECKS: list[Callable[[SelfEvaluation, CheckContext], Iterable[Problem]]] = [
    check_project_sheets,
    check_unscored,
    check_level_weights,
    check_off_form,
    check_project_budget,
    check_overall_score,
    check_overall_grade,
    check_human_texts,
    check_text_lint,
]
