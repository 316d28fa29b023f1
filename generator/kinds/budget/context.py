"""The 预算 template context: the computed result, formatted, under names a clerk can read.

Groups follow the document: the nine tables (收支总表 … 三公表), then 第一部分 section by section
(职责及机构, 总体情况, 机关运行经费, 三公, 整体绩效, 专项资金, 项目绩效目标表, 政府采购, 国有资产,
其他事项).  This module selects and formats; it adds nothing up (compute.py does) and rounds
nothing itself (numfmt does, through `Wording`).  The words around the values are the template's.
"""
from __future__ import annotations

from decimal import Decimal

from ... import numfmt
from ...figures import ZERO, Change
from ...ooxml import MERGE_UP
from ...parts.items import TableResult
from ...parts.project_targets import ProjectResult
from ...parts.three_public import ABROAD, CAR, CAR_PURCHASE, CAR_RUNNING, RECEPTION, TABLE_ROWS, TOTAL
from ...reference import Classification
from ...templateset import Settings
from ...wording import Wording
from .model import FISCAL_FUNDS, FISCAL_INCOME, SUMMARY_INCOME, THREE_FUNDS
from .result import BudgetResult

# the 三公 rows under the names a template uses
THREE_KEYS = {TOTAL: "合计", ABROAD: "因公出国费", CAR: "公务用车购置及运维费", CAR_PURCHASE: "公务用车购置费",
              CAR_RUNNING: "公务用车运行维护费", RECEPTION: "公务接待费"}


def _class_name(reference: Classification, code: str) -> str:
    return reference.function_name(code)


# ───────────────────────────── the nine tables ─────────────────────────────

def item_table(table: TableResult, w: Wording) -> dict:
    """A 科目 table: the 合计 row (序号 1), then one row per 科目 (序号 2, 3 …); cells blank when zero."""
    columns = table.table.columns.all
    rows = []
    for i, code in enumerate(table.codes):
        row = {"序号": str(i + 2), "科目编码": code, "科目名称": table.name(code), "级次": len(code)}
        row.update({col: w.cell(table.value(code, col)) for col in columns})
        rows.append(row)
    return {"合计": {col: w.cell(table.total(col)) for col in columns}, "行": rows,
            "无数据": table.is_empty and not table.codes, "无数据说明": table.table.no_data_note.strip()}


def summary_table(result: BudgetResult, w: Wording, reference: Classification) -> dict:
    """部门预算收支总表: the template prints the rows (labels and 序号 are the form's); these are its amounts."""
    s = result.summary
    return {"收入": {k: w.cell(s.income[k]) for k in SUMMARY_INCOME},
            "支出": {_class_name(reference, code): w.cell(v) for code, v in s.expense.items()},
            "本年收入合计": w.cell(s.income_total.value), "本年支出合计": w.cell(s.expense_total),
            "上年结转结余": w.cell(s.carried_in), "年终结转结余": w.cell(s.carried_out),
            "收入总计": w.cell(s.income_grand.value), "支出总计": w.cell(s.expense_grand.value)}


def fiscal_table(result: BudgetResult, w: Wording, reference: Classification) -> dict:
    """部门预算财政拨款收支总表."""
    f = result.fiscal

    def columns(cells: dict) -> dict:
        return {k: w.cell(cells[k]) for k in ("合计",) + FISCAL_FUNDS}

    return {"收入": {k: w.cell(f.income[k]) for k in FISCAL_INCOME},
            "本年收入合计": w.cell(f.income_total.value),
            "支出": {_class_name(reference, code): columns(cells) for code, cells in f.by_class.items()},
            "本年支出合计": columns(f.expense_total),
            "年初财政拨款结转和结余": {"合计": w.cell(f.opening_total), **{k: w.cell(f.opening[k]) for k in FISCAL_INCOME}},
            "年末财政拨款结转和结余": columns(f.closing),
            "收入总计": w.cell(f.income_grand.value),
            "支出总计": {**columns(f.expense_grand_by_column), "合计": w.cell(f.expense_grand.value)}}


def three_public_table(result: BudgetResult, w: Wording) -> dict:
    """部门预算财政拨款“三公”经费支出表: one row per item, one column per fund."""
    t = result.three_public
    group = {THREE_KEYS[row]: {col: w.cell(t.cells[(row, col)]) for col in (TOTAL,) + THREE_FUNDS} for row in TABLE_ROWS}
    group.update({"无数据": t.empty, "无数据说明": result.budget.three_public_note.strip()})
    return group


