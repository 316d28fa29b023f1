"""Recipe that created templates/河北-2022-整体支出绩效自评报告/模板.docx — the first version of that set.

The layout and wording follow seed 003 (中共元氏县委网信办 2022年度整体支出绩效自评报告, 河北): the
title, the preamble, 一 部门基本情况 (部门职能, 组织机构及人员 with its table, 部门收支预算情况,
绩效目标), 二 自评工作开展情况, 三 绩效目标实现情况 with one 部门预算项目绩效自评表 per project,
四 评价结论和评价等级 (“总得分X分为Y”), 五 存在的问题及改进措施, 六 评价工作组 and the signature.
No 目录 and no page numbers (the seed has neither).  After it is written, the .docx is the template.

The sheet is laid out as the seed's (sheets 1, 2 and 5; sheets 3 and 4 widen 三级指标): the first
column holds the section labels 一、…五、, merged down over their rows; 预算执行进度 is one cell merged
down over the 财政资金 and 其他 rows; 一级指标 cells merge over their rows; 总分 spans to 自评得分.  The
grid is finer than the seed's eight columns so that the fund part and the indicator part each get
the widths their texts need.  Each sheet starts a page (A4 portrait, 2 cm margins) and fits it.

It never overwrites a .docx.  To start a new set from this layout, make a folder with its
设置.yaml (copied and edited) and no 模板.docx, then, from the project folder:

    python -m tools.recipes.hebei2022_evaluation templates/新模板名
"""
from __future__ import annotations

from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Pt, RGBColor

from tools import templatekit as kit
from tools.templatekit import C, Builder, R, cm_list

S = "自评表文字"
SHEET_WIDTH = 17.0               # cm: A4 portrait with 2 cm margins


def _style(b: Builder, name: str, font: str, size: float, align: int, bold: bool = False, indent: int = 0,
           before: float = 0, after: float = 0, line: float | None = None, keep_next: bool = False) -> None:
    """A paragraph style of this set (fonts through eastAsia, like the kit's own)."""
    style = b.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = b.doc.styles["Normal"]
    kit.authoring.style_fonts(style, font, kit.LATIN, size, bold)
    style.font.color.rgb = RGBColor(0, 0, 0)
    pf = style.paragraph_format
    pf.alignment = align
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    if line:
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line)
    else:
        pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
    ppr = style.element.get_or_add_pPr()
    if indent:
        kit.authoring.first_line_chars(ppr, indent)
    else:
        kit.authoring.no_indent(ppr)
    pf.keep_with_next = keep_next


def styles(b: Builder) -> None:
    _style(b, "报告标题", kit.XIAOBIAOSONG, 22, align=1, line=36)
    _style(b, "小标题", kit.FANGSONG, 16, align=3, bold=True, indent=2, line=28, keep_next=True)   # 部门职能, 1、…绩效表
    _style(b, "自评表年度", kit.FANGSONG, 12, align=1, after=3, keep_next=True)
    _style(b, "落款", kit.FANGSONG, 16, align=2, line=28)


def line_table(b: Builder, left: str, right: str, width_cm: float) -> None:
    """Two texts on one line above or below a sheet (填报单位 … 金额单位): a borderless table."""
    style = "表头说明"
    half = round(width_cm * 0.7, 2)
    kit.authoring.make_table(b.body, b.body.sectPr, cm_list(half, round(width_cm - half, 2)),
                             [R([C(left, align="left", style=style), C(right, align="right", style=style)])],
                             b.doc.styles[style].style_id, borders=False)
    b.p("", "模板控制")          # keeps Word and LibreOffice from joining it to the next table


