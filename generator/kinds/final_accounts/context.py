"""The 决算 template context: the computed result, formatted, under names a clerk can read.

Tag names follow the document: {{ 单位.名称 }}, {{ 收入表.合计.财政拨款收入 }},
{{ 说明.收支总计.收入较上年 }} (“减少58.63万元，下降10.44%”), {{ 三公.公务接待费.决算数 }}.
This module selects and formats; it adds nothing up (compute.py does) and rounds nothing
itself (numfmt does, through `Wording`).  Templates place values and test the booleans given
here; the words around the values are the template's.
"""
from __future__ import annotations

from ...figures import ZERO, Share
from ...ooxml import MERGE_UP
from ...parts.items import TableResult
from ...parts.reasons import VERSUS_BUDGET
from ...parts.sheets import SheetResult
from ...parts.three_public import ABROAD, CAR_PURCHASE, CAR_RUNNING, ITEMS, RECEPTION, ThreePublicItem
from ...reference import Classification
from ...templateset import Settings
from ...wording import Said, Wording, clean_text
from ... import numfmt
from .result import FinalAccounts
from .model import FISCAL_FUNDS

FUNDS = ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
THREE_PUBLIC_KEYS = {ABROAD: "因公出国费", CAR_PURCHASE: "公务用车购置费", CAR_RUNNING: "公务用车运行维护费",
                     RECEPTION: "公务接待费"}


# The parts of a department file a template set needs only when it prints their figures: a province whose forms
# have no 公开10 and whose 情况说明 says nothing of 政府采购, 机关运行经费 or 车辆 does not fill 相关信息统计表.
TEMPLATE_NEEDS = {
    "/相关信息统计表": ("相关信息表", "说明.政府采购", "说明.机关运行经费", "说明.国有资产", "说明.一般性支出.节庆活动",
                 "说明.一般性支出.无节庆活动"),
    "/相关信息统计表/政府采购": ("相关信息表.政府采购", "说明.政府采购"),
    "/相关信息统计表/机关运行经费": ("相关信息表.机关运行经费", "说明.机关运行经费"),
    "/相关信息统计表/车辆": ("相关信息表.车辆", "说明.国有资产"),
}


# ───────────────────────────── 封面与概况 ─────────────────────────────

def unit_group(result: FinalAccounts) -> dict:
    unit = result.department.unit
    return {"名称": unit.name, "简称": unit.short_name, "性质": unit.nature,
            "主管部门编码": unit.department_code, "预算单位编码": unit.unit_code,
            "主管部门": f"{unit.department_code}-{unit.name}" if unit.department_code else unit.name,
            "预算单位": f"{unit.unit_code}-{unit.name}" if unit.unit_code else unit.name,
            "公开日期": unit.published_on, "有公开日期": bool(unit.published_on)}


def overview_group(result: FinalAccounts) -> dict:
    o = result.department.overview
    offices = [{"序号": str(i + 1), "名称": office.name, "职责": clean_text(office.duty)}
               for i, office in enumerate(o.offices)]
    return {"职责": [{"序号": str(i + 1), "内容": clean_text(t)} for i, t in enumerate(o.duties)],
            "职责为段落": bool(o.duties_paragraph), "职责段落": o.duties_paragraph.strip(),
            "职责说明": [t.strip() for t in o.duties_note.split("\n") if t.strip()],
            "内设机构": offices, "内设机构数": str(len(offices)), "有内设机构": bool(offices),
            "机构设置说明": clean_text(o.organisation_note), "有机构设置说明": bool(o.organisation_note),
            "决算单位": [{"序号": str(i + 1), "名称": u.name, "性质": u.nature, "备注": u.note}
                     for i, u in enumerate(o.units)],
            "决算单位数": str(len(o.units)), "只有本单位": len(o.units) == 1,
            "有备注": any(u.note for u in o.units)}


# ───────────────────────────── 决算表 ─────────────────────────────

