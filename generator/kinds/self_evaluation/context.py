"""The 自评报告 template context: the computed result, formatted, under names a clerk can read.

Tag names follow the report: {{ 收支预算.调整预算数 }}, {{ s.资金总额.执行率 }} (the sheet's 预算执行进度),
{{ 评价结论.总得分 }}.  The department's own texts are printed as written (they end with their own
punctuation), each {名称} in them filled from its scope's figures; the sentences around the
figures are the template's.  This module selects and
formats; it adds nothing up (compute.py does) and rounds nothing itself (numfmt does).
"""
from __future__ import annotations

from ...figures import HUNDRED
from ...ooxml import MERGE_UP
from ...reference import Classification
from ...references import Scope
from ...templateset import Settings
from ...wording import Wording
from ... import numfmt
from .result import EvaluatedSheet, FormRow, SelfEvaluation


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _row(row: FormRow, result, w: Wording) -> dict:
    """One indicator row; the 预算执行率指标 row carries the computed rate and score."""
    label = ""
    if row.first_of_level1:
        pattern = row.level.label if row.level is not None else "{名称}（{分值}）"
        label = pattern.format(名称=row.level1, 分值=numfmt.plain(row.level1_weight))
    i = row.indicator
    if i is None:
        fund = result.total_fund
        return {"一级指标": label or MERGE_UP, "二级指标": "", "三级序号": "", "三级指标": "", "预期指标值": "",
                "实际完成值": w.percent(fund.rate),
                "得分": numfmt.score(fund.score, 2, result.budget_weight, trim=True), "预算执行": True}
    return {"一级指标": label or MERGE_UP, "二级指标": i.level2 if row.first_of_level2 else MERGE_UP,
            "三级序号": str(row.position), "三级指标": i.level3, "预期指标值": i.target or i.adjusted or i.initial,
            "实际完成值": i.actual, "得分": numfmt.plain(i.score), "预算执行": False}


def sheet_group(evaluated: EvaluatedSheet, scope: Scope, w: Wording, unit_name: str, index: int, count: int) -> dict:
    """One 部门预算项目绩效自评表 (河北): amounts as entered (0.5, 29.99), rates and scores computed."""
    result = evaluated.result
    s = result.sheet
    total = result.total_fund
    return {
        "序号": str(index + 1), "最后一张": index == count - 1,
        "项目名称": s.name, "实施单位": s.unit or unit_name, "填报人": s.filled_by, "联系电话": s.phone,
        "资金总额": {"预算数": numfmt.plain(total.budget), "到位数": numfmt.plain(total.arrived),
                 "执行数": numfmt.plain(total.spent), "执行率": w.percent(total.rate), "到位率": w.percent(total.arrival_rate)},
        "资金": [{"来源": f.source, "首行": k == 0, "预算数": numfmt.plain(f.budget), "到位数": numfmt.plain(f.arrived),
                "执行数": numfmt.plain(f.spent)} for k, f in enumerate(result.funds)],
        "年度目标": w.whole_text(s.goal, scope), "实际完成情况": w.whole_text(s.achieved, scope),
        "总体完成率": s.completion,
        "指标": [_row(row, result, w) for row in evaluated.rows],
        "总分": numfmt.score(result.total, 2, result.weight_total, trim=True),
        "存在问题及整改": w.whole_text(s.problems, scope),
    }


def template_context(result: SelfEvaluation, settings: Settings, reference: Classification) -> dict:
    """The whole context, grouped as the report is."""
    w = Wording(settings)
    r = result.report
    scope = result.text_scope

    def text(value: str) -> str:
        return w.whole_text(value, scope)

    unit, org, staff, budget = r.unit, r.organisation, r.staff, r.budget
    return {
        "单位": {"名称": unit.name, "简称": unit.short_name, "性质": unit.nature},
        "年度": str(r.year),
        "引言": text(r.preamble), "有引言": bool(text(r.preamble)),
        "概况": {"职责": [{"序号": str(i + 1), "内容": text(t)} for i, t in enumerate(r.duties)],
               "组织机构": [{"单位名称": org.name, "单位基本性质": org.nature, "单位规格": org.grade,
                         "经费形式": org.funding}],
               "人员": {"行政编制": _count(staff.administrative), "事业编制": _count(staff.institutional),
                      "在职人员": _count(staff.serving)}},
        "收支预算": {"年初预算收入": w.amount(budget.initial), "调整预算数": w.amount(budget.adjusted),
                 "结转和结余": w.amount(budget.carried), "有结转和结余": budget.carried is not None,
                 "支出": w.amount(budget.spent)},
        "绩效目标": text(r.goal),
        "自评工作": {"组织": text(r.organised), "方法和过程": text(r.method)},
        "总体绩效目标实现情况": text(r.achieved),
        "自评表": [sheet_group(s, sc, w, unit.name, i, len(result.sheets))
                 for i, (s, sc) in enumerate(zip(result.sheets, result.sheet_scopes))],
        "评价结论": {"总得分": numfmt.score(result.score, 2, HUNDRED, trim=True), "等级": result.grade,
                 "总得分规则": result.rule},
        "存在问题": text(r.problems),
        "改进措施": text(r.measures),
        "评价工作组": {"成员": [{"姓名": m.name, "职务": m.title} for m in r.members], "日期": r.date},
    }
