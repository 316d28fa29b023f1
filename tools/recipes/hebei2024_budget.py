"""Recipe that created templates/河北-2024-部门预算/模板.docx — the first version of that template set.

The layout and wording follow seed 001 (网信办, 石家庄市栾城区, 2024年部门预算公开): the nine
预算 tables first (each with its unit line “224网信办 | 预算年度：2024 | 单位：万元”, 序号 and 栏次),
then 第一部分 情况说明 一–十一: 职责 and the 部门机构设置情况 table, the 收入/支出/比上年 paragraphs,
机关运行经费, 三公, 部门整体绩效目标, 专项资金, one 项目绩效目标表 per project (two tables as the
seed prints them, 一级指标 merged), the 部门政府采购预算 table with its notes, the
部门固定资产占用情况表, 名词解释 and 其他事项.  After it is written, the .docx is the template:
edit it in Word or WPS.

It never overwrites a .docx.  To start a new set from this layout, make a folder with its
设置.yaml (copied and edited) and no 模板.docx, then, from the project folder:

    python -m tools.recipes.hebei2024_budget templates/新模板名
"""
from __future__ import annotations

from pathlib import Path


from tools import templatekit as kit
from tools.templatekit import C, Builder, R, cm_list, hc, label, num
from tools.templatekit import ooxml_authoring as authoring

SMALL = "表格小字"
UNIT = "{{ 单位.编码 }}{{ 单位.名称 }}"

SUMMARY_INCOME = ["一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "财政专户管理资金收入", "单位资金"]
FISCAL_INCOME = ["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"]
FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]
THREE_FUNDS = ["一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款"]
EXTRA_ROW = "往来性支出"        # the form's last expenditure row: not a 功能分类 类, printed blank


def title(b: Builder, text: str, page_break: bool = True):
    """A table title (小标宋) with its 目录 entry, on a new page."""
    para = b.p(text, "表标题", page_break_before=page_break)
    authoring.append_hidden_field(para._p, f'TC "{text}" \\l 1')


def unit_line(b: Builder, width_cm: float, middle: str | None = "预算年度：{{ 年度 }}", right: str = "单位：万元"):
    """“224网信办 | 预算年度：2024 | 单位：万元” above a table: a borderless table."""
    style = "表头说明"
    cells = [C(UNIT, align="left", style=style)]
    if middle is not None:
        cells.append(C(middle, style=style))
    cells.append(C(right, align="right", style=style))
    widths = [0.4, 0.3, 0.3] if middle is not None else [0.5, 0.5]
    twips = [round(width_cm * w * kit.CM) for w in widths]
    authoring.make_table(b.body, b.body.sectPr, twips, [R(cells)], b.doc.styles[style].style_id, borders=False)
    b.p("", "模板控制")


def note(b: Builder, text: str):
    b.p(text, "表注")


def heads(*cells):
    return R(list(cells), header=True)


def serial_header(labels: list[str]) -> R:
    """栏次 row: “栏次” under 序号, then 1, 2, … for the columns after it."""
    return heads(hc("栏次"), *[hc(str(i + 1)) for i in range(len(labels))])


# ───────────────────────────── the nine tables ─────────────────────────────

def summary_table(b: Builder, classes: list[str], names: dict):
    """部门预算收支总表: 序号 | 收入 项目 预算数 | 支出 项目 预算数; the form's 34 rows."""
    expense = [(f"{kit.cn_number(i + 1)}、{names[c]}", f"{{{{ 收支总表.支出['{names[c]}'] }}}}") for i, c in enumerate(classes)]
    expense.append((f"{kit.cn_number(len(classes) + 1)}、{EXTRA_ROW}", ""))
    income = [(f"{kit.cn_number(i + 1)}、{k}", f"{{{{ 收支总表.收入.{k} }}}}") for i, k in enumerate(SUMMARY_INCOME)]
    income += [("", "")] * (len(expense) - len(income))
    lines = list(zip(income, expense)) + [
        (("本年收入合计", "{{ 收支总表.本年收入合计 }}"), ("本年支出合计", "{{ 收支总表.本年支出合计 }}")),
        (("上年结转结余", "{{ 收支总表.上年结转结余 }}"), ("年终结转结余", "{{ 收支总表.年终结转结余 }}")),
        (("收入总计", "{{ 收支总表.收入总计 }}"), ("支出总计", "{{ 收支总表.支出总计 }}"))]
    rows = [R([C(str(i + 1)), label(a), num(x), label(c), num(y)]) for i, ((a, x), (c, y)) in enumerate(lines)]
    b.table(cm_list(1.0, 5.4, 2.3, 6.0, 2.3), [
        heads(hc("序号", vmerge="restart"), hc("收入", 2), hc("支出", 2)),
        heads(hc("", vmerge="continue"), hc("项  目"), hc("预算数"), hc("项  目"), hc("预算数")),
        serial_header(["", "", "", ""]),
    ] + rows)