def build(target: Path):
    kit.settings_of(target)                 # the folder must hold the set's 设置.yaml
    b = Builder()
    styles(b)

    b.p("{{ 单位.名称 }}", "报告标题")
    b.p("{{ 年度 }}年度整体支出绩效自评报告", "报告标题")
    b.p("", "报告标题")
    b.control("{%p if 有引言 %}")
    b.p("{{ 引言 }}")
    b.control("{%p endif %}")

    b.p("一、部门基本情况", "Heading 2")
    b.p("（一）部门概况", "Heading 3")
    b.p("部门职能", "小标题")
    b.control("{%p for d in 概况.职责 %}")
    b.p("{{ d.内容 }}")
    b.control("{%p endfor %}")
    b.p("组织机构及人员", "小标题")
    h = lambda text: C(text, style="表头文字")
    b.table(cm_list(6.0, 3.2, 3.0, 3.4), [
        R([h("单位名称"), h("单位基本性质"), h("单位规格"), h("经费形式")], header=True),
        kit.loop_open("o in 概况.组织机构", 4),
        R([C("{{ o.单位名称 }}", align="left"), C("{{ o.单位基本性质 }}"), C("{{ o.单位规格 }}"), C("{{ o.经费形式 }}")],
          height_twips=454),
        kit.loop_close(4),
    ])
    b.p("{{ 年度 }}年末本部门实有行政编制{{ 概况.人员.行政编制 }}人，事业编制{{ 概况.人员.事业编制 }}人，"
        "在职人员共{{ 概况.人员.在职人员 }}人。")
    b.p("（二）部门收支预算情况", "Heading 3")
    b.p("{{ 年度 }}年本部门年初预算收入{{ 收支预算.年初预算收入 }}万元，调整预算数{{ 收支预算.调整预算数 }}万元"
        "{% if 收支预算.有结转和结余 %}（含结转和结余{{ 收支预算.结转和结余 }}万元）{% endif %}，支出{{ 收支预算.支出 }}万元。")
    b.p("（三）部门整体支出绩效目标、指标", "Heading 3")
    b.p("{{ 绩效目标 }}")

    b.p("二、自评工作开展情况", "Heading 2")
    b.p("{{ 自评工作.组织 }}")           # the seed prints this paragraph without a （一） heading
    b.p("（二）自评的方法和过程", "Heading 3")
    b.p("{{ 自评工作.方法和过程 }}")

    b.p("三、部门整体支出绩效目标实现情况及指标分析", "Heading 2")
    b.p("（一）总体绩效目标实现情况", "Heading 3")
    b.p("{{ 总体绩效目标实现情况 }}")

    # ── the sheets: A4 portrait, 2 cm margins, one page each ──
    b.section(landscape=False, tables=True)
    b.p("（二）分项绩效目标实现情况及指标分析", "Heading 3")
    b.control("{%p for s in 自评表 %}")
    b.p("{{ s.序号 }}、{{ s.项目名称 }}绩效表", "小标题")
    b.p("部门预算项目绩效自评表", "自评表标题")
    b.p("（{{ 年度 }}年度）", "自评表年度")
    line_table(b, "填报单位：{{ 单位.名称 }}", "金额单位：万元", SHEET_WIDTH)
    sheet_table(b)
    b.p("", "模板控制")
    line_table(b, "填报人：{{ s.填报人 }}", "联系电话：{{ s.联系电话 }}", SHEET_WIDTH)
    b.control("{%p if not s.最后一张 %}")
    kit.authoring.page_break_paragraph(b.p("", "模板控制"))
    b.control("{%p endif %}")
    b.control("{%p endfor %}")

    # ── 四 to 六 ──
    b.section(landscape=False)
    b.p("四、评价结论和评价等级", "Heading 2")
    b.p("总得分{{ 评价结论.总得分 }}分为{{ 评价结论.等级 }}")
    b.p("五、存在的问题及改进措施", "Heading 2")
    b.p("（一）项目存在的主要问题", "Heading 3")
    b.p("{{ 存在问题 }}")
    b.p("（二）改进措施或建议", "Heading 3")
    b.p("{{ 改进措施 }}")
    b.p("六、评价工作组人员名单及签字", "Heading 2")
    b.control("{%p for m in 评价工作组.成员 %}")
    b.p("{{ m.姓名 }} {{ m.职务 }}")
    b.control("{%p endfor %}")
    b.p("")
    b.p("{{ 单位.名称 }}", "落款")
    b.p("{{ 评价工作组.日期 }}", "落款")
    return b.doc


# Column edges (cm from the left) of the sheet's parts; the table's grid is their union, so each part
# gets the widths its texts need: funds (label, amount ×3, 预算执行进度), goals, indicators.
FUND_EDGES = (1.5, 4.0, 5.9, 8.4, 10.3, 12.8, 14.7, 17.0)
INDICATOR_EDGES = (1.5, 4.0, 6.5, 9.9, 12.3, 14.7, 17.0)
EDGES = tuple(sorted(set((0.0,) + FUND_EDGES + INDICATOR_EDGES)))