# ───────────────────────────── 第一部分 情况说明 ─────────────────────────────

def duties_group(result: BudgetResult) -> dict:
    """一、部门职责及机构设置情况."""
    dept = result.budget
    return {"职责": [{"序号": str(i + 1), "内容": d.strip()} for i, d in enumerate(dept.overview.duties)],
            "机构": [{"单位名称": u.name, "单位性质": u.nature, "单位规格": u.rank, "经费保障形式": u.funding}
                   for u in dept.units],
            "有所属单位": result.has_subordinate_units, "有所属事业单位": result.has_subordinate_institutions}


def _amount(w: Wording, value: Decimal) -> dict:
    return {"金额": w.amount(value), "为零": value == ZERO}


def _change(w: Wording, change: Change) -> dict:
    return {"金额": w.amount(change.current), "为零": change.current == ZERO, "较上年": w.change(change)}


def overall_group(result: BudgetResult, w: Wording) -> dict:
    """二、部门预算安排的总体情况: 收入说明, 支出说明, 比上年增减情况."""
    r = result
    return {
        "收入说明": {"预算收入": w.amount(r.income_total), "一般公共预算收入": _amount(w, r.general_income),
                 "基金预算收入": _amount(w, r.fund_income), "财政专户核拨收入": _amount(w, r.special_account_income),
                 "其他来源收入": _amount(w, r.other_income)},
        "支出说明": {"支出预算": w.amount(r.expense_total), "基本支出": w.amount(r.basic_total),
                 "人员经费": w.amount(r.personnel), "公用经费": w.amount(r.public),
                 "项目支出": _amount(w, r.project_expense),
                 "项目": [{"序号": str(i + 1), "名称": item.called, "金额": w.amount(item.amount)}
                        for i, item in enumerate(r.project_list)],
                 "列示完整": r.project_list_complete},
        "比上年": {"收支总计": w.amount(r.total_change.current), "较上年": w.change(r.total_change),
                "原因": r.budget.explanations.change_reason.strip()},
    }


def operating_group(result: BudgetResult, w: Wording) -> dict:
    """三、机关运行经费安排情况: the total and its items — as the department listed them (its names and amounts, in
    its order; W344/W345 say where the list and the table part), else every non-zero 公用经费 row, in table order."""
    op = result.operating
    rows = {item.code: item for item in op.items}
    if op.costs.listed:
        items = [(i.code, i.name or (rows[i.code].name if i.code in rows else i.code),
                  i.amount if i.amount is not None else (rows[i.code].amount if i.code in rows else ZERO))
                 for i in op.costs.listed]
    else:
        items = [(item.code, item.name, item.amount) for item in op.items]
    return {"合计": w.amount(op.total.value),
            "各项": [{"序号": str(i + 1), "科目编码": code, "名称": name, "金额": w.amount(value)}
                   for i, (code, name, value) in enumerate(items)]}


def three_public_group(result: BudgetResult, w: Wording) -> dict:
    """四、财政拨款“三公”经费预算情况: each row's amount and its change on last year's budget."""
    t = result.three_public
    group = {THREE_KEYS[row]: _change(w, t.changes[row]) for row in TABLE_ROWS}
    group["增减原因"] = result.budget.explanations.three_public_reason.strip()
    group["说明"] = w.whole_text(result.budget.explanations.three_public_text, result.text_scope)
    return group


def performance_group(result: BudgetResult) -> dict:
    """五、部门整体绩效目标."""
    p = result.budget.performance
    return {"总体绩效目标": p.overall.strip(),
            "分项绩效目标": [{"序号": str(i + 1), "名称": g.name, "绩效目标": g.goal.strip(), "绩效指标": g.indicator.strip()}
                       for i, g in enumerate(p.items)],
            "保障措施说明": p.measures_intro.strip(), "有保障措施说明": bool(p.measures_intro.strip()),
            "保障措施": [{"序号": str(i + 1), "内容": m.strip()} for i, m in enumerate(p.measures)]}


def special_funds_group(result: BudgetResult, w: Wording) -> dict:
    """六、部门主管专项资金预算安排情况及绩效目标."""
    dept = result.budget
    funds = [{"序号": str(i + 1), "名称": f.name, "预算数": w.amount(f.amount or ZERO), "绩效目标": f.goal.strip()}
             for i, f in enumerate(dept.special_funds)]
    return {"项目": funds, "有专项资金": bool(funds), "无数据说明": dept.special_funds_note.strip()}


