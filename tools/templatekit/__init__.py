"""Template authoring kit shared by tools/make_template_*.py.

Styles with Chinese fonts set through eastAsia, A4 sections (portrait text, portrait and
landscape table pages), table builders for the 决算 tables that every province prints.
The .docx a province script writes is the template from then on; a clerk edits it in
Word or WPS, and gen fills it.  Context groups used by the tables (`gen context` lists them):
收支总表 (公开01), 收入表, 支出表, 财政拨款收支总表, 一般公共预算支出表, 基本支出表,
政府性基金表, 国有资本经营表, 三公表, 相关信息表.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from generator import ooxml

from . import ooxml_authoring as authoring
from .ooxml_authoring import Cell as C, Row as R  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]

FANGSONG, XIAOBIAOSONG, HEITI, KAITI, SONGTI = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312", "宋体"
LATIN = "Times New Roman"
FONTS = [
    authoring.FontSpec(FANGSONG, "仿宋", "modern", "02010609030101010101"),
    authoring.FontSpec(XIAOBIAOSONG, "宋体", "script", "02000000000000000000"),
    authoring.FontSpec(HEITI, "SimHei", "modern", "02010609060101010101"),
    authoring.FontSpec(KAITI, "楷体", "modern", "02010609030101010101"),
    authoring.FontSpec(SONGTI, "SimSun", "auto", "02010600030101010101"),
]

CM = 567          # twips per cm
PORTRAIT_W = round(15.6 * CM)        # text pages
TABLE_PORTRAIT_W = round(17.0 * CM)  # portrait table pages
LANDSCAPE_W = round(25.7 * CM)


def cm_list(*values):
    return [round(v * CM) for v in values]


class Builder:
    def __init__(self):
        self.doc = Document()
        self.body = self.doc.element.body
        self._styles()
        self._page(self.doc.sections[0], landscape=False)

    # ── styles ──
    def _styles(self):
        doc = self.doc
        authoring.document_defaults(doc, FANGSONG, LATIN)
        authoring.register_fonts(doc, FONTS)
        black = RGBColor(0, 0, 0)

        def para(name, base="Normal", font=FANGSONG, size=16, bold=False, align=None, line=None, before=0,
                 after=0, indent=0, keep_next=False, style_id=None):
            styles = doc.styles
            try:
                st = styles[name]
            except KeyError:
                st = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
                if style_id:
                    st.element.set(qn("w:styleId"), style_id)
            if base and name != "Normal":
                st.base_style = styles[base]
            authoring.style_fonts(st, font, LATIN, size, bold)
            st.font.color.rgb = black
            color = st.element.get_or_add_rPr().find(qn("w:color"))
            for attr in list(color.attrib):
                if "theme" in attr:
                    del color.attrib[attr]
            st.font.italic = False
            pf = st.paragraph_format
            pf.space_before = Pt(before)
            pf.space_after = Pt(after)
            if line:
                pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                pf.line_spacing = Pt(line)
            else:
                pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
            if align is not None:
                pf.alignment = align
            ppr = st.element.get_or_add_pPr()
            if indent:
                authoring.first_line_chars(ppr, indent)
            else:
                authoring.no_indent(ppr)
            if keep_next:
                pf.keep_with_next = True
            return st

        para("Normal", base=None, size=16, line=28, align=3, indent=2)              # 正文：仿宋_GB2312 三号
        para("封面标题", size=26, font=XIAOBIAOSONG, align=1, line=None)           # 封面
        para("Heading 1", size=22, font=XIAOBIAOSONG, align=1, line=None, before=12, after=18, keep_next=True)
        para("Heading 2", size=16, font=HEITI, line=28, indent=2, keep_next=True)
        para("Heading 3", size=16, font=KAITI, line=28, indent=2, keep_next=True)
        para("目录标题", size=22, font=XIAOBIAOSONG, align=1, after=18)
        para("toc 1", size=16, font=HEITI, line=30, style_id="TOC1")
        para("toc 2", size=16, font=FANGSONG, line=30, style_id="TOC2")
        for name in ("toc 1", "toc 2"):
            ppr = doc.styles[name].element.get_or_add_pPr()
            tabs = ppr.find(qn("w:tabs"))
            from docx.oxml import OxmlElement
            if tabs is None:
                tabs = OxmlElement("w:tabs")
                ppr.insert(0, tabs)
            tab = OxmlElement("w:tab")
            tab.set(qn("w:val"), "right")
            tab.set(qn("w:leader"), "dot")
            tab.set(qn("w:pos"), str(PORTRAIT_W))
            tabs.append(tab)
        ind = doc.styles["toc 2"].element.get_or_add_pPr().find(qn("w:ind"))
        ind.set(qn("w:left"), "640")
        para("表标题", size=18, font=XIAOBIAOSONG, align=1, before=6, after=6, keep_next=True)
        para("表号", size=12, align=2, keep_next=True)
        para("表头说明", size=10.5, keep_next=True, after=3)
        para("表格文字", size=10, align=1, line=13)
        para("表格小字", size=8.5, align=1, line=10.5)
        para("表头文字", size=10, font=HEITI, align=1, line=13)
        para("表注", size=12, before=4)
        para("自评表标题", size=15, font=XIAOBIAOSONG, align=1, keep_next=True)
        para("自评表文字", size=9, align=1, line=11.5)
        para("自评表备注", size=9, line=11)
        para("Footer", size=14, font=SONGTI, align=1)
        para("模板控制", size=1, line=1)

    def _page(self, section, landscape: bool, tables: bool = False):
        """A4; text pages keep GB/T 9704 margins, table pages use 2 cm all round."""
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Cm(29.7), Cm(21.0)
            section.top_margin, section.bottom_margin = Cm(1.8), Cm(1.8)
            section.left_margin = section.right_margin = Cm(2.0)
        elif tables:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.top_margin = section.bottom_margin = Cm(2.0)
            section.left_margin = section.right_margin = Cm(2.0)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
            section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
        section.footer_distance = Cm(2.0) if not landscape else Cm(1.0)

    def section(self, landscape: bool, tables: bool = False):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self._page(sec, landscape, tables)
        pg = sec._sectPr.find(qn("w:pgNumType"))     # continue numbering from the previous section
        if pg is not None:
            sec._sectPr.remove(pg)
        return sec

    # ── content ──
    def p(self, text="", style="Normal", page_break_before=False):
        para = self.doc.add_paragraph(style=style)
        if text:
            para.add_run(text)
        if page_break_before:
            authoring.page_break_before(para._p.get_or_add_pPr())
        return para

    def control(self, tag):
        """A paragraph that holds only a {%p … %} tag; docxtpl removes it."""
        return self.p(tag, style="Normal")

    def table(self, widths, rows, cell_style="表格文字"):
        return authoring.make_table(self.body, self.body.sectPr, widths, rows,
                                self.doc.styles[cell_style].style_id)

    def table_title(self, title, toc_text, number, landscape, page_break=True):
        para = self.p(title, "表标题", page_break_before=page_break)
        authoring.append_hidden_field(para._p, f'TC "{toc_text}" \\l 2')
        self.p(number, "表号")
        width = LANDSCAPE_W if landscape else TABLE_PORTRAIT_W
        self.unit_line(width)

    def unit_line(self, width):
        """部门名称 … 年度 … 金额单位 on one line: a borderless three-cell table."""
        style = "表头说明"
        authoring.make_table(self.body, self.body.sectPr, [round(width * 0.66), round(width * 0.14), width - round(width * 0.66) - round(width * 0.14)],
                         [R([C("部门名称：{{ 单位.名称 }}", align="left", style=style), C("{{ 年度 }}年度", style=style),
                             C("金额单位：万元", align="right", style=style)])],
                         self.doc.styles[style].style_id, borders=False)
        self.p("", "模板控制")      # keeps Word and LibreOffice from joining the two tables


H = "表头文字"


def hc(text, span=1, vmerge=None):
    return C(text, span=span, vmerge=vmerge, style=H)


def num(tag):
    return C(tag, align="right")


def label(tag, span=1):
    return C(tag, span=span, align="left")


def loop_open(expr, n):
    return R([C(f"{{%tr for {expr} %}}", span=n)], cant_split=False)


def loop_close(n):
    return R([C("{%tr endfor %}", span=n)], cant_split=False)




def create(build, title: str) -> None:
    """The command line of a recipe: `python -m tools.recipes.<name> templates/<新模板名>`."""
    import sys
    if len(sys.argv) != 2:
        raise SystemExit("用法：python -m tools.recipes.<配方> templates/<新模板名>（文件夹里先放好 设置.yaml）")
    target = Path(sys.argv[1])
    if not (target / "设置.yaml").is_file():
        raise SystemExit(f"{target} 中没有 设置.yaml：先复制一套模板的 设置.yaml 并修改")
    save(build(target), target / "模板.docx", title)


def save(document, out, title: str) -> None:
    """Write a new template set's .docx — never over an existing one: from its first version on, the .docx
    in templates/ is the template's source, edited in Word or WPS."""
    if out.exists():
        raise SystemExit(f"{out} 已存在：模板以 .docx 为准，不会被覆盖。要从头再建一套，请换一个文件夹名。")
    authoring.normalize_document(document)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.core_properties.title = title
    document.core_properties.author = "gen"
    document.save(out)
    print(f"wrote {out}")


