"""审核公式: one plain function per identity, all with the same signature, kept in a list.

Each check returns Problems located at the entered figure that disagrees, naming the
table, row and column of both sides.  A difference no larger than 0.01 万元 per summed
part is the tail error of rounding 元 to 万元 ("本套报表金额单位转换时可能存在尾数误差"):
a warning that shows both numbers.  Anything larger is an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable, Iterable

from .load import SourceMap, pointer_join
from .model import FISCAL_FUNDS, VEHICLE_KINDS, ZERO, Department, ItemTable
from .numfmt import amount, plain, rounded
from .problems import Problem, Severity, make
from .reference import Classification
from .derive import performance, sheet_result
from .templateset import Settings, default_settings

TAIL = Decimal("0.01")
TAIL_NOTE = "；在尾数误差范围内（每项≤0.01万元），请与决算系统核对"


@dataclass(frozen=True)
class Context:
    source: SourceMap
    reference: Classification
    settings: Settings | None


def tolerance(given: Decimal, computed: Decimal, parts: int) -> Severity | None:
    diff = abs(given - computed)
    if diff == ZERO:
        return None
    if diff <= TAIL * max(parts, 1):
        return Severity.WARNING
    return Severity.ERROR


def _tail(severity: Severity) -> str:
    return TAIL_NOTE if severity is Severity.WARNING else ""


def _m(value: Decimal) -> str:
    """An amount in a message: exact, no rounding, at least two places."""
    text = plain(value, 6)
    if "." not in text:
        return f"{value:.2f}"
    return text if len(text.split(".")[1]) >= 2 else f"{value:.2f}"


def _line(ctx: Context, pointer: str) -> str:
    loc = ctx.source.location(pointer)
    return f"见第{loc.line}行" if loc.line else "由数据计算"


# ───────────────────────────── classification codes ─────────────────────────────

_NAME_FORMS = str.maketrans({"(": "（", ")": "）", " ": None, "\u3000": None})


def same_name(a: str, b: str) -> bool:
    """科目名称 equal up to full-/half-width brackets and spaces: 因公出国(境)费用 = 因公出国（境）费用."""
    return a.translate(_NAME_FORMS) == b.translate(_NAME_FORMS)


def check_codes(dept: Department, ctx: Context) -> Iterable[Problem]:
    ref = ctx.reference
    if not ref.available:
        yield make(203, Severity.WARNING, ctx.source.location("/年度"), "/年度", table="", code="全部科目",
                   name="", year=dept.year, kind="政府收支分类科目")
        return
    tables = [dept.income, dept.expense, dept.gpb, dept.gov_fund, dept.soe]
    for table in tables:
        for row in table.entered_rows:
            yield from _function_code(row.code, row.name, row.pointer, f"{table.key}：", dept, ctx)
    for label, items in (("上年决算：", dept.prior_classes), ("年初预算：", dept.budget_classes)):
        for item in items:
            yield from _function_code(item.code, item.name, item.pointer, label, dept, ctx)
    for item in dept.basic.items:
        expected = ref.economic_name(item.code)
        where = ctx.source.location(pointer_join(item.pointer, "科目名称"))
        if not expected:
            yield make(203, Severity.WARNING, where, item.pointer, table="一般公共预算财政拨款基本支出决算明细表：",
                       code=item.code, name=item.name, year=dept.year, kind="部门经济分类科目")
        elif not same_name(expected, item.name):
            yield make(201, Severity.ERROR, where, item.pointer, table="一般公共预算财政拨款基本支出决算明细表：",
                       code=item.code, expected=expected, actual=item.name)


def _function_code(code, name, pointer, table_label, dept, ctx) -> Iterable[Problem]:
    ref = ctx.reference
    expected = ref.function_name(code)
    where = ctx.source.location(pointer_join(pointer, "科目名称"))
    if not expected:
        if ref.classes_complete and not ref.function_name(code[:3]):     # the 类 itself does not exist
            yield make(202, Severity.ERROR, ctx.source.location(pointer_join(pointer, "科目编码")), pointer,
                       table=table_label, code=code, year=dept.year, kind="政府收支分类科目（功能分类）")
        else:
            yield make(203, Severity.WARNING, where, pointer, table=table_label, code=code, name=name,
                       year=dept.year, kind="功能分类科目")
    elif not same_name(expected, name):
        yield make(201, Severity.ERROR, where, pointer, table=table_label, code=code, expected=expected, actual=name)


def check_template_rows(dept: Department, ctx: Context) -> Iterable[Problem]:
    """Figures the template has no row for would silently vanish: E205."""
    settings = ctx.settings
    if settings is None:
        return
    if settings.basic_groups:
        allowed = settings.basic_codes
        for item in dept.basic.items:
            if item.code not in allowed or (item.code in settings.basic_not_applicable and item.amount):
                yield make(205, Severity.ERROR, ctx.source.location(pointer_join(item.pointer, "科目编码")), item.pointer,
                           table="一般公共预算财政拨款基本支出决算明细表：", code=item.code, name=item.name,
                           template=settings.name)
    if settings.summary_classes:
        for table in (dept.expense, dept.gpb, dept.gov_fund, dept.soe):
            for code in table.class_codes():
                if code not in settings.summary_classes:
                    row = table.by_code.get(code) or next(r for r in table.entered_rows if r.code.startswith(code))
                    yield make(205, Severity.ERROR, ctx.source.location(pointer_join(row.pointer, "科目编码")), row.pointer,
                               table=f"{table.key}：", code=code, name=table.name(code, ctx.reference),
                               template=settings.name)


# ───────────────────────────── within a 科目 table ─────────────────────────────

def _label(table: ItemTable, code: str, ctx: Context) -> str:
    return f"{code} {table.name(code, ctx.reference)}"


def check_item_tables(dept: Department, ctx: Context) -> Iterable[Problem]:
    for table in (dept.income, dept.expense, dept.gpb, dept.gov_fund, dept.soe):
        yield from _item_table(table, ctx)


def _item_table(table: ItemTable, ctx: Context) -> Iterable[Problem]:
    for row in table.entered_rows:
        children = table.children(row.code)
        for column, given in row.cells.items():
            # 类 = Σ 款, 款 = Σ 项
            if children:
                total = table.children_sum(row.code, column)
                severity = tolerance(given, total, len(children))
                if severity:
                    parts = " + ".join(f"{c} {_m(table.value(c, column))}" for c in children)
                    yield make(301, severity, ctx.source.location(row.cell_pointer(column)), row.cell_pointer(column),
                               table=f"{table.key}“{column}”栏：", parent=_label(table, row.code, ctx),
                               parent_value=_m(given), sum_value=_m(total), parts=parts,
                               diff=_m(abs(given - total)), tail=_tail(severity))
        # 合计 = Σ 各栏 (and 基本支出 = 人员经费 + 公用经费)
        yield from _row_sum(table, row.code, row.cells, row.pointer, _label(table, row.code, ctx), ctx)
    if table.entered_total:
        yield from _row_sum(table, None, table.entered_total, table.total_pointer, "合计行", ctx)
        classes = table.class_codes()
        for column, given in table.entered_total.items():
            total = table.children_sum(None, column)
            severity = tolerance(given, total, len(classes))
            if severity:
                yield make(303, severity, ctx.source.location(pointer_join(table.total_pointer, column)),
                           pointer_join(table.total_pointer, column), table=f"{table.key}：", column=column,
                           total=_m(given), sum_value=_m(total), diff=_m(abs(given - total)), tail=_tail(severity))


def _row_sum(table: ItemTable, code: str | None, cells: dict, pointer: str, label: str, ctx: Context) -> Iterable[Problem]:
    spec = table.columns
    value = (lambda col: table.value(code, col)) if code else table.total
    groups = [(spec.total, spec.parts)] + [(p, subs) for p, subs in spec.sub_parts.items()]
    for column, parts in groups:
        if column not in cells or not any(p in cells for p in parts):
            continue
        given = cells[column]
        total = sum((value(p) for p in parts), ZERO)
        used = [p for p in parts if value(p) != ZERO]
        severity = tolerance(given, total, len(used))
        if severity:
            yield make(302, severity, ctx.source.location(pointer_join(pointer, column)), pointer_join(pointer, column),
                       table=f"{table.key}：", row=label, column=column, total=_m(given), sum_value=_m(total),
                       parts=" + ".join(f"{p} {_m(value(p))}" for p in used) or "各栏为空",
                       diff=_m(abs(given - total)), tail=_tail(severity))


# ───────────────────────────── across tables ─────────────────────────────

def _cross(ctx, left_pointer, left_table, left_label, left_value, right_table, right_label, right_value,
           right_pointer, parts=1) -> Iterable[Problem]:
    severity = tolerance(left_value, right_value, parts)
    if severity:
        yield make(304, severity, ctx.source.location(left_pointer), left_pointer,
                   left_table=left_table, left_label=left_label, left_value=_m(left_value),
                   right_table=right_table, right_label=right_label, right_value=_m(right_value),
                   diff=_m(abs(left_value - right_value)),
                   right_where=_line(ctx, right_pointer) if right_pointer else "由各科目计算", tail=_tail(severity))


def _given_vs_computed(ctx, pointer, table, label, given, computed, basis, parts) -> Iterable[Problem]:
    severity = tolerance(given, computed, parts)
    if severity:
        yield make(306, severity, ctx.source.location(pointer), pointer, table=table, label=label,
                   given=f"{_m(given)}万元", computed=f"{_m(computed)}万元", basis=basis,
                   diff=f"{_m(abs(given - computed))}万元", tail=_tail(severity))


def _balance(ctx, pointer, table, left_label, left, right_label, right, parts) -> Iterable[Problem]:
    severity = tolerance(left, right, parts)
    if severity:
        yield make(305, severity, ctx.source.location(pointer), pointer, table=table, left_label=left_label,
                   left_value=_m(left), right_label=right_label, right_value=_m(right),
                   diff=_m(abs(left - right)), tail=_tail(severity))


def _total_balances(ctx, figures, table, left_label, left, right_label, right, parts) -> Iterable[Problem]:
    """收入方 = 总计 = 支出方: against the entered 总计 when there is one, else the two sides against each other."""
    given = figures.entered("总计")
    if given is not None:
        yield from _balance(ctx, figures.pointer_of("总计"), table, "总计", given, left_label, left, parts)
        yield from _balance(ctx, figures.pointer_of("总计"), table, "总计", given, right_label, right, parts)
    else:
        yield from _balance(ctx, figures.pointer, table, f"收入总计（{left_label}）", left,
                            f"支出总计（{right_label}）", right, 2 * parts)


def check_summary(dept: Department, ctx: Context) -> Iterable[Problem]:
    """公开01 收入支出决算总表."""
    s = dept.summary
    sources = dept.income_sources()
    table = "收入支出决算总表："
    given = s.entered("本年收入合计")
    if given is not None:
        yield from _given_vs_computed(ctx, s.pointer_of("本年收入合计"), table, "本年收入合计", given,
                                      sum(sources.values(), ZERO), "各项收入（收入决算表合计行、财政拨款收入支出决算总表）之和",
                                      len([v for v in sources.values() if v]))
    given = s.entered("本年支出合计")
    if given is not None:
        yield from _cross(ctx, s.pointer_of("本年支出合计"), "收入支出决算总表", "本年支出合计", given,
                          "支出决算表", "合计行“本年支出合计”", dept.expense.total("本年支出合计"),
                          dept.expense.total_pointer if dept.expense.entered_total else None)
    totals = dept.summary_totals()
    yield from _total_balances(ctx, s, table,
                               "本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
                               totals["本年收入合计"] + s.get("使用非财政拨款结余") + s.get("年初结转和结余"),
                               "本年支出合计 + 结余分配 + 年末结转和结余",
                               totals["本年支出合计"] + s.get("结余分配") + s.get("年末结转和结余"), 3)


def check_fiscal(dept: Department, ctx: Context) -> Iterable[Problem]:
    """公开04 财政拨款收入支出决算总表, and 公开02 财政拨款收入 = 公开04 本年收入."""
    t = dept.fiscal_totals
    table = "财政拨款收入支出决算总表："
    income = dept.fiscal["本年收入"]
    funds_in = sum((income.get(f) for f in FISCAL_FUNDS), ZERO)
    given = t.entered("本年收入合计")
    if given is not None:
        yield from _given_vs_computed(ctx, t.pointer_of("本年收入合计"), table, "本年收入合计", given, funds_in,
                                      "三类财政拨款之和", 3)
    totals = dept.fiscal_summary()
    yield from _cross(ctx, pointer_join(dept.income.total_pointer, "财政拨款收入") if "财政拨款收入" in dept.income.entered_total
                      else dept.income.total_pointer, "收入决算表", "合计行“财政拨款收入”", dept.income.total("财政拨款收入"),
                      "财政拨款收入支出决算总表", "本年收入合计", totals["本年收入合计"],
                      t.pointer_of("本年收入合计") if t.entered("本年收入合计") is not None else income.pointer)
    by_fund = dept.fiscal_expense_by_fund()
    given = t.entered("本年支出合计")
    if given is not None:
        yield from _cross(ctx, t.pointer_of("本年支出合计"), "财政拨款收入支出决算总表", "本年支出合计", given,
                          "一般公共预算、政府性基金、国有资本经营支出表", "合计之和", sum(by_fund.values(), ZERO), None, 3)
    yield from _total_balances(ctx, t, table, "本年收入合计 + 年初财政拨款结转和结余",
                               totals["本年收入合计"] + totals["年初"],
                               "本年支出合计 + 年末财政拨款结转和结余", totals["本年支出合计"] + totals["年末"], 2)


def check_basic(dept: Department, ctx: Context) -> Iterable[Problem]:
    """公开05 基本支出 = 公开06 人员经费 + 公用经费; 公开06's own subtotals."""
    basic = dept.basic
    table = "一般公共预算财政拨款基本支出决算明细表："
    for item in basic.items:
        if len(item.code) == 3:
            parts = [i for i in basic.items if len(i.code) == 5 and i.code.startswith(item.code)]
            if parts:
                total = sum((i.amount for i in parts), ZERO)
                severity = tolerance(item.amount, total, len(parts))
                if severity:
                    yield make(301, severity, ctx.source.location(pointer_join(item.pointer, "决算数")), item.pointer,
                               table=table, parent=f"{item.code} {item.name}", parent_value=_m(item.amount),
                               sum_value=_m(total), parts=" + ".join(f"{i.code} {_m(i.amount)}" for i in parts),
                               diff=_m(abs(item.amount - total)), tail=_tail(severity))
    classes = basic.class_codes()
    for label, given, computed, which in (
            ("人员经费合计", basic.personnel_total, basic.computed_personnel(), "301、303 类之和"),
            ("公用经费合计", basic.public_total, basic.computed_public(), "302、307、310 等类之和")):
        if given is not None:
            parts = len([c for c in classes if basic.is_personnel(c) == (label == "人员经费合计")])
            yield from _given_vs_computed(ctx, pointer_join(basic.pointer, label), table, label, given, computed, which, parts)
    gpb_basic = dept.gpb.total("基本支出")
    pointer = (pointer_join(dept.gpb.total_pointer, "基本支出") if "基本支出" in dept.gpb.entered_total
               else dept.gpb.total_pointer)
    yield from _cross(ctx, pointer, "一般公共预算财政拨款支出决算表", "合计行“基本支出”", gpb_basic,
                      "一般公共预算财政拨款基本支出决算明细表", "人员经费合计 + 公用经费合计",
                      basic.personnel + basic.public, pointer_join(basic.pointer, "人员经费合计"), 2)


