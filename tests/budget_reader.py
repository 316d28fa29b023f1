"""An independent reader of a generated 部门预算公开 document (河北 layout, seed 001).

It imports nothing from the generator: it opens the .docx with python-docx, finds each table by
the title paragraph above it (部门预算收支总表 …, 部门固定资产占用情况表, “N、…绩效目标表”), reads
the cells, and parses the 情况说明 sentences with regular expressions.  `verify(path)` re-derives
every amount, change, rate and list the narrative states from the tables of the same document and
returns the disagreements (empty when the document is consistent).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from docx import Document
from docx.oxml.ns import qn

D = Decimal
NUM = r"(\d+(?:\.\d+)?)"
TITLES = ("部门预算收支总表", "部门预算收入总表", "部门预算支出总表", "部门预算财政拨款收支总表",
          "部门预算一般公共预算财政拨款支出表", "部门预算一般公共预算财政拨款基本支出表",
          "部门预算政府性基金预算财政拨款支出表", "部门预算国有资本经营预算财政拨款支出表",
          "部门预算财政拨款“三公”经费支出表", "部门机构设置情况", "部门政府采购预算", "部门固定资产占用情况表")
PROJECT_TITLE = re.compile(r"^(\d+)、(.+)绩效目标表$")
TAIL = D("0.01")


def half_up(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money(text: str) -> Decimal:
    text = text.strip()
    return D(text) if text else D(0)


@dataclass
class Project:
    number: int
    name: str
    rows: list[list[str]]

    def cell_after(self, label: str) -> str:
        for row in self.rows:
            if label in row:
                i = row.index(label)
                return row[i + 1] if i + 1 < len(row) else ""
        raise KeyError(label)

    @property
    def budget(self) -> Decimal:
        return money(self.cell_after("预算数"))


@dataclass
class Doc:
    paragraphs: list[str]
    tables: dict[str, list[list[str]]]
    projects: list[Project] = field(default_factory=list)

    def section(self, heading: str, until: str) -> str:
        """The text between the body heading `heading` and the next heading `until` (skipping the 目录)."""
        start = max(i for i, p in enumerate(self.paragraphs) if p == heading)
        end = next(i for i in range(start + 1, len(self.paragraphs)) if self.paragraphs[i] == until)
        return "\n".join(self.paragraphs[start + 1:end])


def _cells(tr) -> list[str]:
    return ["".join(t.text or "" for t in tc.iter(qn("w:t"))).strip() for tc in tr.findall(qn("w:tc"))]


def read(path) -> Doc:
    doc = Document(str(path))
    paragraphs, tables, projects = [], {}, []
    pending = None
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t"))).strip()
            if not text:
                continue
            paragraphs.append(text)
            if text in TITLES:
                pending = text
            elif (m := PROJECT_TITLE.match(text)) and not text.endswith("\t"):
                pending = Project(int(m.group(1)), m.group(2), [])
        elif child.tag == qn("w:tbl"):
            rows = [_cells(tr) for tr in child.iter(qn("w:tr"))]
            if len(rows) == 1 and rows[0] and re.match(r"(单位：|截止时间：)", rows[0][-1]):
                continue                          # the unit line above a table
            if isinstance(pending, Project):
                pending.rows = rows
                projects.append(pending)
            elif pending:
                tables[pending] = rows
            pending = None
    return Doc(paragraphs, tables, projects)


def row(rows, label: str, column: int = 1) -> list[str]:
    for r in rows:
        if len(r) > column and r[column] == label:
            return r
    raise KeyError(label)


def total_row(rows) -> list[str]:
    """The 合计 row (序号 1) of a 科目 table."""
    return next(r for r in rows if r[:1] == ["1"] and len(r) > 2 and r[2] == "合计")


def item_rows(rows) -> list[list[str]]:
    """The 科目 rows of a table with 序号 | 科目编码 | 科目名称 | …, in table order."""
    return [r for r in rows if len(r) > 2 and re.fullmatch(r"\d{3}(\d\d){0,2}", r[1])]


class Checker:
    def __init__(self):
        self.problems: list[str] = []

    def expect(self, label, stated, computed):
        if stated != computed:
            self.problems.append(f"{label}: 文中 {stated}，按表计算 {computed}")

    def change(self, label, current: Decimal, verb: str, delta: str, rate: str | None):
        """A stated change: its rate must be |Δ| / 上年 at the places printed, 上年 = current ∓ Δ."""
        delta = D(delta)
        prior = current - delta if verb == "增加" else current + delta
        if rate is not None and prior != 0:
            places = len(rate.split(".")[1]) if "." in rate else 0
            self.expect(f"{label} 变动率", D(rate), half_up(delta / prior * 100, places))


def verify(path) -> list[str]:
    doc = read(path)
    t = doc.tables
    check = Checker()
    expect = check.expect

    summary = t["部门预算收支总表"]
    expense = t["部门预算支出总表"]
    basic = t["部门预算一般公共预算财政拨款基本支出表"]
    three = t["部门预算财政拨款“三公”经费支出表"]
    assets = t["部门固定资产占用情况表"]
    procurement = t["部门政府采购预算"]
    year = int(re.search(r"(\d{4})年部门预算信息公开情况说明", " ".join(doc.paragraphs)).group(1))

    # 二、1 收入说明: against the income side of 部门预算收支总表
    text = doc.section("二、部门预算安排的总体情况", "三、机关运行经费安排情况")
    income_total = money(row(summary, "本年收入合计")[2])
    lines = {label: money(row(summary, label)[2]) for label in
             ("一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "四、财政专户管理资金收入")}
    sources = {"一般公共预算收入": lines["一、一般公共预算拨款收入"], "基金预算收入": lines["二、政府性基金预算拨款收入"],
               "财政专户核拨收入": lines["四、财政专户管理资金收入"]}
    sources["其他来源收入"] = income_total - sum(sources.values())
    m = re.search(rf"(\d{{4}})年预算收入{NUM}万元，其中：(.*?)。", text)
    expect("收入说明 年度", int(m.group(1)), year)
    expect("收入说明 预算收入", D(m.group(2)), income_total)
    stated = {}
    for part in m.group(3).split("，"):
        if part.startswith("无"):                 # a zero source said in words
            stated[part[1:]] = D(0)
        else:
            name, amount = re.fullmatch(rf"(.+?){NUM}万元", part).groups()
            stated[name] = D(amount)
    expect("收入说明 来源", sorted(stated), sorted(sources))
    for name, value in sources.items():
        expect(f"收入说明 {name}", stated.get(name), value)

    # 二、2 支出说明: 支出总表 合计行, 基本支出表 合计行, the project tables
    expense_total = total_row(expense)
    basic_total = total_row(basic)
    m = re.search(rf"年部门支出预算为{NUM}万元，其中基本支出{NUM}万元，包括人员经费{NUM}万元和日常公用经费{NUM}万元；"
                  rf"项目支出{NUM}万元(?:，主要为(.*?))?。", text)
    expect("支出说明 支出预算", D(m.group(1)), money(expense_total[3]))
    expect("支出说明 基本支出", D(m.group(2)), money(expense_total[4]))
    expect("支出说明 人员经费", D(m.group(3)), money(basic_total[4]))
    expect("支出说明 日常公用经费", D(m.group(4)), money(basic_total[5]))
    project_expense = money(expense_total[5])
    expect("支出说明 项目支出", D(m.group(5)), project_expense)
    listed = m.group(6) or ""
    complete = not listed.endswith("等")
    items = [re.fullmatch(rf"(.+?){NUM}万元", part).groups() for part in listed.rstrip("等").split("，") if part]
    budgets = {p.name: p.budget for p in doc.projects}
    unclaimed = sorted(b for b in budgets.values() if b != 0)
    for name, amount in items:
        amount = D(amount)
        if amount == 0:
            check.problems.append(f"支出说明 {name}: 列示了预算数为零的项目")
        if name in budgets:
            expect(f"支出说明 {name}", amount, budgets[name])
        if amount in unclaimed:
            unclaimed.remove(amount)
        else:
            check.problems.append(f"支出说明 {name}{amount}万元: 没有预算数相同的项目绩效目标表")
    if complete:
        expect("支出说明 列示的项目", len(items), len([b for b in budgets.values() if b != 0]))
    elif not unclaimed:
        check.problems.append("支出说明: 已列出全部项目，却写“等”")
    expect("项目支出 = 各项目绩效目标表预算数之和（尾数）",
           abs(project_expense - sum(budgets.values(), D(0))) <= TAIL * max(len(budgets), 1), True)

    # 二、3 比上年
    m = re.search(rf"(\d{{4}})年预算收支安排{NUM}万元(?:，较(\d{{4}})年预算(增加|减少){NUM}万元(?:，(?:增长|下降){NUM}%)?)?", text)
    expect("比上年 收支总计", D(m.group(2)), money(row(summary, "收入总计")[2]))
    if m.group(3):
        expect("比上年 上年度", int(m.group(3)), year - 1)
        check.change("比上年 收支总计", D(m.group(2)), m.group(4), m.group(5), m.group(6))

    # 三、机关运行经费: 公用经费 and its items — the non-zero rows (款) of the table, in table order; a row the text
    # leaves out, or an item that is no row, is said
    text = doc.section("三、机关运行经费安排情况", "四、财政拨款“三公”经费预算情况及增减变化原因")
    m = re.search(rf"机关运行经费共计安排{NUM}万元(?:，(.*))?。", text)
    expect("机关运行经费 合计", D(m.group(1)), money(basic_total[5]))
    stated = [re.fullmatch(rf"(\d+)、(.+?){NUM}万元", part).groups() for part in (m.group(2) or "").split("；")]
    rows = [(r[1], r[2], money(r[5])) for r in item_rows(basic) if len(r[1]) == 5 and money(r[5]) != 0]
    at = 0
    for number, name, amount in stated:               # each item is the next row of its amount, in table order
        k = next((k for k in range(at, len(rows)) if rows[k][2] == D(amount)), None)
        if k is None:
            check.problems.append(f"机关运行经费 第{number}项 {name}{amount}万元: 基本支出表公用经费中没有这一行")
            continue
        for code, table_name, value in rows[at:k]:
            check.problems.append(f"机关运行经费 未列 {code} {table_name} {value}万元")
        at = k + 1
    for code, table_name, value in rows[at:]:
        check.problems.append(f"机关运行经费 未列 {code} {table_name} {value}万元")
    expect("机关运行经费 编号", [int(n) for n, _, _ in stated], list(range(1, len(stated) + 1)))

    # 四、三公: 三公表 合计栏
    text = doc.section("四、财政拨款“三公”经费预算情况及增减变化原因", "五、部门整体绩效目标")
    amounts = {label: money(r[2]) for r in three[3:] for label in [r[1].strip("　 ")]}
    said = {"“三公”经费预算安排": "合计", "因公出国（境）费": "一、因公出国（境）费",
            "公务用车购置及运维费": "二、公务用车购置及运维费", "公务用车运行费": "公务用车运行维护费",
            "公务购车": "其中：公务用车购置费", "公务接待费": "三、公务接待费"}
    for words, label in said.items():
        m = re.search(rf"{re.escape(words)}{NUM}(万元|元)(?:，较上年(增加|减少){NUM}万元(?:，(?:增长|下降){NUM}%)?)?", text)
        amount = D(m.group(1)) if m.group(2) == "万元" else D(m.group(1)) / 10000    # “公务购车0元”
        expect(f"三公 {words}", amount, amounts[label])
        if m.group(3):
            check.change(f"三公 {words}", amount, m.group(3), m.group(4), m.group(5))
    car = amounts["二、公务用车购置及运维费"]
    expect("三公 公务用车购置及运维费 = 购置 + 运行维护", car,
           amounts["其中：公务用车购置费"] + amounts["公务用车运行维护费"])
    expect("三公 合计 = 出国 + 车 + 接待", amounts["合计"],
           amounts["一、因公出国（境）费"] + car + amounts["三、公务接待费"])

    # 九、国有资产信息
    text = doc.section("九、国有资产信息", "十、名词解释")
    m = re.search(rf"上年末固定资产金额为{NUM}万元（详见下表）。本年度拟购置固定资产总额为{NUM}万元", text)
    value = {r[0].strip("　 "): money(r[2]) for r in assets[1:]}
    expect("国有资产 上年末固定资产金额", D(m.group(1)), value["资产总额"])
    parts = value["1、房屋（平方米）"] + value["2、车辆（台、辆）"] + value["3、单价在20万元以上的设备"] + value["4、其他固定资产"]
    expect("国有资产 资产总额 = 各类之和（尾数）", abs(value["资产总额"] - parts) <= TAIL * 4, True)
    purchases = [money(r[7]) for r in procurement[2:] if len(r) == 15 and r[2]]
    planned = D(m.group(2))
    if not purchases:
        expect("国有资产 拟购置固定资产（政府采购预算为空）", planned, D(0))
    elif planned > sum(purchases, D(0)):
        check.problems.append(f"国有资产 拟购置固定资产 {planned} 超过政府采购预算合计 {sum(purchases, D(0))}")
    return check.problems


def narrative_numbers(path) -> dict[str, str]:
    """Selected narrative figures by name, for the mutation test."""
    doc = read(path)
    text = "\n".join(doc.paragraphs[[i for i, p in enumerate(doc.paragraphs) if p == "二、部门预算安排的总体情况"][-1]:])
    patterns = {
        "预算收入": rf"年预算收入{NUM}万元",
        "一般公共预算收入": rf"其中：一般公共预算收入{NUM}万元",
        "支出预算": rf"部门支出预算为{NUM}万元",
        "基本支出": rf"其中基本支出{NUM}万元",
        "人员经费": rf"包括人员经费{NUM}万元",
        "日常公用经费": rf"和日常公用经费{NUM}万元",
        "项目支出": rf"项目支出{NUM}万元",
        "项目列示": r"主要为(.*?)。",
        "收支总计": rf"年预算收支安排{NUM}万元",
        "收支总计变动": rf"年预算(?:增加|减少){NUM}万元",
        "机关运行经费": rf"机关运行经费共计安排{NUM}万元",
        "机关运行经费各项": r"机关运行经费共计安排\S+?万元，(.*?)。",
        "三公": rf"“三公”经费预算安排{NUM}万元",
        "三公变动": r"“三公”经费预算安排\S+?万元，(.*?)。",
        "公务接待费": r"公务接待费(\S+?)。",
        "固定资产": rf"上年末固定资产金额为{NUM}万元",
        "拟购置固定资产": rf"拟购置固定资产总额为{NUM}万元",
    }
    found = {}
    for key, pattern in patterns.items():
        m = re.search(pattern, text)
        if m:
            found[key] = "/".join(m.groups())
    return found
