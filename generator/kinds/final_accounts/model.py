"""The 决算 department as entered: typed, immutable, nothing computed.

`read_department` turns a schema-valid department file into a `Department`.  Every key the
documents use is a typed field here; what gen works out from these figures is in compute.py.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ...figures import Entered, dec, optional, read_entered
from ...load import SourceMap, pointer_join
from ...parts.items import ECONOMIC_CODE_LENGTHS, Columns, ItemTable, Names, file_names, read_code, read_name, read_table
from ...parts.performance import Management, read_management
from ...parts.reasons import Reason, read_reason
from ...parts.sheets import Sheet, read_sheet, sheet_texts
from ...parts.three_public import ThreePublicFigures, read_figures
from ...parts.unit import Overview, Unit, read_overview, read_unit
from ...problems import Problem
from ...references import TextField
from .settings import FLOW_COLUMNS

INCOME_COLUMNS = Columns("本年收入合计", ("财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"))
EXPENSE_COLUMNS = Columns("本年支出合计", ("基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"),
                          {"基本支出": ("人员经费", "公用经费")})
GENERAL_BUDGET_COLUMNS = Columns("本年支出合计", ("基本支出", "项目支出"), {"基本支出": ("人员经费", "公用经费")})
GOVERNMENT_FUND_COLUMNS = Columns("本年支出合计", ("基本支出", "项目支出"),
                                  extra=("年初结转和结余", "本年收入", "年末结转和结余"))
FUND_FLOWS = FLOW_COLUMNS            # the 收入支出 shape's columns beside 本年支出: 年初结转和结余, 本年收入, 年末结转和结余
STATE_CAPITAL_COLUMNS = Columns("本年支出合计", ("基本支出", "项目支出"), extra=FUND_FLOWS)   # 本年支出 or 收入支出 shape
BASIC_DETAIL_COLUMNS = Columns("决算数", ())
BUDGET_COLUMNS = Columns("预算数", (), extra=("全年预算数",))      # 年初预算数 and 全年预算数 (调整预算) by 科目
BUDGET_TABLE = "年初预算"

FISCAL_FUNDS = ("一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款")
VEHICLE_KINDS = ("副部（省）级及以上领导用车", "主要负责人用车", "机要通信用车", "应急保障用车",
                 "执法执勤用车", "特种专业技术用车", "离退休干部服务用车", "其他用车")
PERSONNEL_CLASSES = ("301", "303")     # 人员经费 = 工资福利支出 + 对个人和家庭的补助; the rest is 公用经费


Figures = Entered                    # a flat set of named figures as entered
read_figures_of = read_entered


@dataclass(frozen=True)
class CodedAmount:
    """A 科目 with one amount (上年决算数 or 年初预算数 of a 科目)."""
    code: str
    name: str
    amount: Decimal
    pointer: str
    named: bool = True               # the entry gives its 科目名称 (else it came from the file's other rows or the reference)


@dataclass(frozen=True)
class BasicDetail:
    """公开06 by 部门经济分类, with its entered 人员经费合计 and 公用经费合计."""
    table: ItemTable
    personnel_total: Decimal | None
    public_total: Decimal | None
    pointer: str


# ───────────────────────────── the 情况说明's facts and reasons ─────────────────────────────

@dataclass(frozen=True)
class ItemNote:
    """情况说明 for one 科目: what it was used for and why it changed."""
    code: str
    use: str
    change_reason: Reason            # 较上年变动的原因 (keyed 增加/减少/持平, or plain)
    budget_reason: Reason            # 决算与年初预算差异的原因 (keyed 大于/小于/等于, or plain)
    pointer: str


@dataclass(frozen=True)
class Visits:
    """公务接待: 金额, 批次, 人次 and what it was for."""
    amount: Decimal | None
    batches: int
    people: int
    use: str
    pointer: str


@dataclass(frozen=True)
class ThreePublicFacts:
    reason: Reason                   # “三公”经费总体变动原因
    abroad_groups: int
    abroad_people: int
    cars_bought: int
    cars_held: int
    uses: dict[str, str]             # item → 用途
    reasons: dict[str, Reason]       # item → 变动原因
    reception_use: str
    home: Visits                     # 国内接待
    foreign: Visits                  # 其中外事接待
    abroad: Visits                   # 国（境）外接待


PROCUREMENT_KINDS = ("货物", "工程", "服务")


@dataclass(frozen=True)
class ProcurementFacts:
    """政府采购 figures the 情况说明 states beside the 货物/工程/服务 totals (中小企业 policy)."""
    reserved_sme: Decimal | None     # 预留中小企业采购份额: reserved for 中小企业
    reserved_small: Decimal | None   # 其中预留小微企业采购份额
    other_sme: Decimal | None        # 其他项目授予中小企业合同金额: awards to 中小企业 in projects not reserved
    sme_by_kind: dict[str, Decimal]  # 各类授予中小企业合同金额: 货物, 工程, 服务 (as typed)
    pointer: str = "/情况说明/政府采购"


@dataclass(frozen=True)
class PerformanceClaims:
    """The 绩效 paragraph's figures as copied from elsewhere (checked against the sheets)."""
    count: int | None
    money: Decimal | None
    grades: dict[str, int]
    pointer: str