def item_table(b: Builder, key: str, widths, first: list, second: list, columns: list[str], style=None):
    """A 科目 table: 序号 | 科目编码 科目名称 | amounts; 栏次; 合计 (序号 1); one row per 科目."""
    n = 3 + len(columns)
    cell = (lambda text, **kw: C(text, style=style, **kw)) if style else C
    b.table(cm_list(*widths), [
        heads(hc("序号", vmerge="restart"), *first),
        heads(hc("", vmerge="continue"), *second),
        serial_header(["", ""] + columns),
        R([cell("{%tr if " + key + ".无数据 %}", span=n)], cant_split=False),
        R([cell("") for _ in range(n)]),
        R([cell("{%tr else %}", span=n)], cant_split=False),
        R([cell("1"), cell(""), cell("合计", align="left")] + [cell(f"{{{{ {key}.合计.{c} }}}}", align="right") for c in columns]),
        R([cell("{%tr endif %}", span=n)], cant_split=False),
        R([cell(f"{{%tr for r in {key}.行 %}}", span=n)], cant_split=False),
        R([cell("{{ r.序号 }}"), cell("{{ r.科目编码 }}", align="left"), cell("{{ r.科目名称 }}", align="left")]
          + [cell(f"{{{{ r.{c} }}}}", align="right") for c in columns]),
        R([cell("{%tr endfor %}", span=n)], cant_split=False),
    ], cell_style=style or "表格文字")


def function_heads(columns: list[str]):
    """Header of a table by 功能分类科目 whose amount columns span both header rows."""
    first = [hc("功能分类科目", 2)] + [hc(c, vmerge="restart") for c in columns]
    second = [hc("科目编码"), hc("科目名称")] + [hc("", vmerge="continue") for _ in columns]
    return first, second


def fiscal_table(b: Builder, classes: list[str], names: dict):
    """部门预算财政拨款收支总表: the form's 37 rows; amounts by fund."""
    g = "财政拨款收支总表"

    def by_fund(path: str) -> list[str]:
        return [f"{{{{ {g}.{path}.合计 }}}}"] + [f"{{{{ {g}.{path}.{f} }}}}" for f in FUNDS]

    expense = [[f"{kit.cn_number(i + 1)}、{names[c]}"] + by_fund(f"支出['{names[c]}']") for i, c in enumerate(classes)]
    expense.append([f"{kit.cn_number(len(classes) + 1)}、{EXTRA_ROW}", "", "", "", ""])
    income = [(f"{kit.cn_number(i + 1)}、{k}", f"{{{{ {g}.收入.{k} }}}}") for i, k in enumerate(FISCAL_INCOME)]
    income += [("", "")] * (len(expense) - len(income))
    lines = list(zip(income, expense))
    lines.append((("本年收入合计", f"{{{{ {g}.本年收入合计 }}}}"), ["本年支出合计"] + by_fund("本年支出合计")))
    lines.append((("年初财政拨款结转和结余", f"{{{{ {g}.年初财政拨款结转和结余.合计 }}}}"),
                  ["年末财政拨款结转和结余"] + by_fund("年末财政拨款结转和结余")))
    for i, k in enumerate(FISCAL_INCOME):
        lines.append(((f"{kit.cn_number(i + 1)}、{k}", f"{{{{ {g}.年初财政拨款结转和结余.{k} }}}}"), ["", "", "", "", ""]))
    lines.append((("收入总计", f"{{{{ {g}.收入总计 }}}}"), ["支出总计"] + by_fund("支出总计")))

    def c(text, align="center"):
        return C(text, align=align, style=SMALL)

    rows = [R([c(str(i + 1)), c(a, "left"), c(x, "right"), c(e[0], "left")] + [c(v, "right") for v in e[1:]])
            for i, ((a, x), e) in enumerate(lines)]
    h = lambda text, span=1, vmerge=None: C(text, span=span, vmerge=vmerge, style=SMALL, bold=True)
    b.table(cm_list(1.0, 3.9, 1.4, 4.8, 1.4, 1.5, 1.5, 1.5), [
        heads(h("序号", vmerge="restart"), h("收入", 2), h("支出", 5)),
        heads(h("", vmerge="continue"), h("项  目"), h("金额"), h("项  目"), h("合计"), h("一般公共预算财政拨款"),
              h("政府性基金预算财政拨款"), h("国有资本经营预算财政拨款")),
        heads(h("栏次"), *[h(str(i + 1)) for i in range(7)]),
    ] + rows, cell_style=SMALL)


