"""An independent reader of a generated 决算公开 document (山西 layout).

It imports nothing from the generator: it opens the .docx with python-docx, finds each
table by its 公开NN表 label, reads the cells, and parses the 情况说明 sentences with
regular expressions.  `verify(path)` re-derives every share, change and completion rate
the narrative states from the table cells of the same document and returns the list of
disagreements (empty when the document is consistent).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from docx import Document
from docx.oxml.ns import qn

D = Decimal
NUM = r"(\d+(?:\.\d+)?)"


def half_up(value: Decimal, places: int = 2) -> Decimal:
    return value.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def pct(part: Decimal, whole: Decimal, places: int = 2) -> Decimal:
    return half_up(part / whole * 100, places)


def places_of(stated: str) -> int:
    return len(stated.split(".")[1]) if "." in stated else 0


def money(text: str) -> Decimal:
    text = text.strip()
    return D(text) if text else D(0)


@dataclass
class Doc:
    paragraphs: list[str]
    tables: dict[str, list[list[str]]]           # "公开01" → rows of cell texts
    sheets: list[list[list[str]]] = field(default_factory=list)

    def narrative(self) -> str:
        """第三部分 up to 第四部分 (skipping the 目录 entries, which carry no body text after them)."""
        starts = [i for i, p in enumerate(self.paragraphs) if p.startswith("第三部分")]
        start = starts[-1]
        end = next(i for i in range(start, len(self.paragraphs)) if self.paragraphs[i].startswith("第四部分"))
        return "\n".join(self.paragraphs[start:end])


def read(path) -> Doc:
    doc = Document(str(path))
    paragraphs, tables, sheets = [], {}, []
    pending = None
    in_sheet = False                            # a sheet may be printed as several tables, one after the other
    for child in doc.element.body.iterchildren():
        if child.tag == qn("w:p"):
            text = "".join(t.text or "" for t in child.iter(qn("w:t"))).strip()
            if text:
                in_sheet = False
                paragraphs.append(text)
                m = re.fullmatch(r"(公开\d\d)表", text)
                if m:
                    pending = m.group(1)
                elif text.endswith("支出绩效自评表"):
                    pending = "sheet"
        elif child.tag == qn("w:tbl"):
            rows = [["".join(t.text or "" for t in tc.iter(qn("w:t"))).strip() for tc in tr.findall(qn("w:tc"))]
                    for tr in child.iter(qn("w:tr"))]
            if rows and rows[0][0].startswith(("部门名称：", "部门：")):
                continue                        # the unit line above a table
            if in_sheet:
                sheets[-1].extend(rows)         # the next block of the same sheet
            elif pending == "sheet" or any("绩效指标" in row for row in rows) or (rows and rows[0][0] == "项目名称"):
                sheets.append(rows)             # a self-evaluation sheet, whatever its title
                in_sheet = True
            elif pending and pending != "sheet":
                tables[pending] = rows
            pending = None
    return Doc(paragraphs, tables, sheets)


def row_by_label(rows, label, column=0):
    for row in rows:
        if len(row) > column and row[column] == label:
            return row
    raise KeyError(label)


def item_rows(rows) -> dict[str, list[str]]:
    """科目 rows of 公开02/03/05 by code."""
    return {r[0]: r for r in rows if re.fullmatch(r"\d{3}(\d\d){0,2}", r[0])}


class Checker:
    """Collects disagreements between what the text states and what the tables give."""

    def __init__(self):
        self.problems: list[str] = []

    def expect(self, label, stated, computed):
        if stated != computed:
            self.problems.append(f"{label}: 文中 {stated}，按表计算 {computed}")

    def share(self, label, stated: str, part: Decimal, whole: Decimal):
        """A stated percentage against part/whole at the precision it is printed with; a part that is
        neither nothing nor everything must not print as 0% or 100%."""
        value = D(stated)
        self.expect(label, value, pct(part, whole, places_of(stated)))
        if part != 0 and value == 0 or part != whole and value == 100:
            self.problems.append(f"{label}: {stated}% 掩盖了实际数 {part}/{whole}")

    def change(self, label, current: Decimal, verb: str, delta: str, rate: str | None):
        delta = D(delta)
        prior = current - delta if verb == "增加" else current + delta
        if rate is not None and prior != 0:
            self.share(f"{label} 变动率", rate, delta, prior)


def verify(path) -> list[str]:
    """Every narrative number checked against the tables of the same document, whatever its format."""
    doc = read(path)
    if "公开10" in doc.tables:
        return verify_shanxi(doc)
    if "十五、其他重要事项情况说明" in doc.paragraphs:
        return verify_hunan(doc)
    return verify_jilin(doc)


def verify_shanxi(doc: Doc) -> list[str]:
    t = doc.tables
    text = doc.narrative()
    check = Checker()
    problems = check.problems
    expect, change = check.expect, check.change

    # 公开01
    t01 = t["公开01"]
    income_total = money(row_by_label(t01, "本年收入合计")[2])
    expense_total = money(row_by_label(t01, "本年支出合计", 3)[5])
    grand_total = money(row_by_label(t01, "总计")[2])

    m = re.search(rf"收入总计{NUM}万元，支出总计{NUM}万元。与上年相比，收入总计(增加|减少){NUM}万元，(?:增长|下降){NUM}%", text)
    expect("一、收入总计", D(m.group(1)), grand_total)
    change("一、收入总计", D(m.group(1)), m.group(3), m.group(4), m.group(5))

    # 二、收入 by source against 公开02 合计 row
    t02 = t["公开02"]
    total02 = row_by_label(t02, "合计")
    columns02 = {"财政拨款收入": 2, "上级补助收入": 3, "事业收入": 4, "经营收入": 5, "附属单位上缴收入": 6, "其他收入": 7}
    m = re.search(rf"收入合计{NUM}万元，其中：", text)
    expect("二、收入合计", D(m.group(1)), income_total)
    for name, amount, share in re.findall(rf"^(财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入){NUM}万元，占比{NUM}%", text, re.M):
        expect(f"二、{name}", D(amount), money(total02[columns02[name]]))
        expect(f"二、{name} 占比", D(share), pct(D(amount), income_total))

    # 三、支出 by nature against 公开03 合计 row
    total03 = row_by_label(t["公开03"], "合计")
    columns03 = {"基本支出": 2, "项目支出": 3, "上缴上级支出": 4, "经营支出": 5, "对附属单位补助支出": 6}
    m = re.search(rf"支出合计{NUM}万元，其中：", text)
    expect("三、支出合计", D(m.group(1)), expense_total)
    for name, amount, share in re.findall(rf"^(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出){NUM}万元，占比{NUM}%", text, re.M):
        expect(f"三、{name}", D(amount), money(total03[columns03[name]]))
        expect(f"三、{name} 占比", D(share), pct(D(amount), expense_total))

    # 四、财政拨款收支总计 against 公开04 总计
    fiscal_total = money(row_by_label(t["公开04"], "总计")[2])
    m = re.search(rf"财政拨款收入总计{NUM}万元，支出总计{NUM}万元。与上年相比，财政拨款收入总计(增加|减少){NUM}万元，(?:增长|下降){NUM}%", text)
    expect("四、财政拨款收入总计", D(m.group(1)), fiscal_total)
    change("四、财政拨款收入总计", D(m.group(1)), m.group(3), m.group(4), m.group(5))

    # 五、一般公共预算 against 公开05
    t05 = t["公开05"]
    gpb_total = money(row_by_label(t05, "合计")[1])
    classes05 = {r[1]: money(r[2]) for code, r in item_rows(t05).items() if len(code) == 3}
    m = re.search(rf"一般公共预算财政拨款决算支出{NUM}万元，占本年支出合计的{NUM}%。与上年相比，一般公共预算财政拨款支出(增加|减少){NUM}万元，(?:增长|下降){NUM}%", text)
    expect("五（一）支出", D(m.group(1)), gpb_total)
    expect("五（一）占本年支出合计", D(m.group(2)), pct(gpb_total, expense_total))
    change("五（一）", D(m.group(1)), m.group(3), m.group(4), m.group(5))
    structure = re.findall(rf"^(.+?)\(类\){NUM}万元，占比{NUM}%", text, re.M)
    assert structure, "五（二）没有找到各类支出"
    for name, amount, share in structure:
        expect(f"五（二）{name}", D(amount), classes05[name])
        expect(f"五（二）{name} 占比", D(share), pct(D(amount), gpb_total))
    expect("五（二）列出的类", [n for n, _, _ in structure], [n for n, v in classes05.items() if v])
    m = re.search(rf"年初预算{NUM}万元，支出决算{NUM}万元，完成年初预算的{NUM}%。其中：", text)
    budget_total = D(m.group(1))
    expect("五（三）支出决算", D(m.group(2)), gpb_total)
    expect("五（三）完成率", D(m.group(3)), pct(gpb_total, budget_total))
    details = re.findall(rf"^([^\d\s]\S*?支出)年初预算{NUM}万元，支出决算{NUM}万元，完成年初预算的{NUM}%(.*)$", text, re.M)
    assert details, "五（三）没有找到各类明细"
    for name, budget, actual, rate, rest in details:
        expect(f"五（三）{name} 决算", D(actual), classes05[name])
        expect(f"五（三）{name} 完成率", D(rate), pct(D(actual), D(budget)))
        moved = re.search(rf"较上年决算(增加|减少){NUM}万元(?:，(?:增长|下降){NUM}%)?", rest)
        if moved:
            change(f"五（三）{name}", D(actual), *moved.groups())
    expect("五（三）各类年初预算之和", sum((D(b) for _, b, *_ in details), D(0)), budget_total)

    # 六、基本支出 against 公开05 and 公开06
    t06 = t["公开06"]
    cells06 = {}
    for row in t06[2:]:
        for g in range(0, len(row) - 2, 3):
            if re.fullmatch(r"\d{3,5}", row[g]):
                cells06[row[g + 1]] = row[g + 2]
    last = t06[-1]
    personnel, public = money(last[1]), money(last[3])
    m = re.search(rf"财政拨款基本支出{NUM}万元，其中：\n人员经费{NUM}万元，主要包括(.*?)；\n公用经费{NUM}万元，主要包括(.*?)。", text)
    expect("六、基本支出", D(m.group(1)), money(row_by_label(t05, "合计")[2]))
    expect("六、人员经费", D(m.group(2)), personnel)
    expect("六、公用经费", D(m.group(4)), public)
    expect("六、人员经费 + 公用经费", personnel + public, D(m.group(1)))
    for listing in (m.group(3), m.group(5)):
        for name, amount in re.findall(rf"([^、]+?){NUM}万元", listing):
            expect(f"六、{name}", D(amount), money(cells06[name]))

    # 九、三公 against 公开09
    t09 = t["公开09"][-1]
    budget, actual = [money(c) for c in t09[:6]], [money(c) for c in t09[6:]]
    m = re.search(rf"“三公”经费财政拨款支出全年预算{NUM}万元，支出决算{NUM}万元，完成全年预算的{NUM}%，比上年度(增加|减少){NUM}万元，(?:增长|下降){NUM}%", text)
    expect("九、三公预算", D(m.group(1)), budget[0])
    expect("九、三公决算", D(m.group(2)), actual[0])
    expect("九、三公完成率", D(m.group(3)), pct(actual[0], budget[0]))
    change("九、三公", D(m.group(2)), m.group(4), m.group(5), m.group(6))
    for name, col in (("因公出国（境）费", 1), ("公务用车购置费", 3), ("公务用车运行维护费", 4), ("公务接待费", 5)):
        item = re.search(rf"^{name}支出{NUM}万元(?:，完成全年预算的{NUM}%)?", text, re.M)
        expect(f"九、{name}", D(item.group(1)), actual[col])
        if item.group(2):
            expect(f"九、{name} 完成率", D(item.group(2)), pct(actual[col], budget[col]))

    # 十、机关运行经费、政府采购、车辆 against 公开10
    t10 = t["公开10"]
    operating = money(row_by_label(t10, "（一）行政单位")[2]) + money(row_by_label(t10, "（二）参照公务员法管理事业单位")[2])
    m = re.search(rf"机关运行经费支出{NUM}万元，比\d+年(增加|减少){NUM}万元，(?:增长|下降){NUM}%", text)
    expect("十（一）机关运行经费", D(m.group(1)), operating)
    change("十（一）机关运行经费", D(m.group(1)), m.group(2), m.group(3), m.group(4))
    procurement = money(row_by_label(t10, "合计")[2])
    m = re.search(rf"政府采购支出总额{NUM}万元，其中：政府采购货物支出{NUM}万元、政府采购工程支出{NUM}万元、政府采购服务支出{NUM}万元", text)
    expect("十（二）采购总额", D(m.group(1)), procurement)
    for label, value in zip(("货物", "工程", "服务"), m.groups()[1:]):
        expect(f"十（二）{label}", D(value), money(row_by_label(t10, label)[2]))
    for label, amount, share in re.findall(rf"(授予中小企业合同金额|授予小微企业合同金额){NUM}万元，占政府采购支出总额的{NUM}%", text):
        expect(f"十（二）{label} 占比", D(share), pct(D(amount), procurement))
    m = re.search(r"共有车辆(\d+)辆", text)
    expect("十（三）车辆", int(m.group(1)), int(money(row_by_label(t10, "（一）车辆数合计（辆）")[2])))

    # 十（四）绩效 against the attached sheets
    grades = [row[2] for sheet in doc.sheets for row in sheet if row and row[0] == "总  分"]
    budgets = [money(row[4]) for sheet in doc.sheets for row in sheet if len(row) > 2 and row[1] == "资金总额："]
    spents = [money(row[5]) for sheet in doc.sheets for row in sheet if len(row) > 2 and row[1] == "资金总额："]
    m = re.search(rf"二级项目绩效自评个数(\d+)个，全年预算数{NUM}万元，全年执行数{NUM}万元：(.*?)。", text)
    if m:
        expect("十（四）自评个数", int(m.group(1)), len(doc.sheets))
        expect("十（四）全年预算数", D(m.group(2)), half_up(sum(budgets, D(0))))
        expect("十（四）全年执行数", D(m.group(3)), half_up(sum(spents, D(0))))
        for count, grade in re.findall(r"(\d+)个项目自评等级为“(.)”", m.group(4)):
            expect(f"十（四）“{grade}”个数", int(count), grades.count(grade))
        stated = {g for _, g in re.findall(r"(\d+)个项目自评等级为“(.)”", m.group(4))}
        expect("十（四）列出的等级", stated, set(grades))
    else:       # the department's own statement about all its projects: the attached sheets are some of them
        m = re.search(r"二级项目绩效自评个数(\d+)个", text)
        expect("十（四）自评个数不少于附件张数", int(m.group(1)) >= len(doc.sheets), True)

    # each sheet: 结余 = 预算 − 执行, 执行率, 得分, 总分 = Σ 指标得分 + 预算执行得分
    for sheet in doc.sheets:
        name = sheet[0][1]
        fund = next(row for row in sheet if len(row) > 2 and row[1] == "资金总额：")
        budget_, spent_, balance, rate, score = (money(fund[i]) for i in (4, 5, 6, 7, 8))
        expect(f"{name} 结余", balance, budget_ - spent_)
        expect(f"{name} 执行率", rate, pct(spent_, budget_))
        expect(f"{name} 预算执行得分", score, half_up(min(D(10) * spent_ / budget_, D(10))))
        header = next(i for i, row in enumerate(sheet) if row[:2] == ["绩效指标", "一级指标"])
        total_row = next(i for i, row in enumerate(sheet) if row and row[0] == "总  分")
        indicator_scores = sum((money(row[-2]) for row in sheet[header + 1: total_row]), D(0))
        expect(f"{name} 总分", money(sheet[total_row][1]),
               half_up(indicator_scores + min(D(10) * spent_ / budget_, D(10))))
    return problems


def narrative_numbers(path) -> dict[str, str]:
    """Selected narrative figures by name, for the mutation test."""
    text = read(path).narrative()
    found = {}
    patterns = {
        "收入总计": rf"收入总计{NUM}万元",
        "收入总计变动": rf"收入总计(?:增加|减少){NUM}万元",
        "收入总计变动率": rf"收入总计(?:增加|减少)\d+(?:\.\d+)?万元，(?:增长|下降){NUM}%",
        "收入合计": rf"收入合计{NUM}万元",
        "财政拨款收入占比": rf"^财政拨款收入{NUM}万元，占比{NUM}%",
        "支出合计": rf"支出合计{NUM}万元",
        "基本支出占比": rf"^基本支出{NUM}万元，占比{NUM}%",
        "财政拨款收入总计": rf"财政拨款收入总计{NUM}万元",
        "一般公共预算支出": rf"一般公共预算财政拨款决算支出{NUM}万元",
        "一般公共服务占比": rf"^一般公共服务支出\(类\){NUM}万元，占比{NUM}%",
        "年初预算完成率": rf"完成年初预算的{NUM}%。其中",
        "一般公共服务完成率": rf"^一般公共服务支出年初预算\S+?完成年初预算的{NUM}%",
        "一般公共服务变动": rf"^一般公共服务支出.*?较上年决算(?:增加|减少){NUM}万元",
        "基本支出": rf"财政拨款基本支出{NUM}万元",
        "人员经费": rf"^人员经费{NUM}万元",
        "基本工资": rf"基本工资{NUM}万元",
        "三公决算": rf"“三公”经费财政拨款支出全年预算\S+?支出决算{NUM}万元",
        "三公完成率": rf"完成全年预算的{NUM}%，比上年度",
        "三公变动率": rf"“三公”经费财政拨款支出.*?比上年度(?:增加|减少)\S+?万元，(?:增长|下降){NUM}%",
        "公务接待费": rf"^公务接待费支出{NUM}万元",
    }
    for key, pattern in patterns.items():
        m = re.search(pattern, text, re.M)
        if m:
            found[key] = "/".join(m.groups())
    return found


# ───────────────────────────── 吉林 and 湖南 ─────────────────────────────

INCOME_COLUMNS = {"财政拨款收入": 2, "上级补助收入": 3, "事业收入": 4, "经营收入": 5, "附属单位上缴收入": 6, "其他收入": 7}
EXPENSE_COLUMNS = {"基本支出": 2, "项目支出": 3, "上缴上级支出": 4, "经营支出": 5, "对附属单位补助支出": 6}


def _common_tables(doc: Doc):
    t = doc.tables
    t01 = t["公开01"]
    figures = {
        "income_total": money(row_by_label(t01, "本年收入合计")[2]),
        "expense_total": money(row_by_label(t01, "本年支出合计", 3)[5]),
        "grand_total": money(row_by_label(t01, "总计")[2]),
        "total02": row_by_label(t["公开02"], "合计"),
        "total03": row_by_label(t["公开03"], "合计"),
        "fiscal_total": money(row_by_label(t["公开04"], "总计")[2]),
        "fiscal_income": money(row_by_label(t["公开04"], "本年收入合计")[2]),
        "gpb_total": money(row_by_label(t["公开05"], "合计")[1]),
        "classes05": {r[1]: money(r[2]) for code, r in item_rows(t["公开05"]).items() if len(code) == 3},
        "items05": {r[1]: money(r[2]) for code, r in item_rows(t["公开05"]).items() if len(code) == 7},
    }
    t06 = t["公开06"]
    cells06 = {}
    for row in t06[2:]:
        for g in range(0, len(row) - 2, 3):
            if re.fullmatch(r"\d{3,5}", row[g]):
                cells06[row[g + 1]] = row[g + 2]
    figures["cells06"] = cells06
    figures["personnel"], figures["public"] = money(t06[-1][1]), money(t06[-1][3])
    three = t["公开07"][-1]
    figures["three_budget"] = [money(c) for c in three[:6]]
    figures["three_actual"] = [money(c) for c in three[6:]]
    return figures


def _sources_and_natures(c: Checker, text: str, f: dict):
    m = re.search(rf"本年收入合计{NUM}万元[，,]其中[：:](.*?)$", text, re.M)
    c.expect("二、本年收入合计", D(m.group(1)), f["income_total"])
    for name, amount, share in re.findall(rf"(财政拨款收入|上级补助收入|事业收入|经营收入|附属单位上缴收入|其他收入){NUM}万元[，,]占{NUM}%", m.group(2)):
        c.expect(f"二、{name}", D(amount), money(f["total02"][INCOME_COLUMNS[name]]))
        c.share(f"二、{name} 占比", share, D(amount), f["income_total"])
    m = re.search(rf"本年支出合计{NUM}万元[，,]其中[：:](.*?)$", text, re.M)
    c.expect("三、本年支出合计", D(m.group(1)), f["expense_total"])
    natures = m.group(2).split("基本支出中，")
    for name, amount, share in re.findall(rf"(基本支出|项目支出|上缴上级支出|经营支出|对附属单位补助支出){NUM}万元[，,]占{NUM}%", natures[0]):
        c.expect(f"三、{name}", D(amount), money(f["total03"][EXPENSE_COLUMNS[name]]))
        c.share(f"三、{name} 占比", share, D(amount), f["expense_total"])
    if len(natures) > 1:
        basic = money(f["total03"][2])
        split = re.findall(rf"(人员经费|公用经费){NUM}万元，占{NUM}%", natures[1])
        c.expect("三、人员经费 + 公用经费", sum((D(a) for _, a, _ in split), D(0)), basic)
        for name, amount, share in split:
            c.share(f"三、{name} 占基本支出", share, D(amount), basic)


def _class_structure(c: Checker, text: str, f: dict, pattern: str):
    """五（二）: each 类 with its amount and share; “一般公共服务（类）支出” names the 类 一般公共服务支出."""
    structure = [(re.sub(r"[（(]类[)）]", "", name), amount, share) for name, amount, share in re.findall(pattern, text)]
    assert structure, "五（二）没有找到各类支出"
    for name, amount, share in structure:
        c.expect(f"五（二）{name}", D(amount), f["classes05"][name])
        c.share(f"五（二）{name} 占比", share, D(amount), f["gpb_total"])
    c.expect("五（二）列出的类", [n for n, _, _ in structure], [n for n, v in f["classes05"].items() if v])


def _items(c: Checker, f: dict, details, budget_total: Decimal):
    """details: (项 name, budget or None, actual, rate or None)."""
    assert details, "五（三）没有找到各项明细"
    for name, budget, actual, rate in details:
        c.expect(f"五（三）{name} 决算", D(actual), f["items05"].get(name, D(0)))
        if budget:
            c.share(f"五（三）{name} 完成率", rate, D(actual), D(budget))
    c.expect("五（三）各项年初预算之和", sum((D(b) for _, b, _, _ in details if b), D(0)), budget_total)


def _basic(c: Checker, f: dict, total: str, personnel: str, public: str):
    c.expect("六、人员经费", D(personnel), f["personnel"])
    c.expect("六、公用经费", D(public), f["public"])
    c.expect("六、基本支出 = 人员经费 + 公用经费", D(total), f["personnel"] + f["public"])


def _sheets_jilin(c: Checker, doc: Doc):
    for sheet in doc.sheets:
        name = sheet[0][1]
        rows = [r for r in sheet if len(r) >= 6 and r[0] == "" and r[1] in ("当年财政拨款", "上年结转资金", "其他资金")]
        total = next(r for r in sheet if len(r) >= 5 and r[1] == "年度资金总和")
        wan = lambda cell: money(cell.rstrip("万"))
        for i in (2, 3, 4):
            c.expect(f"{name} 年度资金总和第{i}栏", wan(total[i]), sum((wan(r[i]) for r in rows), D(0)))
        if total[5]:
            c.share(f"{name} 执行率", total[5].rstrip("%"), wan(total[4]), wan(total[3]))


def _sheets_scored(c: Checker, doc: Doc, weight=D(10)):
    for sheet in doc.sheets:
        name = sheet[0][1]
        total_row = next(r for r in sheet if len(r) > 3 and r[1] == "合计")
        budget, spent, w, rate, score = (total_row[i] for i in (3, 4, 5, 6, 7))
        if rate:
            c.share(f"{name} 执行率", rate.rstrip("%"), money(spent), money(budget))
            c.expect(f"{name} 预算执行得分", money(score), half_up(min(weight * money(spent) / money(budget), weight)))
        header = next(i for i, row in enumerate(sheet) if "一级指标" in row)
        end = next(i for i, row in enumerate(sheet) if row and row[0] == "总分")
        weights = sum((money(r[6]) for r in sheet[header + 1: end]), D(0)) + money(w)
        scores = sum((money(r[7]) for r in sheet[header + 1: end]), D(0)) + money(score)
        c.expect(f"{name} 分值合计", money(sheet[end][1]), weights)
        c.expect(f"{name} 总分", money(sheet[end][2]), half_up(scores))


def _stated_total(c: Checker, text: str, pattern: str, label: str, table_value: Decimal, share_of: Decimal | None = None):
    """A sentence stating a total, optionally its share, then its change on the prior year: check all of it.

    `pattern` captures the amount, [the share,] the verb (增加/减少), the change and its rate.
    """
    m = re.search(pattern, text)
    c.expect(label, D(m.group(1)), table_value)
    rest = list(m.groups()[1:])
    if share_of is not None:
        c.share(f"{label} 占本年支出合计", rest.pop(0), D(m.group(1)), share_of)
    c.change(label, D(m.group(1)), *rest)


def _item_details(text: str, pattern: str, flags=0) -> list:
    """(项 name, budget or None, actual, rate or None) from the 五（三） item sentences."""
    return [(item, budget or None, actual or unbudgeted, rate or None)
            for item, budget, actual, rate, unbudgeted in re.findall(pattern, text, flags)]


ITEM_FIGURES = rf"(?:年初预算为{NUM}万元，支出决算为{NUM}万元，完成年初预算的{NUM}%|年初未安排预算，支出决算为{NUM}万元)"


def verify_jilin(doc: Doc) -> list[str]:
    text = doc.narrative()
    f = _common_tables(doc)
    c = Checker()
    _stated_total(c, text, rf"收、支总计各{NUM}万元。与\d+年相比，收、支总计各(增加|减少){NUM}万元，(?:增长|下降){NUM}%",
                  "一、收支总计", f["grand_total"])
    _sources_and_natures(c, text, f)
    _stated_total(c, text, rf"财政拨款收、支总计各{NUM}万元，与\d+年相比，财政拨款收、支总计各(增加|减少){NUM}万元，"
                  rf"(?:增长|下降){NUM}%", "四、财政拨款收支总计", f["fiscal_total"])
    _stated_total(c, text, rf"财政拨款支出{NUM}万元，占本年支出合计的{NUM}%。与\d+年相比，财政拨款支出(增加|减少){NUM}万元，"
                  rf"(?:增长|下降){NUM}%", "五（一）财政拨款支出", f["gpb_total"], f["expense_total"])
    segment = re.search(r"主要用于以下方面：(.*)$", text, re.M).group(1)
    _class_structure(c, segment, f, rf"([^：；]+?){NUM}万元，占{NUM}%")
    m = re.search(rf"年初预算为{NUM}万元，支出决算为{NUM}万元，完成年初预算的{NUM}%。其中：", text)
    c.expect("五（三）支出决算", D(m.group(2)), f["gpb_total"])
    c.share("五（三）完成率", m.group(3), D(m.group(2)), D(m.group(1)))
    _items(c, f, _item_details(text, rf"^[①-⑳]\S+?—(\S+?){ITEM_FIGURES}", re.M), D(m.group(1)))
    m = re.search(rf"财政拨款基本支出{NUM}万元，其中：人员经费{NUM}万元，主要包括：(.*?)。\n公用经费{NUM}万元，主要包括：(.*?)。", text)
    _basic(c, f, m.group(1), m.group(2), m.group(4))
    for listing in (m.group(3), m.group(5)):
        for name, amount in re.findall(rf"([^、]+?){NUM}万元", listing):
            c.expect(f"六、{name}", D(amount), money(f["cells06"][name]))
    m = re.search(rf"“三公”经费财政拨款支出预算为{NUM}万元，支出决算为{NUM}万元(?:，完成预算的{NUM}%)?", text)
    c.expect("七、三公预算", D(m.group(1)), f["three_budget"][0])
    c.expect("七、三公决算", D(m.group(2)), f["three_actual"][0])
    if m.group(3):
        c.share("七、三公完成率", m.group(3), D(m.group(2)), D(m.group(1)))
    for label, col in (("因公出国（境）费", 1), ("公务用车购置及运行费", 2), ("公务接待费", 5)):
        m = re.search(rf"{label}支出决算为{NUM}万元，占{NUM}%", text)
        if m:
            c.expect(f"七、{label}", D(m.group(1)), f["three_actual"][col])
            c.share(f"七、{label} 占比", m.group(2), D(m.group(1)), f["three_actual"][0])
    m = re.search(rf"等(\d+)个二级项目进行了绩效自评，共涉及资金{NUM}万元", text)
    spent = [money(next(r for r in s if len(r) > 4 and r[1] == "年度资金总和")[4].rstrip("万")) for s in doc.sheets]
    c.expect("十、自评个数", int(m.group(1)), len(doc.sheets))
    c.expect("十、涉及资金", D(m.group(2)), sum(spent, D(0)))
    for name, budget, executed, rate in re.findall(rf"（\d+）(\S+?)项目绩效自评综述。根据年初设定的绩效目标，该项目全年预算数{NUM}万元，执行数{NUM}万元，执行率为{NUM}%", text):
        sheet = next(s for s in doc.sheets if s[0][1] == name)
        total = next(r for r in sheet if len(r) > 4 and r[1] == "年度资金总和")
        c.expect(f"十、{name} 全年预算数", D(budget), money(total[3].rstrip("万")))
        c.expect(f"十、{name} 执行数", D(executed), money(total[4].rstrip("万")))
        c.share(f"十、{name} 执行率", rate, D(executed), D(budget))
    _sheets_jilin(c, doc)
    return c.problems


def verify_hunan(doc: Doc) -> list[str]:
    text = doc.narrative()
    f = _common_tables(doc)
    c = Checker()
    _stated_total(c, text, rf"收、支总计{NUM}万元。与上年相比[，,](增加|减少){NUM}万元[，,](?:增长|下降|降低){NUM}%",
                  "一、收支总计", f["grand_total"])
    _sources_and_natures(c, text, f)
    _stated_total(c, text, rf"财政拨款收、支总计{NUM}万元[，,]与上年相比[，,](增加|减少){NUM}万元[，,](?:增长|下降|降低){NUM}%",
                  "四、财政拨款收支总计", f["fiscal_total"])
    _stated_total(c, text, rf"财政拨款支出{NUM}万元[，,]占本年支出合计的{NUM}%[，,]与上年相比[，,]财政拨款支出(增加|减少){NUM}万元[，,]"
                  rf"(?:增长|下降|降低){NUM}%", "五（一）财政拨款支出", f["gpb_total"], f["expense_total"])
    segment = re.search(r"主要用于以下方面[：:](.*)$", text, re.M).group(1)
    _class_structure(c, segment, f, rf"([^：；:;]+?[（(]类[)）]支出){NUM}万元[，,]占{NUM}%")
    m = re.search(rf"年初预算数为{NUM}万元，支出决算数为{NUM}万元，完成年初预算的{NUM}%，其中：", text)
    c.expect("五（三）支出决算", D(m.group(2)), f["gpb_total"])
    c.share("五（三）完成率", m.group(3), D(m.group(2)), D(m.group(1)))
    _items(c, f, _item_details(text, rf"（款）(\S+?)（项）。\n{ITEM_FIGURES}"), D(m.group(1)))
    m = re.search(rf"财政拨款基本支出{NUM}万元，其中：人员经费{NUM}万元，占基本支出的{NUM}%.*?；公用经费{NUM}万元，占基本支出的{NUM}%", text)
    _basic(c, f, m.group(1), m.group(2), m.group(4))
    c.share("六、人员经费占基本支出", m.group(3), D(m.group(2)), D(m.group(1)))
    c.share("六、公用经费占基本支出", m.group(5), D(m.group(4)), D(m.group(1)))
    m = re.search(rf"^“三公”经费财政拨款支出预算为{NUM}万元，支出决算为{NUM}万元", text, re.M)
    c.expect("七、三公预算", D(m.group(1)), f["three_budget"][0])
    c.expect("七、三公决算", D(m.group(2)), f["three_actual"][0])
    m = re.search(rf"机关运行经费支出{NUM}万元，比上年决算数(增加|减少){NUM}万元，(?:增长|下降|降低){NUM}%", text)
    if m:
        c.change("十、机关运行经费", D(m.group(1)), m.group(2), m.group(3), m.group(4))
    m = re.search(rf"开支会议费{NUM}万元；开支培训费{NUM}万元", text)
    c.expect("十一、会议费", D(m.group(1)), money(f["cells06"].get("会议费", "")))
    c.expect("十一、培训费", D(m.group(2)), money(f["cells06"].get("培训费", "")))
    projects = [s for s in doc.sheets if any(r and r[0] == "项目支出名称" for r in s)]
    m = re.search(rf"组织对\d+年度(\d+)个项目支出开展了绩效自评，共涉及资金{NUM}万元", text)
    c.expect("十四、自评个数", int(m.group(1)), len(projects))
    spent = [money(next(r for r in s if len(r) > 4 and r[1] == "合计")[4]) for s in projects]
    c.expect("十四、涉及资金", D(m.group(2)), sum(spent, D(0)))
    report = "\n".join(doc.paragraphs[doc.paragraphs.index("二、预算收支情况"):])
    m = re.search(rf"收入{NUM}万元，其中：财政拨款收入{NUM}万元，其他资金来源{NUM}万元", report)
    c.expect("报告：收入", D(m.group(1)), f["income_total"])
    c.expect("报告：财政拨款收入", D(m.group(2)), f["fiscal_income"])
    c.expect("报告：其他资金来源", D(m.group(3)), D(m.group(1)) - D(m.group(2)))
    m = re.search(rf"支出{NUM}万元，其中：基本支出{NUM}万元，项目支出{NUM}万元", report)
    c.expect("报告：支出", D(m.group(1)), f["expense_total"])
    c.expect("报告：基本支出", D(m.group(2)), money(f["total03"][2]))
    c.expect("报告：项目支出", D(m.group(3)), money(f["total03"][3]))
    _sheets_scored(c, doc)
    return c.problems