def item_table(table: TableResult, w: Wording) -> dict:
    """公开02/03/05/07/08: rows by 科目, cells blank when zero; column names as printed."""
    columns = table.table.columns.all
    rows = []
    for code in table.codes:
        row = {"科目编码": code, "科目名称": table.name(code), "级次": len(code)}
        row.update({col: w.cell(table.value(code, col)) for col in columns})
        rows.append(row)
    return {"合计": {col: w.cell(table.total(col)) for col in columns}, "行": rows,
            "无数据": table.is_empty, "无数据说明": table.table.no_data_note.strip()}


def summary_table(result: FinalAccounts, w: Wording, reference: Classification) -> dict:
    """公开01: the template prints the rows (labels and 行次 are the form's); these are its amounts."""
    s = result.summary
    group = {name: w.cell(value) for name, value in s.income_sources.items()}
    group.update({
        "本年收入合计": w.cell(s.income_total.value), "本年支出合计": w.cell(s.expense_total.value),
        "收入总计": w.cell(s.income_grand_total), "支出总计": w.cell(s.expense_grand_total),
        "支出": {reference.function_name(code): w.cell(v) for code, v in s.expense_by_class.items()},
    })
    group.update({k: w.cell(v) for k, v in s.lines.items()})
    return group


def fiscal_table(result: FinalAccounts, w: Wording, reference: Classification) -> dict:
    """公开04: fiscal income by fund on the left, classes by fund on the right."""
    f = result.fiscal

    def columns(c) -> dict:
        return {"合计": w.cell(c.total), **{fund: w.cell(v) for fund, v in zip(FUNDS, c.by_fund)}}

    return {
        "本年收入": {fund: w.cell(f.income[fund]) for fund in FISCAL_FUNDS},
        "本年收入合计": w.cell(f.income_total.value),
        "年初财政拨款结转和结余": {"合计": w.cell(f.opening_total), **{fund: w.cell(f.opening[fund]) for fund in FISCAL_FUNDS}},
        "收入总计": w.cell(f.income_grand_total),
        "支出": {reference.function_name(code): columns(c) for code, c in f.by_class.items()},
        "本年支出合计": {**columns(f.fund_totals), "合计": w.cell(f.expense_total.value)},
        "年末财政拨款结转和结余": {"合计": w.cell(f.closing_total), **{fund: w.cell(f.closing[fund]) for fund in FISCAL_FUNDS}},
        "支出总计": {**columns(f.fund_grand_totals), "合计": w.cell(f.expense_grand_total)},
    }


def basic_table(result: FinalAccounts, w: Wording) -> dict:
    """公开06: the template prints the 经济分类 rows; {{ 基本支出表.科目['30101'] }} is a row's 决算数."""
    b = result.basic
    codes = set(b.table.codes) | w.settings.layout.basic_codes
    return {"科目": {code: w.cell(b.value(code)) for code in sorted(codes)},
            "人员经费合计": w.amount(b.personnel), "公用经费合计": w.amount(b.public)}


def three_public_table(result: FinalAccounts, w: Wording) -> dict:
    """公开09: 预算数 and 决算数 of each item, cells blank when zero."""
    t = result.three_public

    def side(budget: bool) -> dict:
        def v(item: ThreePublicItem):
            return w.cell(item.budget if budget else item.actual)
        cells = {THREE_PUBLIC_KEYS[k]: v(t.items[k]) for k in ITEMS}
        cells.update({"合计": v(t.total), "公务用车购置及运行维护费": v(t.car)})
        return cells

    return {"预算数": side(True), "决算数": side(False), "无数据": t.empty,
            "无数据说明": result.department.three_public_note.strip()}


