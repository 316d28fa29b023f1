"""Every figure of a 自评报告 that the clerk does not type, computed once.

Per sheet (the shared `compute_sheet`): 预算数/到位数/执行数 totals, 执行率 (预算执行进度), 到位率,
the 预算执行率指标's 得分 (分值 × 执行率, not above 分值: the set's 预算执行得分规则) and the 总分.
Here: the sheet's indicator rows in the form's order with each 一级指标's weight, the report's
总得分 from the sheet totals by the set's 总得分规则 (算术平均 or 按预算数加权平均), and its 等级
from the set's bands.  Values stay exact ``Decimal``; numfmt rounds them when they are printed.
"""
from __future__ import annotations

from decimal import Decimal

from ...figures import HUNDRED, ZERO, Term, figure
from ...parts.sheets import Indicator, ScoringRule, SheetResult, against, compute_sheet, sheet_scope
from ...reference import Classification
from ...references import AMOUNT, PLAIN, Quantity, Scope
from ...templateset import Settings
from .model import Report
from .result import EvaluatedSheet, FormRow, LevelWeight, SelfEvaluation
from .settings import Layout, Level


def _weight(indicators: list[Indicator]) -> Decimal | None:
    weights = [i.weight for i in indicators if i.weight is not None]
    return sum(weights, ZERO) if weights else None


def evaluate_sheet(result: SheetResult, layout: Layout) -> EvaluatedSheet:
    """The sheet's rows grouped by the form's 一级指标, the 预算执行率指标 row where the form has it."""
    indicators = result.sheet.indicators
    on_form = {level.name for level in layout.levels}
    off_form = tuple(dict.fromkeys(i.level1 for i in indicators if i.level1 not in on_form))
    groups: list[tuple[Level | None, str, list[Indicator | None]]] = []
    for level in layout.levels:
        groups.append((level, level.name, [None] if level.budget else [i for i in indicators if i.level1 == level.name]))
    groups += [(None, name, [i for i in indicators if i.level1 == name]) for name in off_form]
    rows: list[FormRow] = []
    for level, name, members in groups:
        weight = result.budget_weight if level is not None and level.budget else _weight(members)
        previous, position = None, 0
        for k, ind in enumerate(members):
            same2 = previous is not None and ind is not None and ind.level2 == previous.level2
            position = position + 1 if same2 else 1
            rows.append(FormRow(ind, level, name, weight, k == 0, not same2, position))
            previous = ind
    level_weights = tuple(LevelWeight(level, _weight(members) or ZERO) for level, _, members in groups
                          if level is not None and not level.budget and result.sheet.scored)
    return EvaluatedSheet(result, tuple(rows), level_weights, off_form if layout.levels else ())


def overall_score(results: list[SheetResult], weighted: bool) -> Decimal | None:
    """总得分: the plain mean of the sheet totals, or their mean weighted by each project's 预算数."""
    scored = [r for r in results if r.total is not None]
    if not scored:
        return None
    if not weighted:
        return sum((r.total for r in scored), ZERO) / len(scored)
    budget = sum((r.budget for r in scored), ZERO)
    if budget == ZERO:
        return None
    return sum((r.budget * r.total for r in scored), ZERO) / budget


def report_scope(report: Report) -> Scope:
    """The figures the report's own texts may name: the year and the budget figures it states."""
    b = report.budget
    figures = {"年度": Quantity(str(report.year), PLAIN), "年初预算收入": Quantity(b.initial, AMOUNT),
               "调整预算数": Quantity(b.adjusted, AMOUNT), "支出": Quantity(b.spent, AMOUNT)}
    if b.carried is not None:
        figures["结转和结余"] = Quantity(b.carried, AMOUNT)
    return Scope("自评报告", figures, report.texts)


def compute(report: Report, settings: Settings, reference: Classification) -> SelfEvaluation:
    layout: Layout = settings.layout
    rule = ScoringRule(settings.budget_weight, settings.grades, settings.grade_on_printed_total)
    results = [compute_sheet(s, rule) for s in report.sheets]
    score = overall_score(results, layout.weighted)
    return SelfEvaluation(
        report=report,
        sheets=tuple(evaluate_sheet(r, layout) for r in results),
        score=score,
        declared_score=against(report.declared_score, score, HUNDRED),
        grade=rule.grade(score) if score is not None else "",
        rule=layout.overall_rule,
        project_budget=figure(None, [Term(r.sheet.name, r.budget) for r in results]),
        text_scope=report_scope(report),
        sheet_scopes=tuple(sheet_scope(r, texts, report.year) for r, texts in zip(results, report.sheet_texts)),
    )