def check_operating_cost(dept: Department, ctx: Context) -> Iterable[Problem]:
    """机关运行经费 = 公用经费, for 行政单位 and 参照公务员法管理事业单位."""
    if dept.kind not in ("行政单位", "参照公务员法管理事业单位"):
        return
    operating = dept.operating.get("行政单位") + dept.operating.get("参照公务员法管理事业单位")
    yield from _cross(ctx, dept.operating.pointer, "相关信息统计表", "机关运行经费", operating,
                      "一般公共预算财政拨款基本支出决算明细表", "公用经费合计", dept.basic.public,
                      pointer_join(dept.basic.pointer, "公用经费合计"))


def check_info(dept: Department, ctx: Context) -> Iterable[Problem]:
    """公开10: 采购 = 货物 + 工程 + 服务; 车辆 合计 = Σ kinds; 中小企业 ≤ 采购 ≤ ….""" 
    p = dept.procurement
    goods = p.get("货物") + p.get("工程") + p.get("服务")
    given = p.entered("合计")
    if given is not None:
        yield from _given_vs_computed(ctx, p.pointer_of("合计"), "相关信息统计表：", "政府采购合计", given, goods,
                                      "货物 + 工程 + 服务", 3)
    total = given if given is not None else goods
    bought = dept.texts.get("政府采购") or {}
    sme, small = bought.get("授予中小企业合同金额"), bought.get("授予小微企业合同金额")
    for label, value, limit, basis in (("授予中小企业合同金额", sme, total, "政府采购支出总额"),
                                       ("授予小微企业合同金额", small, sme if sme is not None else total,
                                        "授予中小企业合同金额" if sme is not None else "政府采购支出总额")):
        if value is not None and value > limit:
            pointer = f"/情况说明/政府采购/{label}"
            yield make(308, Severity.ERROR, ctx.source.location(pointer), pointer, table="情况说明：", label=label,
                       given=f"{_m(value)}万元", basis=basis, computed=f"{_m(limit)}万元")
    if dept.vehicle_total is not None:
        counted = int(sum((dept.vehicles.get(k) for k in VEHICLE_KINDS), ZERO))
        if counted != dept.vehicle_total:
            pointer = "/相关信息统计表/车辆数合计"
            yield make(307, Severity.ERROR, ctx.source.location(pointer), pointer, table="相关信息统计表：",
                       label="车辆数合计", given=f"{dept.vehicle_total}辆", basis="各类车辆之和", computed=f"{counted}辆")


