"""A typed, immutable view of a schema-valid department file.

What the clerk entered stays distinguishable from what is computed: every table keeps
its entered cells (with the JSON pointer they came from) and answers `value(code, col)`
with the entered figure when there is one, otherwise the figure computed from the
lower-level rows or from the row's own columns.  Published totals are authoritative
(the finance system rounds each cell from 元), computed ones fill the gaps.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from .load import SourceMap, pointer_join
from .problems import Problem, Severity, make

ZERO = Decimal(0)


def dec(value) -> Decimal:
    """An entered amount as Decimal; a blank (None) is 0."""
    if value is None:
        return ZERO
    return value if isinstance(value, Decimal) else Decimal(value)


def code_text(value) -> str:
    return str(value).strip()


# ───────────────────────────── line-item tables ─────────────────────────────

@dataclass(frozen=True)
class ColumnSpec:
    """The columns of a 科目 table: a total column and the columns that sum to it."""
    total: str
    parts: tuple[str, ...]
    sub_parts: dict[str, tuple[str, ...]] = field(default_factory=dict)   # e.g. 基本支出 = 人员经费 + 公用经费

    @property
    def all(self) -> tuple[str, ...]:
        cols = [self.total]
        for part in self.parts:
            cols.append(part)
            cols.extend(self.sub_parts.get(part, ()))
        return tuple(cols)


INCOME_COLUMNS = ColumnSpec("本年收入合计", ("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"))
EXPENSE_COLUMNS = ColumnSpec("本年支出合计", ("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
                             {"基本支出": ("人员经费", "公用经费")})
GPB_COLUMNS = ColumnSpec("本年支出合计", ("基本支出", "项目支出"), {"基本支出": ("人员经费", "公用经费")})
FUND_COLUMNS = ColumnSpec("本年支出合计", ("基本支出", "项目支出"))
SOE_COLUMNS = ColumnSpec("本年支出合计", ("基本支出", "项目支出"))
FUND_EXTRA = ("年初结转和结余", "本年收入", "年末结转和结余")


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    cells: dict[str, Decimal]        # entered cells only
    pointer: str                     # JSON pointer of the row

    @property
    def level(self) -> int:          # 1 类, 2 款, 3 项
        return {3: 1, 5: 2, 7: 3}.get(len(self.code), 0)

    def cell_pointer(self, column: str) -> str:
        return pointer_join(self.pointer, column)


def parent_code(code: str) -> str | None:
    return code[:-2] if len(code) > 3 else None


@dataclass(frozen=True)
class ItemTable:
    """公开02/03/05/07/08: rows by 功能分类科目 with a total row."""
    key: str                          # the YAML key, which is the official table title
    columns: ColumnSpec
    entered_rows: tuple[Row, ...]
    entered_total: dict[str, Decimal]
    total_pointer: str
    extra_columns: tuple[str, ...] = ()
    no_data_note: str = ""

    @cached_property
    def by_code(self) -> dict[str, Row]:
        return {r.code: r for r in self.entered_rows}

    @cached_property
    def codes(self) -> list[str]:
        """Entered codes plus the 类/款 above them, in table order."""
        codes = set()
        for row in self.entered_rows:
            code = row.code
            while code:
                codes.add(code)
                code = parent_code(code)
        return sorted(codes)

    @cached_property
    def _children(self) -> dict[str | None, list[str]]:
        index: dict[str | None, list[str]] = {}
        for c in self.codes:
            index.setdefault(parent_code(c) if len(c) > 3 else None, []).append(c)
        return index

    def children(self, code: str | None) -> list[str]:
        return self._children.get(code, [])

    @property
    def all_columns(self) -> tuple[str, ...]:
        return self.columns.all + self.extra_columns

    def entered(self, code: str, column: str) -> Decimal | None:
        row = self.by_code.get(code)
        if row is None:
            return None
        return row.cells.get(column)

    def value(self, code: str, column: str) -> Decimal:
        row = self.by_code.get(code)
        if row is not None and column in row.cells:
            return row.cells[column]
        if self.children(code):
            return self.children_sum(code, column)
        if column == self.columns.total:
            return sum((self.value(code, p) for p in self.columns.parts), ZERO)
        subs = self.columns.sub_parts.get(column)
        if subs and row is not None and any(s in row.cells for s in subs):
            return sum((self.value(code, s) for s in subs), ZERO)
        return ZERO

    def children_sum(self, code: str | None, column: str) -> Decimal:
        return sum((self.value(c, column) for c in self.children(code)), ZERO)

    def total(self, column: str) -> Decimal:
        if column in self.entered_total:
            return self.entered_total[column]
        if column == self.columns.total and any(p in self.entered_total for p in self.columns.parts):
            return sum((self.total(p) for p in self.columns.parts), ZERO)
        return self.children_sum(None, column)

    def name(self, code: str, reference) -> str:
        row = self.by_code.get(code)
        return row.name if row else reference.function_name(code)

    @property
    def is_empty(self) -> bool:
        return all(self.total(c) == ZERO for c in self.all_columns)

    def class_codes(self) -> list[str]:
        return self.children(None)


# ───────────────────────────── the other tables ─────────────────────────────

@dataclass(frozen=True)
class Figures:
    """A flat set of named figures as entered (blank → not entered)."""
    values: dict[str, Decimal]
    pointer: str

    def get(self, key: str) -> Decimal:
        return self.values.get(key, ZERO)

    def entered(self, key: str) -> Decimal | None:
        return self.values.get(key)

    def pointer_of(self, key: str) -> str:
        return pointer_join(self.pointer, key)


@dataclass(frozen=True)
class EconomicItem:
    code: str
    name: str
    amount: Decimal
    pointer: str


@dataclass(frozen=True)
class BasicDetail:
    """公开06 by 部门经济分类."""
    items: tuple[EconomicItem, ...]
    personnel_total: Decimal | None
    public_total: Decimal | None
    pointer: str

    PERSONNEL_CLASSES = ("301", "303")

    @cached_property
    def by_code(self) -> dict[str, EconomicItem]:
        return {i.code: i for i in self.items}

    def value(self, code: str) -> Decimal:
        item = self.by_code.get(code)
        if item is not None:
            return item.amount
        if len(code) == 3:
            return sum((i.amount for i in self.items if len(i.code) == 5 and i.code.startswith(code)), ZERO)
        return ZERO

    def class_codes(self) -> list[str]:
        return sorted({i.code[:3] for i in self.items})

    def is_personnel(self, code: str) -> bool:
        return code[:3] in self.PERSONNEL_CLASSES

    def computed_personnel(self) -> Decimal:
        return sum((self.value(c) for c in self.class_codes() if self.is_personnel(c)), ZERO)

    def computed_public(self) -> Decimal:
        return sum((self.value(c) for c in self.class_codes() if not self.is_personnel(c)), ZERO)

    @property
    def personnel(self) -> Decimal:
        return self.personnel_total if self.personnel_total is not None else self.computed_personnel()

    @property
    def public(self) -> Decimal:
        return self.public_total if self.public_total is not None else self.computed_public()

    def leaf_items(self, personnel: bool) -> list[EconomicItem]:
        """款-level items with a non-zero amount, in table order."""
        return [i for i in sorted(self.items, key=lambda i: i.code)
                if len(i.code) == 5 and i.amount != ZERO and self.is_personnel(i.code) == personnel]


THREE_PUBLIC = ("因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费")
FISCAL_FUNDS = ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
VEHICLE_KINDS = ("副部（省）级及以上领导用车", "主要负责人用车", "机要通信用车", "应急保障用车",
                 "执法执勤用车", "特种专业技术用车", "离退休干部服务用车", "其他用车")


@dataclass(frozen=True)
class CodedAmount:
    code: str
    name: str
    amount: Decimal
    pointer: str


# ───────────────────────────── self-evaluation sheets ─────────────────────────────

@dataclass(frozen=True)
class Fund:
    source: str
    declared: Decimal | None        # 年初预算数·目标申报数
    compiled: Decimal | None        # 年初预算数·预算编制数
    initial: Decimal | None         # 年初预算数 (templates with a single column)
    budget: Decimal | None          # 全年预算数 (None: a blank row such as 上年结转资金)
    spent: Decimal | None           # 全年执行数
    reason: str
    pointer: str


@dataclass(frozen=True)
class Indicator:
    level1: str
    level2: str
    level3: str
    initial: str
    adjusted: str
    actual: str
    note: str
    weight: Decimal | None          # None on templates whose sheets are not scored
    score: Decimal | None
    reason: str
    pointer: str
    target: str = ""                # 年度指标值 (templates with one target column)


@dataclass(frozen=True)
class Sheet:
    name: str
    funds: tuple[Fund, ...]
    goal: str
    achieved: str
    indicators: tuple[Indicator, ...]
    analysis: dict[str, str]
    declared_total: Decimal | None
    declared_grade: str | None
    pointer: str
    facts: dict = field(default_factory=dict)   # 实施单位, 专项名称, 子项目, 项目总投资, 其中财政拨款, 实施期

    @property
    def budget(self) -> Decimal:
        return sum((f.budget for f in self.funds if f.budget is not None), ZERO)

    @property
    def spent(self) -> Decimal:
        return sum((f.spent for f in self.funds if f.spent is not None), ZERO)

    @property
    def scored(self) -> bool:
        return any(i.weight is not None for i in self.indicators)

    def total_of(self, attr: str) -> Decimal | None:
        values = [getattr(f, attr) for f in self.funds]
        if all(v is None for v in values):
            return None
        return sum((v for v in values if v is not None), ZERO)


# ───────────────────────────── the department ─────────────────────────────

@dataclass(frozen=True)
class Department:
    file: str
    template: str
    year: int
    name: str
    short_name: str
    kind: str
    department_code: str
    unit_code: str
    published_on: str
    duties: tuple[str, ...]
    offices: tuple[str, ...]
    organisation_note: str
    duties_note: str
    office_duties: tuple[str, ...]   # one per office, "" when not given
    units: tuple[str, ...]           # 决算单位构成

    summary: Figures            # 公开01 entered lines
    income: ItemTable           # 公开02
    expense: ItemTable          # 公开03
    fiscal: dict[str, Figures]  # 公开04: 本年收入 / 年初… / 年末…
    fiscal_totals: Figures      # 公开04 entered totals
    gpb: ItemTable              # 公开05
    basic: BasicDetail          # 公开06
    gov_fund: ItemTable         # 公开07
    soe: ItemTable              # 公开08
    three_budget: Figures       # 公开09
    three_actual: Figures
    three_note: str
    procurement: Figures        # 公开10
    operating: Figures
    vehicles: Figures
    vehicle_total: int | None
    big_equipment: int
    general_equipment: int | None

    prior: Figures
    prior_classes: tuple[CodedAmount, ...]
    prior_three: Figures
    budget_classes: tuple[CodedAmount, ...]
    budget_operating: Decimal | None
    festival: Decimal                # 节庆、晚会、论坛、赛事活动支出

    texts: dict                  # 情况说明 as entered (plain data)
    sheets: tuple[Sheet, ...]
    whole: Sheet | None          # 部门整体支出绩效自评表
    report: dict                 # 整体支出绩效评价报告 texts

    @property
    def three_public_actual_total(self) -> Decimal:
        return sum((self.three_actual.get(k) for k in THREE_PUBLIC), ZERO)

    def income_sources(self) -> dict[str, Decimal]:
        """公开01's income lines: fiscal funds from 公开04, the rest from 公开02's 合计 row."""
        fiscal = self.fiscal["本年收入"]
        return {
            "一般公共预算财政拨款收入": fiscal.get("一般公共预算财政拨款"),
            "政府性基金预算财政拨款收入": fiscal.get("政府性基金预算财政拨款"),
            "国有资本经营预算财政拨款收入": fiscal.get("国有资本经营预算财政拨款"),
            "上级补助收入": self.income.total("上级补助收入"),
            "事业收入": self.income.total("事业收入"),
            "经营收入": self.income.total("经营收入"),
            "附属单位上缴收入": self.income.total("附属单位上缴收入"),
            "其他收入": self.income.total("其他收入"),
        }

    def summary_totals(self) -> dict[str, Decimal]:
        """公开01 本年收入合计 / 本年支出合计 / 总计 — entered when entered, else computed."""
        s = self.summary
        income = s.entered("本年收入合计")
        if income is None:
            income = sum(self.income_sources().values(), ZERO)
        expense = s.entered("本年支出合计")
        if expense is None:
            expense = self.expense.total("本年支出合计")
        total_in = income + s.get("使用非财政拨款结余") + s.get("年初结转和结余")
        total = s.entered("总计")
        return {"本年收入合计": income, "本年支出合计": expense, "总计": total if total is not None else total_in,
                "收入总计": total if total is not None else total_in,
                "支出总计": total if total is not None else expense + s.get("结余分配") + s.get("年末结转和结余")}

    def fiscal_summary(self) -> dict[str, Decimal]:
        """公开04 totals — entered when entered, else computed."""
        t = self.fiscal_totals
        income = t.entered("本年收入合计")
        if income is None:
            income = sum((self.fiscal["本年收入"].get(f) for f in FISCAL_FUNDS), ZERO)
        expense = t.entered("本年支出合计")
        if expense is None:
            expense = self.fiscal_expense_by_fund()
            expense = sum(expense.values(), ZERO)
        opening = sum((self.fiscal["年初财政拨款结转和结余"].get(f) for f in FISCAL_FUNDS), ZERO)
        closing = sum((self.fiscal["年末财政拨款结转和结余"].get(f) for f in FISCAL_FUNDS), ZERO)
        total = t.entered("总计")
        return {"本年收入合计": income, "本年支出合计": expense, "年初": opening, "年末": closing,
                "总计": total if total is not None else income + opening,
                "支出总计": total if total is not None else expense + closing}

    def fiscal_expense_by_fund(self) -> dict[str, Decimal]:
        return {
            "一般公共预算财政拨款": self.gpb.total("本年支出合计"),
            "政府性基金预算财政拨款": self.gov_fund.total("本年支出合计"),
            "国有资本经营预算财政拨款": self.soe.total("本年支出合计"),
        }

    @staticmethod
    def _by_code(entries: tuple[CodedAmount, ...], code: str) -> Decimal | None:
        """The amount for `code`: entered for it, or the sum of the highest entered levels below it."""
        codes = {e.code: e.amount for e in entries}
        if code in codes:
            return codes[code]
        below = [c for c in codes if c.startswith(code) and len(c) > len(code)]
        top = [c for c in below if not any(o != c and c.startswith(o) for o in below)]
        return sum((codes[c] for c in top), ZERO) if top else None

    def budget_of(self, code: str) -> Decimal | None:
        """年初预算数 of a 科目 (None when nothing is budgeted under it)."""
        return self._by_code(self.budget_classes, code)

    def prior_of(self, code: str) -> Decimal | None:
        """上年决算数 of a 科目: 0 when prior-year figures exist but not for it, None when none were given."""
        if not self.prior_classes:
            return None
        value = self._by_code(self.prior_classes, code)
        return ZERO if value is None else value

    def item_note(self, code: str) -> dict:
        for entry in self.texts.get("科目说明", []):
            if code_text(entry.get("科目编码")) == code:
                return entry
        return {}


# ───────────────────────────── building ─────────────────────────────

def _figures(data: dict | None, pointer: str, keys=None) -> Figures:
    data = data or {}
    values = {k: dec(v) for k, v in data.items() if v is not None and (keys is None or k in keys)
              and not isinstance(v, (dict, list, str))}
    return Figures(values, pointer)


def _code_problems(code: str, pointer: str, source: SourceMap, lengths=(3, 5, 7)) -> list[Problem]:
    if code.isdigit() and len(code) in lengths:
        return []
    expected = "应为" + "、".join(f"{n}位" for n in lengths) + "数字"
    return [make(106, Severity.ERROR, source.location(pointer_join(pointer, "科目编码")), pointer,
                 where="", field="科目编码", expected=expected, value=code)]


def _item_table(data: dict | None, key: str, columns: ColumnSpec, source: SourceMap,
                problems: list[Problem], extra: tuple[str, ...] = ()) -> ItemTable:
    data = data or {}
    pointer = pointer_join("", key)
    rows, seen = [], {}
    for i, raw in enumerate(data.get("科目") or []):
        row_pointer = pointer_join(pointer_join(pointer, "科目"), i)
        code = code_text(raw["科目编码"])
        bad = _code_problems(code, row_pointer, source)
        problems.extend(bad)
        if bad:
            continue
        if code in seen:
            problems.append(make(204, Severity.ERROR, source.location(pointer_join(row_pointer, "科目编码")), row_pointer,
                                 table=f"{key}：", code=code, other_line=source.location(seen[code]).line))
            continue
        seen[code] = row_pointer
        cells = {c: dec(v) for c, v in raw.items() if c not in ("科目编码", "科目名称") and v is not None}
        rows.append(Row(code, raw["科目名称"], cells, row_pointer))
    total = {c: dec(v) for c, v in (data.get("合计") or {}).items() if v is not None}
    return ItemTable(key, columns, tuple(rows), total, pointer_join(pointer, "合计"), extra,
                     data.get("无数据说明", ""))


def _coded(entries, pointer: str, amount_key: str, source: SourceMap, problems: list[Problem]) -> tuple[CodedAmount, ...]:
    result = []
    for i, raw in enumerate(entries or []):
        item_pointer = pointer_join(pointer, i)
        code = code_text(raw["科目编码"])
        bad = _code_problems(code, item_pointer, source)
        problems.extend(bad)
        if not bad:
            result.append(CodedAmount(code, raw["科目名称"], dec(raw.get(amount_key)), item_pointer))
    return tuple(result)


def optional(value) -> Decimal | None:
    return None if value is None else dec(value)


SHEET_FACTS = ("实施单位", "专项名称", "子项目", "项目总投资", "其中财政拨款", "实施期")


def _sheet(raw: dict, pointer: str, default_name: str = "") -> Sheet:
    funds = tuple(
        Fund(f["来源"], optional(f.get("目标申报数")), optional(f.get("预算编制数")), optional(f.get("年初预算数")),
             optional(f.get("全年预算数")), optional(f.get("全年执行数")), f.get("偏差原因", ""),
             pointer_join(pointer_join(pointer, "资金"), i))
        for i, f in enumerate(raw["资金"]))
    indicators = tuple(
        Indicator(x["一级指标"], x["二级指标"], x["三级指标"], str(x.get("年初指标值", "") or ""),
                  str(x.get("调整后指标值", "") or ""), str(x.get("实际完成值", "") or ""),
                  x.get("完成值情况说明", ""), optional(x.get("分值")), optional(x.get("得分")),
                  x.get("偏差原因", ""), pointer_join(pointer_join(pointer, "指标"), i),
                  str(x.get("年度指标值", "") or ""))
        for i, x in enumerate(raw["指标"]))
    total = raw.get("总分")
    return Sheet(raw.get("项目名称") or default_name, funds, raw["年度目标"], raw["实际完成情况"], indicators,
                 dict(raw.get("分析") or {}), None if total is None else dec(total), raw.get("等级"), pointer,
                 {k: raw[k] for k in SHEET_FACTS if raw.get(k) is not None})


def build(data: dict, source: SourceMap) -> tuple[Department, list[Problem]]:
    problems: list[Problem] = []
    unit = data["单位"]
    overview = data["概况"]
    fiscal_data = data["财政拨款收入支出决算总表"]
    basic_data = data["一般公共预算财政拨款基本支出决算明细表"]
    basic_items, seen = [], {}
    for i, raw in enumerate(basic_data.get("科目") or []):
        item_pointer = pointer_join(pointer_join("/一般公共预算财政拨款基本支出决算明细表", "科目"), i)
        code = code_text(raw["科目编码"])
        bad = _code_problems(code, item_pointer, source, lengths=(3, 5))
        problems.extend(bad)
        if bad:
            continue
        if code in seen:
            problems.append(make(204, Severity.ERROR, source.location(pointer_join(item_pointer, "科目编码")), item_pointer,
                                 table="一般公共预算财政拨款基本支出决算明细表：", code=code,
                                 other_line=source.location(seen[code]).line))
            continue
        seen[code] = item_pointer
        basic_items.append(EconomicItem(code, raw["科目名称"], dec(raw.get("决算数")), item_pointer))
    basic = BasicDetail(
        tuple(basic_items),
        None if basic_data.get("人员经费合计") is None else dec(basic_data["人员经费合计"]),
        None if basic_data.get("公用经费合计") is None else dec(basic_data["公用经费合计"]),
        "/一般公共预算财政拨款基本支出决算明细表")

    three = data["财政拨款三公经费支出决算表"]
    info = data["相关信息统计表"]
    prior = data.get("上年决算") or {}
    budget = data.get("年初预算") or {}
    texts = data.get("情况说明") or {}

    dept = Department(
        file=source.file,
        template=data["模板"],
        year=int(data["年度"]),
        name=unit["名称"],
        short_name=unit.get("简称") or unit["名称"],
        kind=unit["单位性质"],
        department_code=unit.get("主管部门编码", ""),
        unit_code=unit.get("预算单位编码", ""),
        published_on=unit.get("公开日期", ""),
        duties=tuple(overview["职责"]),
        offices=tuple(o if isinstance(o, str) else o["名称"] for o in overview.get("内设机构") or ()),
        organisation_note=overview.get("机构设置说明", ""),
        duties_note=overview.get("职责说明", ""),
        office_duties=tuple("" if isinstance(o, str) else o.get("职责", "") for o in overview.get("内设机构") or ()),
        units=tuple(overview.get("决算单位") or (unit["名称"],)),
        summary=_figures(data.get("收入支出决算总表"), "/收入支出决算总表"),
        income=_item_table(data["收入决算表"], "收入决算表", INCOME_COLUMNS, source, problems),
        expense=_item_table(data["支出决算表"], "支出决算表", EXPENSE_COLUMNS, source, problems),
        fiscal={k: _figures(fiscal_data.get(k), pointer_join("/财政拨款收入支出决算总表", k))
                for k in ("本年收入", "年初财政拨款结转和结余", "年末财政拨款结转和结余")},
        fiscal_totals=_figures(fiscal_data, "/财政拨款收入支出决算总表", ("本年收入合计", "本年支出合计", "总计")),
        gpb=_item_table(data["一般公共预算财政拨款支出决算表"], "一般公共预算财政拨款支出决算表", GPB_COLUMNS, source, problems),
        basic=basic,
        gov_fund=_item_table(data.get("政府性基金预算财政拨款收入支出决算表"), "政府性基金预算财政拨款收入支出决算表",
                             FUND_COLUMNS, source, problems, FUND_EXTRA),
        soe=_item_table(data.get("国有资本经营预算财政拨款支出决算表"), "国有资本经营预算财政拨款支出决算表",
                        SOE_COLUMNS, source, problems),
        three_budget=_figures(three["预算数"], "/财政拨款三公经费支出决算表/预算数"),
        three_actual=_figures(three["决算数"], "/财政拨款三公经费支出决算表/决算数"),
        three_note=three.get("无数据说明", ""),
        procurement=_figures(info["政府采购"], "/相关信息统计表/政府采购"),
        operating=_figures(info["机关运行经费"], "/相关信息统计表/机关运行经费"),
        vehicles=_figures(info["车辆"], "/相关信息统计表/车辆"),
        vehicle_total=info.get("车辆数合计"),
        big_equipment=int(info.get("单价100万元（含）以上设备") or 0),
        general_equipment=info.get("单价50万元（含）以上通用设备"),
        prior=_figures(prior, "/上年决算"),
        prior_classes=_coded(prior.get("一般公共预算财政拨款支出按科目"), "/上年决算/一般公共预算财政拨款支出按科目",
                             "决算数", source, problems),
        prior_three=_figures(prior.get("三公经费"), "/上年决算/三公经费"),
        budget_classes=_coded(budget.get("一般公共预算财政拨款支出按科目"), "/年初预算/一般公共预算财政拨款支出按科目",
                              "预算数", source, problems),
        budget_operating=optional(budget.get("机关运行经费")),
        festival=dec(info.get("节庆晚会论坛赛事活动支出")),
        texts=texts,
        sheets=tuple(_sheet(raw, pointer_join("/项目支出绩效自评表", i))
                     for i, raw in enumerate(data.get("项目支出绩效自评表") or [])),
        whole=_sheet(data["部门整体支出绩效自评表"], "/部门整体支出绩效自评表", unit["名称"])
        if data.get("部门整体支出绩效自评表") else None,
        report=dict(data.get("整体支出绩效评价报告") or {}),
    )
    return dept, problems
