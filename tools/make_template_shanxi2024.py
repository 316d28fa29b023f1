"""Authoring tool: writes templates/山西-2024-单位决算/模板.docx, the first version of that template.

The .docx it writes is the template from then on: a clerk edits it in Word or WPS
(wording, fonts, widths), and gen fills it.  Run this again only to start the template
over; it overwrites the file.  The layout follows seed 002 (长治网信办 2024 单位决算公开).

    python tools/make_template_shanxi2024.py
"""
from __future__ import annotations

from docx import Document
from docx.shared import Cm

import templatekit as kit
from templatekit import C, ROOT, Builder, R, cm_list, hc, label, num, ooxml, save

OUT = ROOT / "templates" / "山西-2024-单位决算" / "模板.docx"


def build() -> Document:
    b = Builder()
    doc = b.doc
    kit.cover(b, ["{{ dept.name }}", "{{ dept.year }}年度单位决算公开"])
    kit.toc(b)

    # ── 第一部分 ──
    kit.body_section(b)
    b.p("第一部分 概况", "Heading 1")
    b.p("一、本部门（单位）职责", "Heading 2")
    b.control("{%p for d in overview.duties %}")
    b.p("{{ d.no }}{{ d.text }}{{ d.end }}")
    b.control("{%p endfor %}")
    b.p("二、机构设置情况", "Heading 2")
    b.control("{%p if overview.has_offices %}")
    b.p("根据主要职责，{{ dept.name }}设{{ overview.office_count }}个内设科室，分别是：{{ overview.offices }}。")
    b.control("{%p endif %}")
    b.control("{%p if overview.has_note %}")
    b.p("{{ overview.note }}。")
    b.control("{%p endif %}")

    # ── 第二部分：公开01（竖版）──
    b.section(landscape=False, tables=True)
    b.p("第二部分 {{ dept.year }}年部门决算表", "Heading 1")
    b.table_title("收入支出决算总表", "一、收入支出决算总表", "公开01表", landscape=False, page_break=False)
    kit.summary_table(b)
    b.p("注：本表反映部门本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。", "表注")

    # ── 公开02、03、04（横版）──
    b.section(landscape=True)
    b.table_title("收入决算表", "二、收入决算表", "公开02表", landscape=True, page_break=False)
    first, second = kit.flat_header(["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
    kit.item_table(b, "income", (1.9, 7.5, 2.6, 2.6, 2.1, 2.1, 2.1, 2.7, 2.1), first, second,
                   ["total", "fiscal", "upper", "business", "operating", "affiliated", "other"])
    b.p("注：本表反映部门本年度取得的各项收入情况。", "表注")

    b.table_title("支出决算表", "三、支出决算表", "公开03表", landscape=True)
    first, second = kit.flat_header(["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"])
    kit.item_table(b, "expense", (1.9, 7.5, 2.7, 2.7, 2.7, 2.7, 2.7, 2.8), first, second,
                   ["total", "basic", "project", "upper", "operating", "affiliated"])
    b.p("注：本表反映部门本年度各项支出情况。", "表注")

    b.table_title("财政拨款收入支出决算总表", "四、财政拨款收入支出决算总表", "公开04表", landscape=True)
    kit.fiscal_table(b)
    b.p("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。", "表注")

    # ── 公开05（竖版）──
    b.section(landscape=False, tables=True)
    b.table_title("一般公共预算财政拨款支出决算表", "五、一般公共预算财政拨款支出决算表", "公开05表", landscape=False, page_break=False)
    kit.item_table(b, "gpb", (1.8, 7.4, 2.6, 2.6, 2.6), [hc("本年支出", 3)], [hc("小计"), hc("基本支出"), hc("项目支出")],
                   ["total", "basic", "project"])
    b.p("注：本表反映部门本年度一般公共预算财政拨款支出情况。", "表注")

    # ── 公开06、07（横版）──
    b.section(landscape=True)
    b.table_title("一般公共预算财政拨款基本支出决算明细表", "六、一般公共预算财政拨款基本支出决算明细表", "公开06表",
                  landscape=True, page_break=False)
    kit.basic_table(b, groups=4)
    b.p("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", "表注")

    b.table_title("政府性基金预算财政拨款收入支出决算表", "七、政府性基金预算财政拨款收入支出决算表", "公开07表", landscape=True)
    kit.gov_fund_table(b)
    b.p("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", "表注")
    kit.no_data_note(b, "gov_fund")

    # ── 公开08（竖版）──
    b.section(landscape=False, tables=True)
    b.table_title("国有资本经营预算财政拨款支出决算表", "八、国有资本经营预算财政拨款支出决算表", "公开08表",
                  landscape=False, page_break=False)
    kit.soe_table(b)
    b.p("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", "表注")
    kit.no_data_note(b, "soe")

    # ── 公开09（横版）──
    b.section(landscape=True)
    b.table_title("财政拨款“三公”经费支出决算表", "九、财政拨款“三公”经费支出决算表", "公开09表", landscape=True, page_break=False)
    kit.three_table(b)
    b.p("注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
        "决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。", "表注")
    kit.no_data_note(b, "three")

    # ── 公开10（竖版）──
    b.section(landscape=False, tables=True)
    b.table_title("部门决算公开相关信息统计表", "十、部门决算公开相关信息统计表", "公开10表", landscape=False, page_break=False)
    vehicle_rows = [R([label(f"{{{{ info.vehicle_kinds[{i}].no }}}}{{{{ info.vehicle_kinds[{i}].name }}}}"),
                       C(str(8 + i)), num(f"{{{{ info.vehicle_kinds[{i}].count }}}}")]) for i in range(8)]
    b.table(cm_list(11.0, 2.0, 4.0), [
        R([label("一、政府采购情况", 3)]),
        R([hc("项目"), hc("行次"), hc("统计数")]),
        R([label("合计"), C("1"), num("{{ info.procurement }}")]),
        R([label("货物"), C("2"), num("{{ info.goods }}")]),
        R([label("工程"), C("3"), num("{{ info.works }}")]),
        R([label("服务"), C("4"), num("{{ info.services }}")]),
        R([label("二、机关运行经费", 3)]),
        R([hc("项目"), hc(""), hc("统计数")]),
        R([label("（一）行政单位"), C("5"), num("{{ info.op_admin }}")]),
        R([label("（二）参照公务员法管理事业单位"), C("6"), num("{{ info.op_civil }}")]),
        R([label("三、国有资产占用情况", 3)]),
        R([label("（一）车辆数合计（辆）"), C("7"), num("{{ info.vehicles }}")]),
    ] + vehicle_rows + [
        R([label("（二）单价100万元（含）以上设备（不含车辆）"), C("17"), num("{{ info.big_equipment }}")]),
    ])
    b.p("注：本表反映部门本年度政府采购、机关运行经费和国有资产占用情况。", "表注")

    # ── 第三部分 情况说明、第四部分 名词解释（竖版正文）──
    b.section(landscape=False)
    b.p("第三部分 情况说明", "Heading 1")
    b.p("一、收入支出决算总体情况说明", "Heading 2")
    b.p("{{ dept.year }}年度收入总计{{ n.overall_in.current }}万元，支出总计{{ n.overall_out.current }}万元。"
        "{% if n.overall_in.known %}与上年相比，收入总计{{ n.overall_in.text }}，支出总计{{ n.overall_out.text }}。{% endif %}"
        "{% if n.overall_reason %}主要原因是{{ n.overall_reason }}。{% endif %}")
    b.p("二、收入决算情况说明", "Heading 2")
    b.p("{{ dept.year }}年度收入合计{{ n.income_total }}万元，其中：")
    b.control("{%p for i in n.income_nonzero %}")
    b.p("{{ i.name }}{{ i.amount }}万元，占比{{ i.share }}{{ i.end }}")
    b.control("{%p endfor %}")
    b.p("三、支出决算情况说明", "Heading 2")
    b.p("{{ dept.year }}年度支出合计{{ n.expense_total }}万元，其中：")
    b.control("{%p for i in n.expense_nonzero %}")
    b.p("{{ i.name }}{{ i.amount }}万元，占比{{ i.share }}{{ i.end }}")
    b.control("{%p endfor %}")
    b.p("四、财政拨款收支决算总体情况说明", "Heading 2")
    b.p("{{ dept.year }}年度财政拨款收入总计{{ n.fiscal_in.current }}万元，支出总计{{ n.fiscal_out.current }}万元。"
        "{% if n.fiscal_in.known %}与上年相比，财政拨款收入总计{{ n.fiscal_in.text }}；财政拨款支出总计{{ n.fiscal_out.text }}。{% endif %}"
        "{% if n.fiscal_reason %}主要原因是{{ n.fiscal_reason }}。{% endif %}")
    b.p("五、一般公共预算财政拨款支出决算情况说明", "Heading 2")
    b.p("（一）一般公共预算财政拨款支出决算总体情况", "Heading 3")
    b.p("{{ dept.year }}年一般公共预算财政拨款决算支出{{ n.gpb_total }}万元，占本年支出合计的{{ n.gpb_share }}。"
        "{% if n.gpb_change.known %}与上年相比，一般公共预算财政拨款支出{{ n.gpb_change.text }}。{% endif %}"
        "{% if n.gpb_reason %}主要原因是{{ n.gpb_reason }}。{% endif %}")
    b.p("（二）一般公共预算财政拨款支出决算结构情况", "Heading 3")
    b.p("{{ dept.year }}年度一般公共预算财政拨款支出{{ n.gpb_total }}万元，主要用于以下方面：")
    b.control("{%p for c in n.gpb_classes %}")
    b.p("{{ c.name }}(类){{ c.amount }}万元，占比{{ c.share }}{{ c.end }}")
    b.control("{%p endfor %}")
    b.p("（三）一般公共预算财政拨款支出决算具体情况", "Heading 3")
    b.p("{{ dept.year }}年度一般公共预算财政拨款支出年初预算{{ n.gpb_budget.budget }}万元，支出决算{{ n.gpb_budget.actual }}万元，"
        "{% if n.gpb_budget.has_rate %}完成年初预算的{{ n.gpb_budget.rate }}{% else %}年初未安排预算{% endif %}。其中：")
    b.control("{%p for c in n.gpb_details %}")
    b.p("{{ c.name }}{% if c.budget.budget_zero %}年初未安排预算，支出决算{{ c.actual }}万元{% else %}年初预算{{ c.budget.budget }}万元，"
        "支出决算{{ c.actual }}万元，完成年初预算的{{ c.budget.rate }}{% endif %}{% if c.use %}，用于{{ c.use }}{% endif %}。"
        "{% if c.change.known %}{% if c.change.flat %}与上年决算持平{% else %}较上年决算{{ c.change.text }}"
        "{% if c.change.prior_zero %}（上年无此项支出）{% endif %}{% endif %}{% if c.reason %}，主要原因是{{ c.reason }}{% endif %}。{% endif %}"
        "{% if c.budget_reason %}决算数与年初预算数存在差异的主要原因是{{ c.budget_reason }}。{% endif %}")
    b.control("{%p endfor %}")
    b.p("六、一般公共预算财政拨款基本支出决算情况说明", "Heading 2")
    b.p("{{ dept.year }}年度财政拨款基本支出{{ n.basic_total }}万元，其中：")
    b.p("人员经费{{ n.personnel.amount }}万元{% if n.personnel_items %}，主要包括{% for i in n.personnel_items %}"
        "{{ i.name }}{{ i.amount }}万元{{ i.end }}{% endfor %}{% endif %}；")
    b.p("公用经费{{ n.public.amount }}万元{% if n.public_items %}，主要包括{% for i in n.public_items %}"
        "{{ i.name }}{{ i.amount }}万元{{ i.end }}{% endfor %}{% endif %}。")
    b.p("七、政府性基金预算财政拨款收支决算情况说明", "Heading 2")
    b.p("{% if n.gov_fund_empty %}本年度无此项收支。{% else %}{{ dept.year }}年度政府性基金预算财政拨款年初结转和结余"
        "{{ n.gov_fund.opening }}万元，本年收入{{ n.gov_fund.income }}万元，本年支出{{ n.gov_fund.total }}万元，"
        "年末结转和结余{{ n.gov_fund.closing }}万元。{% endif %}")
    b.p("八、国有资本经营预算财政拨款支出决算情况说明", "Heading 2")
    b.p("{% if n.soe_empty %}本年度无此项支出。{% else %}{{ dept.year }}年度国有资本经营预算财政拨款支出{{ n.soe.total }}万元，"
        "其中基本支出{{ n.soe.basic }}万元，项目支出{{ n.soe.project }}万元。{% endif %}")
    b.p("九、财政拨款“三公”经费支出决算情况说明", "Heading 2")
    b.p("（一）“三公”经费财政拨款支出决算总体情况说明", "Heading 3")
    b.p("{{ dept.year }}年度“三公”经费财政拨款支出全年预算{{ n.three.budget }}万元，支出决算{{ n.three.actual }}万元"
        "{% if n.three.has_budget %}，完成全年预算的{{ n.three.completion.rate }}{% endif %}"
        "{% if n.three.change.known %}，{% if n.three.change.flat %}与上年持平{% else %}比上年度{{ n.three.change.text }}{% endif %}{% endif %}"
        "{% if n.three.reason %}，主要原因是：{{ n.three.reason }}{% endif %}。其中：")
    b.control("{%p for it in n.three_items %}")
    b.p("{{ it.name }}支出{{ it.actual }}万元{% if it.has_budget %}，完成全年预算的{{ it.completion.rate }}"
        "{% elif it.unbudgeted %}，全年未安排预算{% endif %}{% if it.change.known %}，{% if it.change.flat %}与上年相同"
        "{% else %}比上年度{{ it.change.text }}{% endif %}{% endif %}{% if it.reason %}，主要原因是：{{ it.reason }}{% endif %}{{ it.end }}")
    b.control("{%p endfor %}")
    b.p("（二）“三公”经费财政拨款支出决算具体情况说明", "Heading 3")
    b.p("1、因公出国（境）费支出{{ n.three_by_key.abroad.actual }}万元，出国团组共{{ n.three_by_key.abroad.groups }}个，"
        "{{ n.three_by_key.abroad.people }}人次。{% if n.three_by_key.abroad.use %}主要用于：{{ n.three_by_key.abroad.use }}。{% endif %}")
    b.p("2、公务用车购置支出{{ n.three_by_key.car_buy.actual }}万元，使用财政拨款共购置公务用车{{ n.three_by_key.car_buy.bought }}辆"
        "{% if n.three_by_key.car_buy.use %}，主要用于：{{ n.three_by_key.car_buy.use }}{% endif %}。")
    b.p("3、公务用车运行维护费支出{{ n.three_by_key.car_run.actual }}万元，使用财政拨款负担的公务用车保有量共"
        "{{ n.three_by_key.car_run.held }}辆{% if n.three_by_key.car_run.use %}，主要用于：{{ n.three_by_key.car_run.use }}{% endif %}。")
    b.p("4、公务接待费支出{{ n.three_by_key.reception.actual }}万元，共接待{{ n.reception.batches }}批次，{{ n.reception.people }}人次。"
        "国内接待费{{ n.reception.home.amount }}万元，共接待{{ n.reception.home.batches }}批次，{{ n.reception.home.people }}人次，"
        "其中外事接待费{{ n.reception.foreign.amount }}万元，共接待{{ n.reception.foreign.batches }}批次，{{ n.reception.foreign.people }}人次"
        "{% if n.reception.home.use %}，主要是{{ n.reception.home.use }}{% endif %}；国（境）外接待费{{ n.reception.abroad.amount }}万元，"
        "共接待国（境）外{{ n.reception.abroad.batches }}批次，{{ n.reception.abroad.people }}人次"
        "{% if n.reception.abroad.use %}，主要是{{ n.reception.abroad.use }}{% endif %}。")
    b.p("十、其他重要事项情况说明", "Heading 2")
    b.p("（一）机关运行经费支出情况说明", "Heading 3")
    b.p("{{ dept.year }}年机关运行经费支出{{ n.operating_amount }}万元{% if n.operating.known %}，{% if n.operating.flat %}"
        "与{{ dept.prior_year }}年持平{% else %}比{{ dept.prior_year }}年{{ n.operating.text }}{% endif %}{% endif %}"
        "{% if n.operating_reason %}，主要原因是{{ n.operating_reason }}{% endif %}。")
    b.p("（二）政府采购情况说明", "Heading 3")
    b.p("{% if n.procurement_zero %}{{ dept.year }}年度本部门（单位）无政府采购支出。{% else %}{{ dept.year }}年度政府采购支出总额"
        "{{ n.procurement_total }}万元，其中：政府采购货物支出{{ n.procurement.goods.amount }}万元、政府采购工程支出"
        "{{ n.procurement.works.amount }}万元、政府采购服务支出{{ n.procurement.services.amount }}万元。政府采购授予中小企业合同金额"
        "{{ n.sme.amount }}万元，占政府采购支出总额的{{ n.sme.share }}。其中：授予小微企业合同金额{{ n.small.amount }}万元，"
        "占政府采购支出总额的{{ n.small.share }}。{% endif %}")
    b.p("（三）国有资产占用情况说明", "Heading 3")
    b.p("截至{{ dept.year }}年12月31日，本部门（单位）共有车辆{{ n.vehicles_total }}辆。其中：{% for v in n.vehicles_nonzero %}"
        "{{ v.name }}{{ v.count }}辆，{% endfor %}其他用车{{ n.other_cars }}辆{% if n.other_cars_note %}，其他用车主要是"
        "{{ n.other_cars_note }}{% endif %}；单价100万元（含）以上设备（不含车辆）{{ n.big_equipment }}台（套）。")
    b.p("（四）预算绩效情况说明", "Heading 3")
    b.p("1、预算绩效管理工作的开展情况")
    b.p("{% if n.performance.has_sheets %}{{ dept.year }}年二级项目绩效自评个数{{ n.performance.count }}个，全年预算数"
        "{{ n.performance.budget }}万元，全年执行数{{ n.performance.spent }}万元：{% for g in n.performance.grades %}"
        "{{ g.count }}个项目自评等级为“{{ g.grade }}”{{ g.end }}{% endfor %}。{% if n.performance.has_weak %}"
        "{% if n.performance.measures %}对于自评结果为“中”和“差”的项目，采取的改进管理措施为：{{ n.performance.measures }}。"
        "{% endif %}{% endif %}{% else %}本年度未开展项目支出绩效自评。{% endif %}")
    b.p("2、其他需要说明的事项")
    b.p("{% if n.other_matters %}{{ n.other_matters }}。{% else %}本单位无其他需要说明的事项。{% endif %}")

    # 第四部分 名词解释（模板原文，可由文员在 Word 中修改）
    b.p("第四部分 名词解释", "Heading 1", page_break_before=True)
    kit.paragraphs(b, GLOSSARY)
    b.p("第五部分 附件", "Heading 1")

    # ── 附件：项目支出绩效自评表（横版）──
    annex = b.section(landscape=True)
    annex.top_margin = annex.bottom_margin = Cm(1.5)
    b.control("{%p for s in sheets %}")
    b.p("{{ s.title }}", "自评表标题")
    b.p("（{{ dept.year }}年度）", "自评表标题")
    sheet_table(b)
    for text in SHEET_NOTES:
        b.p(text, "自评表备注")
    b.control("{%p if not s.last %}")
    ooxml.page_break_paragraph(b.p("", "模板控制"))
    b.control("{%p endif %}")
    b.control("{%p endfor %}")
    return doc


def sheet_table(b: Builder):
    S = "自评表文字"

    def c(text="", span=1, vmerge=None, align="center"):
        return C(text, span=span, vmerge=vmerge, align=align, style=S)

    def h(text="", span=1, vmerge=None):
        return C(text, span=span, vmerge=vmerge, style=S, bold=True)

    fund_cells = lambda f: [c(f"{{{{ {f}.source }}}}", align="left"), c(f"{{{{ {f}.declared }}}}"),
                            c(f"{{{{ {f}.compiled }}}}"), c(f"{{{{ {f}.budget }}}}"), c(f"{{{{ {f}.spent }}}}"),
                            c(f"{{{{ {f}.balance }}}}"), c(f"{{{{ {f}.rate }}}}"), c(f"{{{{ {f}.score }}}}"),
                            c(f"{{{{ {f}.reason }}}}", align="left")]
    text = lambda tag: c(tag, span=7, align="both")
    b.table(cm_list(1.2, 1.6, 2.4, 3.6, 2.2, 2.4, 2.4, 2.2, 1.3, 1.3, 5.1), [
        R([h("项目名称", 2), c("{{ s.name }}", 9, align="left")]),
        R([h("主管部门及代码", 2), c("{{ dept.dept_label }}", 4, align="left"), h("预算单位"),
           c("{{ dept.unit_label }}", 4, align="left")]),
        R([h("项目资金预算安排及执行进度（万元）", 2, "restart"), h("", 1, "restart"), h("年初预算数", 2),
           h("全年预算数", 1, "restart"), h("全年执行数", 1, "restart"), h("资金结（转）余", 1, "restart"),
           h("执行率（%）", 1, "restart"), h("得分", 1, "restart"), h("偏差原因", 1, "restart")]),
        R([h("", 2, "continue"), h("", 1, "continue"), h("目标申报数"), h("预算编制数")] +
          [h("", 1, "continue") for _ in range(6)]),
        R([h("", 2, "continue")] + fund_cells("s.total_fund")),
        R([C("{%tr for f in s.funds %}", span=11)], cant_split=False),
        R([h("", 2, "continue")] + fund_cells("f")),
        R([C("{%tr endfor %}", span=11)], cant_split=False),
        R([h("项目年度绩效目标", 2, "restart"), h("年度目标", 4), h("实际完成情况", 5)]),
        R([h("", 2, "continue"), c("{{ s.goal }}", 4, align="both"), c("{{ s.achieved }}", 5, align="both")], cant_split=False),
        R([h("绩效指标", 1, "restart"), h("一级指标"), h("二级指标"), h("三级指标"), h("年初指标值"), h("调整后指标值"),
           h("实际完成值"), h("完成值情况说明"), h("分值"), h("得分"), h("偏差原因分析及改进措施")], header=False),
        R([C("{%tr for i in s.indicators %}", span=11)], cant_split=False),
        R([h("", 1, "continue"), c("{{ i.l1 }}"), c("{{ i.l2 }}"), c("{{ i.l3 }}", align="left"), c("{{ i.initial }}"),
           c("{{ i.adjusted }}"), c("{{ i.actual }}"), c("{{ i.note }}", align="left"), c("{{ i.weight }}"),
           c("{{ i.score }}"), c("{{ i.reason }}", align="left")]),
        R([C("{%tr endfor %}", span=11)], cant_split=False),
        R([h("总  分", 8), c("{{ s.total }}", 2), c("{{ s.grade }}")]),
        R([h("项目绩效分析", 1, "restart"), h("自评结果分析", 1, "restart"), h("项目实施和预算执行情况及分析", 2),
           text("{{ s.analysis.budget }}")], cant_split=False),
        R([h("", 1, "continue"), h("", 1, "continue"), h("产出情况及分析", 2), text("{{ s.analysis.output }}")], cant_split=False),
        R([h("", 1, "continue"), h("", 1, "continue"), h("效益情况及分析", 2), text("{{ s.analysis.effect }}")], cant_split=False),
        R([h("", 1, "continue"), h("", 1, "continue"), h("满意度情况及分析", 2), text("{{ s.analysis.satisfaction }}")],
          cant_split=False),
        R([h("", 1, "continue"), h("主要经验做法", 3), text("{{ s.analysis.experience }}")], cant_split=False),
        R([h("", 1, "continue"), h("项目管理中存在的问题及原因分析", 3), text("{{ s.analysis.problems }}")], cant_split=False),
        R([h("", 1, "continue"), h("下一步改进措施及管理建议", 3), text("{{ s.analysis.measures }}")], cant_split=False),
    ], cell_style=S)


GLOSSARY = [
    "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
    "二、事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。",
    "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "四、其他收入：指单位取得的除上述收入以外的各项收入。主要是事业单位固定资产出租收入、存款利息收入等。",
    "五、使用非财政拨款结余（含专用结余）：指单位按照预算管理要求使用非财政拨款结余弥补收支差额的金额，以及使用专用结余安排支出的金额。",
    "六、年初结转和结余：指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。",
    "七、结余分配：指事业单位按照会计制度规定缴纳的所得税、提取的专用结余以及转入非财政拨款结余的金额等。",
    "八、年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金，或项目已完成等产生的结余资金。",
    "九、基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用经费支出。",
    "十、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。",
    "十一、“三公”经费：指各级部门、单位用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费支出。"
    "其中，因公出国（境）费反映单位公务出国（境）的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；"
    "公务用车购置费反映公务用车车辆购置支出（含车辆购置税、牌照费）；公务用车运行维护费反映单位按规定保留的公务用车燃料费、"
    "维修费、过路过桥费、保险费、安全奖励费用等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）费用。",
    "十二、机关运行经费：指行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出。",
    "一般公共服务支出：指反映政府提供一般公共服务的支出；教育支出：指反映政府教育事务支出；社会保障和就业支出："
    "指反映政府在社会保障与就业方面的支出；卫生健康支出：指反映政府卫生健康方面的支出；农林水支出：指反映政府农林水事务支出；"
    "住房保障支出：指集中反映政府用于住房方面的支出。",
]

SHEET_NOTES = [
    "备注：1.“年初预算数”项下的“目标申报数”和“预算编制数”为并列关系，其中“目标申报数”的数据来源于项目目标申报表中的"
    "项目资金总额表中的年度资金，“预算编制数”数据来源于项目预算支出明细表。",
    "2.“全年预算数”的取数规则，如果年初预算未调整，取预算编制数；如果有调整，取调整后的预算数。",
    "3.“全年执行数”是指预算执行指标确认数。",
    "4.“执行率”是执行数与“全年预算数”相比数。",
]


if __name__ == "__main__":
    save(build(), OUT, "山西省2024年度单位决算公开模板")