def info_table(result: FinalAccounts, w: Wording) -> dict:
    """公开10 相关信息统计表."""
    info, dept = result.info, result.department
    p = dept.info.procurement
    return {"政府采购": {"合计": w.cell(info.procurement_total.value),
                     **{k: w.cell(p.get(k)) for k in ("货物", "工程", "服务")}},
            "机关运行经费": {k: w.cell(dept.info.operating.get(k)) for k in ("行政单位", "参照公务员法管理事业单位")},
            "车辆": {"合计": str(info.vehicle_total) if info.vehicle_total else "",
                   **{k: str(n) if n else "" for k, n in info.vehicles}},
            "单价100万元以上设备": str(dept.info.big_equipment) if dept.info.big_equipment else ""}


# ───────────────────────────── 情况说明 ─────────────────────────────

def _shares(items: list[Share], w: Wording) -> list[dict]:
    return [w.share(s) for s in items]


def _is_zero(share: Share) -> bool:
    return share.amount == ZERO


def _listed(items: list, w: Wording, zero) -> list:
    """The items a “列示” list prints: all of them when the set prints zeros (设置 零值: 印出), else the non-zero."""
    return items if w.settings.layout.prints_zeros else [i for i in items if not zero(i)]


def three_public_group(result: FinalAccounts, w: Wording) -> dict:
    """“三公”经费 in the 说明: each item's budget, actual, share, completion, change, facts."""
    t = result.three_public
    facts = result.department.explanations.three_public
    scope = result.text_scope

    def item(i: ThreePublicItem, reason: str = "", use: str = "") -> dict:
        return {"名称": i.name, "预算数": w.amount(i.budget), "决算数": w.amount(i.actual), "有决算": i.actual != ZERO,
                "占比": w.percent(i.share), "完成预算": w.completion(i.completion), "较上年": w.change(i.change),
                "有预算": i.budget != ZERO, "未安排预算": i.budget == ZERO and i.actual != ZERO,
                "变动原因": w.text(reason, scope), "用途": w.text(use, scope)}

    reasons = result.reasons
    group = {THREE_PUBLIC_KEYS[k]: item(t.items[k], reasons[k].text, facts.uses.get(k, "")) for k in ITEMS}
    group["合计"] = item(t.total, reasons["“三公”经费"].text)
    group["公务用车购置及运行维护费"] = item(t.car)
    group["因公出国费"].update({"团组数": str(facts.abroad_groups), "人次": str(facts.abroad_people)})
    group["公务用车购置费"]["购置车辆数"] = str(facts.cars_bought)
    group["公务用车运行维护费"]["保有车辆数"] = str(facts.cars_held)

    def visits(v) -> dict:
        return {"金额": w.amount(v.amount or ZERO), "批次": str(v.batches), "人次": str(v.people), "用途": w.text(v.use, scope)}

    group["各项"] = [group[THREE_PUBLIC_KEYS[k]] for k in ITEMS]
    group["列示"] = _listed(group["各项"], w, lambda i: not i["有决算"])
    group["公务接待费"].update({"国内接待": visits(facts.home), "其中外事接待": visits(facts.foreign),
                           "国外接待": visits(facts.abroad), "批次": str(result.info.total_batches),
                           "人次": str(result.info.total_people)})
    return group


def _compared(completion, w: Wording) -> dict:
    """决算 against the budget the set compares with, and the set's name for that budget (“完成{{ 称为 }}的…”)."""
    return {**w.completion(completion), "称为": w.settings.layout.budget_name}


def _class_detail(c, w: Wording, scope, index: int = 0) -> dict:
    note = c.note
    return {"序号": str(index + 1), "科目编码": c.code, "名称": c.name,
            "各级": [{"名称": n, "级次": level} for n, level in zip(c.path, ("类", "款", "项"))],
            "决算数": w.amount(c.actual), "年初预算": w.completion(c.initial), "全年预算": w.completion(c.adjusted),
            "预算": _compared(c.budget, w), "较上年": w.change(c.change),
            "超预算": c.over_budget, "低于预算": c.under_budget,
            "用途": w.text(note.use if note else "", scope), "变动原因": w.text(c.change_reason.text, scope),
            "预算差异原因": w.text(c.budget_reason.text, scope), "预算差异原因按方向": c.budget_reason.keyed}