def check_reception(dept: Department, ctx: Context) -> Iterable[Problem]:
    """公务接待费 = 国内接待 + 国（境）外接待; 外事接待 ⊂ 国内接待."""
    reception = ((dept.texts.get("三公经费") or {}).get("公务接待费") or {})
    home, abroad, foreign = (reception.get(k) or {} for k in ("国内接待", "国（境）外接待", "其中外事接待"))
    if home.get("金额") is None and abroad.get("金额") is None:
        return
    split = (home.get("金额") or ZERO) + (abroad.get("金额") or ZERO)
    pointer = "/情况说明/三公经费/公务接待费/国内接待/金额"
    yield from _cross(ctx, pointer, "情况说明", "国内接待 + 国（境）外接待", split, "财政拨款三公经费支出决算表",
                      "决算数“公务接待费”", dept.three_actual.get("公务接待费"), dept.three_actual.pointer_of("公务接待费"), 2)
    if foreign.get("金额") is not None and foreign["金额"] > (home.get("金额") or ZERO):
        pointer = "/情况说明/三公经费/公务接待费/其中外事接待/金额"
        yield make(308, Severity.ERROR, ctx.source.location(pointer), pointer, table="情况说明：", label="外事接待金额",
                   given=f"{_m(foreign['金额'])}万元", basis="国内接待金额", computed=f"{_m(home.get('金额') or ZERO)}万元")


