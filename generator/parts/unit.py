"""The unit and its overview (单位, 概况): every document kind starts with them."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Office:
    name: str
    duty: str = ""


@dataclass(frozen=True)
class Unit:
    name: str
    short_name: str
    nature: str                      # 单位性质: 行政单位, 参照公务员法管理事业单位, 事业单位 …
    department_code: str             # 主管部门编码
    unit_code: str                   # 预算单位编码
    published_on: str                # 公开日期


@dataclass(frozen=True)
class Overview:
    duties: tuple[str, ...]
    duties_note: str                 # what is printed before the list of duties: one paragraph a line
    offices: tuple[Office, ...]
    organisation_note: str           # 机构设置补充说明
    units: tuple[str, ...]           # 决算单位构成


def read_unit(raw: dict) -> Unit:
    return Unit(raw["名称"], raw.get("简称") or raw["名称"], raw.get("单位性质", "") or "",
                str(raw.get("主管部门编码", "") or ""), str(raw.get("预算单位编码", "") or ""),
                raw.get("公开日期", "") or "")


def read_overview(raw: dict, unit: Unit) -> Overview:
    offices = tuple(Office(o) if isinstance(o, str) else Office(o["名称"], o.get("职责", "") or "")
                    for o in raw.get("内设机构") or ())
    note = raw.get("职责说明") or ""
    if isinstance(note, list):                       # the text's paragraphs, one an item
        note = "\n".join(note)
    return Overview(tuple(raw.get("职责") or ()), note, offices,
                    raw.get("机构设置说明", "") or "", tuple(raw.get("决算单位") or (unit.name,)))
