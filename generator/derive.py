"""Every narrative number, computed once, from the tables and the comparison bases.

Values here are exact ``Decimal`` (never rounded: numfmt rounds at display).  A ratio
whose base is zero is ``None`` — the template then says it in words, never “0%”.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .model import THREE_PUBLIC, VEHICLE_KINDS, ZERO, Department, Sheet, optional
from .numfmt import rounded
from .templateset import Settings


def ratio(part: Decimal, whole: Decimal) -> Decimal | None:
    """part / whole, or None when the whole is zero."""
    if whole == ZERO:
        return None
    return part / whole


@dataclass(frozen=True)
class Change:
    """与上年相比: Δ = current − prior; rate = |Δ| / prior, None when prior is 0."""
    current: Decimal
    prior: Decimal | None

    @property
    def known(self) -> bool:
        return self.prior is not None

    @property
    def delta(self) -> Decimal:
        return self.current - (self.prior or ZERO)

    @property
    def rate(self) -> Decimal | None:
        if self.prior is None:
            return None
        return ratio(abs(self.delta), self.prior)


@dataclass(frozen=True)
class Completion:
    """完成年初（全年）预算: actual / budget, None when the budget is 0."""
    actual: Decimal
    budget: Decimal

    @property
    def rate(self) -> Decimal | None:
        return ratio(self.actual, self.budget)


@dataclass(frozen=True)
class Part:
    """A named amount with its share of a total."""
    name: str
    amount: Decimal
    share: Decimal | None
    code: str = ""


def parts(items: list[tuple[str, Decimal]], total: Decimal, codes: list[str] | None = None) -> list[Part]:
    codes = codes or [""] * len(items)
    return [Part(name, value, ratio(value, total), code) for (name, value), code in zip(items, codes)]


# ───────────────────────────── 情况说明 sections ─────────────────────────────

@dataclass(frozen=True)
class ClassDetail:
    code: str
    name: str
    actual: Decimal
    budget: Completion
    change: Change
    use: str
    reason: str
    budget_reason: str
    path: tuple[str, ...] = ()      # names of 类, 款, 项 down to this code

    @property
    def over_budget(self) -> bool:
        return self.actual > self.budget.budget


@dataclass(frozen=True)
class ClassGroup:
    """A 类 with its 项-level details (templates that explain every 项)."""
    code: str
    name: str
    items: list[ClassDetail]


@dataclass(frozen=True)
class ThreePublicItem:
    name: str
    budget: Decimal
    actual: Decimal
    prior: Decimal | None
    share: Decimal | None            # of the 三公 actual total
    facts: dict

    @property
    def completion(self) -> Completion:
        return Completion(self.actual, self.budget)

    @property
    def change(self) -> Change:
        return Change(self.actual, self.prior)


@dataclass(frozen=True)
class Performance:
    count: int
    budget: Decimal
    spent: Decimal
    grade_counts: dict[str, int]
    planned: int = 0                # 项目总个数 that should be evaluated

    @property
    def coverage(self) -> Decimal | None:
        """绩效自评率 = 已开展自评的项目个数 / 项目总个数."""
        return ratio(Decimal(self.count), Decimal(self.planned or self.count))

    @property
    def weak(self) -> int:
        return self.grade_counts.get("中", 0) + self.grade_counts.get("差", 0)


@dataclass(frozen=True)
class FundResult:
    source: str
    declared: Decimal | None
    compiled: Decimal | None
    budget: Decimal | None
    spent: Decimal | None
    balance: Decimal | None
    rate: Decimal | None
    score: Decimal | None
    reason: str
    initial: Decimal | None = None      # 年初预算数 (single-column templates); falls back to 预算编制数


@dataclass(frozen=True)
class SheetResult:
    sheet: Sheet
    total_fund: FundResult
    funds: list[FundResult]
    indicator_score: Decimal | None
    budget_score: Decimal | None
    total: Decimal | None           # None when the template's sheets carry no scores
    grade: str
    weight_total: Decimal | None = None


@dataclass(frozen=True)
class Derived:
    income_total: Decimal                   # 本年收入合计
    expense_total: Decimal                  # 本年支出合计
    overall_in: Change                      # 收入总计 vs 上年
    overall_out: Change                     # 支出总计 vs 上年
    income_parts: list[Part]                # 收入 by source, all sources
    expense_parts: list[Part]               # 支出 by nature (基本/项目/…), all
    fiscal_in: Change                       # 财政拨款收入总计
    fiscal_out: Change                      # 财政拨款支出总计
    gpb_total: Decimal
    gpb_share: Decimal | None               # of 本年支出合计
    gpb_change: Change
    gpb_classes: list[Part]                 # 05 classes, share of 05 total
    gpb_budget: Completion                  # 年初预算 vs 决算, total
    gpb_details: list[ClassDetail]
    gpb_item_groups: list[ClassGroup]       # 项-level details by 类
    gpb_basic: Decimal                      # 公开05 基本支出
    gpb_project: Decimal                    # 公开05 项目支出
    expense_basic_split: list[Part]         # 公开03 基本支出 = 人员经费 + 公用经费 (when entered)
    fiscal_income: Decimal                  # 财政拨款本年收入
    basic_total: Decimal                    # 公开06 人员经费 + 公用经费
    personnel: Part
    public: Part
    personnel_items: list[Part]
    public_items: list[Part]
    gov_fund_empty: bool
    soe_empty: bool
    three_total: ThreePublicItem
    three_items: list[ThreePublicItem]      # 因公出国, 购置, 运行维护, 接待
    three_vehicle: ThreePublicItem          # 公务用车购置及运行维护费 subtotal
    operating: Change
    operating_budget: Change                # 机关运行经费 vs its 年初预算
    meetings: Decimal                       # 一般性支出: 会议费 (30215)
    training: Decimal                       # 培训费 (30216)
    festival: Decimal                       # 节庆、晚会、论坛、赛事活动
    procurement_total: Decimal
    procurement_parts: list[Part]
    sme: Part | None
    small: Part | None
    vehicles_total: int
    vehicle_kinds: list[tuple[str, int]]
    big_equipment: int
    performance: Performance
    sheets: list[SheetResult] = field(default_factory=list)
    whole: SheetResult | None = None


def sheet_result(sheet: Sheet, settings: Settings) -> SheetResult:
    """执行率 = 执行数 / 全年预算数; 结转(余) = 预算 − 执行; 预算执行得分 = 分值 × 执行率 (capped);
    总分 = Σ 指标得分 + 预算执行得分; 等级 by the template's rule on the total as printed."""
    weight = settings.budget_weight if sheet.scored else None

    def fund(source, declared, compiled, initial, budget, spent, reason) -> FundResult:
        if budget is None and spent is None:
            return FundResult(source, declared, compiled, budget, spent, None, None, None, reason, initial)
        budget, spent = budget or ZERO, spent or ZERO
        rate = ratio(spent, budget)
        score = None if rate is None or weight is None else min(weight * rate, weight)
        return FundResult(source, declared, compiled, budget, spent, budget - spent, rate, score, reason, initial)

    funds = [fund(f.source, f.declared, f.compiled, f.initial, f.budget, f.spent, f.reason) for f in sheet.funds]
    total_fund = fund("资金总额", sheet.total_of("declared"), sheet.total_of("compiled"), sheet.total_of("initial"),
                      sheet.budget, sheet.spent, "")
    if not sheet.scored:
        return SheetResult(sheet, total_fund, funds, None, None, None, "")
    indicator_score = sum((i.score or ZERO for i in sheet.indicators), ZERO)
    total = indicator_score + (total_fund.score or ZERO)
    weight_total = sum((i.weight or ZERO for i in sheet.indicators), ZERO) + weight
    return SheetResult(sheet, total_fund, funds, indicator_score, total_fund.score, total,
                       settings.grade(rounded(total, 2)), weight_total)


