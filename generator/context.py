"""The template context: model + derived numbers + settings → text the template places.

This module decides no number (derive.py does) and rounds none (numfmt.py does); it
lays the tables out in rows the way the template's settings ask, and turns every value
into the string the template prints.  The template then only places values: no
arithmetic in Jinja, and `{% if %}` only on the booleans given here.
"""
from __future__ import annotations

from decimal import Decimal

from . import numfmt
from .derive import Change, Completion, Derived, Part, SheetResult, ThreePublicItem
from .model import FISCAL_FUNDS, THREE_PUBLIC, ZERO, Department, ItemTable, dec
from .ooxml import MERGE_UP
from .templateset import Settings

CN_DIGITS = "零一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 26 → 二十六."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def clean_text(text: str | None) -> str:
    """Human text without trailing punctuation: the template adds its own."""
    return (text or "").strip().rstrip("。；;，,")


class View:
    """Formatting with the template set's places."""

    def __init__(self, settings: Settings):
        self.s = settings

    def amt(self, value: Decimal | None) -> str:
        return numfmt.amount(value, self.s.amount_places)

    def cell(self, value: Decimal | None) -> str:
        """A table cell: blank when zero."""
        return numfmt.amount(value, self.s.amount_places, blank_zero=True)

    def pct(self, ratio: Decimal | None) -> str:
        return numfmt.percent(ratio, self.s.percent_places)

    def change(self, c: Change) -> dict:
        d = numfmt.direction(c.delta, self.s.amount_places)
        prior_zero = c.known and c.prior == ZERO
        rate = self.pct(c.rate) if c.rate is not None else ""
        if d.flat:
            text = "持平"
        elif prior_zero or not rate:
            text = f"{d.amount_word}{self.amt(abs(c.delta))}万元"
        else:
            text = f"{d.amount_word}{self.amt(abs(c.delta))}万元，{d.rate_word}{rate}"
        return {"known": c.known, "flat": d.flat, "prior_zero": prior_zero, "has_rate": bool(rate) and not d.flat,
                "verb": d.amount_word, "rate_verb": d.rate_word, "amount": self.amt(abs(c.delta)), "rate": rate,
                "prior": self.amt(c.prior) if c.known else "", "current": self.amt(c.current), "text": text}

    def completion(self, c: Completion) -> dict:
        return {"rate": self.pct(c.rate), "budget": self.amt(c.budget), "actual": self.amt(c.actual),
                "budget_zero": c.budget == ZERO, "has_rate": c.rate is not None}

    def part(self, p: Part, end: str = "") -> dict:
        return {"name": p.name, "code": p.code, "amount": self.amt(p.amount), "share": self.pct(p.share),
                "has_share": p.share is not None, "end": end}


def _ends(items: list, middle: str = "；", last: str = "。") -> list[str]:
    return [last if i == len(items) - 1 else middle for i in range(len(items))]


# ───────────────────────────── tables ─────────────────────────────

COLUMN_KEYS = {
    "本年收入合计": "total", "财政拨款收入": "fiscal", "上级补助收入": "upper", "事业收入": "business",
    "经营收入": "operating", "附属单位上缴收入": "affiliated", "其他收入": "other",
    "本年支出合计": "total", "基本支出": "basic", "项目支出": "project", "上缴上级支出": "upper",
    "经营支出": "operating", "对附属单位补助支出": "affiliated", "人员经费": "personnel", "公用经费": "public",
    "年初结转和结余": "opening", "本年收入": "income", "年末结转和结余": "closing",
}


def item_table(table: ItemTable, view: View, reference) -> dict:
    columns = table.all_columns
    rows = []
    for code in table.codes:
        row = {"code": code, "name": table.name(code, reference), "level": len(code)}
        for col in columns:
            row[COLUMN_KEYS[col]] = view.cell(table.value(code, col))
        rows.append(row)
    total = {COLUMN_KEYS[col]: view.cell(table.total(col)) for col in columns}
    return {"rows": rows, "total": total, "empty": table.is_empty, "note": table.no_data_note or "本表无数据"}