# ───────────────────────────── the 决算 tables ─────────────────────────────
# Each takes the Builder and draws one table.  Row labels and 行次 of the fixed forms
# (公开01, 04, 06, 10) are written into the template as text — they belong to the form —
# and each amount cell holds its tag; 科目 tables repeat one row per 科目.

CN = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


def settings_of(template_dir: Path) -> dict:
    import yaml
    return yaml.safe_load((template_dir / "设置.yaml").read_text(encoding="utf-8"))


def reference(year: int):
    from generator.reference import for_year
    return for_year(year)


INCOME_LINES = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入",
                "事业收入", "经营收入", "附属单位上缴收入", "其他收入"]


def summary_table(b: Builder, classes: list[str], names: dict, widths=(6.0, 1.0, 1.5, 6.0, 1.0, 1.5), amount="金额",
                  top_rows: int = 0, blank_row: bool = True, surplus_label: str = "使用非财政拨款结余（专用结余）"):
    """公开01 收入支出决算总表: the form's rows, each amount a tag of 收支总表."""
    n = max(len(INCOME_LINES), len(classes), top_rows)
    tag = lambda key: f"{{{{ 收支总表.{key} }}}}"
    left = [(f"{cn_number(i + 1)}、{INCOME_LINES[i]}", tag(INCOME_LINES[i])) if i < len(INCOME_LINES) else ("", "")
            for i in range(n)]
    blank = [("", "")] if blank_row else []
    left += [("本年收入合计", tag("本年收入合计")), (surplus_label, tag("使用非财政拨款结余")),
             ("年初结转和结余", tag("年初结转和结余"))] + blank + [("总计", tag("收入总计"))]
    right = [(f"{cn_number(i + 1)}、{names[c]}", f"{{{{ 收支总表.支出.{names[c]} }}}}") for i, c in enumerate(classes)]
    right += [("", "")] * (n - len(classes))
    right += [("本年支出合计", tag("本年支出合计")), ("结余分配", tag("结余分配")), ("年末结转和结余", tag("年末结转和结余"))] \
        + blank + [("总计", tag("支出总计"))]
    rows = [R([label(l_label), C(str(i + 1)), num(l_amt), label(r_label), C(str(len(left) + i + 1)), num(r_amt)])
            for i, ((l_label, l_amt), (r_label, r_amt)) in enumerate(zip(left, right))]
    b.table(cm_list(*widths), [
        R([hc("收入", 3), hc("支出", 3)], header=True),
        R([hc("项目"), hc("行次"), hc(amount), hc("项目"), hc("行次"), hc(amount)], header=True),
        R([hc("栏次"), hc(""), hc("1"), hc("栏次"), hc(""), hc("2")], header=True),
    ] + rows)