def _row(cells, cant_split: bool = True) -> R:
    """Cells given as (Cell, right edge in cm): each spans the grid columns up to its edge."""
    out, left = [], 0
    for cell, edge in cells:
        right = EDGES.index(edge)
        cell.span = right - left
        out.append(cell)
        left = right
    return R(out, cant_split=cant_split)


def sheet_table(b: Builder):
    """部门预算项目绩效自评表, as seed 003 prints it."""
    def c(text="", vmerge=None, align="center"):
        return C(text, vmerge=vmerge, align=align, style=S)

    def h(text="", vmerge=None):
        return C(text, vmerge=vmerge, style=S, bold=True)

    def loop(tag):
        return R([C(tag, span=len(EDGES) - 1)], cant_split=False)

    f1, f2, f3, f4, f5, f6, f7, end = FUND_EDGES
    i1, i2, i3, i4, i5, i6, _ = INDICATOR_EDGES
    source = "{% if f.首行 %}其中：{% endif %}{{ f.来源 }}"
    budget_row = "{% if i.预算执行 %}"
    b.table(cm_list(*(round(r - l, 2) for l, r in zip(EDGES, EDGES[1:]))), [
        _row([(h("一、基本情况"), f1), (h("项目名称"), f2), (c("{{ s.项目名称 }}"), f4), (h("实施(主管)单位"), f5),
              (c("{{ s.实施单位 }}"), end)]),
        _row([(h("二、预算执行情况", "restart"), f1), (h("预算安排情况（调整后）"), f3), (h("资金到位情况"), f5),
              (h("资金执行情况"), f7), (h("预算执行进度"), end)]),
        _row([(h("", "continue"), f1), (c("预算数："), f2), (c("{{ s.资金总额.预算数 }}"), f3), (c("到位数："), f4),
              (c("{{ s.资金总额.到位数 }}"), f5), (c("执行数："), f6), (c("{{ s.资金总额.执行数 }}"), f7),
              (c("{{ s.资金总额.执行率 }}", "restart"), end)]),
        loop("{%tr for f in s.资金 %}"),
        _row([(h("", "continue"), f1), (c(source), f2), (c("{{ f.预算数 }}"), f3), (c(source), f4),
              (c("{{ f.到位数 }}"), f5), (c(source), f6), (c("{{ f.执行数 }}"), f7), (c("", "continue"), end)]),
        loop("{%tr endfor %}"),
        _row([(h("三、目标完成情况", "restart"), f1), (h("年度预期目标"), f4), (h("具体完成情况"), f7), (h("总体完成率"), end)]),
        _row([(h("", "continue"), f1), (c("{{ s.年度目标 }}", align="left"), f4),
              (c("{{ s.实际完成情况 }}", align="left"), f7), (c("{{ s.总体完成率 }}"), end)], cant_split=False),
        _row([(h("四、年度绩效指标完成情况", "restart"), i1), (h("一级指标"), i2), (h("二级指标"), i3), (h("三级指标"), i4),
              (h("预期指标值"), i5), (h("实际完成值"), i6), (h("自评得分"), end)]),
        loop("{%tr for i in s.指标 %}"),
        _row([(h("", "continue"), i1), (c("{{ i.一级指标 }}"), i2),
              (c(f"{budget_row}预算执行率{{% else %}}{{{{ i.二级指标 }}}}{{% endif %}}"), i3),
              (c(f"{budget_row}100%{{% else %}}指标{{{{ i.三级序号 }}}}：{{{{ i.三级指标 }}}}{{% endif %}}", align="left"), i4),
              (c(f"{budget_row}100%{{% else %}}{{{{ i.预期指标值 }}}}{{% endif %}}"), i5), (c("{{ i.实际完成值 }}"), i6),
              (c("{{ i.得分 }}"), end)]),
        loop("{%tr endfor %}"),
        _row([(h("总分"), i6), (c("{{ s.总分 }}"), end)]),
        _row([(h("五、存在问题、原因及下一步整改措施"), f1), (c("{{ s.存在问题及整改 }}", align="left"), end)], cant_split=False),
    ], cell_style=S)


if __name__ == "__main__":
    kit.create(build, "河北省2022年度部门整体支出绩效自评报告模板")
