"""Authoring tool: writes templates/湖南-2020-部门决算/模板.docx, the first version of that template.

The layout and wording follow seed 004 (株洲市石峰区委网信办 2020年度部门决算, 湖南): 9 tables with
“三公”经费 as 公开07, a 情况说明 of fifteen sections (机关运行经费、一般性支出、政府采购、国有资产 …),
名词解释, and 附件: the 部门整体支出绩效评价报告, 附件1 整体支出 and 附件2 项目支出 self-evaluation
sheets with the 优/良/中/差 rule printed.  After it is written, the .docx is the template.

    python tools/make_template_hunan2020.py
"""
from __future__ import annotations

import templatekit as kit
from templatekit import C, ROOT, Builder, R, cm_list, hc, save

OUT = ROOT / "templates" / "湖南-2020-部门决算" / "模板.docx"
CODE = "功能分类科目编码"


def table_head(b: Builder, title: str, toc: str, number: str, landscape: bool, page_break: bool = True):
    b.table_title(title, toc, number, landscape=landscape, page_break=page_break)


def build():
    b = Builder()
    kit.cover(b, ["{{ dept.year }}年度", "{{ dept.name }}", "部门决算"])
    kit.toc(b)

    # ── 第一部分 ──
    kit.body_section(b)
    b.p("第一部分 {{ dept.name }}单位概况", "Heading 1")
    b.p("一、部门职责", "Heading 2")
    b.control("{%p if overview.duties_note %}")
    b.p("{{ overview.duties_note }}")
    b.control("{%p endif %}")
    b.control("{%p for d in overview.duties %}")
    b.p("{{ d.cn_no }}{{ d.text }}。")
    b.control("{%p endfor %}")
    b.p("二、机构设置及决算单位构成", "Heading 2")
    b.p("（一）内设机构设置。{{ dept.short_name }}内设机构包括：{% if overview.has_offices %}我单位内设处室"
        "{{ overview.office_count }}个，内设处室是{{ overview.offices }}{% else %}本单位无内设机构{% endif %}。")
    b.p("（二）决算单位构成。{{ dept.short_name }}{{ dept.year }}年部门决算汇总公开单位构成包括：{{ overview.units_text }}"
        "{% if overview.single_unit %}，我单位没有其他二级决算单位{% endif %}。")

    # ── 第二部分 决算表 ──
    b.section(landscape=False, tables=True)
    b.p("第二部分 {{ dept.year }}年度部门决算表", "Heading 1")
    table_head(b, "收入支出决算总表", "一、收入支出决算总表", "公开01表", landscape=False, page_break=False)
    kit.summary_table(b, amount="决算数")
    b.p("注：1. 本表反映部门本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。", "表注")

    b.section(landscape=True)
    table_head(b, "收入决算表", "二、收入决算表", "公开02表", landscape=True, page_break=False)
    first, second = kit.flat_header(["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
    kit.item_table(b, "income", (2.2, 7.2, 2.6, 2.6, 2.1, 2.1, 2.1, 2.7, 2.1), first, second,
                   ["total", "fiscal", "upper", "business", "operating", "affiliated", "other"], CODE)
    b.p("注：本表反映部门本年度取得的各项收入情况。", "表注")

    table_head(b, "支出决算表", "三、支出决算表", "公开03表", landscape=True)
    first, second = kit.flat_header(["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"])
    kit.item_table(b, "expense", (2.2, 7.2, 2.7, 2.7, 2.7, 2.7, 2.7, 2.8), first, second,
                   ["total", "basic", "project", "upper", "operating", "affiliated"], CODE)
    b.p("注：本表反映部门本年度各项支出情况。", "表注")

    table_head(b, "财政拨款收入支出决算总表", "四、财政拨款收入支出决算总表", "公开04表", landscape=True)
    kit.fiscal_table(b)
    b.p("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。", "表注")

    table_head(b, "一般公共预算财政拨款支出决算表", "五、一般公共预算财政拨款支出决算表", "公开05表", landscape=True)
    kit.item_table(b, "gpb", (2.2, 11.5, 4.0, 4.0, 4.0), [hc("本年支出", 3)], [hc("小计"), hc("基本支出"), hc("项目支出")],
                   ["total", "basic", "project"], CODE)
    b.p("注：本表反映部门本年度一般公共预算财政拨款支出情况。", "表注")

    table_head(b, "一般公共预算财政拨款基本支出决算表", "六、一般公共预算财政拨款基本支出决算表", "公开06表", landscape=True)
    kit.basic_table(b, groups=3, group_widths=(1.4, 5.6, 1.55), code_label="经济分类科目编码")
    b.p("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", "表注")

    table_head(b, "一般公共预算财政拨款“三公”经费支出决算表", "七、一般公共预算财政拨款“三公”经费支出决算表", "公开07表",
               landscape=True)
    kit.three_table(b, car="公务用车购置及运行费", run="公务用车运行费")
    b.p("注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
        "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", "表注")
    kit.no_data_note(b, "three")

    table_head(b, "政府性基金预算财政拨款收入支出决算表", "八、政府性基金预算财政拨款收入支出决算表", "公开08表", landscape=True)
    kit.gov_fund_table(b, code_label=CODE)
    b.p("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", "表注")
    kit.no_data_note(b, "gov_fund")

    table_head(b, "国有资本经营预算财政拨款支出决算表", "九、国有资本经营预算财政拨款支出决算表", "公开09表", landscape=True)
    kit.soe_table(b, code_label=CODE, widths=(2.2, 11.5, 4.0, 4.0, 4.0))
    b.p("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", "表注")
    kit.no_data_note(b, "soe")

    # ── 第三部分 情况说明（十五项）──
    b.section(landscape=False)
    b.p("第三部分 {{ dept.year }}年度部门决算情况说明", "Heading 1")
    b.p("一、收入支出决算总体情况说明", "Heading 2")
    b.p("{{ dept.year }}年度收、支总计{{ n.overall_in.current }}万元。{% if n.overall_in.known %}与上年相比，"
        "{% if n.overall_in.flat %}持平{% else %}{{ n.overall_in.text }}{% endif %}{% if n.overall_reason %}，主要是因为"
        "{{ n.overall_reason }}{% endif %}。{% endif %}")
    b.p("二、收入决算情况说明", "Heading 2")
    kit.shares_paragraph(b, "本年收入合计", "n.income_total", "n.income_parts")
    b.p("三、支出决算情况说明", "Heading 2")
    kit.shares_paragraph(b, "本年支出合计", "n.expense_total", "n.expense_parts")
    b.p("四、财政拨款收入支出决算总体情况说明", "Heading 2")
    b.p("{{ dept.year }}年度财政拨款收、支总计{{ n.fiscal_in.current }}万元{% if n.fiscal_in.known %}，与上年相比，"
        "{% if n.fiscal_in.flat %}持平{% else %}{{ n.fiscal_in.text }}{% endif %}{% if n.fiscal_reason %}，主要是因为"
        "{{ n.fiscal_reason }}{% endif %}{% endif %}。")
    b.p("五、一般公共预算财政拨款支出决算情况说明", "Heading 2")
    b.p("（一）财政拨款支出决算总体情况", "Heading 3")
    b.p("{{ dept.year }}年度财政拨款支出{{ n.gpb_total }}万元，占本年支出合计的{{ n.gpb_share }}{% if n.gpb_change.known %}，"
        "与上年相比，财政拨款支出{% if n.gpb_change.flat %}持平{% else %}{{ n.gpb_change.text }}{% endif %}{% if n.gpb_reason %}，"
        "主要是因为{{ n.gpb_reason }}{% endif %}{% endif %}。")
    b.p("（二）财政拨款支出决算结构情况", "Heading 3")
    b.p("{{ dept.year }}年度财政拨款支出{{ n.gpb_total }}万元，主要用于以下方面：{% for c in n.gpb_classes %}{{ c.name }}"
        "（类）{{ c.amount }}万元，占{{ c.share }}{{ c.end }}{% endfor %}")
    b.p("（三）财政拨款支出决算具体情况", "Heading 3")
    b.p("{{ dept.year }}年度财政拨款支出年初预算数为{{ n.gpb_budget.budget }}万元，支出决算数为{{ n.gpb_budget.actual }}万元，"
        "{% if n.gpb_budget.has_rate %}完成年初预算的{{ n.gpb_budget.rate }}{% else %}年初未安排预算{% endif %}，其中：")
    b.control("{%p for i in n.gpb_items %}")
    b.p("{{ i.seq }}{{ i.path_levels }}。")
    b.p("{% if i.budget.budget_zero %}年初未安排预算，支出决算为{{ i.actual }}万元{% else %}年初预算为{{ i.budget.budget }}万元，"
        "支出决算为{{ i.actual }}万元，完成年初预算的{{ i.budget.rate }}{% endif %}{% if i.budget_reason %}，"
        "{% if i.over_budget %}决算数大于年初预算数{% elif i.under_budget %}决算数小于年初预算数{% else %}决算数与年初预算数一致{% endif %}"
        "的主要原因是：{{ i.budget_reason }}{% endif %}。")
    b.control("{%p endfor %}")
    b.p("六、一般公共预算财政拨款基本支出决算情况说明", "Heading 2")
    b.p("{{ dept.year }}年度财政拨款基本支出{{ n.basic_total }}万元，其中：人员经费{{ n.personnel.amount }}万元，"
        "占基本支出的{{ n.personnel.share }}{% if n.personnel_names %}，主要包括{{ n.personnel_names }}{% endif %}；"
        "公用经费{{ n.public.amount }}万元，占基本支出的{{ n.public.share }}{% if n.public_names %}，主要包括"
        "{{ n.public_names }}{% endif %}。")
    b.p("七、一般公共预算财政拨款三公经费支出决算情况说明", "Heading 2")
    b.p("（一）“三公”经费财政拨款支出决算总体情况说明", "Heading 3")
    three_line(b, "“三公”经费财政拨款支出", "n.three", end="，其中：")
    three_line(b, "因公出国（境）费支出", "n.three_by_key.abroad", reason=True)
    three_line(b, "公务接待费支出", "n.three_by_key.reception", reason=True)
    three_line(b, "公务用车购置费及运行维护费支出", "n.three_vehicle", reason_from="n.three_by_key.car_run")
    b.p("（二）“三公”经费财政拨款支出决算具体情况说明", "Heading 3")
    b.p("{% if n.three.has_actual %}{{ dept.year }}年度“三公”经费财政拨款支出决算中，公务接待费支出决算"
        "{{ n.three_by_key.reception.actual }}万元，占{{ n.three_by_key.reception.share }}，因公出国（境）费支出决算"
        "{{ n.three_by_key.abroad.actual }}万元，占{{ n.three_by_key.abroad.share }}，公务用车购置费及运行维护费支出决算"
        "{{ n.three_vehicle.actual }}万元，占{{ n.three_vehicle.share }}。其中：{% else %}{{ dept.year }}年度本单位无“三公”经费"
        "财政拨款支出。其中：{% endif %}")
    b.p("1、因公出国（境）费支出决算为{{ n.three_by_key.abroad.actual }}万元，全年安排因公出国（境）团组"
        "{{ n.three_by_key.abroad.groups }}个，累计{{ n.three_by_key.abroad.people }}人次。")
    b.p("2、公务接待费支出决算为{{ n.three_by_key.reception.actual }}万元，全年共接待来访团组{{ n.reception.batches }}个、"
        "来宾{{ n.reception.people }}人次。")
    b.p("3、公务用车购置费及运行维护费支出决算为{{ n.three_vehicle.actual }}万元，其中：公务用车购置费"
        "{{ n.three_by_key.car_buy.actual }}万元，公务用车运行维护费{{ n.three_by_key.car_run.actual }}万元，截止{{ dept.year }}年"
        "12月31日，我单位开支财政拨款的公务用车保有量为{{ n.three_by_key.car_run.held }}辆。")
    b.p("八、政府性基金预算收入支出决算情况", "Heading 2")
    b.p("{{ dept.year }}年度政府性基金预算财政拨款收入{{ n.gov_fund.income }}万元；年初结转和结余{{ n.gov_fund.opening }}万元；"
        "支出{{ n.gov_fund.total }}万元，其中基本支出{{ n.gov_fund.basic }}万元，项目支出{{ n.gov_fund.project }}万元；"
        "年末结转和结余{{ n.gov_fund.closing }}万元。{% if n.gov_fund_empty %}{{ dept.year }}年本单位无政府性基金收支。{% endif %}")
    b.p("九、国有资本经营预算支出决算情况", "Heading 2")
    b.p("{% if n.soe_empty %}{{ dept.year }}年度本单位没有使用国有资本经营预算安排的支出。{% else %}{{ dept.year }}年度国有资本"
        "经营预算财政拨款支出{{ n.soe.total }}万元，其中基本支出{{ n.soe.basic }}万元，项目支出{{ n.soe.project }}万元。{% endif %}")
    b.p("十、关于机关运行经费支出说明", "Heading 2")
    b.p("本部门{{ dept.year }}年度机关运行经费支出{{ n.operating_amount }}万元{% if n.operating.known %}，"
        "{% if n.operating.flat %}与上年决算数持平{% else %}比上年决算数{{ n.operating.text }}{% endif %}{% endif %}。"
        "{% if n.operating_reason %}主要原因是：{{ n.operating_reason }}。{% endif %}")
    b.p("十一、一般性支出情况", "Heading 2")
    b.p("{{ dept.year }}年本部门开支会议费{{ n.general.meetings }}万元；开支培训费{{ n.general.training }}万元；"
        "{% if n.general.festival_zero %}未举办节庆、晚会、论坛、赛事活动{% else %}举办节庆、晚会、论坛、赛事活动开支"
        "{{ n.general.festival }}万元{% endif %}。")
    b.p("十二、关于政府采购支出说明", "Heading 2")
    b.p("{% if n.procurement_zero %}本部门{{ dept.year }}年度无政府采购支出。{% else %}本部门{{ dept.year }}年度政府采购支出总额"
        "{{ n.procurement_total }}万元，其中：政府采购货物支出{{ n.procurement.goods.amount }}万元、政府采购工程支出"
        "{{ n.procurement.works.amount }}万元、政府采购服务支出{{ n.procurement.services.amount }}万元。授予中小企业合同金额"
        "{{ n.sme.amount }}万元，占政府采购支出总额的{{ n.sme.share }}，其中：授予小微企业合同金额{{ n.small.amount }}万元，"
        "占政府采购支出总额的{{ n.small.share }}。{% endif %}")
    b.p("十三、关于国有资产占用情况说明", "Heading 2")
    b.p("截至{{ dept.year }}年12月31日，本单位共有车辆{{ n.vehicles_total }}辆，其中，主要领导干部用车"
        "{{ n.vehicle_counts['主要负责人用车'] }}辆，机要通信用车{{ n.vehicle_counts['机要通信用车'] }}辆、应急保障用车"
        "{{ n.vehicle_counts['应急保障用车'] }}辆、执法执勤用车{{ n.vehicle_counts['执法执勤用车'] }}辆、特种专业技术用车"
        "{{ n.vehicle_counts['特种专业技术用车'] }}辆、其他用车{{ n.vehicle_counts['其他用车'] }}辆；单位价值50万元以上通用设备"
        "{{ n.general_equipment }}台（套）；单位价值100万元以上专用设备{{ n.big_equipment }}台（套）。")
    b.p("十四、重点项目预算的绩效评价结果等情况说明", "Heading 2")
    b.p("（一）本部门预算绩效管理开展情况", "Heading 3")
    b.p("{% if n.performance.has_sheets %}根据预算绩效管理要求，本单位组织对{{ dept.year }}年度{{ n.performance.count }}个项目支出"
        "开展了绩效自评，共涉及资金{{ n.performance.spent }}万元。{% else %}本年度未开展项目支出绩效自评。{% endif %}"
        "{% if n.performance.assessment %}{{ n.performance.assessment }}。{% endif %}")
    b.p("（二）绩效目标和绩效评价报告", "Heading 3")
    b.p("1、绩效目标")
    b.p("{{ n.performance.goal }}。")
    b.p("2、绩效评价报告")
    project_reports(b)
    b.p("十五、其他重要事项情况说明", "Heading 2")
    b.p("{% if n.other_matters %}{{ n.other_matters }}。{% else %}本单位无其他需要说明的事项。{% endif %}")

    b.p("第四部分 名词解释", "Heading 1", page_break_before=True)
    kit.paragraphs(b, GLOSSARY)

    # ── 第五部分 附件：整体支出绩效评价报告 ──
    b.p("第五部分 附件", "Heading 1", page_break_before=True)
    b.p("{{ dept.year }}年度部门整体支出绩效评价报告", "表标题")
    b.p("一、预算单位基本情况", "Heading 3")
    b.p("（一）基本情况")
    b.p("1. 主要职能。")
    b.control("{%p if overview.duties_note %}")
    b.p("{{ overview.duties_note }}")
    b.control("{%p endif %}")
    b.control("{%p for d in overview.duties %}")
    b.p("{{ d.cn_no }}{{ d.text }}。")
    b.control("{%p endfor %}")
    b.p("2. 机构情况，包括当年变动情况及原因。")
    b.p("{% if report.机构情况 %}{{ report.机构情况 }}。{% endif %}{% if overview.has_offices %}本单位内设机构"
        "{{ overview.office_count }}个：{{ overview.offices }}。{% else %}本单位无内设机构。{% endif %}")
    b.p("3. 人员情况，包括当年变动情况及原因。")
    b.p("{{ dept.year }}年{{ report.人员情况 }}。")
    b.p("二、预算收支情况", "Heading 3")
    b.p("{{ dept.year }}年收入{{ n.income_total }}万元，其中：财政拨款收入{{ n.fiscal_income }}万元，其他资金来源"
        "{{ n.other_income }}万元。")
    b.p("{{ dept.year }}年支出{{ n.expense_total }}万元，其中：基本支出{{ n.expense_by_name['基本支出'].amount }}万元，"
        "项目支出{{ n.expense_by_name['项目支出'].amount }}万元。")
    b.p("三、资金使用及绩效情况（包含单位管理的公共专项）", "Heading 3")
    b.p("（一）整体支出绩效情况")
    b.control("{%p for t in report.整体支出绩效情况 %}")
    b.p("{{ t }}")
    b.control("{%p endfor %}")
    b.p("（二）项目支出绩效情况")
    project_reports(b)
    b.p("四、绩效管理存在的问题及下一步改进措施", "Heading 3")
    b.p("{{ report.存在问题及改进措施 }}。")
    b.p("五、其他需要说明的情况", "Heading 3")
    b.p("{{ report.其他需要说明的情况 }}。")
    b.p("附件：1、{{ dept.year }}年部门整体支出绩效自评表")
    b.p("2、{{ dept.year }}年度项目支出绩效自评表")

    # ── 附件1、附件2（横版）──
    annex = b.section(landscape=True)
    annex.top_margin = annex.bottom_margin = kit.Cm(1.5)
    b.control("{%p if has_whole %}")
    b.p("附件1", "表号")
    b.p("{{ dept.year }}年度部门整体支出绩效自评表", "自评表标题")
    sheet_table(b, "whole", project=False)
    sheet_notes(b, "whole")
    kit.ooxml.page_break_paragraph(b.p("", "模板控制"))
    b.control("{%p endif %}")
    b.p("附件2", "表号")
    b.control("{%p for s in sheets %}")
    b.p("{{ dept.year }}年度项目支出绩效自评表", "自评表标题")
    sheet_table(b, "s", project=True)
    sheet_notes(b, "s")
    b.control("{%p if not s.last %}")
    kit.ooxml.page_break_paragraph(b.p("", "模板控制"))
    b.control("{%p endif %}")
    b.control("{%p endfor %}")
    return b.doc


def three_line(b: Builder, label: str, key: str, end: str = "。", reason: bool = False, reason_from: str | None = None):
    """“…支出预算为X万元，支出决算为Y万元，完成预算的P” with words for a zero budget, and its reason."""
    why = reason_from or key
    reason_part = (f"{{% if {why}.reason %}}，主要原因是{{{{ {why}.reason }}}}{{% endif %}}" if (reason or reason_from) else "")
    b.p(f"{label}预算为{{{{ {key}.budget }}}}万元，支出决算为{{{{ {key}.actual }}}}万元{{% if {key}.has_budget %}}，完成预算的"
        f"{{{{ {key}.completion.rate }}}}{{% elif {key}.unbudgeted %}}，全年未安排预算{{% endif %}}{reason_part}{end}")


def project_reports(b: Builder):
    b.control("{%p for s in n.performance.sheets %}")
    b.p("{{ s.no }}{{ s.name }}")
    b.p("项目支出{{ s.spent }}万元，{{ s.summary }}。")
    b.control("{%p endfor %}")


def sheet_table(b: Builder, key: str, project: bool):
    """湖南 layout: 9 columns; 资金 with 分值、执行率、得分(分值×执行率); indicators with 分值/得分; 总分 and 等级."""
    S = "自评表文字"

    def c(text="", span=1, vmerge=None, align="center"):
        return C(text, span=span, vmerge=vmerge, align=align, style=S)

    def h(text="", span=1, vmerge=None):
        return C(text, span=span, vmerge=vmerge, style=S, bold=True)

    rows = [R([h("部门名称"), c("{{ dept.short_name }}", 8, align="left")])]
    label = "年度资金总额"
    if project:
        rows += [
            R([h("项目支出名称", 1, "restart"), h("专项名称", 2), c(f"{{{{ {key}.special }}}}", 2), h("项目总投资（万元）", 2),
               c(f"{{{{ {key}.investment }}}}", 2)]),
            R([h("", 1, "continue"), h("支出方向名称（子项目）", 2), c(f"{{{{ {key}.sub }}}}", 2), h("其中：财政拨款", 2),
               c(f"{{{{ {key}.investment_fiscal }}}}", 2)]),
            R([c(f"项目总实施期：{{{{ {key}.period }}}}", 9, align="left")]),
        ]
    money = "年度项目资金（万元）" if project else "资金情况（万元）"
    rows += [
        R([h(money, 1, "restart"), h(label, 2), h("年初预算数"), h("全年预算数"), h("全年执行数"), h("分值"), h("执行率"),
           h("得分（分值×执行率）")]),
        R([h("", 1, "continue"), c("合计", 2), c(f"{{{{ {key}.total_fund.initial }}}}"), c(f"{{{{ {key}.total_fund.budget }}}}"),
           c(f"{{{{ {key}.total_fund.spent }}}}"), c(f"{{{{ {key}.total_fund.weight }}}}"), c(f"{{{{ {key}.total_fund.rate_pct }}}}"),
           c(f"{{{{ {key}.total_fund.score }}}}")]),
        R([C(f"{{%tr for f in {key}.funds %}}", span=9)], cant_split=False),
        R([h("", 1, "continue"), c("{{ f.lead }}{{ f.source }}", 2, align="left"), c("{{ f.initial }}"), c("{{ f.budget }}"),
           c(""), c(""), c(""), c("")]),
        R([C("{%tr endfor %}", span=9)], cant_split=False),
        R([h("年度总体目标", 1, "restart"), h("预期目标", 4), h("实际完成情况", 4)]),
        R([h("", 1, "continue"), c(f"{{{{ {key}.goal }}}}", 4, align="both"), c(f"{{{{ {key}.achieved }}}}", 4, align="both")],
          cant_split=False),
        R([h("绩效指标", 1, "restart"), h("一级指标"), h("二级指标"), h("三级指标"), h("年度指标值"), h("实际完成值"), h("分值"),
           h("得分"), h("偏差原因分析及改进措施")]),
        R([C(f"{{%tr for i in {key}.indicators %}}", span=9)], cant_split=False),
        R([h("", 1, "continue"), c("{{ i.l1_weighted }}"), c("{{ i.l2 }}"), c("{{ i.l3 }}", align="left"), c("{{ i.target }}"),
           c("{{ i.actual }}"), c("{{ i.weight }}"), c("{{ i.score }}"), c("{{ i.reason }}", align="left")]),
        R([C("{%tr endfor %}", span=9)], cant_split=False),
        R([h("总分", 6), c(f"{{{{ {key}.weight_total }}}}"), c(f"{{{{ {key}.total }}}}"), c(f"等级：{{{{ {key}.grade }}}}")]),
    ]
    b.table(cm_list(2.2, 2.2, 2.6, 5.3, 2.6, 3.0, 1.6, 1.6, 4.6), rows, cell_style=S)


def sheet_notes(b: Builder, key: str):
    b.p("备注：1.“执行率”=“全年执行数”/“全年预算数”；", "自评表备注")
    b.p(f"2.总分设置为100分，等级划分为：{{{{ {key}.grade_rule }}}}。", "自评表备注")


GLOSSARY = [
    "一、财政拨款收入：指单位从同级财政部门取得的财政预算资金。",
    "二、事业收入：指事业单位开展专业业务活动及辅助活动取得的收入。",
    "三、经营收入：指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。",
    "四、其他收入：指单位取得的除上述收入以外的各项收入。",
    "五、用事业基金弥补收支差额：指事业单位在当年的财政拨款收入、事业收入、其他收入不足以安排当年支出的情况下，使用以前年度积累的事业基金"
    "（事业单位当年收支相抵后按国家规定提取、用于弥补以后年度收支差额的基金）弥补本年度收支缺口的资金。",
    "六、年初结转和结余：指单位以前年度尚未完成、结转到本年按有关规定继续使用的资金。",
    "七、“三公经费”支出：指通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费支出。",
    "八、机关运行经费：为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金，包括办公费、印刷费、咨询费、"
    "手续费、水费、电费、邮电费、取暖费、物业管理费、差旅费、因公出国（境）费、维修（护）费、租赁费、会议费、培训费、公务接待费、"
    "专用材料费、劳务费、委托业务费、工会经费、福利费、公务用车运行维护费以及其他费用等。",
]


if __name__ == "__main__":
    save(build(), OUT, "湖南省2020年度部门决算公开模板")