def project_group(p: ProjectResult, index: int, w: Wording, dates: tuple[str, ...]) -> dict:
    """One 项目绩效目标表: blank 预算数 stays blank; indicator groups merge their 一级/二级 cells."""
    project = p.project
    plan = {step.date: f"{numfmt.plain(step.percent)}%" if step.percent is not None else "" for step in p.plan}
    rows = [{"一级指标": row.indicator.level1 if row.first_of_level1 else MERGE_UP,
             "二级指标": row.indicator.level2 if row.first_of_level2 else MERGE_UP,
             "三级指标": row.indicator.level3, "绩效指标描述": row.indicator.description,
             "指标值": row.indicator.value, "指标值确定依据": row.indicator.basis} for row in p.rows]
    return {"序号": str(index + 1), "项目编码": project.code, "项目名称": project.name,
            "预算数": numfmt.amount(p.budget, w.settings.amount_places) if p.has_budget else "",
            "财政资金": w.cell(project.fiscal), "其他资金": w.cell(project.other), "资金用途": project.use.strip(),
            "资金支出计划": {d: plan.get(d, "") for d in dates} | plan,
            "绩效目标": [{"序号": str(i + 1), "内容": g.strip()} for i, g in enumerate(project.goals)],
            "指标": rows}


def procurement_group(result: BudgetResult, w: Wording) -> dict:
    """八、政府采购预算情况."""
    pr = result.procurement
    items = [{"项目名称": i.item.project, "预算资金": w.cell(i.item.project_budget), "采购物品名称": i.item.goods,
              "政府采购目录序号": i.item.catalogue, "计量单位": i.item.unit,
              "数量": numfmt.plain(i.item.quantity), "单价": w.cell(i.item.price), "合计": w.cell(i.total.value),
              **{s: w.cell(i.source(s)) for s in pr.source_totals},
              "预留中小微企业份额": w.cell(i.item.reserved)} for i in pr.items]
    return {"项目": items, "无数据": pr.empty, "无数据说明": pr.procurement.no_data_note.strip(),
            "合计": {"合计": w.cell(pr.total.value), **{s: w.cell(v) for s, v in pr.source_totals.items()}}}


def assets_group(result: BudgetResult, w: Wording) -> dict:
    """九、国有资产信息: the paragraph's figures and the 部门固定资产占用情况表."""
    fa = result.fixed_assets
    table = {"资产总额": {"数量": numfmt.plain(fa.assets.total.quantity), "价值": w.cell(fa.value)}}
    table.update({r.key: {"数量": numfmt.plain(r.quantity), "价值": w.cell(r.value)} for r in fa.assets.rows})
    return {"上年末固定资产金额": w.amount(fa.value), "拟购置固定资产": _amount(w, result.planned_fixed_assets),
            "截止时间": result.asset_date, "表": table}


# ───────────────────────────── all of it ─────────────────────────────

def template_context(result: BudgetResult, settings: Settings, reference: Classification) -> dict:
    """The whole context, grouped as the document is."""
    w = Wording(settings)
    dept = result.budget
    unit = dept.unit
    dates = settings.layout.plan_dates
    return {
        "单位": {"名称": unit.name, "简称": unit.short_name, "编码": unit.department_code, "性质": unit.nature,
               "公开日期": unit.published_on, "有公开日期": bool(unit.published_on)},
        "年度": str(dept.year),
        "上年度": str(dept.year - 1),
        "收支总表": summary_table(result, w, reference),
        "收入总表": item_table(result.income, w),
        "支出总表": item_table(result.expense, w),
        "财政拨款收支总表": fiscal_table(result, w, reference),
        "一般公共预算支出表": item_table(result.general_budget, w),
        "基本支出表": item_table(result.basic.table, w),
        "政府性基金表": item_table(result.government_fund, w),
        "国有资本经营表": item_table(result.state_capital, w),
        "三公表": three_public_table(result, w),
        "职责及机构": duties_group(result),
        "总体情况": overall_group(result, w),
        "机关运行经费": operating_group(result, w),
        "三公": three_public_group(result, w),
        "整体绩效": performance_group(result),
        "专项资金": special_funds_group(result, w),
        "项目绩效目标表": [project_group(p, i, w, dates) for i, p in enumerate(result.projects)],
        "政府采购": procurement_group(result, w),
        "国有资产": assets_group(result, w),
        "其他事项": dept.other_matters.strip(),
    }


__all__ = ["template_context"]