def _work(stage, w: Wording, weak: set[str]) -> dict:
    """One stage of 预算绩效管理情况 as the department states it."""
    if stage is None:
        return {"已填": False, "个数": "", "资金": "", "有资金": False, "平均分": "", "有平均分": False, "等级": [],
                "各等级": {}, "有较低等级": False}
    work = stage.work
    grades = [{"等级": g, "个数": str(n)} for g, n in stage.grades if g in work.grades or w.settings.layout.prints_zeros]
    return {"已填": work.given, "个数": numfmt.count(work.count), "资金": w.amount(stage.money),
            "有资金": stage.money is not None, "平均分": numfmt.plain(work.average), "有平均分": work.average is not None,
            "等级": _listed(grades, w, lambda g: g["个数"] == "0"), "各等级": {g: str(n) for g, n in stage.grades},
            "有较低等级": any(n for g, n in stage.grades if g in weak)}


def management_group(result: FinalAccounts, w: Wording) -> dict:
    """预算绩效管理情况: the department's own counts, money, scores and grades, stage by stage."""
    m = result.management
    weak = {g.name for g in w.settings.grades[-2:]}
    group = {key: _work(m.stage(key), w, weak) for key in ("绩效目标编报", "绩效监控", "重点评价")}
    group.update({"项目自评": _work(m.stage("项目支出"), w, weak), "整体自评": _work(m.stage("部门整体支出"), w, weak),
                  "发现的问题": w.text(m.management.problems, result.text_scope)})
    group["已填"] = any(v["已填"] for v in group.values() if isinstance(v, dict)) or bool(group["发现的问题"])
    return group


