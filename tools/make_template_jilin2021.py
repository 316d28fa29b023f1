"""Authoring tool: writes templates/吉林-2021-部门决算/模板.docx, the first version of that template.

The layout and wording follow seed 000 (延边州网络安全应急指挥保障中心 2021年度部门决算, 吉林):
9 tables with “三公”经费 as 公开07, 公开05 with 人员经费/公用经费, a short class list in 公开01/04,
情况说明 一–十一 with one-decimal percentages, and unscored project sheets.  After it is written,
the .docx is the template: edit it in Word or WPS.

    python tools/make_template_jilin2021.py
"""
from __future__ import annotations

import templatekit as kit
from templatekit import C, ROOT, Builder, R, cm_list, hc, save

OUT = ROOT / "templates" / "吉林-2021-部门决算" / "模板.docx"
CODE = "功能分类科目编码"


def table_head(b: Builder, heading: str, number: str, landscape: bool, page_break: bool = True):
    """吉林: the heading “一、收入支出决算总表” is the 目录 entry; 公开NN表 and the unit line follow."""
    b.p(heading, "Heading 2", page_break_before=page_break)
    b.p(number, "表号")
    b.unit_line(kit.LANDSCAPE_W if landscape else kit.TABLE_PORTRAIT_W)


def build():
    b = Builder()
    kit.cover(b, ["{{ dept.year }}年度", "{{ dept.name }}", "部门决算"], after=6)
    kit.toc(b)

    # ── 第一部分 部门概况 ──
    kit.body_section(b)
    b.p("第一部分 部门概况", "Heading 1")
    b.p("一、部门职责", "Heading 2")
    b.control("{%p for d in overview.duties %}")
    b.p("{{ d.text }}{{ d.end }}")
    b.control("{%p endfor %}")
    b.p("二、机构设置及部门决算单位构成", "Heading 2")
    b.control("{%p for o in overview.office_list %}")
    b.p("{{ o.no }} {{ o.name }}{% if o.duty %}：{{ o.duty }}{% endif %}。")
    b.control("{%p endfor %}")
    b.p("纳入{{ dept.name }}{{ dept.year }}年度部门决算编制范围的单位包括：")
    b.control("{%p for u in overview.units %}")
    b.p("{{ u.no }} {{ u.name }}")
    b.control("{%p endfor %}")

    # ── 第二部分 决算表 ──
    b.section(landscape=False, tables=True)
    b.p("第二部分 {{ dept.year }}年度部门决算表", "Heading 1")
    table_head(b, "一、收入支出决算总表", "公开01表", landscape=False, page_break=False)
    kit.summary_table(b, amount="决算数")
    b.p("注：本表反映部门本年度的总收支和年末结转结余情况。", "表注")

    b.section(landscape=True)
    table_head(b, "二、收入决算表", "公开02表", landscape=True, page_break=False)
    first, second = kit.flat_header(["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
    kit.item_table(b, "income", (2.2, 7.2, 2.6, 2.6, 2.1, 2.1, 2.1, 2.7, 2.1), first, second,
                   ["total", "fiscal", "upper", "business", "operating", "affiliated", "other"], CODE)
    b.p("注：本表反映部门本年度取得的各项收入情况。", "表注")

    table_head(b, "三、支出决算表", "公开03表", landscape=True)
    first, second = kit.flat_header(["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"])
    kit.item_table(b, "expense", (2.2, 7.2, 2.7, 2.7, 2.7, 2.7, 2.7, 2.8), first, second,
                   ["total", "basic", "project", "upper", "operating", "affiliated"], CODE)
    b.p("注：本表反映部门本年度各项支出情况。", "表注")

    table_head(b, "四、财政拨款收入支出决算总表", "公开04表", landscape=True)
    kit.fiscal_table(b)
    b.p("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。", "表注")

    table_head(b, "五、一般公共预算财政拨款支出决算表", "公开05表", landscape=True)
    kit.item_table(b, "gpb", (2.2, 8.3, 3.0, 3.0, 3.0, 3.0, 3.2),
                   [hc("本年支出合计", vmerge="restart"), hc("基本支出", 3), hc("项目支出", vmerge="restart")],
                   [hc("", vmerge="continue"), hc("合计"), hc("人员经费"), hc("公用经费"), hc("", vmerge="continue")],
                   ["total", "basic", "personnel", "public", "project"], CODE)
    b.p("注：本表反映部门本年度一般公共预算财政拨款支出情况。", "表注")

    table_head(b, "六、一般公共预算财政拨款基本支出决算表", "公开06表", landscape=True)
    kit.basic_table(b, groups=3, group_widths=(1.4, 5.6, 1.55), code_label="经济分类科目编码")
    b.p("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", "表注")

    table_head(b, "七、一般公共预算财政拨款“三公”经费支出决算表", "公开07表", landscape=True)
    kit.three_table(b, car="公务用车购置及运行费", run="公务用车运行费")
    b.p("注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
        "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", "表注")

    table_head(b, "八、政府性基金预算财政拨款收入支出决算表", "公开08表", landscape=True)
    kit.gov_fund_table(b, code_label=CODE)
    b.p("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", "表注")

    table_head(b, "九、国有资本经营预算财政拨款支出决算表", "公开09表", landscape=True)
    kit.soe_table(b, code_label=CODE, widths=(2.2, 11.5, 4.0, 4.0, 4.0))
    b.p("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", "表注")

    # ── 第三部分 情况说明 ──
    b.section(landscape=False)
    b.p("第三部分 {{ dept.year }}年度部门决算情况说明", "Heading 1")
    b.p("一、收入支出决算总体情况说明", "Heading 2")
    b.p("{{ dept.year }}年度收、支总计各{{ n.overall_in.current }}万元。{% if n.overall_in.known %}与{{ dept.prior_year }}年相比，"
        "{% if n.overall_in.flat %}收、支总计持平{% else %}收、支总计各{{ n.overall_in.text }}{% endif %}。{% endif %}"
        "{% if n.overall_reason %}主要原因：{{ n.overall_reason }}。{% endif %}")
    b.p("二、收入决算情况说明", "Heading 2")
    kit.shares_paragraph(b, "本年收入合计", "n.income_total", "n.income_parts")
    b.p("三、支出决算情况说明", "Heading 2")
    b.p("本年支出合计{{ n.expense_total }}万元，其中：{% for i in n.expense_parts %}{{ i.name }}{{ i.amount }}万元"
        "{% if i.has_share %}，占{{ i.share }}{% endif %}{{ i.end }}{% endfor %}{% if n.has_expense_basic_split %}基本支出中，"
        "{% for i in n.expense_basic_split %}{{ i.name }}{{ i.amount }}万元{% if i.has_share %}，占{{ i.share }}{% endif %}{{ i.end }}"
        "{% endfor %}{% endif %}")
    b.p("四、财政拨款收入支出决算总体情况说明", "Heading 2")
    b.p("{{ dept.year }}年度财政拨款收、支总计各{{ n.fiscal_in.current }}万元{% if n.fiscal_in.known %}，与{{ dept.prior_year }}年相比，"
        "{% if n.fiscal_in.flat %}财政拨款收、支总计持平{% else %}财政拨款收、支总计各{{ n.fiscal_in.text }}{% endif %}{% endif %}。"
        "{% if n.fiscal_reason %}主要原因：{{ n.fiscal_reason }}。{% endif %}")
    b.p("五、一般公共预算财政拨款支出决算情况说明", "Heading 2")
    b.p("（一）财政拨款支出决算总体情况", "Heading 3")
    b.p("{{ dept.year }}年度财政拨款支出{{ n.gpb_total }}万元，占本年支出合计的{{ n.gpb_share }}。{% if n.gpb_change.known %}"
        "与{{ dept.prior_year }}年相比，{% if n.gpb_change.flat %}财政拨款支出持平{% else %}财政拨款支出{{ n.gpb_change.text }}{% endif %}。"
        "{% endif %}{% if n.gpb_reason %}主要原因：{{ n.gpb_reason }}。{% endif %}")
    b.p("（二）财政拨款支出决算结构情况", "Heading 3")
    b.p("{{ dept.year }}年度财政拨款支出{{ n.gpb_total }}万元，主要用于以下方面：{% for c in n.gpb_classes %}{{ c.name }}"
        "{{ c.amount }}万元，占{{ c.share }}{{ c.end }}{% endfor %}")
    b.p("（三）财政拨款支出决算具体情况", "Heading 3")
    b.p("{{ dept.year }}年度财政拨款支出年初预算为{{ n.gpb_budget.budget }}万元，支出决算为{{ n.gpb_budget.actual }}万元，"
        "{% if n.gpb_budget.has_rate %}完成年初预算的{{ n.gpb_budget.rate }}{% else %}年初未安排预算{% endif %}。其中：")
    b.control("{%p for g in n.gpb_item_groups %}")
    b.p("{{ g.no }}{{ g.name }}。")
    b.control("{%p for i in g.entries %}")
    b.p("{{ i.no }}{{ i.path }}{% if i.budget.budget_zero %}年初未安排预算，支出决算为{{ i.actual }}万元{% else %}年初预算为"
        "{{ i.budget.budget }}万元，支出决算为{{ i.actual }}万元，完成年初预算的{{ i.budget.rate }}{% endif %}。"
        "{% if i.budget_reason %}{% if i.over_budget %}决算数大于预算数{% elif i.under_budget %}决算数小于预算数{% else %}"
        "决算数与预算数一致{% endif %}的主要原因是{{ i.budget_reason }}。{% endif %}")
    b.control("{%p endfor %}")
    b.control("{%p endfor %}")
    b.p("六、一般公共预算财政拨款基本支出决算情况说明", "Heading 2")
    b.p("{{ dept.year }}年度财政拨款基本支出{{ n.basic_total }}万元，其中：人员经费{{ n.personnel.amount }}万元"
        "{% if n.personnel_items %}，主要包括：{% for i in n.personnel_items %}{{ i.name }}{{ i.amount }}万元{{ i.end }}{% endfor %}"
        "{% endif %}。")
    b.p("公用经费{{ n.public.amount }}万元{% if n.public_items %}，主要包括：{% for i in n.public_items %}{{ i.name }}"
        "{{ i.amount }}万元{{ i.end }}{% endfor %}{% endif %}。")
    b.p("七、一般公共预算财政拨款“三公”经费支出决算情况说明", "Heading 2")
    b.p("（一）“三公”经费财政拨款支出决算总体情况说明", "Heading 3")
    b.p("{{ dept.year }}年度“三公”经费财政拨款支出预算为{{ n.three.budget }}万元，支出决算为{{ n.three.actual }}万元"
        "{% if n.three.has_budget %}，完成预算的{{ n.three.completion.rate }}{% elif n.three.unbudgeted %}，全年未安排预算{% endif %}。")
    b.p("（二）“三公”经费财政拨款支出决算具体情况说明", "Heading 3")
    b.p("{% if n.three.has_actual %}{{ dept.year }}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算为"
        "{{ n.three_by_key.abroad.actual }}万元，占{{ n.three_by_key.abroad.share }}；公务用车购置及运行费支出决算为"
        "{{ n.three_vehicle.actual }}万元，占{{ n.three_vehicle.share }}；公务接待费支出决算为{{ n.three_by_key.reception.actual }}"
        "万元，占{{ n.three_by_key.reception.share }}。具体情况如下：{% else %}{{ dept.year }}年度本部门无“三公”经费财政拨款支出。"
        "具体情况如下：{% endif %}")
    b.p("1. 因公出国（境）费预算为{{ n.three_by_key.abroad.budget }}万元，支出决算为{{ n.three_by_key.abroad.actual }}万元"
        "{% if n.three_by_key.abroad.has_budget %}，完成预算的{{ n.three_by_key.abroad.completion.rate }}{% elif n.three_by_key.abroad.unbudgeted %}"
        "，全年未安排预算{% endif %}，全年安排因公出国（境）团组{{ n.three_by_key.abroad.groups }}个，累计{{ n.three_by_key.abroad.people }}人次。")
    b.p("2. 公务用车购置及运行费预算{{ n.three_vehicle.budget }}万元，支出决算为{{ n.three_vehicle.actual }}万元"
        "{% if n.three_vehicle.has_budget %}，完成预算的{{ n.three_vehicle.completion.rate }}{% elif n.three_vehicle.unbudgeted %}"
        "，全年未安排预算{% endif %}，其中：")
    b.p("公务用车购置支出{{ n.three_by_key.car_buy.actual }}万元。")
    b.p("公务用车运行支出{{ n.three_by_key.car_run.actual }}万元{% if n.three_by_key.car_run.use %}，主要是"
        "{{ n.three_by_key.car_run.use }}{% endif %}。截至{{ dept.year }}年12月31日，开支财政拨款的公务用车保有量为"
        "{{ n.three_by_key.car_run.held }}辆。")
    b.p("3. 公务接待费预算为{{ n.three_by_key.reception.budget }}万元，支出决算为{{ n.three_by_key.reception.actual }}万元"
        "{% if n.three_by_key.reception.has_budget %}，完成预算的{{ n.three_by_key.reception.completion.rate }}"
        "{% elif n.three_by_key.reception.unbudgeted %}，全年未安排预算{% endif %}{% if n.three_by_key.reception.use %}，"
        "主要是{{ n.three_by_key.reception.use }}{% endif %}。其中：")
    b.p("外宾接待支出{{ n.reception.abroad.amount }}万元。全年共接待国（境）外来访团组数{{ n.reception.abroad.batches }}个、"
        "来访外宾{{ n.reception.abroad.people }}人次（不包括陪同人员）。")
    b.p("其他国内公务接待支出{{ n.reception.home.amount }}万元{% if n.reception.home.use %}。主要用于{{ n.reception.home.use }}"
        "{% endif %}。全年共接待国内来访团组{{ n.reception.home.batches }}个、来宾{{ n.reception.home.people }}人次（不包括陪同人员）。")
    b.p("八、政府性基金预算财政拨款收入支出决算情况说明", "Heading 2")
    b.p("{{ dept.year }}年度政府性基金预算财政拨款年初结转和结余{{ n.gov_fund.opening }}万元；本年收入{{ n.gov_fund.income }}万元；"
        "本年支出{{ n.gov_fund.total }}万元，年末结转和结余{{ n.gov_fund.closing }}万元。")
    b.control("{%p if n.gov_fund_empty %}")
    b.p("本部门不涉及。")
    b.control("{%p endif %}")
    b.p("九、国有资本经营预算财政拨款支出决算情况说明", "Heading 2")
    b.p("{% if n.soe_empty %}本部门不涉及。{% else %}{{ dept.year }}年度国有资本经营预算财政拨款支出{{ n.soe.total }}万元，"
        "其中基本支出{{ n.soe.basic }}万元，项目支出{{ n.soe.project }}万元。{% endif %}")
    b.p("十、关于{{ dept.year }}年度预算绩效管理情况的说明", "Heading 2")
    b.p("（一）绩效评价工作开展情况", "Heading 3")
    b.p("{% if n.performance.has_sheets %}组织对{{ dept.year }}年度部门预算{{ n.performance.sheets[0].name }}项目等"
        "{{ n.performance.count }}个二级项目进行了绩效自评，共涉及资金{{ n.performance.spent }}万元，绩效自评率为"
        "{{ n.performance.coverage }}。（绩效自评率=已开展绩效自评的项目个数/项目总个数）{% else %}本年度未开展项目支出绩效自评。{% endif %}")
    b.p("（二）绩效评价结果应用", "Heading 3")
    b.control("{%p for s in n.performance.sheets %}")
    b.p("{{ s.no }}{{ s.name }}项目绩效自评综述。根据年初设定的绩效目标，该项目全年预算数{{ s.budget }}万元，执行数{{ s.spent }}万元，"
        "执行率为{{ s.rate }}。{% if s.summary %}该项目绩效目标完成情况如下：{{ s.summary }}。{% endif %}"
        "{% if s.deviation %}偏差原因分析：{{ s.deviation }}。{% endif %}")
    b.control("{%p endfor %}")
    b.p("十一、其他重要事项的情况说明", "Heading 2")
    b.p("（一）机关运行经费支出情况", "Heading 3")
    b.p("{{ dept.year }}年度，机关运行经费支出{{ n.operating_amount }}万元{% if n.operating_budget.known %}，"
        "{% if n.operating_budget.flat %}与年初预算数持平{% else %}比年初预算数{{ n.operating_budget.text }}{% endif %}{% endif %}"
        "{% if n.operating_reason %}，主要原因是{{ n.operating_reason }}{% endif %}。")
    b.p("（二）政府采购支出情况", "Heading 3")
    b.p("{% if n.procurement_zero %}{{ dept.year }}年度，本部门无政府采购支出。{% else %}{{ dept.year }}年度，政府采购支出总额"
        "{{ n.procurement_total }}万元，其中：政府采购货物支出{{ n.procurement.goods.amount }}万元、政府采购工程支出"
        "{{ n.procurement.works.amount }}万元、政府采购服务支出{{ n.procurement.services.amount }}万元。授予中小企业合同金额"
        "{{ n.sme.amount }}万元，占政府采购支出总额的{{ n.sme.share }}，其中：授予小微企业合同金额{{ n.small.amount }}万元，"
        "占政府采购支出总额的{{ n.small.share }}。{% endif %}")
    b.p("（三）国有资产占用情况", "Heading 3")
    b.p("截至{{ dept.year }}年12月31日，{{ dept.name }}共有车辆{{ n.vehicles_total }}辆，其中，副部（省）级及以上领导用车"
        "{{ n.vehicle_counts['副部（省）级及以上领导用车'] }}辆、主要领导干部用车{{ n.vehicle_counts['主要负责人用车'] }}辆、"
        "机要通信用车{{ n.vehicle_counts['机要通信用车'] }}辆、应急保障用车{{ n.vehicle_counts['应急保障用车'] }}辆、"
        "执法执勤用车{{ n.vehicle_counts['执法执勤用车'] }}辆、特种专业技术用车{{ n.vehicle_counts['特种专业技术用车'] }}辆、"
        "离退休干部用车{{ n.vehicle_counts['离退休干部服务用车'] }}辆、其他用车{{ n.vehicle_counts['其他用车'] }}辆。"
        "单位价值50万元以上通用设备{{ n.general_equipment }}台（套）；单位价值100万元以上专用设备{{ n.big_equipment }}台（套）。")

    b.p("第四部分 名词解释", "Heading 1", page_break_before=True)
    kit.paragraphs(b, GLOSSARY)

    # ── 附件：项目支出绩效自评表（横版）──
    annex = b.section(landscape=True)
    annex.top_margin = annex.bottom_margin = kit.Cm(1.5)
    b.control("{%p for s in sheets %}")
    b.p("项目支出绩效自评表", "自评表标题")
    sheet_table(b)
    b.control("{%p if not s.last %}")
    kit.ooxml.page_break_paragraph(b.p("", "模板控制"))
    b.control("{%p endif %}")
    b.control("{%p endfor %}")
    return b.doc


def sheet_table(b: Builder):
    """吉林 layout: 资金情况 by 当年财政拨款 / 上年结转资金 / 其他资金, indicators without scores."""
    S = "自评表文字"

    def c(text="", span=1, vmerge=None, align="center"):
        return C(text, span=span, vmerge=vmerge, align=align, style=S)

    def h(text="", span=1, vmerge=None):
        return C(text, span=span, vmerge=vmerge, style=S, bold=True)

    def fund(f):
        return [c(f"{{{{ {f}.source }}}}"), c(f"{{{{ {f}.initial_wan }}}}"), c(f"{{{{ {f}.budget_wan }}}}"),
                c(f"{{{{ {f}.spent_wan }}}}"), c(f"{{{{ {f}.rate_pct }}}}", 2)]

    b.table(cm_list(2.4, 3.0, 4.2, 4.4, 3.6, 3.6, 4.5), [
        R([h("项目名称"), c("{{ s.name }}", 6, align="left")]),
        R([h("实施单位"), c("{{ s.unit }}", 6, align="left")]),
        R([h("资金情况（万元）", 1, "restart"), h("项目资金"), h("年初预算数"), h("全年预算数"), h("全年执行数"), h("执行率", 2)]),
        R([C("{%tr for f in s.funds %}", span=7)], cant_split=False),
        R([h("", 1, "continue")] + fund("f")),
        R([C("{%tr endfor %}", span=7)], cant_split=False),
        R([h("", 1, "continue"), c("年度资金总和"), c("{{ s.total_fund.initial_wan }}"), c("{{ s.total_fund.budget_wan }}"),
           c("{{ s.total_fund.spent_wan }}"), c("{{ s.total_fund.rate_pct }}", 2)]),
        R([h("年度总体目标", 1, "restart"), h("预期目标", 3), h("实际完成情况", 3)]),
        R([h("", 1, "continue"), c("{{ s.goal }}", 3, align="both"), c("{{ s.achieved }}", 3, align="both")], cant_split=False),
        R([h("绩效指标", 1, "restart"), h("一级指标"), h("二级指标"), h("三级指标"), h("年度指标值"), h("实际完成值"),
           h("偏差原因分析及改进措施")]),
        R([C("{%tr for i in s.indicators %}", span=7)], cant_split=False),
        R([h("", 1, "continue"), c("{{ i.l1 }}"), c("{{ i.l2 }}"), c("{{ i.l3 }}", align="left"), c("{{ i.target }}"),
           c("{{ i.actual }}"), c("{{ i.reason }}", align="left")]),
        R([C("{%tr endfor %}", span=7)], cant_split=False),
    ], cell_style=S)


GLOSSARY = [
    "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
    "二、上级补助收入：指从主管部门和上级单位取得的非财政补助收入。",
    "三、事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。",
    "四、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "五、附属单位上缴收入：指事业单位附属独立核算单位按照有关规定上缴的收入。",
    "六、其他收入：指除上述收入以外的各项收入。",
    "七、用事业基金弥补收支差额：指事业单位在当年的财政拨款收入、事业收入和其他收入不足以安排当年支出的情况下，使用以前年度积累的"
    "事业基金（事业单位当年收支相抵后按国家规定提取、用于弥补以后年度收支差额的基金）弥补本年度收支缺口的资金。",
    "八、年初结转和结余：指单位以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "九、结余分配：指事业单位按照会计制度规定缴纳的所得税以及从非财政补助结余提取的职工福利基金、事业基金等。",
    "十、年末结转和结余：指单位按有关规定结转到下年或以后年度继续使用的资金。",
    "十一、基本支出：指单位为保障其机构正常运转、完成日常工作任务而发生的人员支出和公用支出。",
    "十二、项目支出：指单位为完成特定行政任务和事业发展目标在基本支出之外所发生的支出。",
    "十三、经营支出：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动发生的支出。",
    "十四、上缴上级支出：指事业单位按照有关规定上缴上级单位的支出。",
    "十五、对附属单位补助支出：指事业单位用财政补助收入之外的收入对附属单位补助发生的支出。",
    "十六、“三公”经费：纳入本级财政预决算管理的“三公”经费，是指本级部门用财政拨款安排的因公出国（境）费、公务用车购置及运行费和"
    "公务接待费。是党政机关维持运转或完成特定工作任务所开支的相关支出，是政府行政开支的一部分。其中，因公出国（境）费反映公务出国（境）"
    "的国际旅费、国外城市间交通费、住宿费、伙食费、培训费、公杂费等支出；公务用车购置及运行费反映单位公务用车车辆购置支出（含车辆购置税）"
    "及燃料费、维修费、过桥过路费、保险费、安全奖励费等支出；公务接待费反映单位按规定开支的各类公务接待（含外宾接待）支出。",
    "十七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公及印刷费、邮电费、"
    "差旅费、会议费、福利费、日常维修费、专用材料及一般设备购置费、办公用房水电费、办公用房取暖费、办公用房物业管理费、公务用车运行"
    "维护费以及其他费用。",
]


if __name__ == "__main__":
    save(build(), OUT, "吉林省2021年度部门决算公开模板")