def performance(dept: Department, settings: Settings, results: list[SheetResult] | None = None) -> Performance:
    """The 绩效 paragraph's figures from the attached sheets (their results, when already computed)."""
    if results is None:
        results = [sheet_result(s, settings) for s in dept.sheets]
    counts: dict[str, int] = {}
    for r in results:
        if r.grade:
            counts[r.grade] = counts.get(r.grade, 0) + 1
    planned = dept.texts.get("项目总个数")
    return Performance(len(results), sum((s.budget for s in dept.sheets), ZERO),
                       sum((s.spent for s in dept.sheets), ZERO), counts, int(planned) if planned else 0)


INCOME_NAMES = [("财政拨款收入", ("一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入")),
                ("上级补助收入", ("上级补助收入",)), ("事业收入", ("事业收入",)), ("经营收入", ("经营收入",)),
                ("附属单位上缴收入", ("附属单位上缴收入",)), ("其他收入", ("其他收入",))]
EXPENSE_NAMES = ("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出")


def derive(dept: Department, settings: Settings, reference) -> Derived:
    totals = dept.summary_totals()
    fiscal = dept.fiscal_summary()
    prior = dept.prior
    sheet_results = [sheet_result(s, settings) for s in dept.sheets]

    sources = dept.income_sources()
    income_total = totals["本年收入合计"]
    income_parts = parts([(name, sum((sources[k] for k in keys), ZERO)) for name, keys in INCOME_NAMES], income_total)
    expense_total = totals["本年支出合计"]
    expense_parts = parts([(name, dept.expense.total(name)) for name in EXPENSE_NAMES], expense_total)

    gpb = dept.gpb
    gpb_total = gpb.total("本年支出合计")
    class_codes = gpb.class_codes()
    gpb_classes = parts([(gpb.name(c, reference), gpb.value(c, "本年支出合计")) for c in class_codes],
                        gpb_total, class_codes)
    gpb_classes = [p for p in gpb_classes if p.amount != ZERO]

    budget_names = {b.code: b.name for b in dept.budget_classes}

    def name_of(code: str) -> str:
        return gpb.name(code, reference) if code in gpb.codes else budget_names.get(code) or reference.function_name(code)

    def detail(code: str) -> ClassDetail:
        note = dept.item_note(code)
        actual = gpb.value(code, "本年支出合计") if code in gpb.codes else ZERO
        path = tuple(name_of(code[:n]) for n in (3, 5, 7) if n <= len(code))
        return ClassDetail(code, name_of(code), actual, Completion(actual, dept.budget_of(code) or ZERO),
                           Change(actual, dept.prior_of(code)), note.get("用途", ""), note.get("变动原因", ""),
                           note.get("预算差异原因", ""), path)

    budgeted = {b.code for b in dept.budget_classes}
    spent_codes = {c for c in gpb.codes if gpb.value(c, "本年支出合计") != ZERO}
    details = [detail(c) for c in sorted({c for c in spent_codes | budgeted if len(c) == 3}
                                         | {c[:3] for c in budgeted})]
    items = sorted({c for c in spent_codes | budgeted if len(c) == 7})
    item_groups = [ClassGroup(g, name_of(g), [detail(c) for c in items if c.startswith(g)])
                   for g in sorted({c[:3] for c in items})]
    budget_total = sum((dept.budget_of(c) or ZERO for c in {c[:3] for c in budgeted}), ZERO)

    basic = dept.basic
    basic_total = basic.personnel + basic.public
    expense_basic = dept.expense.total("基本支出")
    split = [(k, dept.expense.total(k)) for k in ("人员经费", "公用经费")]
    has_split = any(k in r.cells for r in dept.expense.entered_rows for k in ("人员经费", "公用经费"))
    personnel_items = [Part(i.name, i.amount, ratio(i.amount, basic.personnel), i.code) for i in basic.leaf_items(True)]
    public_items = [Part(i.name, i.amount, ratio(i.amount, basic.public), i.code) for i in basic.leaf_items(False)]

    texts = dept.texts.get("三公经费") or {}
    actual_three = dept.three_public_actual_total
    prior_three_known = bool(dept.prior_three.values)

    def three(name: str, keys: tuple[str, ...], facts: dict) -> ThreePublicItem:
        return ThreePublicItem(
            name, sum((dept.three_budget.get(k) for k in keys), ZERO),
            sum((dept.three_actual.get(k) for k in keys), ZERO),
            sum((dept.prior_three.get(k) for k in keys), ZERO) if prior_three_known else None,
            ratio(sum((dept.three_actual.get(k) for k in keys), ZERO), actual_three), facts)

    three_items = [three(k, (k,), texts.get(k) or {}) for k in THREE_PUBLIC]
    three_vehicle = three("公务用车购置及运行维护费", ("公务用车购置费", "公务用车运行维护费"), {})
    three_total = three("“三公”经费", THREE_PUBLIC, {"变动原因": texts.get("变动原因", "")})

    operating_now = dept.operating.get("行政单位") + dept.operating.get("参照公务员法管理事业单位")
    operating_prior = prior.entered("机关运行经费")

    p = dept.procurement
    procurement_total = p.entered("合计") if p.entered("合计") is not None else p.get("货物") + p.get("工程") + p.get("服务")
    bought = dept.texts.get("政府采购") or {}
    sme = optional(bought.get("授予中小企业合同金额"))
    small = optional(bought.get("授予小微企业合同金额"))

    vehicle_kinds = [(k, int(dept.vehicles.get(k))) for k in VEHICLE_KINDS]
    vehicles_total = dept.vehicle_total if dept.vehicle_total is not None else sum(n for _, n in vehicle_kinds)

    return Derived(
        income_total=income_total,
        expense_total=expense_total,
        overall_in=Change(totals["收入总计"], prior.entered("收入总计")),
        overall_out=Change(totals["支出总计"], prior.entered("支出总计")),
        income_parts=income_parts,
        expense_parts=expense_parts,
        fiscal_in=Change(fiscal["总计"], prior.entered("财政拨款收入总计")),
        fiscal_out=Change(fiscal["支出总计"], prior.entered("财政拨款支出总计")),
        gpb_total=gpb_total,
        gpb_share=ratio(gpb_total, expense_total),
        gpb_change=Change(gpb_total, prior.entered("一般公共预算财政拨款支出")),
        gpb_classes=gpb_classes,
        gpb_budget=Completion(gpb_total, budget_total),
        gpb_details=details,
        gpb_item_groups=item_groups,
        gpb_basic=gpb.total("基本支出"),
        gpb_project=gpb.total("项目支出"),
        expense_basic_split=parts(split, expense_basic) if has_split else [],
        fiscal_income=fiscal["本年收入合计"],
        basic_total=basic_total,
        personnel=Part("人员经费", basic.personnel, ratio(basic.personnel, basic_total)),
        public=Part("公用经费", basic.public, ratio(basic.public, basic_total)),
        personnel_items=personnel_items,
        public_items=public_items,
        gov_fund_empty=dept.gov_fund.is_empty,
        soe_empty=dept.soe.is_empty,
        three_total=three_total,
        three_items=three_items,
        three_vehicle=three_vehicle,
        operating=Change(operating_now, operating_prior),
        operating_budget=Change(operating_now, dept.budget_operating),
        meetings=basic.value("30215"),
        training=basic.value("30216"),
        festival=dept.festival,
        procurement_total=procurement_total,
        procurement_parts=parts([("货物", p.get("货物")), ("工程", p.get("工程")), ("服务", p.get("服务"))], procurement_total),
        sme=None if sme is None else Part("授予中小企业合同金额", sme, ratio(sme, procurement_total)),
        small=None if small is None else Part("授予小微企业合同金额", small, ratio(small, procurement_total)),
        vehicles_total=int(vehicles_total),
        vehicle_kinds=vehicle_kinds,
        big_equipment=dept.big_equipment,
        performance=performance(dept, settings, sheet_results),
        sheets=sheet_results,
        whole=sheet_result(dept.whole, settings) if dept.whole else None,
    )