def three_table(b: Builder):
    """部门预算财政拨款“三公”经费支出表: six rows, one column per fund."""
    rows = [("合计", "合计"), ("一、因公出国（境）费", "因公出国费"), ("二、公务用车购置及运维费", "公务用车购置及运维费"),
            ("　其中：公务用车购置费", "公务用车购置费"), ("　　　　公务用车运行维护费", "公务用车运行维护费"),
            ("三、公务接待费", "公务接待费")]
    body = [R([C(str(i + 1)), label(text)] + [num(f"{{{{ 三公表.{key}.{col} }}}}") for col in ["合计"] + THREE_FUNDS])
            for i, (text, key) in enumerate(rows)]
    b.table(cm_list(1.0, 6.0, 2.5, 2.5, 2.5, 2.5), [
        heads(hc("序号", vmerge="restart"), hc("项  目", vmerge="restart"), hc("资 金 性 质", 4)),
        heads(hc("", vmerge="continue"), hc("", vmerge="continue"), hc("合计"), hc("一般公共预算财政拨款"),
              hc("政府性基金预算拨款"), hc("国有资本经营预算财政拨款")),
        serial_header(["", "", "", "", ""]),
    ] + body)


def no_data_note(b: Builder, key: str, default: str):
    b.control(f"{{%p if {key}.无数据 %}}")
    note(b, f"注：{{% if {key}.无数据说明 %}}{{{{ {key}.无数据说明 }}}}{{% else %}}{default}{{% endif %}}")
    b.control("{%p endif %}")


# ───────────────────────────── 第一部分 ─────────────────────────────

def project_tables(b: Builder, dates: list[str]):
    """七: one 项目绩效目标表 per project — the head (编码, 预算, 用途, 支出计划, 目标) and the indicators in one table
    whose cells keep with the next, so that a project is not split across pages; 一级指标 merged over its rows."""
    S = "项目表文字"

    def c(text="", span=1, vmerge=None, align="center"):
        return C(text, span=span, vmerge=vmerge, align=align, style=S)

    def h(text="", span=1, vmerge=None):
        return C(text, span=span, vmerge=vmerge, style=S, bold=True)

    sub = round((15.6 - 2.6) / 12, 3)
    b.control("{%p for p in 项目绩效目标表 %}")
    b.p("{{ p.序号 }}、{{ p.项目名称 }}绩效目标表", "项目表标题")
    b.p("单位：万元", "表号")
    b.table(cm_list(2.6, *[sub] * 12), [
        R([h("项目编码"), c("{{ p.项目编码 }}", 5), h("项目名称", 2), c("{{ p.项目名称 }}", 5)]),
        R([h("预算规模及资金用途", vmerge="restart"), h("预算数", 2), c("{{ p.预算数 }}", 2), h("其中：财政资金", 2),
           c("{{ p.财政资金 }}", 2), h("其他资金", 2), c("{{ p.其他资金 }}", 2)]),
        R([h("", vmerge="continue"), c("{{ p.资金用途 }}", 12, align="left")]),
        R([h("资金支出计划（%）", vmerge="restart")] + [h(d, 3) for d in dates]),
        R([h("", vmerge="continue")] + [c(f"{{{{ p.资金支出计划['{d}'] }}}}", 3) for d in dates]),
        R([h("绩效目标"), c("{%p for g in p.绩效目标 %}\n{{ g.序号 }}.{{ g.内容 }}\n{%p endfor %}", 12, align="left")]),
        R([h("一级指标"), h("二级指标", 2), h("三级指标", 3), h("绩效指标描述", 3), h("指标值", 2), h("指标值确定依据", 2)]),
        R([C("{%tr for i in p.指标 %}", span=13)], cant_split=False),
        R([c("{{ i.一级指标 }}"), c("{{ i.二级指标 }}", 2), c("{{ i.三级指标 }}", 3, align="left"),
           c("{{ i.绩效指标描述 }}", 3, align="left"), c("{{ i.指标值 }}", 2), c("{{ i.指标值确定依据 }}", 2)]),
        R([C("{%tr endfor %}", span=13)], cant_split=False),
    ], cell_style=S)
    b.p("", "Normal")
    b.control("{%p endfor %}")