@dataclass(frozen=True)
class Explanations:
    """情况说明 as entered: reasons, uses and facts the tables do not hold."""
    total_reason: Reason             # 收支总计变动原因
    fiscal_reason: Reason            # 财政拨款收支总计变动原因
    general_budget_reason: Reason    # 一般公共预算财政拨款支出变动原因
    general_budget_budget_reason: Reason   # 一般公共预算财政拨款支出决算与预算差异的原因 (keyed 大于/小于/等于, or plain)
    item_notes: tuple[ItemNote, ...]
    three_public: ThreePublicFacts
    operating_reason: Reason         # 机关运行经费变动原因
    sme_awarded: Decimal | None      # 授予中小企业合同金额
    small_awarded: Decimal | None    # 授予小微企业合同金额
    procurement: ProcurementFacts    # the rest of the 政府采购 paragraph's figures
    other_cars_note: str
    performance_measures: str
    performance_goal: str
    performance_assessment: str
    planned_projects: int            # 项目总个数 (0: as many as attached sheets)
    claims: PerformanceClaims | None
    management: Management           # 预算绩效管理情况: counts, money, scores and grades the department states
    other_matters: str
    performance_example: str = ""   # 绩效所举项目: the project the 绩效 paragraph names (“××项目等5个”)
    pointer: str = "/情况说明"

    def note(self, code: str) -> ItemNote | None:
        return next((n for n in self.item_notes if n.code == code), None)


@dataclass(frozen=True)
class Report:
    """整体支出绩效评价报告 (湖南): its texts."""
    organisation: str
    staff: str
    overall: tuple[str, ...]
    problems: str
    other: str
    functions: str = ""              # 主要职能: the paragraph before the duties (else the 概况's 职责说明)
    budget: tuple[str, ...] = ()     # 预算收支情况 as the department wrote it (else the template's sentences)


@dataclass(frozen=True)
class Info:
    """公开10 相关信息统计表."""
    procurement: Figures             # 货物, 工程, 服务, 合计
    operating: Figures               # 机关运行经费: 行政单位, 参照公务员法管理事业单位
    operating_given: bool            # the file states its 机关运行经费 (a set that prints none need not: 314 then has nothing to check)
    vehicles: dict[str, int]
    vehicle_total: int | None        # entered 车辆数合计
    big_equipment: int
    general_equipment: int | None
    festival: Decimal                # 节庆、晚会、论坛、赛事活动支出
    pointer: str


# ───────────────────────────── the department ─────────────────────────────