# ───────────────────────────── sheets ─────────────────────────────

def check_sheets(dept: Department, ctx: Context) -> Iterable[Problem]:
    settings = ctx.settings or default_settings()
    for sheet in dept.sheets + ((dept.whole,) if dept.whole else ()):
        where = ctx.source.location(pointer_join(sheet.pointer, "项目名称"))
        if sheet.budget == ZERO:
            yield make(403, Severity.ERROR, where, sheet.pointer, project=sheet.name)
            continue
        if sheet.spent > sheet.budget:
            yield make(404, Severity.WARNING, where, sheet.pointer, project=sheet.name, spent=plain(sheet.spent),
                       budget=plain(sheet.budget))
        if not sheet.scored:
            continue
        result = sheet_result(sheet, settings)
        if result.weight_total != 100:
            yield make(401, Severity.WARNING, where, sheet.pointer, project=sheet.name, total=plain(result.weight_total),
                       budget_weight=plain(settings.budget_weight))
        for ind in sheet.indicators:
            if ind.score is not None and ind.score > (ind.weight or ZERO):
                yield make(402, Severity.ERROR, ctx.source.location(pointer_join(ind.pointer, "得分")), ind.pointer,
                           project=sheet.name, indicator=ind.level3, score=plain(ind.score), weight=plain(ind.weight or ZERO))
        shown = rounded(result.total, 2)
        if sheet.declared_total is not None and sheet.declared_total != shown:
            pointer = pointer_join(sheet.pointer, "总分")
            yield make(306, Severity.ERROR, ctx.source.location(pointer), pointer, table=f"绩效自评表“{sheet.name}”：",
                       label="总分", given=plain(sheet.declared_total), computed=amount(result.total, 2),
                       basis="各指标得分与预算执行得分之和", diff=plain(abs(sheet.declared_total - shown)), tail="")
        if sheet.declared_grade and sheet.declared_grade != result.grade:
            pointer = pointer_join(sheet.pointer, "等级")
            yield make(307, Severity.ERROR, ctx.source.location(pointer), pointer, table=f"绩效自评表“{sheet.name}”：",
                       label="等级", given=sheet.declared_grade, basis=f"总分 {amount(result.total, 2)} 对应的等级",
                       computed=result.grade)