def item_table(b: Builder, key: str, widths, first_header: list, second_header: list, columns: list[str],
               code_label="科目代码"):
    """A table by 功能分类科目 (收入/支出/一般公共预算/基金/国资): two header rows, 栏次, 合计, one row per 科目.

    `key` is the context group (收入表, 支出表 …); `columns` the printed column names, which are the tags' names.
    `first_header` and `second_header` are the cells right of 项目 / 科目代码 科目名称.
    """
    n = 2 + len(columns)
    b.table(cm_list(*widths), [
        R([hc("项目", 2)] + first_header, header=True),
        R([hc(code_label), hc("科目名称")] + second_header, header=True),
        R([hc("栏次", 2)] + [hc(str(i + 1)) for i in range(len(columns))], header=True),
        R([C("合计", span=2)] + [num(f"{{{{ {key}.合计.{c} }}}}") for c in columns]),
        loop_open(f"r in {key}.行", n),
        R([label("{{ r.科目编码 }}"), label("{{ r.科目名称 }}")] + [num(f"{{{{ r.{c} }}}}") for c in columns]),
        loop_close(n),
    ])


def flat_header(titles: list[str]):
    """Single-level column titles spanning both header rows."""
    return [hc(t, vmerge="restart") for t in titles], [hc("", vmerge="continue") for _ in titles]