@dataclass(frozen=True)
class Department:
    file: str
    template: str
    year: int
    unit: Unit
    overview: Overview

    summary: Figures                 # 公开01 entered lines
    summary_classes: Figures         # 公开01 支出 by 类 name, as published (checked against 公开03)
    income: ItemTable                # 公开02
    expense: ItemTable               # 公开03
    fiscal: dict[str, Figures]       # 公开04: 本年收入 / 年初财政拨款结转和结余 / 年末财政拨款结转和结余
    fiscal_totals: Figures           # 公开04 entered totals
    fiscal_classes: dict[str, Figures]   # 公开04 支出 by 类 name: 合计 and the three funds, as published
    general_budget: ItemTable        # 公开05
    basic: BasicDetail               # 公开06
    government_fund: ItemTable       # 公开07
    state_capital: ItemTable         # 公开08
    three_public_budget: ThreePublicFigures   # 公开09
    three_public_actual: ThreePublicFigures
    three_public_note: str
    info: Info                       # 公开10

    prior: Figures                   # 上年决算
    prior_classes: tuple[CodedAmount, ...]
    prior_three_public: ThreePublicFigures
    budget: ItemTable                # 年初预算数 and 全年预算数 by 科目, with their 合计 (年初预算)
    budget_operating: Decimal | None

    explanations: Explanations
    sheets: tuple[Sheet, ...]
    overall_sheet: Sheet | None      # 部门整体支出绩效自评表
    report: Report | None            # 整体支出绩效评价报告
    texts: tuple[TextField, ...] = ()    # every human text of 情况说明 and the 评价报告
    budget_file: str = ""                # 预算文件: the same year's 预算 file, beside this one
    sheet_texts: tuple[tuple[TextField, ...], ...] = ()   # each sheet's texts (the overall sheet last, if any)


# ───────────────────────────── reading ─────────────────────────────

def _coded(entries, pointer: str, amount_key: str, source: SourceMap, problems: list[Problem],
           names: Names) -> tuple[CodedAmount, ...]:
    result = []
    for i, raw in enumerate(entries or []):
        item_pointer = pointer_join(pointer, i)
        code = read_code(raw, item_pointer, source, problems)
        if code is None:
            continue
        name, named = read_name(raw, code, item_pointer, source, problems, names)
        if name is not None:
            result.append(CodedAmount(code, name, dec(raw.get(amount_key)), item_pointer, named))
    return tuple(result)


def _count(value) -> int:
    return int(value or 0)


def _visits(raw: dict | None, pointer: str) -> Visits:
    raw = raw or {}
    return Visits(optional(raw.get("金额")), _count(raw.get("批次")), _count(raw.get("人次")), raw.get("用途", "") or "",
                  pointer)