def check_performance_claims(dept: Department, ctx: Context) -> Iterable[Problem]:
    """The 绩效 paragraph's figures, when copied from elsewhere, against the attached sheets."""
    claims = (dept.texts.get("绩效核对数") or {})
    if not claims:
        return
    perf = performance(dept, ctx.settings or default_settings())
    base = "/情况说明/绩效核对数"
    checks = [("项目个数", claims.get("项目个数"), perf.count, "附件自评表张数")]
    for grade in ("优", "良", "中", "差"):
        checks.append((f"等级为“{grade}”的项目个数", claims.get(grade), perf.grade_counts.get(grade, 0),
                       "各表总分按等级规则计数"))
    for label, given, computed, basis in checks:
        key = label if label == "项目个数" else label[4]
        if given is not None and int(given) != computed:
            pointer = f"{base}/{key}"
            yield make(405, Severity.ERROR, ctx.source.location(pointer), pointer, label=label, given=str(given),
                       computed=str(computed), basis=basis)
    money = claims.get("资金")
    if money is not None and money not in (rounded(perf.budget, 2), rounded(perf.spent, 2)):
        pointer = f"{base}/资金"
        yield make(405, Severity.ERROR, ctx.source.location(pointer), pointer, label="资金", given=f"{_m(money)}万元",
                   computed=f"全年预算数{amount(perf.budget)}万元、全年执行数{amount(perf.spent)}万元",
                   basis="各表资金之和")