def explanation_group(result: FinalAccounts, w: Wording) -> dict:
    """第三部分 情况说明, one sub-group per topic."""
    r, dept = result, result.department
    e = dept.explanations
    scope = result.text_scope

    def text(value) -> str:
        return w.text(value, scope)

    income_nonzero = [p for p in r.income_parts if p.amount != ZERO]
    expense_nonzero = [p for p in r.expense_parts if p.amount != ZERO]
    groups = [{"序号": str(i + 1), "科目编码": g.code, "名称": g.name,
               "科目": [_class_detail(c, w, scope, k) for k, c in enumerate(g.items)]} for i, g in enumerate(r.item_groups)]
    flat_items = [dict(item, 序号=str(k + 1)) for k, item in enumerate(i for g in groups for i in g["科目"])]
    fund, capital = r.government_fund, r.state_capital
    perf = r.performance
    vehicles = r.info.vehicles
    return {
        "收支总计": {"收入总计": w.amount(r.total_income_change.current), "支出总计": w.amount(r.total_expense_change.current),
                 "收入较上年": w.change(r.total_income_change), "支出较上年": w.change(r.total_expense_change),
                 "变动原因": text(r.reasons["收支总计"].text)},
        "收入": {"合计": w.amount(r.income_total), "构成": _shares(r.income_parts, w), "非零构成": _shares(income_nonzero, w),
               "列示": _shares(_listed(r.income_parts, w, _is_zero), w),
               "财政拨款收入": w.amount(r.fiscal_income), "其他资金": w.amount(r.other_income)},
        "支出": {"合计": w.amount(r.expense_total), "构成": _shares(r.expense_parts, w),
               "列示": _shares(_listed(r.expense_parts, w, _is_zero), w),
               "非零构成": _shares(expense_nonzero, w), "按性质": {p.name: w.share(p) for p in r.expense_parts},
               "基本支出构成": _shares(r.expense_basic_split, w), "有基本支出构成": bool(r.expense_basic_split)},
        "财政拨款收支": {"收入总计": w.amount(r.fiscal_income_change.current),
                    "支出总计": w.amount(r.fiscal_expense_change.current),
                    "收入较上年": w.change(r.fiscal_income_change), "支出较上年": w.change(r.fiscal_expense_change),
                    "变动原因": text(r.reasons["财政拨款收支"].text)},
        "一般公共预算支出": {
            "合计": w.amount(r.general_budget_total), "占本年支出": w.percent(r.general_budget_share),
            "较上年": w.change(r.general_budget_change), "变动原因": text(r.reasons["一般公共预算支出"].text),
            "结构": _shares(r.general_budget_classes, w), "年初预算": w.completion(r.general_budget_initial),
            "全年预算": w.completion(r.general_budget_adjusted), "预算": _compared(r.general_budget_completion, w),
            "有全年预算": r.adjusted_given, "预算称为": w.settings.layout.budget_name,
            "超预算": r.reasons["一般公共预算支出决算与预算"].direction == VERSUS_BUDGET[0],
            "低于预算": r.reasons["一般公共预算支出决算与预算"].direction == VERSUS_BUDGET[1],
            "预算差异原因": text(r.reasons["一般公共预算支出决算与预算"].text),
            "预算差异原因按方向": r.reasons["一般公共预算支出决算与预算"].keyed,
            "各类": [_class_detail(c, w, scope, i) for i, c in enumerate(r.class_details)],
            "各项分类": groups, "各项": flat_items,
            "基本支出": w.amount(r.general_budget.total("基本支出")), "项目支出": w.amount(r.general_budget.total("项目支出"))},
        "基本支出": {"合计": w.amount(r.basic_total), "人员经费": w.share(r.personnel), "公用经费": w.share(r.public),
                 "人员经费明细": _shares(r.basic.personnel_items, w), "公用经费明细": _shares(r.basic.public_items, w)},
        "政府性基金": {"无数据": fund.is_empty, **{k: w.amount(fund.total(c)) for k, c in (
            ("年初结转和结余", "年初结转和结余"), ("本年收入", "本年收入"), ("本年支出", "本年支出合计"),
            ("基本支出", "基本支出"), ("项目支出", "项目支出"), ("年末结转和结余", "年末结转和结余"))}},
        "国有资本经营": {"无数据": capital.is_empty, "表样": w.settings.layout.state_capital_shape,
                   **{k: w.amount(capital.total(c)) for k, c in (
                       ("年初结转和结余", "年初结转和结余"), ("本年收入", "本年收入"), ("本年支出", "本年支出合计"),
                       ("基本支出", "基本支出"), ("项目支出", "项目支出"), ("年末结转和结余", "年末结转和结余"))}},
        "机关运行经费": {"金额": w.amount(r.info.operating), "较上年": w.change(r.operating_change),
                   "较年初预算": w.change(r.operating_budget_change), "变动原因": text(r.reasons["机关运行经费"].text)},
        "一般性支出": {"会议费": w.amount(r.meetings), "培训费": w.amount(r.training),
                  "节庆活动": w.amount(dept.info.festival), "无节庆活动": dept.info.festival == ZERO},
        "政府采购": {"总额": w.amount(r.info.procurement_total.value), "无采购": r.info.procurement_total.value == ZERO,
                 **{p.name: w.share(p) for p in r.info.procurement_parts},
                 "列示": _shares(_listed(r.info.procurement_parts, w, _is_zero), w),
                 "中小企业": w.share(r.info.sme or Share("", ZERO, None)),
                 "小微企业": w.share(r.info.small or Share("", ZERO, None)),
                 "小微企业占中小企业": w.share(r.info.small_of_sme or Share("", ZERO, None)),
                 "有预留份额": r.info.reserved_sme is not None,
                 "预留中小企业": w.amount(r.info.reserved_sme),
                 "预留小微企业": w.share(r.info.reserved_small or Share("", ZERO, None)),
                 "有其他项目": r.info.other_sme is not None,
                 "其他项目中小企业": w.share(r.info.other_sme or Share("", ZERO, None)),
                 "有各类中小企业": bool(r.info.sme_by_kind),
                 "各类中小企业": [w.share(s) for s in r.info.sme_by_kind],
                 **{f"{s.name}中小企业": w.share(s) for s in r.info.sme_by_kind}},
        "国有资产": {"车辆合计": str(r.info.vehicle_total),
                 "非零车辆": [{"名称": k, "数量": str(n)} for k, n in vehicles if n and k != "其他用车"],
                 "车辆": {k: str(n) for k, n in vehicles}, "其他用车": str(dict(vehicles).get("其他用车", 0)),
                 "其他用车说明": text(e.other_cars_note),
                 "单价100万元以上设备": str(dept.info.big_equipment),
                 "单价50万元以上通用设备": str(dept.info.general_equipment or 0)},
        "绩效": {"自评个数": str(perf.count), "全年预算数": w.amount(perf.budget), "全年执行数": w.amount(perf.spent),
               "等级": [{"等级": g.name, "个数": str(perf.grade_counts[g.name])} for g in w.settings.grades
                      if perf.grade_counts.get(g.name)],
               "有较低等级": r.weak_sheets > 0, "有自评表": perf.count > 0, "自评率": w.percent(perf.coverage),
               "改进措施": text(e.performance_measures), "绩效目标": text(e.performance_goal),
               "评价情况": text(e.performance_assessment),
               "所举项目": text(e.performance_example) or (r.sheets[0].sheet.name if r.sheets else ""),
               "项目": [{"序号": str(i + 1), "名称": s.sheet.name, "全年预算数": w.amount(s.total_fund.budget),
                       "全年执行数": w.amount(s.total_fund.spent), "执行率": w.percent(s.total_fund.rate),
                       "综述": text(s.sheet.analysis.get("综述")),
                       "偏差原因": text(s.sheet.analysis.get("偏差原因分析"))} for i, s in enumerate(r.sheets)]},
        "预算绩效": management_group(result, w),
        "其他事项": text(e.other_matters),
    }