FUNDS = ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"]


def fiscal_table(b: Builder, classes: list[str], names: dict, top_rows: int = 0,
                 widths=(5.2, 1.0, 2.0, 5.4, 1.0, 2.2, 2.9, 3.0, 3.0)):
    """公开04 财政拨款收入支出决算总表: the form's rows, each amount a tag of 财政拨款收支总表."""
    g = "财政拨款收支总表"
    n = max(len(FUNDS), len(classes), top_rows)
    left = [(f"{cn_number(i + 1)}、{FUNDS[i]}", f"{{{{ {g}.本年收入.{FUNDS[i]} }}}}") if i < 3 else ("", "")
            for i in range(n)]
    left += [("本年收入合计", f"{{{{ {g}.本年收入合计 }}}}"),
             ("年初财政拨款结转和结余", f"{{{{ {g}.年初财政拨款结转和结余.合计 }}}}")]
    left += [(f, f"{{{{ {g}.年初财政拨款结转和结余.{f} }}}}") for f in FUNDS]
    left += [("总计", f"{{{{ {g}.收入总计 }}}}")]

    def by_fund(path: str) -> list[str]:
        return [f"{{{{ {g}.{path}.合计 }}}}"] + [f"{{{{ {g}.{path}.{f} }}}}" for f in FUNDS]

    right = [[f"{cn_number(i + 1)}、{names[c]}"] + by_fund(f"支出.{names[c]}") for i, c in enumerate(classes)]
    right += [["", "", "", "", ""]] * (n - len(classes))
    right += [["本年支出合计"] + by_fund("本年支出合计"), ["年末财政拨款结转和结余"] + by_fund("年末财政拨款结转和结余")]
    right += [["", "", "", "", ""]] * 3
    right += [["总计"] + by_fund("支出总计")]
    rows = [R([label(l_label), C(str(i + 1)), num(l_amt), label(r[0]), C(str(len(left) + i + 1))] + [num(x) for x in r[1:]])
            for i, ((l_label, l_amt), r) in enumerate(zip(left, right))]
    b.table(cm_list(*widths), [
        R([hc("收入", 3), hc("支出", 6)], header=True),
        R([hc("项目"), hc("行次"), hc("金额"), hc("项目"), hc("行次"), hc("合计"), hc("一般公共预算财政拨款"),
           hc("政府性基金预算财政拨款"), hc("国有资本经营预算财政拨款")], header=True),
        R([hc("栏次"), hc(""), hc("1"), hc("栏次"), hc(""), hc("2"), hc("3"), hc("4"), hc("5")], header=True),
    ] + rows)


def basic_table(b: Builder, groups: list[list[str]], names: dict, not_applicable: set[str],
                group_widths=(1.0, 4.1, 1.3), code_label="科目代码"):
    """公开06: side-by-side column groups of 经济分类科目 (the first is 人员经费), one tag per 决算数."""
    small = "表格小字"
    height = max(len(group) for group in groups)
    rows = []
    for i in range(height):
        cells = []
        for group in groups:
            if i < len(group):
                code = str(group[i])
                amount = "———" if code in not_applicable else f"{{{{ 基本支出表.科目['{code}'] }}}}"
                cells += [C(code, align="left", style=small), C(names.get(code, ""), align="left", style=small),
                          C(amount, align="right", style=small)]
            else:
                cells += [C("", align="left", style=small), C("", align="left", style=small),
                          C("", align="right", style=small)]
        rows.append(R(cells))
    widths = list(group_widths) * len(groups)
    widths[-1] += round(LANDSCAPE_W / CM - sum(widths), 2)
    n = 3 * len(groups)
    b.table(cm_list(*widths), [
        R([hc("人员经费", 3), hc("公用经费", n - 3)], header=True),
        R([hc(code_label), hc("科目名称"), hc("决算数")] * len(groups), header=True),
    ] + rows + [
        R([C("人员经费合计", span=2, style=small), C("{{ 基本支出表.人员经费合计 }}", align="right", style=small),
           C("公用经费合计", span=n - 4, style=small), C("{{ 基本支出表.公用经费合计 }}", align="right", style=small)]),
    ], cell_style=small)


