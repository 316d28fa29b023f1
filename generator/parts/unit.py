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
class MemberUnit:
    """One unit of a department's 决算 (决算单位构成): its name, 单位性质 and the 备注 the list prints."""
    name: str
    nature: str                      # as written, or the department's own 单位性质 when not written
    note: str = ""


OPERATING_NATURES = ("行政单位", "参照公务员法管理事业单位")      # units whose 公用经费 is 机关运行经费


@dataclass(frozen=True)
class Overview:
    duties: tuple[str, ...]          # 职责 as a list (empty when written as a paragraph)
    duties_note: str                 # what is printed before the list of duties: one paragraph a line
    offices: tuple[Office, ...]
    organisation_note: str           # 机构设置补充说明
    units: tuple[MemberUnit, ...]    # 决算单位构成 (only the department itself when not written)
    duties_paragraph: str = ""       # 职责 written as one paragraph (the template prints it as it stands)

    @property
    def operating_units(self) -> tuple[bool, ...]:
        """For each unit, whether its 公用经费 counts as 机关运行经费 (行政单位, 参照公务员法管理事业单位)."""
        return tuple(u.nature in OPERATING_NATURES for u in self.units)


def read_unit(raw: dict) -> Unit:
    return Unit(raw["名称"], raw.get("简称") or raw["名称"], raw.get("单位性质", "") or "",
                str(raw.get("主管部门编码", "") or ""), str(raw.get("预算单位编码", "") or ""),
                raw.get("公开日期", "") or "")


def _member(raw, unit: Unit) -> MemberUnit:
    if isinstance(raw, str):
        return MemberUnit(raw, unit.nature)
    return MemberUnit(raw["名称"], raw.get("单位性质") or unit.nature, raw.get("备注", "") or "")


def read_overview(raw: dict, unit: Unit) -> Overview:
    offices = tuple(Office(o) if isinstance(o, str) else Office(o["名称"], o.get("职责", "") or "")
                    for o in raw.get("内设机构") or ())
    note = raw.get("职责说明") or ""
    if isinstance(note, list):                       # the text's paragraphs, one an item
        note = "\n".join(note)
    units = tuple(_member(u, unit) for u in raw.get("决算单位") or ()) or (MemberUnit(unit.name, unit.nature),)
    duties = raw.get("职责") or ()
    paragraph = duties if isinstance(duties, str) else ""
    return Overview(() if paragraph else tuple(duties), note, offices,
                    raw.get("机构设置说明", "") or "", units, paragraph)