def summary_table(dept: Department, view: View, settings: Settings, reference) -> dict:
    """公开01: income lines on the left, 功能分类 classes on the right, 行次 numbered through."""
    sources = dept.income_sources()
    income_labels = ["一、一般公共预算财政拨款收入", "二、政府性基金预算财政拨款收入", "三、国有资本经营预算财政拨款收入",
                     "四、上级补助收入", "五、事业收入", "六、经营收入", "七、附属单位上缴收入", "八、其他收入"]
    income_values = list(sources.values())
    classes = settings.summary_classes
    layout = settings.extra.get("公开01") or {}
    n = max(len(income_labels), len(classes), int(layout.get("上部行数", 0)))
    totals = dept.summary_totals()
    s = dept.summary
    blank = [("", "")] if layout.get("空行", True) else []
    left = [(income_labels[i] if i < len(income_labels) else "",
             view.cell(income_values[i]) if i < len(income_values) else "") for i in range(n)]
    left += [("本年收入合计", view.cell(totals["本年收入合计"])),
             (layout.get("使用非财政拨款结余", "使用非财政拨款结余（专用结余）"), view.cell(s.get("使用非财政拨款结余"))),
             ("年初结转和结余", view.cell(s.get("年初结转和结余")))] + blank + [
             ("总计", view.cell(totals["收入总计"]))]
    right = [(f"{chinese_number(i + 1)}、{reference.function_name(code)}", view.cell(dept.expense.value(code, "本年支出合计")))
             for i, code in enumerate(classes)]
    right += [("", "")] * (n - len(classes))
    right += [("本年支出合计", view.cell(totals["本年支出合计"])), ("结余分配", view.cell(s.get("结余分配"))),
              ("年末结转和结余", view.cell(s.get("年末结转和结余")))] + blank + [
              ("总计", view.cell(totals["支出总计"]))]
    rows = []
    for i, ((l_label, l_amt), (r_label, r_amt)) in enumerate(zip(left, right)):
        rows.append({"l_label": l_label, "l_no": str(i + 1), "l_amt": l_amt,
                     "r_label": r_label, "r_no": str(len(left) + i + 1), "r_amt": r_amt})
    return {"rows": rows}


def fiscal_table(dept: Department, view: View, settings: Settings, reference) -> dict:
    """公开04: fiscal income by fund on the left, classes by fund on the right."""
    income = dept.fiscal["本年收入"]
    opening = dept.fiscal["年初财政拨款结转和结余"]
    closing = dept.fiscal["年末财政拨款结转和结余"]
    totals = dept.fiscal_summary()
    classes = settings.summary_classes
    fund_labels = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
    numbered = ["一、", "二、", "三、"]
    n = max(len(fund_labels), len(classes), int((settings.extra.get("公开04") or {}).get("上部行数", 0)))
    left = [(numbered[i] + fund_labels[i] if i < 3 else "", view.cell(income.get(FISCAL_FUNDS[i])) if i < 3 else "")
            for i in range(n)]
    left += [("本年收入合计", view.cell(totals["本年收入合计"])),
             ("年初财政拨款结转和结余", view.cell(totals["年初"]))]
    left += [(fund_labels[i], view.cell(opening.get(FISCAL_FUNDS[i]))) for i in range(3)]
    left += [("总计", view.cell(totals["总计"]))]
    tables = (dept.gpb, dept.gov_fund, dept.soe)

    def by_fund(code):
        values = [t.value(code, "本年支出合计") for t in tables]
        return [view.cell(sum(values, ZERO))] + [view.cell(v) for v in values]

    right = [[f"{chinese_number(i + 1)}、{reference.function_name(code)}"] + by_fund(code) for i, code in enumerate(classes)]
    right += [["", "", "", "", ""]] * (n - len(classes))
    fund_totals = [t.total("本年支出合计") for t in tables]
    right += [["本年支出合计", view.cell(totals["本年支出合计"])] + [view.cell(v) for v in fund_totals]]
    right += [["年末财政拨款结转和结余", view.cell(totals["年末"])] + [view.cell(closing.get(f)) for f in FISCAL_FUNDS]]
    right += [["", "", "", "", ""]] * 3
    right += [["总计", view.cell(totals["支出总计"])] +
              [view.cell(fund_totals[i] + closing.get(FISCAL_FUNDS[i])) for i in range(3)]]
    rows = []
    for i, ((l_label, l_amt), r) in enumerate(zip(left, right)):
        rows.append({"l_label": l_label, "l_no": str(i + 1), "l_amt": l_amt, "r_label": r[0],
                     "r_no": str(len(left) + i + 1), "r_total": r[1], "r_gpb": r[2], "r_fund": r[3], "r_soe": r[4]})
    return {"rows": rows}