def _explanations(texts: dict) -> Explanations:
    three = texts.get("三公经费") or {}
    items = {k: three.get(k) or {} for k in ("因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费")}
    reception = items["公务接待费"]
    base = "/情况说明/三公经费/公务接待费"
    facts = ThreePublicFacts(
        reason=read_reason(three.get("变动原因"), "/情况说明/三公经费/变动原因"),
        abroad_groups=_count(items["因公出国（境）费"].get("团组数")),
        abroad_people=_count(items["因公出国（境）费"].get("人次")),
        cars_bought=_count(items["公务用车购置费"].get("购置车辆数")),
        cars_held=_count(items["公务用车运行维护费"].get("保有车辆数")),
        uses={k: v.get("用途", "") or "" for k, v in items.items()},
        reasons={k: read_reason(v.get("变动原因"), f"/情况说明/三公经费/{k}/变动原因") for k, v in items.items()},
        reception_use=reception.get("用途", "") or "",
        home=_visits(reception.get("国内接待"), f"{base}/国内接待"),
        foreign=_visits(reception.get("其中外事接待"), f"{base}/其中外事接待"),
        abroad=_visits(reception.get("国（境）外接待"), f"{base}/国（境）外接待"))
    notes = tuple(ItemNote(str(n["科目编码"]).strip(), n.get("用途", "") or "",
                           read_reason(n.get("变动原因"), f"/情况说明/科目说明/{i}/变动原因"),
                           read_reason(n.get("预算差异原因"), f"/情况说明/科目说明/{i}/预算差异原因"), f"/情况说明/科目说明/{i}")
                  for i, n in enumerate(texts.get("科目说明") or []))
    bought = texts.get("政府采购") or {}
    claims_raw = texts.get("绩效核对数") or {}
    claims = PerformanceClaims(
        None if claims_raw.get("项目个数") is None else int(claims_raw["项目个数"]), optional(claims_raw.get("资金")),
        {g: int(claims_raw[g]) for g in ("优", "良", "中", "差") if claims_raw.get(g) is not None},
        "/情况说明/绩效核对数") if claims_raw else None
    return Explanations(
        total_reason=read_reason(texts.get("收支总计变动原因"), "/情况说明/收支总计变动原因"),
        fiscal_reason=read_reason(texts.get("财政拨款收支总计变动原因"), "/情况说明/财政拨款收支总计变动原因"),
        general_budget_reason=read_reason(texts.get("一般公共预算财政拨款支出变动原因"), "/情况说明/一般公共预算财政拨款支出变动原因"),
        general_budget_budget_reason=read_reason(texts.get("一般公共预算财政拨款支出预算差异原因"),
                                                 "/情况说明/一般公共预算财政拨款支出预算差异原因"),
        item_notes=notes, three_public=facts,
        operating_reason=read_reason(texts.get("机关运行经费变动原因"), "/情况说明/机关运行经费变动原因"),
        sme_awarded=optional(bought.get("授予中小企业合同金额")),
        small_awarded=optional(bought.get("授予小微企业合同金额")),
        procurement=ProcurementFacts(
            optional(bought.get("预留中小企业采购份额")), optional(bought.get("预留小微企业采购份额")),
            optional(bought.get("其他项目授予中小企业合同金额")),
            {k: dec(v) for k, v in (bought.get("各类授予中小企业合同金额") or {}).items() if v is not None}),
        other_cars_note=texts.get("其他用车说明", "") or "",
        performance_measures=texts.get("绩效改进措施", "") or "",
        performance_goal=texts.get("绩效目标", "") or "",
        performance_assessment=texts.get("绩效评价情况", "") or "",
        planned_projects=_count(texts.get("项目总个数")),
        claims=claims,
        management=read_management(texts.get("预算绩效管理情况")),
        other_matters=texts.get("其他需要说明的事项", "") or "",
        performance_example=texts.get("绩效所举项目", "") or "")


def _report(raw: dict | None) -> Report | None:
    if not raw:
        return None
    overall = raw.get("整体支出绩效情况") or ()
    return Report(raw.get("机构情况", "") or "", raw.get("人员情况", "") or "",
                  tuple(overall) if isinstance(overall, list) else (overall,),
                  raw.get("存在问题及改进措施", "") or "", raw.get("其他需要说明的情况", "") or "",
                  raw.get("主要职能", "") or "", tuple(raw.get("预算收支情况") or ()))


TEXT_FIELDS_SKIP = {"科目编码", "科目名称", "来源", "金额", "批次", "人次", "团组数", "购置车辆数", "保有车辆数"}