# ───────────────────────────── 附件：自评表 ─────────────────────────────

def sheet_group(result: SheetResult, w: Wording, scope, unit_name: str, year: int, last: bool = False) -> dict:
    """One self-evaluation sheet; amounts as entered (5, 3.43, 3.973), the way the sheets print them.  A cell's text
    keeps its own final punctuation (no template sentence follows it: “网络安全性提高。” as the department wrote it)."""
    s = result.sheet
    places = w.settings.percent_places

    def fund(f) -> dict:
        return {"来源": f.source, "目标申报数": numfmt.plain(f.declared), "预算编制数": numfmt.plain(f.compiled),
                "年初预算数": numfmt.plain(f.initial), "全年预算数": numfmt.plain(f.budget),
                "全年执行数": numfmt.plain(f.spent), "结转结余": numfmt.plain(f.balance),
                "执行率": numfmt.percent_number(f.rate, places), "执行率百分比": w.percent(f.rate),
                "得分": numfmt.score(f.score, 2, result.budget_weight),
                "分值": numfmt.plain(result.budget_weight) if f.score is not None else "",
                "偏差原因": w.whole_text(f.reason, scope)}

    indicators = []
    for row in result.rows:
        i = row.indicator
        indicators.append({"一级指标": i.level1 if row.first_of_level1 else MERGE_UP,
                           "二级指标": i.level2 if row.first_of_level2 else MERGE_UP,
                           "一级指标分值": numfmt.plain(row.level1_weight) if row.first_of_level1 else "",
                           "三级指标": i.level3, "年初指标值": i.initial, "调整后指标值": i.adjusted,
                           "年度指标值": i.target or i.adjusted or i.initial, "实际完成值": i.actual,
                           "完成值情况说明": w.whole_text(i.note, scope), "分值": numfmt.plain(i.weight),
                           "得分": numfmt.plain(i.score), "偏差原因": w.whole_text(i.reason, scope)})
    analysis = {k: w.whole_text(s.analysis.get(k), scope) for k in
                ("预算执行情况", "产出情况", "效益情况", "满意度情况", "主要经验做法", "存在的问题及原因", "改进措施及管理建议")}
    return {
        "项目名称": s.name, "名称以项目结尾": result.name_ends_with_project, "最后一张": last, "有评分": s.scored,
        "实施单位": s.unit or unit_name, "专项名称": s.special or s.name, "子项目": s.sub_project or s.name,
        "项目总投资": numfmt.plain(s.investment) or numfmt.plain(result.total_fund.budget),
        "其中财政拨款": numfmt.plain(s.investment_fiscal) or numfmt.plain(result.total_fund.budget),
        "实施期": s.period,
        "资金总额": fund(result.total_fund), "资金": [fund(f) for f in result.funds],
        "年度目标": w.whole_text(s.goal, scope), "实际完成情况": w.whole_text(s.achieved, scope), "指标": indicators,
        "分值合计": numfmt.plain(result.weight_total) if result.weight_total is not None else "",
        "总分": numfmt.score(result.total, 2, result.weight_total), "等级": result.grade, "分析": analysis,
    }