def basic_table(dept: Department, view: View, settings: Settings, reference) -> dict:
    """公开06: the template's column groups of 经济分类 codes side by side."""
    groups = settings.basic_groups
    height = max((len(g) for g in groups), default=0)
    rows = []
    for i in range(height):
        cells = []
        for group in groups:
            if i < len(group):
                code = group[i]
                na = code in settings.basic_not_applicable
                cells.append({"code": code, "name": reference.economic_name(code),
                              "amount": "———" if na else view.cell(dept.basic.value(code))})
            else:
                cells.append({"code": "", "name": "", "amount": ""})
        rows.append({"g": cells})
    return {"rows": rows, "personnel_total": view.amt(dept.basic.personnel), "public_total": view.amt(dept.basic.public)}


def three_table(dept: Department, view: View) -> dict:
    def side(fig):
        car = fig.get("公务用车购置费") + fig.get("公务用车运行维护费")
        return {"total": view.cell(sum((fig.get(k) for k in THREE_PUBLIC), ZERO)),
                "abroad": view.cell(fig.get("因公出国（境）费")), "car": view.cell(car),
                "car_buy": view.cell(fig.get("公务用车购置费")), "car_run": view.cell(fig.get("公务用车运行维护费")),
                "reception": view.cell(fig.get("公务接待费"))}
    empty = dept.three_public_actual_total == ZERO and all(dept.three_budget.get(k) == ZERO for k in THREE_PUBLIC)
    return {"budget": side(dept.three_budget), "actual": side(dept.three_actual), "empty": empty,
            "note": dept.three_note or "本表无数据"}


def info_table(dept: Department, derived: Derived, view: View) -> dict:
    p = dept.procurement
    return {"procurement": view.cell(derived.procurement_total), "goods": view.cell(p.get("货物")),
            "works": view.cell(p.get("工程")), "services": view.cell(p.get("服务")),
            "op_admin": view.cell(dept.operating.get("行政单位")),
            "op_civil": view.cell(dept.operating.get("参照公务员法管理事业单位")),
            "vehicles": numfmt.count(derived.vehicles_total) if derived.vehicles_total else "",
            "vehicle_kinds": [{"no": f"{i + 1}.", "name": k, "count": str(n) if n else ""}
                              for i, (k, n) in enumerate(derived.vehicle_kinds)],
            "big_equipment": str(derived.big_equipment) if derived.big_equipment else ""}


# ───────────────────────────── narrative ─────────────────────────────