def procurement_table(b: Builder):
    """八: 部门政府采购预算 — 15 columns; one blank row when there is nothing to buy."""
    sources = ["一般公共预算拨款", "基金预算拨款", "国有资本经营预算拨款", "财政专户核拨", "单位资金", "上年结转结余"]

    def c(text="", align="center", span=1):
        return C(text, align=align, span=span, style=SMALL)

    def h(text="", span=1, vmerge=None):
        return C(text, span=span, vmerge=vmerge, style=SMALL, bold=True)

    item = [c("{{ i.项目名称 }}", "left"), c("{{ i.预算资金 }}", "right"), c("{{ i.采购物品名称 }}", "left"),
            c("{{ i.政府采购目录序号 }}"), c("{{ i.计量单位 }}"), c("{{ i.数量 }}", "right"), c("{{ i.单价 }}", "right"),
            c("{{ i.合计 }}", "right")] + [c(f"{{{{ i.{s} }}}}", "right") for s in sources] + \
           [c("{{ i.预留中小微企业份额 }}", "right")]
    total = [c("合计", span=7), c("{{ 政府采购.合计.合计 }}", "right")] + \
            [c(f"{{{{ 政府采购.合计.{s} }}}}", "right") for s in sources] + [c("")]
    b.table(cm_list(2.8, 1.5, 2.6, 1.8, 1.0, 1.0, 1.3, 1.5, 1.8, 1.5, 1.8, 1.5, 1.5, 1.5, 2.6), [
        heads(h("政府采购项目来源", 2), h("采购物品名称", vmerge="restart"), h("政府采购目录序号", vmerge="restart"),
              h("计量单位", vmerge="restart"), h("数量", vmerge="restart"), h("单价", vmerge="restart"),
              h("政府采购金额（当年部门预算安排资金）", 7), h("{{ 年度 }}年预留中小微企业份额", vmerge="restart")),
        heads(h("项目名称"), h("预算资金"), *[h("", vmerge="continue") for _ in range(5)], h("合计"),
              *[h(s) for s in sources], h("", vmerge="continue")),
        R([c("{%tr for i in 政府采购.项目 %}", span=15)], cant_split=False),
        R(item),
        R([c("{%tr endfor %}", span=15)], cant_split=False),
        R([c("{%tr if 政府采购.无数据 %}", span=15)], cant_split=False),
        R([c("") for _ in range(15)]),
        R([c("{%tr else %}", span=15)], cant_split=False),
        R(total),
        R([c("{%tr endif %}", span=15)], cant_split=False),
    ], cell_style=SMALL)


def assets_table(b: Builder):
    """九: 部门固定资产占用情况表 (no 序号, no 栏次)."""
    rows = [("资产总额", "资产总额"), ("1、房屋（平方米）", "房屋"), ("　　其中：办公用房（平方米）", "办公用房"),
            ("2、车辆（台、辆）", "车辆"), ("3、单价在20万元以上的设备", "单价在20万元以上的设备"), ("4、其他固定资产", "其他固定资产")]
    b.table(cm_list(8.6, 2.6, 4.4), [
        heads(hc("项   目"), hc("数量"), hc("价值（金额单位：万元）")),
    ] + [R([label(text), num(f"{{{{ 国有资产.表.{key}.数量 }}}}"), num(f"{{{{ 国有资产.表.{key}.价值 }}}}")])
         for text, key in rows])