def gov_fund_table(b: Builder, code_label="科目代码", widths=(1.9, 6.2, 2.6, 2.6, 2.6, 2.6, 2.6, 4.6)):
    """政府性基金预算财政拨款收入支出决算表."""
    item_table(b, "政府性基金表", widths,
               [hc("年初结转和结余", vmerge="restart"), hc("本年收入", vmerge="restart"), hc("本年支出", 3),
                hc("年末结转和结余", vmerge="restart")],
               [hc("", vmerge="continue"), hc("", vmerge="continue"), hc("小计"), hc("基本支出"), hc("项目支出"),
                hc("", vmerge="continue")],
               ["年初结转和结余", "本年收入", "本年支出合计", "基本支出", "项目支出", "年末结转和结余"], code_label)


def soe_table(b: Builder, code_label="科目代码", widths=(1.8, 7.4, 2.6, 2.6, 2.6)):
    """国有资本经营预算财政拨款支出决算表."""
    item_table(b, "国有资本经营表", widths, [hc("本年支出", 3)], [hc("合计"), hc("基本支出"), hc("项目支出")],
               ["本年支出合计", "基本支出", "项目支出"], code_label)


def three_table(b: Builder, car="公务用车购置及运行维护费", run="公务用车运行维护费"):
    """财政拨款“三公”经费支出决算表: 预算数 and 决算数 side by side."""
    half = [hc("合计", vmerge="restart"), hc("因公出国（境）费", vmerge="restart"), hc(car, 3),
            hc("公务接待费", vmerge="restart")]
    half2 = [hc("", vmerge="continue"), hc("", vmerge="continue"), hc("小计"), hc("公务用车购置费"), hc(run),
             hc("", vmerge="continue")]
    keys = ["合计", "因公出国费", "公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费", "公务接待费"]
    w = LANDSCAPE_W // 12
    b.table([w] * 11 + [LANDSCAPE_W - 11 * w], [
        R([hc("预算数", 6), hc("决算数", 6)], header=True),
        R(half + [C(c.text, span=c.span, vmerge=c.vmerge, style=H) for c in half], header=True),
        R(half2 + [C(c.text, span=c.span, vmerge=c.vmerge, style=H) for c in half2], header=True),
        R([hc(str(i + 1)) for i in range(12)], header=True),
        R([num(f"{{{{ 三公表.预算数.{k} }}}}") for k in keys] + [num(f"{{{{ 三公表.决算数.{k} }}}}") for k in keys],
          height_twips=400),
    ])


def no_data_note(b: Builder, key: str, style="表注"):
    """“说明：本表无数据” under an empty table (the department file may give its own reason)."""
    b.control(f"{{%p if {key}.无数据 %}}")
    b.p(f"说明：{{% if {key}.无数据说明 %}}{{{{ {key}.无数据说明 }}}}{{% else %}}本表无数据{{% endif %}}", style)
    b.control("{%p endif %}")


# ───────────────────────────── cover, 目录, body ─────────────────────────────

def cover(b: Builder, lines: list[str], before: int = 6, after: int = 8, date: bool = True):
    """封面: the given lines in 方正小标宋, the 公开日期 below when the department gives one."""
    for _ in range(before):
        b.p("", "封面标题")
    for i, line in enumerate(lines):
        if i:
            b.p("", "封面标题")
        b.p(line, "封面标题")
    for _ in range(after):
        b.p("", "封面标题")
    if date:
        b.control("{%p if 单位.有公开日期 %}")
        b.p("{{ 单位.公开日期 }}", "目录标题")
        b.control("{%p endif %}")


def toc(b: Builder):
    """目录 on its own page; gen fills the 〔目录〕 marker with the headings and their page numbers."""
    b.p("目  录", "目录标题", page_break_before=True)
    b.p(ooxml.TOC_MARKER, "toc 1")
    authoring.empty_footer(b.doc.sections[0])


def body_section(b: Builder):
    """The first numbered section: “— 1 —” footers start here."""
    section = b.section(landscape=False)
    authoring.page_number_footer(section, "Footer")
    authoring.restart_page_numbering(section, 1)
    return section


def paragraphs(b: Builder, texts: list[str], style: str = "Normal"):
    for text in texts:
        b.p(text, style)


def shares_paragraph(b: Builder, opening: str, total: str, parts: str):
    """“本年收入合计X万元，其中：财政拨款收入A万元，占P；…。” — every part with its share of the total."""
    b.p(f"{opening}{{{{ {total} }}}}万元，其中：{{% for i in {parts} %}}{{{{ i.名称 }}}}{{{{ i.金额 }}}}万元"
        "{% if i.有占比 %}，占{{ i.占比 }}{% endif %}{% if loop.last %}。{% else %}；{% endif %}{% endfor %}")
