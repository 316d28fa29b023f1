"""The 整体支出绩效自评报告 as entered: typed, immutable, nothing computed.

`read_report` turns a schema-valid department file into a `Report`.  The project sheets are
the shared `parts.sheets.Sheet` (the same shape the 决算 附件 sheets use); the report's own
parts are its texts, the unit's 组织机构 row, the staff counts and the budget figures it states.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from ...figures import dec, optional
from ...load import SourceMap, pointer_join
from ...parts.sheets import Sheet, Typed, read_sheet, read_typed, sheet_texts
from ...parts.unit import Unit, read_unit
from ...problems import Problem
from ...references import TextField


@dataclass(frozen=True)
class Organisation:
    """One row of the 组织机构及人员 table."""
    name: str                       # 单位名称
    nature: str                     # 单位基本性质
    grade: str                      # 单位规格
    funding: str                    # 经费形式


@dataclass(frozen=True)
class Staff:
    """年末实有人数: 行政编制, 事业编制, 在职人员 (as the report states them; 在职 need not equal the 编制)."""
    administrative: int | None
    institutional: int | None
    serving: int | None


@dataclass(frozen=True)
class Budget:
    """部门收支预算情况 as the report states it (the department's figures; nothing in the report derives them)."""
    initial: Decimal                # 年初预算收入
    adjusted: Decimal               # 调整预算数
    carried: Decimal | None         # 其中：结转和结余
    spent: Decimal                  # 支出
    pointer: str


@dataclass(frozen=True)
class Member:
    name: str                       # 姓名
    title: str                      # 职务


@dataclass(frozen=True)
class Report:
    file: str
    template: str
    year: int
    unit: Unit
    organisation: Organisation
    preamble: str                   # 引言: the paragraph before 一、
    duties: tuple[str, ...]         # 部门职能
    staff: Staff
    budget: Budget
    goal: str                       # 部门整体支出绩效目标、指标
    organised: str                  # 自评工作开展情况: the organisation of the work
    method: str                     # 自评的方法和过程
    achieved: str                   # 总体绩效目标实现情况
    sheets: tuple[Sheet, ...]
    problems: str                   # 项目存在的主要问题
    measures: str                   # 改进措施或建议
    members: tuple[Member, ...]     # 评价工作组
    date: str                       # 落款日期
    declared_score: Typed | None = None    # 总得分 as published (checked, never printed)
    declared_grade: str | None = None      # 评价等级 as published (checked, never printed)
    texts: tuple[TextField, ...] = ()      # the report's own texts, where they stand
    sheet_texts: tuple[tuple[TextField, ...], ...] = ()   # each sheet's texts


REPORT_TEXTS = ("引言", "绩效目标", "自评工作开展情况/组织", "自评工作开展情况/方法和过程", "总体绩效目标实现情况",
                "存在问题", "改进措施")


def _texts(data: dict) -> tuple[TextField, ...]:
    fields = []
    for path in REPORT_TEXTS:
        value = data
        for key in path.split("/"):
            value = (value or {}).get(key)
        if isinstance(value, str):
            fields.append(TextField("/" + path, value))
    fields[1:1] = [TextField(pointer_join("/概况/职责", i), t) for i, t in enumerate(data["概况"]["职责"])]
    return tuple(fields)


def _count(value) -> int | None:
    return None if value is None else int(value)


def read_report(data: dict, source: SourceMap) -> tuple[Report, list[Problem]]:
    raw_unit = data["单位"]
    unit = read_unit(raw_unit)
    overview = data["概况"]
    staff = overview.get("人员") or {}
    budget = data["收支预算情况"]
    work = data["自评工作开展情况"]
    team = data["评价工作组"]
    report = Report(
        file=source.file,
        template=data["模板"],
        year=int(data["年度"]),
        unit=unit,
        organisation=Organisation(unit.name, unit.nature, raw_unit.get("单位规格", "") or "",
                                  raw_unit.get("经费形式", "") or ""),
        preamble=data.get("引言", "") or "",
        duties=tuple(overview["职责"]),
        staff=Staff(_count(staff.get("行政编制")), _count(staff.get("事业编制")), _count(staff.get("在职人员"))),
        budget=Budget(dec(budget["年初预算收入"]), dec(budget["调整预算数"]),
                      optional(budget.get("其中结转和结余")), dec(budget["支出"]), "/收支预算情况"),
        goal=data["绩效目标"],
        organised=work["组织"],
        method=work["方法和过程"],
        achieved=str(data["总体绩效目标实现情况"]),
        sheets=tuple(read_sheet(raw, pointer_join("/项目支出绩效自评表", i), unit.name)
                     for i, raw in enumerate(data["项目支出绩效自评表"])),
        problems=data["存在问题"],
        measures=data["改进措施"],
        members=tuple(Member(m["姓名"], m.get("职务", "") or "") for m in team["成员"]),
        date=str(team["日期"]),
        declared_score=read_typed(data.get("总得分"), "/总得分"),
        declared_grade=data.get("等级"),
    )
    return replace(report, texts=_texts(data), sheet_texts=tuple(sheet_texts(s) for s in report.sheets)), []