def narrative(dept: Department, d: Derived, view: View) -> dict:
    texts = dept.texts
    income_nonzero = [p for p in d.income_parts if p.amount != ZERO]
    expense_nonzero = [p for p in d.expense_parts if p.amount != ZERO]
    details = []
    for c, end in zip(d.gpb_details, _ends(d.gpb_details, "", "")):
        details.append({"code": c.code, "name": c.name, "actual": view.amt(c.actual),
                        "budget": view.completion(c.budget), "change": view.change(c.change),
                        "use": clean_text(c.use), "reason": clean_text(c.reason),
                        "budget_reason": clean_text(c.budget_reason)})

    def three(item: ThreePublicItem, end: str = "") -> dict:
        facts = {k: v for k, v in item.facts.items() if not isinstance(v, dict)}
        return {"name": item.name, "budget": view.amt(item.budget), "actual": view.amt(item.actual),
                "has_actual": item.actual != ZERO,
                "share": view.pct(item.share), "completion": view.completion(item.completion),
                "change": view.change(item.change), "has_budget": item.budget != ZERO,
                "unbudgeted": item.budget == ZERO and item.actual != ZERO,
                "reason": clean_text(facts.get("变动原因")), "use": clean_text(facts.get("用途")),
                "groups": str(facts.get("团组数") or 0), "people": str(facts.get("人次") or 0),
                "bought": str(facts.get("购置车辆数") or 0), "held": str(facts.get("保有车辆数") or 0), "end": end}

    three_texts = texts.get("三公经费") or {}
    reception = three_texts.get("公务接待费") or {}

    def visit(key):
        raw = reception.get(key) or {}
        return {"amount": view.amt(dec(raw.get("金额"))), "batches": str(raw.get("批次") or 0),
                "people": str(raw.get("人次") or 0), "use": clean_text(raw.get("用途"))}

    home, abroad, foreign = visit("国内接待"), visit("国（境）外接待"), visit("其中外事接待")
    total_batches = int(home["batches"]) + int(abroad["batches"])
    total_people = int(home["people"]) + int(abroad["people"])

    def item(c, i) -> dict:
        return {"no": CIRCLED[i] if i < len(CIRCLED) else f"({i + 1})", "code": c.code, "name": c.name,
                "path": "—".join(c.path[1:]), "path_levels": "".join(f"{n}（{lv}）" for n, lv in zip(c.path, "类款项")),
                "actual": view.amt(c.actual), "budget": view.completion(c.budget), "change": view.change(c.change),
                "over_budget": c.actual > c.budget.budget, "under_budget": c.actual < c.budget.budget,
                "use": clean_text(c.use), "reason": clean_text(c.reason), "budget_reason": clean_text(c.budget_reason)}

    item_groups = [{"no": f"{g_i + 1}、", "code": g.code, "name": g.name,
                    "entries": [item(c, i) for i, c in enumerate(g.items)]} for g_i, g in enumerate(d.gpb_item_groups)]

    perf = d.performance
    grades = [{"grade": g, "count": str(perf.grade_counts[g])} for g in ("优", "良", "中", "差")
              if perf.grade_counts.get(g)]
    for g, end in zip(grades, _ends(grades, "，", "")):
        g["end"] = end

    vehicles_nonzero = [{"name": k, "count": str(n)} for k, n in d.vehicle_kinds if n and k != "其他用车"]
    other_cars = dict(d.vehicle_kinds).get("其他用车", 0)

    return {
        "income_total": view.amt(d.income_total),
        "expense_total": view.amt(d.expense_total),
        "overall_in": view.change(d.overall_in), "overall_out": view.change(d.overall_out),
        "overall_reason": clean_text(texts.get("收支总计变动原因")),
        "income_parts": [view.part(p, e) for p, e in zip(d.income_parts, _ends(d.income_parts))],
        "income_nonzero": [view.part(p, e) for p, e in zip(income_nonzero, _ends(income_nonzero))],
        "expense_parts": [view.part(p, e) for p, e in zip(d.expense_parts, _ends(d.expense_parts))],
        "expense_nonzero": [view.part(p, e) for p, e in zip(expense_nonzero, _ends(expense_nonzero))],
        "expense_by_name": {p.name: view.part(p) for p in d.expense_parts},
        "fiscal_in": view.change(d.fiscal_in), "fiscal_out": view.change(d.fiscal_out),
        "fiscal_reason": clean_text(texts.get("财政拨款收支总计变动原因")),
        "gpb_total": view.amt(d.gpb_total), "gpb_share": view.pct(d.gpb_share),
        "gpb_change": view.change(d.gpb_change),
        "gpb_reason": clean_text(texts.get("一般公共预算财政拨款支出变动原因")),
        "gpb_classes": [view.part(p, e) for p, e in zip(d.gpb_classes, _ends(d.gpb_classes))],
        "gpb_budget": view.completion(d.gpb_budget),
        "gpb_details": details,
        "gpb_item_groups": item_groups,
        "gpb_items": [dict(i, seq=f"{k + 1}、") for k, i in enumerate(e for g in item_groups for e in g["entries"])],
        "gpb_basic": view.amt(d.gpb_basic), "gpb_project": view.amt(d.gpb_project),
        "expense_basic_split": [view.part(p, e) for p, e in zip(d.expense_basic_split, _ends(d.expense_basic_split))],
        "has_expense_basic_split": bool(d.expense_basic_split),
        "fiscal_income": view.amt(d.fiscal_income),
        "other_income": view.amt(d.income_total - d.fiscal_income),
        "basic_total": view.amt(d.basic_total),
        "personnel": view.part(d.personnel), "public": view.part(d.public),
        "personnel_items": [view.part(p, e) for p, e in zip(d.personnel_items, _ends(d.personnel_items, "、", ""))],
        "public_items": [view.part(p, e) for p, e in zip(d.public_items, _ends(d.public_items, "、", ""))],
        "personnel_names": "、".join(p.name for p in d.personnel_items),
        "public_names": "、".join(p.name for p in d.public_items),
        "gov_fund_empty": d.gov_fund_empty, "soe_empty": d.soe_empty,
        "gov_fund": {k: view.amt(dept.gov_fund.total(c)) for c, k in
                     (("年初结转和结余", "opening"), ("本年收入", "income"), ("本年支出合计", "total"),
                      ("基本支出", "basic"), ("项目支出", "project"), ("年末结转和结余", "closing"))},
        "soe": {k: view.amt(dept.soe.total(c)) for c, k in
                (("本年支出合计", "total"), ("基本支出", "basic"), ("项目支出", "project"))},
        "three": three(d.three_total),
        "three_items": [three(i, e) for i, e in zip(d.three_items, _ends(d.three_items))],
        "three_by_key": {k: three(i) for k, i in zip(("abroad", "car_buy", "car_run", "reception"), d.three_items)},
        "three_vehicle": three(d.three_vehicle),
        "reception": {"home": home, "abroad": abroad, "foreign": foreign,
                      "batches": str(total_batches), "people": str(total_people)},
        "operating": view.change(d.operating), "operating_amount": view.amt(d.operating.current),
        "operating_budget": view.change(d.operating_budget),
        "general": {"meetings": view.amt(d.meetings), "training": view.amt(d.training), "festival": view.amt(d.festival),
                    "festival_zero": d.festival == ZERO},
        "operating_reason": clean_text(texts.get("机关运行经费变动原因")),
        "procurement_total": view.amt(d.procurement_total),
        "procurement_zero": d.procurement_total == ZERO,
        "procurement": dict(zip(("goods", "works", "services"), (view.part(p) for p in d.procurement_parts))),
        "sme": view.part(d.sme) if d.sme else view.part(Part("", ZERO, None)),
        "small": view.part(d.small) if d.small else view.part(Part("", ZERO, None)),
        "vehicles_total": str(d.vehicles_total), "vehicles_nonzero": vehicles_nonzero,
        "other_cars": str(other_cars), "other_cars_note": clean_text(texts.get("其他用车说明")),
        "big_equipment": str(d.big_equipment),
        "general_equipment": str(dept.general_equipment or 0),
        "vehicle_counts": {k: str(n) for k, n in d.vehicle_kinds},
        "performance": {"count": str(perf.count), "budget": view.amt(perf.budget), "spent": view.amt(perf.spent),
                        "grades": grades, "has_weak": perf.weak > 0, "has_sheets": perf.count > 0,
                        "coverage": view.pct(perf.coverage), "measures": clean_text(texts.get("绩效改进措施")),
                        "goal": clean_text(texts.get("绩效目标")), "assessment": clean_text(texts.get("绩效评价情况")),
                        "sheets": [{"no": f"（{i + 1}）", "name": r.sheet.name, "budget": view.amt(r.total_fund.budget),
                                    "spent": view.amt(r.total_fund.spent), "rate": view.pct(r.total_fund.rate),
                                    "summary": clean_text(r.sheet.analysis.get("综述")),
                                    "deviation": clean_text(r.sheet.analysis.get("偏差原因分析"))}
                                   for i, r in enumerate(d.sheets)]},
        "other_matters": clean_text(texts.get("其他需要说明的事项")),
    }