GLOSSARY = [
    ("财政拨款收入", "指本级财政当年拨付的资金，包括一般公共预算拨款、政府性基金预算拨款、国有资本经营预算拨款。"),
    ("财政专户管理资金收入", "缴入财政专户、实行专项管理的教育收费收入。"),
    ("单位资金收入", "指除财政拨款收入和财政专户管理资金以外的收入，包括事业收入（不含教育收费）、上级补助收入、附属单位上缴收入、"
                "事业单位经营收入及其他收入，其中，其他收入主要包括债务收入、投资收益等。"),
    ("事业收入", "指事业单位开展专业业务活动及辅助活动所取得的收入。"),
    ("事业单位经营收入", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。"),
    ("上年结转", "指以前年度安排、结转到本年仍按原规定用途继续使用的资金。"),
    ("部门预算支出", "包括人员类项目支出、运转类项目支出和特定目标类项目支出。其中：人员类项目支出和运转类项目中的公用经费项目支出"
                "对应部门预算中的基本支出；运转类项目中的其他运转类项目支出和特定目标类项目支出对应部门预算中的项目支出，"
                "以及经营支出和往来支出。"),
    ("事业单位经营支出", "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。"),
    ("“三公”经费", "纳入财政预算管理的“三公”经费，是指预算部门（单位）用财政拨款安排的因公出国（境）费、公务用车购置及运维费"
                "和公务接待费。其中，因公出国（境）费反映单位公务出国（境）的住宿费、旅费、伙食补助费、杂费、培训费等支出；"
                "公务用车购置及运维费反映单位公务用车购置支出（含车辆购置税、牌照费）及按规定保留的公务用车燃料费、维修费、"
                "过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。"),
    ("机关运行经费", "是指各部门（单位）的公用经费，包括办公及印刷费、邮电费、差旅费、会议费、福利费、日常维修费、"
               "专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行维护费以及其他费用。"),
]


def add_styles(b: Builder):
    """Two styles this set adds to the kit's: a project table's title, and a table caption inside the text."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt
    styles = b.doc.styles
    for name, size, before in (("项目表标题", 14, 12), ("表题注", 14, 6)):
        st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = styles["表标题"]
        st.font.size = Pt(size)
        st.paragraph_format.space_before = Pt(before)
        st.paragraph_format.keep_with_next = True
    # a project's two tables stay on one page: every cell paragraph keeps with the next
    st = styles.add_style("项目表文字", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = styles["自评表文字"]
    st.paragraph_format.keep_with_next = True
    # 21 entries of the 目录 on one page
    for name in ("toc 1", "toc 2"):
        styles[name].paragraph_format.line_spacing = Pt(26)


def build(target: Path):
    settings = kit.settings_of(target)
    ref = kit.reference(2024)
    classes = [str(c) for c in settings["支出功能分类类"]]
    names = {c: ref.function_name(c) for c in classes}
    dates = [str(d) for d in settings["资金支出计划"]]
    b = Builder()
    add_styles(b)
    kit.cover(b, ["{{ 单位.名称 }}", "{{ 年度 }}年部门预算信息公开"])
    kit.toc(b)

    # ── the nine tables: page numbers start here ──
    first = b.section(landscape=False, tables=True)
    authoring.page_number_footer(first, "Footer")
    authoring.restart_page_numbering(first, 1)
    title(b, "部门预算收支总表", page_break=False)
    unit_line(b, 17.0)
    summary_table(b, classes, names)

    b.section(landscape=True)
    title(b, "部门预算收入总表", page_break=False)
    unit_line(b, 25.7)
    first, second = function_heads([])
    first = [hc("功能分类科目", 2), hc("合计", vmerge="restart"), hc("本年收入", 8), hc("上年结转", vmerge="restart")]
    second = [hc("科目编码"), hc("科目名称"), hc("", vmerge="continue"), hc("小计"), hc("财政拨款收入"), hc("财政专户收入"),
              hc("事业收入"), hc("经营收入"), hc("上级补助收入"), hc("附属单位上缴收入"), hc("其他收入"), hc("", vmerge="continue")]
    item_table(b, "收入总表", (1.0, 1.6, 5.5, 1.8, 1.8, 1.8, 1.7, 1.6, 1.6, 1.7, 1.9, 1.6, 2.1), first, second,
               ["合计", "小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入",
                "其他收入", "上年结转"])

    b.section(landscape=False, tables=True)
    title(b, "部门预算支出总表", page_break=False)
    unit_line(b, 17.0)
    columns = ["合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"]
    item_table(b, "支出总表", (1.0, 1.6, 4.6, 1.65, 1.65, 1.6, 1.6, 1.6, 1.7), *function_heads(columns), columns)

    title(b, "部门预算财政拨款收支总表")
    unit_line(b, 17.0)
    fiscal_table(b, classes, names)

    general = ["合计", "基本支出", "项目支出"]
    title(b, "部门预算一般公共预算财政拨款支出表")
    unit_line(b, 17.0)
    item_table(b, "一般公共预算支出表", (1.0, 1.8, 7.0, 2.4, 2.4, 2.4), *function_heads(general), general)

    title(b, "部门预算一般公共预算财政拨款基本支出表")
    unit_line(b, 17.0)
    item_table(b, "基本支出表", (1.0, 1.8, 7.0, 2.4, 2.4, 2.4),
               [hc("支出部门经济分类科目", 2), hc("一般公共预算基本支出", 3)],
               [hc("科目编码"), hc("科目名称"), hc("合计"), hc("人员经费"), hc("公用经费")], ["合计", "人员经费", "公用经费"])

    title(b, "部门预算政府性基金预算财政拨款支出表")
    unit_line(b, 17.0)
    item_table(b, "政府性基金表", (1.0, 1.8, 7.0, 2.4, 2.4, 2.4), *function_heads(general), general)
    no_data_note(b, "政府性基金表", "无政府性基金预算财政拨款预算，空表列示。")

    title(b, "部门预算国有资本经营预算财政拨款支出表")
    unit_line(b, 17.0)
    item_table(b, "国有资本经营表", (1.0, 1.8, 7.0, 2.4, 2.4, 2.4), *function_heads(general), general)
    no_data_note(b, "国有资本经营表", "无国有资本经营预算财政拨款预算，空表列示。")

    title(b, "部门预算财政拨款“三公”经费支出表")
    unit_line(b, 17.0)
    three_table(b)
    no_data_note(b, "三公表", "无财政拨款“三公”经费预算，空表列示。")

    # ── 第一部分 情况说明 ──
    b.section(landscape=False)
    b.p("第一部分  {{ 单位.简称 }}{{ 年度 }}年部门预算信息公开情况说明", "Heading 1")
    b.p("{{ 单位.简称 }}{{ 年度 }}年部门预算信息公开情况说明", "表标题")
    b.p("按照《中华人民共和国预算法》、《地方预决算公开操作规程》和《关于进一步推进预算公开工作的实施意见》规定，"
        "现将{{ 单位.简称 }}{{ 年度 }}年部门预算公开如下：")

    b.p("一、部门职责及机构设置情况", "Heading 2")
    b.p("部门职责：")
    b.control("{%p for d in 职责及机构.职责 %}")
    b.p("{{ d.序号 }}、{{ d.内容 }}")
    b.control("{%p endfor %}")
    b.p("机构设置：")
    b.p("部门机构设置情况", "表题注")
    b.table(cm_list(5.6, 2.6, 2.8, 4.6), [
        heads(hc("单位名称"), hc("单位性质"), hc("单位规格"), hc("经费保障形式")),
        R([C("{%tr for u in 职责及机构.机构 %}", span=4)], cant_split=False),
        R([C("{{ u.单位名称 }}"), C("{{ u.单位性质 }}"), C("{{ u.单位规格 }}"), C("{{ u.经费保障形式 }}")]),
        R([C("{%tr endfor %}", span=4)], cant_split=False),
    ])
    b.p("", "模板控制")

    b.p("二、部门预算安排的总体情况", "Heading 2")
    b.p("按照预算管理有关规定，目前我省部门预算的编制实行综合预算管理，即全部收入和支出都反映在预算中。"
        "{{ 单位.简称 }}机关{% if 职责及机构.有所属事业单位 %}及所属事业单位{% endif %}的收支包含在部门预算中。")
    s = "总体情况.收入说明"

    def source(key: str, words: str) -> str:
        return (f"{{% if {s}.{key}.为零 %}}无{words}{{% else %}}{words}{{{{ {s}.{key}.金额 }}}}万元{{% endif %}}")

    b.p("1、收入说明", "Heading 3")
    b.p(f"{{{{ 年度 }}}}年预算收入{{{{ {s}.预算收入 }}}}万元，其中：" + "，".join(
        [source("一般公共预算收入", "一般公共预算收入"), source("基金预算收入", "基金预算收入"),
         source("财政专户核拨收入", "财政专户核拨收入"), source("其他来源收入", "其他来源收入")]) + "。")
    e = "总体情况.支出说明"
    b.p("2、支出说明", "Heading 3")
    b.p("收支预算总表支出栏、基本支出表、项目支出表按经济分类和支出功能分类科目编制，反映{{ 单位.简称 }}{{ 年度 }}年度"
        "部门预算中支出预算的总体情况。"
        f"{{{{ 年度 }}}}年部门支出预算为{{{{ {e}.支出预算 }}}}万元，其中基本支出{{{{ {e}.基本支出 }}}}万元，"
        f"包括人员经费{{{{ {e}.人员经费 }}}}万元和日常公用经费{{{{ {e}.公用经费 }}}}万元；"
        f"{{% if {e}.项目支出.为零 %}}未安排项目支出。{{% else %}}项目支出{{{{ {e}.项目支出.金额 }}}}万元"
        f"{{% if {e}.项目 %}}，主要为{{% for i in {e}.项目 %}}{{{{ i.名称 }}}}{{{{ i.金额 }}}}万元{{% if not loop.last %}}，{{% endif %}}"
        f"{{% endfor %}}{{% if not {e}.列示完整 %}}等{{% endif %}}{{% endif %}}。{{% endif %}}")
    c = "总体情况.比上年"
    b.p("3、比上年增减情况", "Heading 3")
    b.p(f"{{{{ 年度 }}}}年预算收支安排{{{{ {c}.收支总计 }}}}万元{{% if {c}.较上年.已知 %}}，"
        f"{{% if {c}.较上年.持平 %}}与{{{{ 上年度 }}}}年预算{{{{ {c}.较上年 }}}}{{% else %}}较{{{{ 上年度 }}}}年预算{{{{ {c}.较上年 }}}}"
        f"{{% if {c}.原因 %}}，主要是{{{{ {c}.原因 }}}}{{% endif %}}{{% endif %}}{{% endif %}}。")

    b.p("三、机关运行经费安排情况", "Heading 2")
    b.p("{{ 年度 }}年，我部门机关运行经费共计安排{{ 机关运行经费.合计 }}万元{% if 机关运行经费.各项 %}，"
        "{% for i in 机关运行经费.各项 %}{{ i.序号 }}、{{ i.名称 }}{{ i.金额 }}万元{% if not loop.last %}；{% endif %}"
        "{% endfor %}{% endif %}。")

    b.p("四、财政拨款“三公”经费预算情况及增减变化原因", "Heading 2")

    def item(key: str, words: str, change: bool = True) -> str:
        t = f"三公.{key}"
        said = (f"{{% if {t}.较上年.已知 %}}，{{% if {t}.较上年.持平 %}}与上年{{{{ {t}.较上年 }}}}"
                f"{{% else %}}较上年{{{{ {t}.较上年 }}}}{{% endif %}}{{% endif %}}") if change else ""
        return f"{words}{{{{ {t}.金额 }}}}万元{said}"

    b.p("{{ 年度 }}年，财政拨款“三公”经费预算安排{{ 三公.合计.金额 }}万元{% if 三公.合计.较上年.已知 %}，"
        "{% if 三公.合计.较上年.持平 %}与上年{{ 三公.合计.较上年 }}{% else %}较上年{{ 三公.合计.较上年 }}"
        "{% if 三公.增减原因 %}，主要原因是{{ 三公.增减原因 }}{% endif %}{% endif %}{% endif %}。其中："
        + item("因公出国费", "因公出国（境）费") + "；"
        + item("公务用车购置及运维费", "公务用车购置及运维费", change=False) + "（其中：" + item("公务用车运行维护费", "公务用车运行费") + "；"
        + item("公务用车购置费", "公务购车") + "）；" + item("公务接待费", "公务接待费") + "。")

    b.p("五、部门整体绩效目标", "Heading 2")
    b.p("一、总体绩效目标", "Heading 3")
    b.p("{{ 整体绩效.总体绩效目标 }}")
    b.p("二、分项绩效目标", "Heading 3")
    b.control("{%p for g in 整体绩效.分项绩效目标 %}")
    b.p("{{ g.序号 }}.{{ g.名称 }}")
    b.control("{%p if g.绩效目标 %}")
    b.p("绩效目标：{{ g.绩效目标 }}")
    b.control("{%p endif %}")
    b.control("{%p if g.绩效指标 %}")
    b.p("绩效指标：{{ g.绩效指标 }}")
    b.control("{%p endif %}")
    b.control("{%p endfor %}")
    b.p("三、工作保障措施", "Heading 3")
    b.control("{%p if 整体绩效.有保障措施说明 %}")
    b.p("{{ 整体绩效.保障措施说明 }}")
    b.control("{%p endif %}")
    b.control("{%p for m in 整体绩效.保障措施 %}")
    b.p("{{ m.序号 }}.{{ m.内容 }}")
    b.control("{%p endfor %}")

    b.p("六、部门主管专项资金预算安排情况及绩效目标", "Heading 2")
    b.control("{%p if 专项资金.有专项资金 %}")
    b.control("{%p for f in 专项资金.项目 %}")
    b.p("{{ f.序号 }}、{{ f.名称 }}：预算安排{{ f.预算数 }}万元{% if f.绩效目标 %}，绩效目标：{{ f.绩效目标 }}{% endif %}")
    b.control("{%p endfor %}")
    b.control("{%p else %}")
    b.p("{% if 专项资金.无数据说明 %}{{ 专项资金.无数据说明 }}{% else %}无{% endif %}")
    b.control("{%p endif %}")

    b.p("七、部门项目预算安排情况及绩效目标", "Heading 2")
    project_tables(b, dates)

    # 八 on landscape pages: the procurement table has 15 columns
    b.section(landscape=True)
    b.p("八、政府采购预算情况", "Heading 2")
    b.p("部门政府采购预算", "表题注")
    unit_line(b, 25.7, middle=None)
    procurement_table(b)
    note(b, "注：同一采购目录序号的物品，其单价会因配置规格不同而变动，均符合资产配置标准。涉密采购事项按照相关规定执行。")
    no_data_note(b, "政府采购", "无政府采购预算，空表列示。")

    b.section(landscape=False)
    b.p("九、国有资产信息", "Heading 2")
    b.p("{{ 单位.简称 }}{% if 职责及机构.有所属单位 %}（含所属单位）{% endif %}上年末固定资产金额为"
        "{{ 国有资产.上年末固定资产金额 }}万元（详见下表）。本年度拟购置固定资产总额为{{ 国有资产.拟购置固定资产.金额 }}万元，"
        "已按要求列入政府采购预算，详见政府采购预算表。")
    b.p("部门固定资产占用情况表", "表题注")
    unit_line(b, 15.6, middle=None, right="截止时间：{{ 国有资产.截止时间 }}")
    assets_table(b)
    b.p("", "模板控制")

    b.p("十、名词解释", "Heading 2")
    for i, (term, text) in enumerate(GLOSSARY):
        b.p(f"{i + 1}、{term}：{text}")

    b.p("十一、其他需要说明的事项", "Heading 2")
    b.p("{% if 其他事项 %}{{ 其他事项 }}{% else %}我部门无其他需要说明的事项。{% endif %}")
    return b.doc


if __name__ == "__main__":
    kit.create(build, "河北省2024年部门预算信息公开模板")