# ───────────────────────────── human text ─────────────────────────────

# Linear in the text: a number is only tried from the start of its run of digits and commas (the lookbehind),
# and no two repeats can share characters (one \s* around the optional 为/了/达), so a long run of digits
# or spaces is scanned a bounded number of times instead of once per starting position.
FIGURE_IN_TEXT = re.compile(
    r"(?<![\d,]),*\d[\d,]*(?:\.\d+)?\s*(?:万元|元)"
    r"|(?:执行率|占比|占|增长|下降|降低|完成[年全]?[初年]?预算的?)\s*(?:(?:为|了|达)\s*)?\d+(?:\.\d+)?\s*%")
TEXT_FIELDS_SKIP = {"科目编码", "科目名称", "来源", "金额", "批次", "人次", "团组数", "购置车辆数", "保有车辆数"}


def _texts(value, pointer: str):
    if isinstance(value, str):
        yield pointer, value
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in TEXT_FIELDS_SKIP:
                yield from _texts(v, pointer_join(pointer, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _texts(v, pointer_join(pointer, i))


def check_text_figures(dept: Department, ctx: Context) -> Iterable[Problem]:
    fields = list(_texts(dept.texts, "/情况说明"))
    for sheet in dept.sheets:
        fields.append((pointer_join(sheet.pointer, "实际完成情况"), sheet.achieved))
        fields.extend(_texts(sheet.analysis, pointer_join(sheet.pointer, "分析")))
        for ind in sheet.indicators:
            if ind.reason:
                fields.append((pointer_join(ind.pointer, "偏差原因"), ind.reason))
        for fund in sheet.funds:
            if fund.reason:
                fields.append((pointer_join(fund.pointer, "偏差原因"), fund.reason))
    for pointer, text in fields:
        match = FIGURE_IN_TEXT.search(text)
        if match:
            name = pointer.rsplit("/", 1)[-1]
            found = match.group(0).lstrip(",")
            yield make(501, Severity.WARNING, ctx.source.location(pointer), pointer, field=name,
                       match=found if len(found) <= 40 else f"{found[:20]}…{found[-12:]}")


CHECKS: list[Callable[[Department, Context], Iterable[Problem]]] = [
    check_codes,
    check_template_rows,
    check_item_tables,
    check_summary,
    check_fiscal,
    check_basic,
    check_operating_cost,
    check_info,
    check_reception,
    check_sheets,
    check_performance_claims,
    check_text_figures,
]


def run(dept: Department, ctx: Context) -> list[Problem]:
    problems: list[Problem] = []
    for check in CHECKS:
        problems.extend(check(dept, ctx))
    return problems