# ───────────────────────────── sheets ─────────────────────────────

def sheets(dept: Department, d: Derived, view: View) -> list[dict]:
    return [sheet(dept, r, view, last=r is d.sheets[-1]) for r in d.sheets]


def sheet(dept: Department, r: SheetResult, view: View, last: bool = False) -> dict:
    """One self-evaluation sheet: the 山西 layout's fields and those of other provinces."""
    s = r.sheet

    def fund(f, label=None):
        initial = f.initial if f.initial is not None else f.compiled
        return {"source": label or f.source, "declared": numfmt.plain(f.declared), "compiled": numfmt.plain(f.compiled),
                "initial": numfmt.plain(initial), "budget": numfmt.plain(f.budget), "spent": numfmt.plain(f.spent),
                "balance": numfmt.plain(f.balance), "rate": numfmt.percent_number(f.rate, view.s.percent_places),
                "rate_pct": view.pct(f.rate), "score": numfmt.score(f.score), "reason": clean_text(f.reason),
                "initial_wan": _wan(initial), "budget_wan": _wan(f.budget), "spent_wan": _wan(f.spent),
                "weight": numfmt.plain(view.s.budget_weight) if f.score is not None else ""}

    group_weight: dict[str, Decimal] = {}
    for ind in s.indicators:
        if ind.weight is not None:
            group_weight[ind.level1] = group_weight.get(ind.level1, ZERO) + ind.weight
    indicators = []
    previous = None
    for ind in s.indicators:
        same1 = previous is not None and ind.level1 == previous.level1
        same2 = same1 and ind.level2 == previous.level2
        weighted = f"{ind.level1}（{numfmt.plain(group_weight[ind.level1])}分）" if ind.level1 in group_weight else ind.level1
        indicators.append({"l1": MERGE_UP if same1 else ind.level1, "l2": MERGE_UP if same2 else ind.level2,
                           "l1_weighted": MERGE_UP if same1 else weighted,
                           "l3": ind.level3, "initial": ind.initial, "adjusted": ind.adjusted,
                           "target": ind.target or ind.adjusted or ind.initial,
                           "actual": ind.actual, "note": clean_text(ind.note), "weight": numfmt.plain(ind.weight),
                           "score": numfmt.plain(ind.score), "reason": clean_text(ind.reason)})
        previous = ind
    analysis = s.analysis
    budget_sentence = (f"{dept.year}年{s.name}项目全年预算数{numfmt.plain(s.budget)}万元，"
                       f"全年执行数{numfmt.plain(s.spent)}万元，"
                       f"预算执行率{numfmt.percent(r.total_fund.rate, view.s.percent_places)}。")
    extra = (analysis.get("预算执行情况") or "").strip()
    facts = s.facts
    return {
        "last": last,
        "scored": s.scored,
        "weight_total": numfmt.plain(r.weight_total) if r.weight_total is not None else "",
        "unit": facts.get("实施单位") or dept.name,
        "special": facts.get("专项名称") or s.name, "sub": facts.get("子项目") or s.name,
        "investment": numfmt.plain(optional_dec(facts.get("项目总投资"))) or numfmt.plain(r.total_fund.budget),
        "investment_fiscal": numfmt.plain(optional_dec(facts.get("其中财政拨款"))) or numfmt.plain(r.total_fund.budget),
        "period": facts.get("实施期") or f"{dept.year}年",
        "grade_rule": grade_rule(view.s),
        "name": s.name,
        "title": f"{s.name}{'' if s.name.endswith('项目') else '项目'}支出绩效自评表",
        "funds": [dict(fund(f), lead="其中：" if i == 0 else "") for i, f in enumerate(r.funds)], "total_fund": fund(r.total_fund, "资金总额："),
        "goal": s.goal.strip(), "achieved": s.achieved.strip(), "indicators": indicators,
        "total": numfmt.score(r.total), "grade": r.grade,
        "analysis": {"budget": budget_sentence + extra,
                     "output": (analysis.get("产出情况") or "").strip(),
                     "effect": (analysis.get("效益情况") or "").strip(),
                     "satisfaction": (analysis.get("满意度情况") or "").strip(),
                     "experience": (analysis.get("主要经验做法") or "").strip(),
                     "problems": (analysis.get("存在的问题及原因") or "").strip(),
                     "measures": (analysis.get("改进措施及管理建议") or "").strip()},
    }


