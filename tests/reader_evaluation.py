"""An independent reader of a generated 整体支出绩效自评报告 (河北 layout).

It imports nothing from the generator: it opens the .docx with python-docx, finds each
部门预算项目绩效自评表 by its first row (一、基本情况), reads the cells, and parses the report's
sentences with regular expressions.  `verify(path, rule, bands)` re-derives from the document
itself every rate and score it prints — each sheet's fund totals, 预算执行进度, the 预算执行率指标's
实际完成值 and 得分, the 总分, and the report's 总得分 and 评价等级 — and returns the disagreements
(empty when the document is consistent).  The 总得分 rule and the grade bands are not printed
in the report; the caller reads them from the template set's 设置.yaml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from docx import Document
from docx.oxml.ns import qn

D = Decimal
NUM = r"(\d+(?:\.\d+)?)"


def half_up(value: Decimal, places: int) -> Decimal:
    return value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def places_of(stated: str) -> int:
    return len(stated.split(".")[1]) if "." in stated else 0


def number(text: str) -> Decimal:
    text = text.strip().rstrip("%")
    return D(text) if text else D(0)


@dataclass
class Sheet:
    rows: list[list[str]]

    @property
    def name(self) -> str:
        return self.rows[0][2]

    def row(self, first_cell: str, column: int = 0) -> int:
        return next(i for i, r in enumerate(self.rows) if len(r) > column and r[column] == first_cell)


@dataclass
class Report:
    paragraphs: list[str]
    sheets: list[Sheet] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def read(path) -> Report:
    doc = Document(str(path))
    paragraphs, sheets = [], []
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t"))).strip()
            if text:
                paragraphs.append(text)
        elif child.tag == qn("w:tbl"):
            rows = [["".join(t.text or "" for t in tc.iter(qn("w:t"))).strip() for tc in tr.findall(qn("w:tc"))]
                    for tr in child.iter(qn("w:tr"))]
            if rows and rows[0][0] == "一、基本情况":
                sheets.append(Sheet(rows))
    return Report(paragraphs, sheets)


class Checker:
    def __init__(self):
        self.problems: list[str] = []

    def expect(self, label, stated, computed):
        if stated != computed:
            self.problems.append(f"{label}: 文中 {stated}，按表计算 {computed}")

    def printed(self, label: str, stated: str, exact: Decimal, full: Decimal):
        """A rate or score as printed against its exact value, at the places it is printed with; a value
        short of `full` must not print as `full`, one above zero not as zero."""
        value = number(stated)
        self.expect(label, value, half_up(exact, places_of(stated.rstrip("%"))))
        if exact != full and value == full or exact != 0 and value == 0:
            self.problems.append(f"{label}: {stated} 掩盖了实际数 {exact}")


def _weight(label: str) -> Decimal:
    """产出指标（40）, 预算执行率指标（10分） → the 一级指标's printed weight."""
    m = re.search(r"（(\d+(?:\.\d+)?)分?）$", label)
    return D(m.group(1)) if m else D(0)


def sheet_total(c: Checker, sheet: Sheet) -> Decimal:
    """Check one sheet; return its 总分 re-derived exactly (Σ entered scores + the budget score)."""
    name, rows = sheet.name, sheet.rows
    total_row = sheet.row("预算数：", 1)
    goals = sheet.row("三、目标完成情况")
    funds = rows[total_row + 1: goals]
    budget, arrived, spent, progress = rows[total_row][2], rows[total_row][4], rows[total_row][6], rows[total_row][7]
    for label, column, stated in (("预算数", 2, budget), ("到位数", 4, arrived), ("执行数", 6, spent)):
        c.expect(f"{name} {label}合计", number(stated), sum((number(r[column]) for r in funds), D(0)))
    rate = number(spent) / number(budget) * 100
    c.printed(f"{name} 预算执行进度", progress, rate, D(100))

    header = sheet.row("一级指标", 1)
    end = sheet.row("总分")
    indicators = rows[header + 1: end]
    scores, weights, group, by_group = D(0), D(0), "", {}
    budget_score = None
    for r in indicators:
        if r[1]:
            group = r[1]
            weights += _weight(group)
        if r[2] == "预算执行率":
            weight = _weight(r[1])
            c.printed(f"{name} 预算执行率指标 实际完成值", r[5], rate, D(100))
            budget_score = min(weight * rate / 100, weight)
            c.printed(f"{name} 预算执行率指标 得分", r[6], budget_score, weight)
            by_group[group] = budget_score
        else:
            scores += number(r[6])
            by_group[group] = by_group.get(group, D(0)) + number(r[6])
    for label, got in by_group.items():
        if got > _weight(label):
            c.problems.append(f"{name} {label}: 得分 {got} 超过分值")
    if budget_score is None:
        c.problems.append(f"{name}: 没有预算执行率指标一行")
        budget_score = D(0)
    total = scores + budget_score
    c.printed(f"{name} 总分", rows[end][1], total, weights)
    return total


def grade_of(score: Decimal, bands: list[tuple[str, Decimal]]) -> str:
    shown = half_up(score, 2)
    return next(name for name, floor in sorted(bands, key=lambda b: b[1], reverse=True) if shown >= floor)


def verify(path, rule: str, bands: list[tuple[str, Decimal]]) -> list[str]:
    doc = read(path)
    c = Checker()
    headings = re.findall(r"^(\d+)、(.+)绩效表$", doc.text, re.M)
    c.expect("分项绩效表的标题", [(str(i + 1), s.name) for i, s in enumerate(doc.sheets)], headings)
    totals = [(number(s.rows[s.row("预算数：", 1)][2]), sheet_total(c, s)) for s in doc.sheets]
    if rule == "各项目总分的算术平均":
        score = sum((t for _, t in totals), D(0)) / len(totals)
    else:
        score = sum((b * t for b, t in totals), D(0)) / sum((b for b, _ in totals), D(0))
    m = re.search(rf"^总得分{NUM}分为(\S+)$", doc.text, re.M)
    if not m:
        return c.problems + ["没有找到“总得分…分为…”"]
    c.printed("四、总得分", m.group(1), score, D(100))
    c.expect("四、评价等级", m.group(2), grade_of(score, bands))
    return c.problems