def _text_fields(value, pointer: str):
    if isinstance(value, str):
        yield TextField(pointer, value)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in TEXT_FIELDS_SKIP:
                yield from _text_fields(v, pointer_join(pointer, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _text_fields(v, pointer_join(pointer, i))


def _human_texts(data: dict) -> tuple[TextField, ...]:
    return (tuple(_text_fields(data.get("情况说明") or {}, "/情况说明"))
            + tuple(_text_fields(data.get("整体支出绩效评价报告") or {}, "/整体支出绩效评价报告")))


def read_department(data: dict, source: SourceMap) -> tuple[Department, list[Problem]]:
    problems: list[Problem] = []
    names = file_names(data)
    unit = read_unit(data["单位"])
    fiscal_data = data["财政拨款收入支出决算总表"]
    basic_data = data["一般公共预算财政拨款基本支出决算明细表"]
    basic = BasicDetail(
        read_table(basic_data, "一般公共预算财政拨款基本支出决算明细表", BASIC_DETAIL_COLUMNS, source, problems,
                   ECONOMIC_CODE_LENGTHS, names=names),
        optional(basic_data.get("人员经费合计")), optional(basic_data.get("公用经费合计")),
        "/一般公共预算财政拨款基本支出决算明细表")
    three = data["财政拨款三公经费支出决算表"]
    info = data.get("相关信息统计表") or {}
    prior = data.get("上年决算") or {}
    budget = data.get("年初预算") or {}

    def table(key: str, columns: Columns) -> ItemTable:
        return read_table(data.get(key), key, columns, source, problems, names=names)

    sheets = tuple(read_sheet(raw, pointer_join("/项目支出绩效自评表", i))
                   for i, raw in enumerate(data.get("项目支出绩效自评表") or []))
    department = Department(
        file=source.file,
        template=data["模板"],
        year=int(data["年度"]),
        unit=unit,
        overview=read_overview(data["概况"], unit),
        summary=read_figures_of(data.get("收入支出决算总表"), "/收入支出决算总表"),
        summary_classes=read_figures_of((data.get("收入支出决算总表") or {}).get("支出"), "/收入支出决算总表/支出"),
        income=table("收入决算表", INCOME_COLUMNS),
        expense=table("支出决算表", EXPENSE_COLUMNS),
        fiscal={k: read_figures_of(fiscal_data.get(k), pointer_join("/财政拨款收入支出决算总表", k))
                for k in ("本年收入", "年初财政拨款结转和结余", "年末财政拨款结转和结余")},
        fiscal_totals=read_figures_of(fiscal_data, "/财政拨款收入支出决算总表", ("本年收入合计", "本年支出合计", "总计")),
        fiscal_classes={name: read_figures_of(cells, pointer_join("/财政拨款收入支出决算总表/支出", name))
                        for name, cells in (fiscal_data.get("支出") or {}).items()},
        general_budget=table("一般公共预算财政拨款支出决算表", GENERAL_BUDGET_COLUMNS),
        basic=basic,
        government_fund=table("政府性基金预算财政拨款收入支出决算表", GOVERNMENT_FUND_COLUMNS),
        state_capital=table("国有资本经营预算财政拨款支出决算表", STATE_CAPITAL_COLUMNS),
        three_public_budget=read_figures(three["预算数"], "/财政拨款三公经费支出决算表/预算数"),
        three_public_actual=read_figures(three["决算数"], "/财政拨款三公经费支出决算表/决算数"),
        three_public_note=three.get("无数据说明", "") or "",
        info=Info(
            procurement=read_figures_of(info.get("政府采购"), "/相关信息统计表/政府采购"),
            operating=read_figures_of(info.get("机关运行经费"), "/相关信息统计表/机关运行经费"),
            operating_given=info.get("机关运行经费") is not None,
            vehicles={k: int((info.get("车辆") or {}).get(k) or 0) for k in VEHICLE_KINDS},
            vehicle_total=info.get("车辆数合计"),
            big_equipment=_count(info.get("单价100万元（含）以上设备")),
            general_equipment=info.get("单价50万元（含）以上通用设备"),
            festival=dec(info.get("节庆晚会论坛赛事活动支出")),
            pointer="/相关信息统计表"),
        prior=read_figures_of(prior, "/上年决算"),
        prior_classes=_coded(prior.get("一般公共预算财政拨款支出按科目"), "/上年决算/一般公共预算财政拨款支出按科目",
                             "决算数", source, problems, names),
        prior_three_public=read_figures(prior.get("三公经费"), "/上年决算/三公经费"),
        budget=read_table(budget, BUDGET_TABLE, BUDGET_COLUMNS, source, problems, pointer="/年初预算", names=names,
                          rows_key="一般公共预算财政拨款支出按科目", total_key="一般公共预算财政拨款支出合计"),
        budget_operating=optional(budget.get("机关运行经费")),
        explanations=_explanations(data.get("情况说明") or {}),
        sheets=sheets,
        overall_sheet=read_sheet(data["部门整体支出绩效自评表"], "/部门整体支出绩效自评表", unit.name)
        if data.get("部门整体支出绩效自评表") else None,
        report=_report(data.get("整体支出绩效评价报告")),
        texts=_human_texts(data),
        budget_file=str(data.get("预算文件") or ""),
    )
    all_sheets = sheets + ((department.overall_sheet,) if department.overall_sheet else ())
    department = replace(department, sheet_texts=tuple(sheet_texts(s) for s in all_sheets))
    return department, problems