def grade_rule(settings: Settings) -> str:
    """The template's grading rule in words: 90分（含）—100分为优，80分（含）—90分为良，…，60分以下为差."""
    grades = list(settings.grades)
    parts = []
    for i, g in enumerate(grades):
        upper = "100" if i == 0 else numfmt.plain(grades[i - 1].floor)
        if g.floor == 0:
            parts.append(f"{upper}分以下为{g.name}")
        else:
            parts.append(f"{numfmt.plain(g.floor)}分（含）—{upper}分为{g.name}")
    return "，".join(parts)


def _wan(value: Decimal | None) -> str:
    """An amount with the unit written after it (“20万”), as some sheets print; blank stays blank."""
    return "" if value is None else f"{numfmt.plain(value)}万"


def optional_dec(value) -> Decimal | None:
    return None if value is None else Decimal(value)


# ───────────────────────────── all of it ─────────────────────────────

def build(dept: Department, derived: Derived, settings: Settings, reference) -> dict:
    view = View(settings)
    duties = [{"no": f"（{i + 1}）", "cn_no": f"（{chinese_number(i + 1)}）", "text": clean_text(t), "end": e}
              for i, (t, e) in enumerate(zip(dept.duties, _ends(list(dept.duties))))]
    offices = [{"no": f"{i + 1}.", "name": n, "duty": clean_text(duty)} for i, (n, duty) in
               enumerate(zip(dept.offices, dept.office_duties))]
    return {
        "dept": {"name": dept.name, "short_name": dept.short_name, "kind": dept.kind, "year": str(dept.year), "prior_year": str(dept.year - 1),
                 "dept_code": dept.department_code, "unit_code": dept.unit_code,
                 "dept_label": f"{dept.department_code}-{dept.name}" if dept.department_code else dept.name,
                 "unit_label": f"{dept.unit_code}-{dept.name}" if dept.unit_code else dept.name,
                 "published_on": dept.published_on, "has_published_on": bool(dept.published_on)},
        "overview": {"duties": duties, "offices": "，".join(dept.offices), "office_count": str(len(dept.offices)),
                     "office_list": offices, "offices_with_duties": any(o["duty"] for o in offices),
                     "has_offices": bool(dept.offices), "note": clean_text(dept.organisation_note),
                     "has_note": bool(dept.organisation_note), "duties_note": dept.duties_note.strip(),
                     "units": [{"no": f"{i + 1}.", "name": u} for i, u in enumerate(dept.units)],
                     "units_text": "、".join(dept.units), "unit_count": str(len(dept.units)),
                     "single_unit": len(dept.units) == 1},
        "summary": summary_table(dept, view, settings, reference),
        "income": item_table(dept.income, view, reference),
        "expense": item_table(dept.expense, view, reference),
        "fiscal": fiscal_table(dept, view, settings, reference),
        "gpb": item_table(dept.gpb, view, reference),
        "basic": basic_table(dept, view, settings, reference),
        "gov_fund": item_table(dept.gov_fund, view, reference),
        "soe": item_table(dept.soe, view, reference),
        "three": three_table(dept, view),
        "info": info_table(dept, derived, view),
        "n": narrative(dept, derived, view),
        "sheets": sheets(dept, derived, view),
        "whole": sheet(dept, derived.whole, view, last=True) if derived.whole else None,
        "has_whole": derived.whole is not None,
        "report": {k: clean_text(v) if isinstance(v, str) else [p.strip() for p in v] for k, v in dept.report.items()},
    }