def grade_rule(settings: Settings) -> list[dict]:
    """The template set's grade bands, highest first: 优 90–100, 良 80–90, …, 差 below 60."""
    bands = []
    for i, g in enumerate(settings.grades):
        upper = "100" if i == 0 else numfmt.plain(settings.grades[i - 1].floor)
        bands.append({"等级": g.name, "下限": numfmt.plain(g.floor), "上限": upper, "最低档": g.floor == 0})
    return bands


# ───────────────────────────── all of it ─────────────────────────────

def template_context(result: FinalAccounts, settings: Settings, reference: Classification) -> dict:
    """The whole context, grouped as the document is."""
    w = Wording(settings)
    dept = result.department
    name, year = dept.unit.name, dept.year
    report = dept.report
    return {
        "单位": unit_group(result),
        "年度": str(year),
        "上年度": str(year - 1),
        "概况": overview_group(result),
        "收支总表": summary_table(result, w, reference),
        "收入表": item_table(result.income, w),
        "支出表": item_table(result.expense, w),
        "财政拨款收支总表": fiscal_table(result, w, reference),
        "一般公共预算支出表": item_table(result.general_budget, w),
        "基本支出表": basic_table(result, w),
        "政府性基金表": item_table(result.government_fund, w),
        "国有资本经营表": item_table(result.state_capital, w),
        "三公表": three_public_table(result, w),
        "相关信息表": info_table(result, w),
        "说明": explanation_group(result, w),
        "三公": three_public_group(result, w),
        "自评表": [sheet_group(r, w, result.sheet_scopes[i], name, year, last=i == len(result.sheets) - 1)
                 for i, r in enumerate(result.sheets)],
        "整体自评表": sheet_group(result.overall_sheet, w, result.sheet_scopes[-1], dept.unit.short_name, year, last=True)
        if result.overall_sheet else None,
        "有整体自评表": result.overall_sheet is not None,
        "评价报告": {"主要职能": w.whole_text(report.functions, result.text_scope),
                 "机构情况": w.text(report.organisation, result.text_scope), "人员情况": w.text(report.staff, result.text_scope),
                 "预算收支情况": [w.whole_text(t, result.text_scope) for t in report.budget],
                 "整体支出绩效情况": [w.whole_text(t, result.text_scope) for t in report.overall],
                 "存在问题及改进措施": w.text(report.problems, result.text_scope),
                 "其他需要说明的情况": w.text(report.other, result.text_scope)}
        if report else None,
        "等级规则": grade_rule(settings),
    }


__all__ = ["template_context", "Said"]
