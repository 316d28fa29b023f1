"""Recipe that created templates/湖南-2020-部门决算/模板.docx — the first version of that template set.

The layout and wording follow seed 004 (株洲市石峰区委网信办 2020年度部门决算, 湖南): 9 tables with
“三公”经费 as 公开07, a 情况说明 of fifteen sections (机关运行经费、一般性支出、政府采购、国有资产 …),
名词解释, and 附件: the 部门整体支出绩效评价报告, 附件1 整体支出 and 附件2 项目支出 self-evaluation
sheets with the 优/良/中/差 rule printed.  After it is written, the .docx is the template.

It never overwrites a .docx.  To start a new set from this layout, make a folder with its
设置.yaml (copied and edited) and no 模板.docx, then, from the project folder:

    python -m tools.recipes.hunan2020 templates/新模板名
"""
from __future__ import annotations

from pathlib import Path

from tools import templatekit as kit
from tools.templatekit import C, Builder, R, cm_list, hc

CODE = "功能分类科目编码"


def table_head(b: Builder, title: str, toc: str, number: str, landscape: bool, page_break: bool = True):
    b.table_title(title, toc, number, landscape=landscape, page_break=page_break)


def build(target: Path):
    settings = kit.settings_of(target)
    ref = kit.reference(2020)
    classes = [str(c) for c in settings["支出功能分类类"]]
    names = {c: ref.function_name(c) for c in classes}
    layout01, layout04 = {"空行": False, "使用非财政拨款结余": "使用非财政拨款结余"}, {}    # the form's rows: upper rows, a blank row before 总计, the surplus label
    groups = [[str(c) for c in g] for g in settings["公开06"]["栏组"]]
    economic = {c: ref.economic_name(c) for g in groups for c in g}
    not_applicable = {str(c) for c in settings["公开06"].get("不适用") or []}
    b = Builder()
    kit.cover(b, ["{{ 年度 }}年度", "{{ 单位.名称 }}", "部门决算"])
    kit.toc(b)

    # ── 第一部分 ──
    kit.body_section(b)
    b.p("第一部分 {{ 单位.名称 }}单位概况", "Heading 1")
    b.p("一、部门职责", "Heading 2")
    b.control("{%p if 概况.职责说明 %}")
    b.p("{{ 概况.职责说明 }}")
    b.control("{%p endif %}")
    b.control("{%p for d in 概况.职责 %}")
    b.p("（{{ d.序号|中文数字 }}）{{ d.内容 }}。")
    b.control("{%p endfor %}")
    b.p("二、机构设置及决算单位构成", "Heading 2")
    b.p("（一）内设机构设置。{{ 单位.简称 }}内设机构包括：{% if 概况.有内设机构 %}我单位内设处室"
        "{{ 概况.内设机构数 }}个，内设处室是{% for o in 概况.内设机构 %}{{ o.名称 }}{% if not loop.last %}，{% endif %}{% endfor %}{% else %}本单位无内设机构{% endif %}。")
    b.p("（二）决算单位构成。{{ 单位.简称 }}{{ 年度 }}年部门决算汇总公开单位构成包括：{% for u in 概况.决算单位 %}{{ u.名称 }}{% if not loop.last %}、{% endif %}{% endfor %}"
        "{% if 概况.只有本单位 %}，我单位没有其他二级决算单位{% endif %}。")

    # ── 第二部分 决算表 ──
    b.section(landscape=False, tables=True)
    b.p("第二部分 {{ 年度 }}年度部门决算表", "Heading 1")
    table_head(b, "收入支出决算总表", "一、收入支出决算总表", "公开01表", landscape=False, page_break=False)
    kit.summary_table(b, classes, names, top_rows=int(layout01.get("上部行数", 0)), blank_row=layout01.get("空行", True), surplus_label=layout01.get("使用非财政拨款结余", "使用非财政拨款结余（专用结余）"), amount="决算数")
    b.p("注：1. 本表反映部门本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。", "表注")

    b.section(landscape=True)
    table_head(b, "收入决算表", "二、收入决算表", "公开02表", landscape=True, page_break=False)
    first, second = kit.flat_header(["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"])
    kit.item_table(b, "收入表", (2.2, 7.2, 2.6, 2.6, 2.1, 2.1, 2.1, 2.7, 2.1), first, second,
                   ["本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"], CODE)
    b.p("注：本表反映部门本年度取得的各项收入情况。", "表注")

    table_head(b, "支出决算表", "三、支出决算表", "公开03表", landscape=True)
    first, second = kit.flat_header(["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"])
    kit.item_table(b, "支出表", (2.2, 7.2, 2.7, 2.7, 2.7, 2.7, 2.7, 2.8), first, second,
                   ["本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"], CODE)
    b.p("注：本表反映部门本年度各项支出情况。", "表注")

    table_head(b, "财政拨款收入支出决算总表", "四、财政拨款收入支出决算总表", "公开04表", landscape=True)
    kit.fiscal_table(b, classes, names, top_rows=int(layout04.get("上部行数", 0)))
    b.p("注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。", "表注")

    table_head(b, "一般公共预算财政拨款支出决算表", "五、一般公共预算财政拨款支出决算表", "公开05表", landscape=True)
    kit.item_table(b, "一般公共预算支出表", (2.2, 11.5, 4.0, 4.0, 4.0), [hc("本年支出", 3)], [hc("小计"), hc("基本支出"), hc("项目支出")],
                   ["本年支出合计", "基本支出", "项目支出"], CODE)
    b.p("注：本表反映部门本年度一般公共预算财政拨款支出情况。", "表注")

    table_head(b, "一般公共预算财政拨款基本支出决算表", "六、一般公共预算财政拨款基本支出决算表", "公开06表", landscape=True)
    kit.basic_table(b, groups, economic, not_applicable, group_widths=(1.4, 5.6, 1.55), code_label="经济分类科目编码")
    b.p("注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。", "表注")

    table_head(b, "一般公共预算财政拨款“三公”经费支出决算表", "七、一般公共预算财政拨款“三公”经费支出决算表", "公开07表",
               landscape=True)
    kit.three_table(b, car="公务用车购置及运行费", run="公务用车运行费")
    b.p("注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；"
        "决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。", "表注")
    kit.no_data_note(b, "三公表")

    table_head(b, "政府性基金预算财政拨款收入支出决算表", "八、政府性基金预算财政拨款收入支出决算表", "公开08表", landscape=True)
    kit.gov_fund_table(b, code_label=CODE)
    b.p("注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。", "表注")
    kit.no_data_note(b, "政府性基金表")

    table_head(b, "国有资本经营预算财政拨款支出决算表", "九、国有资本经营预算财政拨款支出决算表", "公开09表", landscape=True)
    kit.soe_table(b, code_label=CODE, widths=(2.2, 11.5, 4.0, 4.0, 4.0))
    b.p("注：本表反映部门本年度国有资本经营预算财政拨款支出情况。", "表注")
    kit.no_data_note(b, "国有资本经营表")

    # ── 第三部分 情况说明（十五项）──
    b.section(landscape=False)
    b.p("第三部分 {{ 年度 }}年度部门决算情况说明", "Heading 1")
    b.p("一、收入支出决算总体情况说明", "Heading 2")
    b.p("{{ 年度 }}年度收、支总计{{ 说明.收支总计.收入总计 }}万元。{% if 说明.收支总计.收入较上年.已知 %}与上年相比，"
        "{% if 说明.收支总计.收入较上年.持平 %}持平{% else %}{{ 说明.收支总计.收入较上年 }}{% endif %}{% if 说明.收支总计.变动原因 %}，主要是因为"
        "{{ 说明.收支总计.变动原因 }}{% endif %}。{% endif %}")
    b.p("二、收入决算情况说明", "Heading 2")
    kit.shares_paragraph(b, "本年收入合计", "说明.收入.合计", "说明.收入.构成")
    b.p("三、支出决算情况说明", "Heading 2")
    kit.shares_paragraph(b, "本年支出合计", "说明.支出.合计", "说明.支出.构成")
    b.p("四、财政拨款收入支出决算总体情况说明", "Heading 2")
    b.p("{{ 年度 }}年度财政拨款收、支总计{{ 说明.财政拨款收支.收入总计 }}万元{% if 说明.财政拨款收支.收入较上年.已知 %}，与上年相比，"
        "{% if 说明.财政拨款收支.收入较上年.持平 %}持平{% else %}{{ 说明.财政拨款收支.收入较上年 }}{% endif %}{% if 说明.财政拨款收支.变动原因 %}，主要是因为"
        "{{ 说明.财政拨款收支.变动原因 }}{% endif %}{% endif %}。")
    b.p("五、一般公共预算财政拨款支出决算情况说明", "Heading 2")
    b.p("（一）财政拨款支出决算总体情况", "Heading 3")
    b.p("{{ 年度 }}年度财政拨款支出{{ 说明.一般公共预算支出.合计 }}万元，占本年支出合计的{{ 说明.一般公共预算支出.占本年支出 }}{% if 说明.一般公共预算支出.较上年.已知 %}，"
        "与上年相比，财政拨款支出{% if 说明.一般公共预算支出.较上年.持平 %}持平{% else %}{{ 说明.一般公共预算支出.较上年 }}{% endif %}{% if 说明.一般公共预算支出.变动原因 %}，"
        "主要是因为{{ 说明.一般公共预算支出.变动原因 }}{% endif %}{% endif %}。")
    b.p("（二）财政拨款支出决算结构情况", "Heading 3")
    b.p("{{ 年度 }}年度财政拨款支出{{ 说明.一般公共预算支出.合计 }}万元，主要用于以下方面：{% for c in 说明.一般公共预算支出.结构 %}{{ c.名称 }}"
        "（类）{{ c.金额 }}万元，占{{ c.占比 }}{% if loop.last %}。{% else %}；{% endif %}{% endfor %}")
    b.p("（三）财政拨款支出决算具体情况", "Heading 3")
    b.p("{{ 年度 }}年度财政拨款支出年初预算数为{{ 说明.一般公共预算支出.年初预算.预算数 }}万元，支出决算数为{{ 说明.一般公共预算支出.年初预算.决算数 }}万元，"
        "{% if 说明.一般公共预算支出.年初预算.有完成率 %}完成年初预算的{{ 说明.一般公共预算支出.年初预算.完成率 }}{% else %}年初未安排预算{% endif %}，其中：")
    b.control("{%p for i in 说明.一般公共预算支出.各项 %}")
    b.p("{{ i.序号 }}、{% for p in i.各级 %}{{ p.名称 }}（{{ p.级次 }}）{% endfor %}。")
    b.p("{% if i.年初预算.未安排预算 %}年初未安排预算，支出决算为{{ i.决算数 }}万元{% else %}年初预算为{{ i.年初预算.预算数 }}万元，"
        "支出决算为{{ i.决算数 }}万元，完成年初预算的{{ i.年初预算.完成率 }}{% endif %}{% if i.预算差异原因 %}，"
        "{% if i.超预算 %}决算数大于年初预算数{% elif i.低于预算 %}决算数小于年初预算数{% else %}决算数与年初预算数一致{% endif %}"
        "的主要原因是：{{ i.预算差异原因 }}{% endif %}。")
    b.control("{%p endfor %}")
    b.p("六、一般公共预算财政拨款基本支出决算情况说明", "Heading 2")
    b.p("{{ 年度 }}年度财政拨款基本支出{{ 说明.基本支出.合计 }}万元，其中：人员经费{{ 说明.基本支出.人员经费.金额 }}万元，"
        "占基本支出的{{ 说明.基本支出.人员经费.占比 }}{% if 说明.基本支出.人员经费明细 %}，主要包括{% for i in 说明.基本支出.人员经费明细 %}{{ i.名称 }}{% if not loop.last %}、{% endif %}{% endfor %}{% endif %}；"
        "公用经费{{ 说明.基本支出.公用经费.金额 }}万元，占基本支出的{{ 说明.基本支出.公用经费.占比 }}{% if 说明.基本支出.公用经费明细 %}，主要包括"
        "{% for i in 说明.基本支出.公用经费明细 %}{{ i.名称 }}{% if not loop.last %}、{% endif %}{% endfor %}{% endif %}。")
    b.p("七、一般公共预算财政拨款三公经费支出决算情况说明", "Heading 2")
    b.p("（一）“三公”经费财政拨款支出决算总体情况说明", "Heading 3")
    three_line(b, "“三公”经费财政拨款支出", "三公.合计", end="，其中：")
    three_line(b, "因公出国（境）费支出", "三公.因公出国费", reason=True)
    three_line(b, "公务接待费支出", "三公.公务接待费", reason=True)
    three_line(b, "公务用车购置费及运行维护费支出", "三公.公务用车购置及运行维护费", reason_from="三公.公务用车运行维护费")
    b.p("（二）“三公”经费财政拨款支出决算具体情况说明", "Heading 3")
    b.p("{% if 三公.合计.有决算 %}{{ 年度 }}年度“三公”经费财政拨款支出决算中，公务接待费支出决算"
        "{{ 三公.公务接待费.决算数 }}万元，占{{ 三公.公务接待费.占比 }}，因公出国（境）费支出决算"
        "{{ 三公.因公出国费.决算数 }}万元，占{{ 三公.因公出国费.占比 }}，公务用车购置费及运行维护费支出决算"
        "{{ 三公.公务用车购置及运行维护费.决算数 }}万元，占{{ 三公.公务用车购置及运行维护费.占比 }}。其中：{% else %}{{ 年度 }}年度本单位无“三公”经费"
        "财政拨款支出。其中：{% endif %}")
    b.p("1、因公出国（境）费支出决算为{{ 三公.因公出国费.决算数 }}万元，全年安排因公出国（境）团组"
        "{{ 三公.因公出国费.团组数 }}个，累计{{ 三公.因公出国费.人次 }}人次。")
    b.p("2、公务接待费支出决算为{{ 三公.公务接待费.决算数 }}万元，全年共接待来访团组{{ 三公.公务接待费.批次 }}个、"
        "来宾{{ 三公.公务接待费.人次 }}人次。")
    b.p("3、公务用车购置费及运行维护费支出决算为{{ 三公.公务用车购置及运行维护费.决算数 }}万元，其中：公务用车购置费"
        "{{ 三公.公务用车购置费.决算数 }}万元，公务用车运行维护费{{ 三公.公务用车运行维护费.决算数 }}万元，截止{{ 年度 }}年"
        "12月31日，我单位开支财政拨款的公务用车保有量为{{ 三公.公务用车运行维护费.保有车辆数 }}辆。")
    b.p("八、政府性基金预算收入支出决算情况", "Heading 2")
    b.p("{{ 年度 }}年度政府性基金预算财政拨款收入{{ 说明.政府性基金.本年收入 }}万元；年初结转和结余{{ 说明.政府性基金.年初结转和结余 }}万元；"
        "支出{{ 说明.政府性基金.本年支出 }}万元，其中基本支出{{ 说明.政府性基金.基本支出 }}万元，项目支出{{ 说明.政府性基金.项目支出 }}万元；"
        "年末结转和结余{{ 说明.政府性基金.年末结转和结余 }}万元。{% if 说明.政府性基金.无数据 %}{{ 年度 }}年本单位无政府性基金收支。{% endif %}")
    b.p("九、国有资本经营预算支出决算情况", "Heading 2")
    b.p("{% if 说明.国有资本经营.无数据 %}{{ 年度 }}年度本单位没有使用国有资本经营预算安排的支出。{% else %}{{ 年度 }}年度国有资本"
        "经营预算财政拨款支出{{ 说明.国有资本经营.本年支出 }}万元，其中基本支出{{ 说明.国有资本经营.基本支出 }}万元，项目支出{{ 说明.国有资本经营.项目支出 }}万元。{% endif %}")
    b.p("十、关于机关运行经费支出说明", "Heading 2")
    b.p("本部门{{ 年度 }}年度机关运行经费支出{{ 说明.机关运行经费.金额 }}万元{% if 说明.机关运行经费.较上年.已知 %}，"
        "{% if 说明.机关运行经费.较上年.持平 %}与上年决算数持平{% else %}比上年决算数{{ 说明.机关运行经费.较上年 }}{% endif %}{% endif %}。"
        "{% if 说明.机关运行经费.变动原因 %}主要原因是：{{ 说明.机关运行经费.变动原因 }}。{% endif %}")
    b.p("十一、一般性支出情况", "Heading 2")
    b.p("{{ 年度 }}年本部门开支会议费{{ 说明.一般性支出.会议费 }}万元；开支培训费{{ 说明.一般性支出.培训费 }}万元；"
        "{% if 说明.一般性支出.无节庆活动 %}未举办节庆、晚会、论坛、赛事活动{% else %}举办节庆、晚会、论坛、赛事活动开支"
        "{{ 说明.一般性支出.节庆活动 }}万元{% endif %}。")
    b.p("十二、关于政府采购支出说明", "Heading 2")
    b.p("{% if 说明.政府采购.无采购 %}本部门{{ 年度 }}年度无政府采购支出。{% else %}本部门{{ 年度 }}年度政府采购支出总额"
        "{{ 说明.政府采购.总额 }}万元，其中：政府采购货物支出{{ 说明.政府采购.货物.金额 }}万元、政府采购工程支出"
        "{{ 说明.政府采购.工程.金额 }}万元、政府采购服务支出{{ 说明.政府采购.服务.金额 }}万元。授予中小企业合同金额"
        "{{ 说明.政府采购.中小企业.金额 }}万元，占政府采购支出总额的{{ 说明.政府采购.中小企业.占比 }}，其中：授予小微企业合同金额{{ 说明.政府采购.小微企业.金额 }}万元，"
        "占政府采购支出总额的{{ 说明.政府采购.小微企业.占比 }}。{% endif %}")
    b.p("十三、关于国有资产占用情况说明", "Heading 2")
    b.p("截至{{ 年度 }}年12月31日，本单位共有车辆{{ 说明.国有资产.车辆合计 }}辆，其中，主要领导干部用车"
        "{{ 说明.国有资产.车辆['主要负责人用车'] }}辆，机要通信用车{{ 说明.国有资产.车辆['机要通信用车'] }}辆、应急保障用车"
        "{{ 说明.国有资产.车辆['应急保障用车'] }}辆、执法执勤用车{{ 说明.国有资产.车辆['执法执勤用车'] }}辆、特种专业技术用车"
        "{{ 说明.国有资产.车辆['特种专业技术用车'] }}辆、其他用车{{ 说明.国有资产.车辆['其他用车'] }}辆；单位价值50万元以上通用设备"
        "{{ 说明.国有资产.单价50万元以上通用设备 }}台（套）；单位价值100万元以上专用设备{{ 说明.国有资产.单价100万元以上设备 }}台（套）。")
    b.p("十四、重点项目预算的绩效评价结果等情况说明", "Heading 2")
    b.p("（一）本部门预算绩效管理开展情况", "Heading 3")
    b.p("{% if 说明.绩效.有自评表 %}根据预算绩效管理要求，本单位组织对{{ 年度 }}年度{{ 说明.绩效.自评个数 }}个项目支出"
        "开展了绩效自评，共涉及资金{{ 说明.绩效.全年执行数 }}万元。{% else %}本年度未开展项目支出绩效自评。{% endif %}"
        "{% if 说明.绩效.评价情况 %}{{ 说明.绩效.评价情况 }}。{% endif %}")
    b.p("（二）绩效目标和绩效评价报告", "Heading 3")
    b.p("1、绩效目标")
    b.p("{{ 说明.绩效.绩效目标 }}。")
    b.p("2、绩效评价报告")
    project_reports(b)
    b.p("十五、其他重要事项情况说明", "Heading 2")
    b.p("{% if 说明.其他事项 %}{{ 说明.其他事项 }}。{% else %}本单位无其他需要说明的事项。{% endif %}")

    b.p("第四部分 名词解释", "Heading 1", page_break_before=True)
    kit.paragraphs(b, GLOSSARY)

    # ── 第五部分 附件：整体支出绩效评价报告 ──
    b.p("第五部分 附件", "Heading 1", page_break_before=True)
    b.p("{{ 年度 }}年度部门整体支出绩效评价报告", "表标题")
    b.p("一、预算单位基本情况", "Heading 3")
    b.p("（一）基本情况")
    b.p("1. 主要职能。")
    b.control("{%p if 概况.职责说明 %}")
    b.p("{{ 概况.职责说明 }}")
    b.control("{%p endif %}")
    b.control("{%p for d in 概况.职责 %}")
    b.p("（{{ d.序号|中文数字 }}）{{ d.内容 }}。")
    b.control("{%p endfor %}")
    b.p("2. 机构情况，包括当年变动情况及原因。")
    b.p("{% if 评价报告.机构情况 %}{{ 评价报告.机构情况 }}。{% endif %}{% if 概况.有内设机构 %}本单位内设机构"
        "{{ 概况.内设机构数 }}个：{% for o in 概况.内设机构 %}{{ o.名称 }}{% if not loop.last %}，{% endif %}{% endfor %}。{% else %}本单位无内设机构。{% endif %}")
    b.p("3. 人员情况，包括当年变动情况及原因。")
    b.p("{{ 年度 }}年{{ 评价报告.人员情况 }}。")
    b.p("二、预算收支情况", "Heading 3")
    b.p("{{ 年度 }}年收入{{ 说明.收入.合计 }}万元，其中：财政拨款收入{{ 说明.收入.财政拨款收入 }}万元，其他资金来源"
        "{{ 说明.收入.其他资金 }}万元。")
    b.p("{{ 年度 }}年支出{{ 说明.支出.合计 }}万元，其中：基本支出{{ 说明.支出.按性质.基本支出.金额 }}万元，"
        "项目支出{{ 说明.支出.按性质.项目支出.金额 }}万元。")
    b.p("三、资金使用及绩效情况（包含单位管理的公共专项）", "Heading 3")
    b.p("（一）整体支出绩效情况")
    b.control("{%p for t in 评价报告.整体支出绩效情况 %}")
    b.p("{{ t }}")
    b.control("{%p endfor %}")
    b.p("（二）项目支出绩效情况")
    project_reports(b)
    b.p("四、绩效管理存在的问题及下一步改进措施", "Heading 3")
    b.p("{{ 评价报告.存在问题及改进措施 }}。")
    b.p("五、其他需要说明的情况", "Heading 3")
    b.p("{{ 评价报告.其他需要说明的情况 }}。")
    b.p("附件：1、{{ 年度 }}年部门整体支出绩效自评表")
    b.p("2、{{ 年度 }}年度项目支出绩效自评表")

    # ── 附件1、附件2（横版）──
    annex = b.section(landscape=True)
    annex.top_margin = annex.bottom_margin = kit.Cm(1.5)
    b.control("{%p if 有整体自评表 %}")
    b.p("附件1", "表号")
    b.p("{{ 年度 }}年度部门整体支出绩效自评表", "自评表标题")
    sheet_table(b, "整体自评表", project=False)
    sheet_notes(b, "整体自评表")
    kit.authoring.page_break_paragraph(b.p("", "模板控制"))
    b.control("{%p endif %}")
    b.p("附件2", "表号")
    b.control("{%p for s in 自评表 %}")
    b.p("{{ 年度 }}年度项目支出绩效自评表", "自评表标题")
    sheet_table(b, "s", project=True)
    sheet_notes(b, "s")
    b.control("{%p if not s.最后一张 %}")
    kit.authoring.page_break_paragraph(b.p("", "模板控制"))
    b.control("{%p endif %}")
    b.control("{%p endfor %}")
    return b.doc


def three_line(b: Builder, label: str, key: str, end: str = "。", reason: bool = False, reason_from: str | None = None):
    """“…支出预算为X万元，支出决算为Y万元，完成预算的P” with words for a zero budget, and its reason."""
    why = reason_from or key
    reason_part = (f"{{% if {why}.变动原因 %}}，主要原因是{{{{ {why}.变动原因 }}}}{{% endif %}}" if (reason or reason_from) else "")
    b.p(f"{label}预算为{{{{ {key}.预算数 }}}}万元，支出决算为{{{{ {key}.决算数 }}}}万元{{% if {key}.有预算 %}}，完成预算的"
        f"{{{{ {key}.完成预算.完成率 }}}}{{% elif {key}.未安排预算 %}}，全年未安排预算{{% endif %}}{reason_part}{end}")


def project_reports(b: Builder):
    b.control("{%p for s in 说明.绩效.项目 %}")
    b.p("（{{ s.序号 }}）{{ s.名称 }}")
    b.p("项目支出{{ s.全年执行数 }}万元，{{ s.综述 }}。")
    b.control("{%p endfor %}")


def sheet_table(b: Builder, key: str, project: bool):
    """湖南 layout: 9 columns; 资金 with 分值、执行率、得分(分值×执行率); indicators with 分值/得分; 总分 and 等级."""
    S = "自评表文字"

    def c(text="", span=1, vmerge=None, align="center"):
        return C(text, span=span, vmerge=vmerge, align=align, style=S)

    def h(text="", span=1, vmerge=None):
        return C(text, span=span, vmerge=vmerge, style=S, bold=True)

    rows = [R([h("部门名称"), c("{{ 单位.简称 }}", 8, align="left")])]
    label = "年度资金总额"
    if project:
        rows += [
            R([h("项目支出名称", 1, "restart"), h("专项名称", 2), c(f"{{{{ {key}.专项名称 }}}}", 2), h("项目总投资（万元）", 2),
               c(f"{{{{ {key}.项目总投资 }}}}", 2)]),
            R([h("", 1, "continue"), h("支出方向名称（子项目）", 2), c(f"{{{{ {key}.子项目 }}}}", 2), h("其中：财政拨款", 2),
               c(f"{{{{ {key}.其中财政拨款 }}}}", 2)]),
            R([c(f"项目总实施期：{{% if {key}.实施期 %}}{{{{ {key}.实施期 }}}}{{% else %}}{{{{ 年度 }}}}年{{% endif %}}", 9, align="left")]),
        ]
    money = "年度项目资金（万元）" if project else "资金情况（万元）"
    rows += [
        R([h(money, 1, "restart"), h(label, 2), h("年初预算数"), h("全年预算数"), h("全年执行数"), h("分值"), h("执行率"),
           h("得分（分值×执行率）")]),
        R([h("", 1, "continue"), c("合计", 2), c(f"{{{{ {key}.资金总额.年初预算数 }}}}"), c(f"{{{{ {key}.资金总额.全年预算数 }}}}"),
           c(f"{{{{ {key}.资金总额.全年执行数 }}}}"), c(f"{{{{ {key}.资金总额.分值 }}}}"), c(f"{{{{ {key}.资金总额.执行率百分比 }}}}"),
           c(f"{{{{ {key}.资金总额.得分 }}}}")]),
        R([C(f"{{%tr for f in {key}.资金 %}}", span=9)], cant_split=False),
        R([h("", 1, "continue"), c("{% if loop.first %}其中：{% endif %}{{ f.来源 }}", 2, align="left"), c("{{ f.年初预算数 }}"), c("{{ f.全年预算数 }}"),
           c(""), c(""), c(""), c("")]),
        R([C("{%tr endfor %}", span=9)], cant_split=False),
        R([h("年度总体目标", 1, "restart"), h("预期目标", 4), h("实际完成情况", 4)]),
        R([h("", 1, "continue"), c(f"{{{{ {key}.年度目标 }}}}", 4, align="both"), c(f"{{{{ {key}.实际完成情况 }}}}", 4, align="both")],
          cant_split=False),
        R([h("绩效指标", 1, "restart"), h("一级指标"), h("二级指标"), h("三级指标"), h("年度指标值"), h("实际完成值"), h("分值"),
           h("得分"), h("偏差原因分析及改进措施")]),
        R([C(f"{{%tr for i in {key}.指标 %}}", span=9)], cant_split=False),
        R([h("", 1, "continue"), c("{{ i.一级指标 }}{% if i.一级指标分值 %}（{{ i.一级指标分值 }}分）{% endif %}"), c("{{ i.二级指标 }}"), c("{{ i.三级指标 }}", align="left"), c("{{ i.年度指标值 }}"),
           c("{{ i.实际完成值 }}"), c("{{ i.分值 }}"), c("{{ i.得分 }}"), c("{{ i.偏差原因 }}", align="left")]),
        R([C("{%tr endfor %}", span=9)], cant_split=False),
        R([h("总分", 6), c(f"{{{{ {key}.分值合计 }}}}"), c(f"{{{{ {key}.总分 }}}}"), c(f"等级：{{{{ {key}.等级 }}}}")]),
    ]
    b.table(cm_list(2.2, 2.2, 2.6, 5.3, 2.6, 3.0, 1.6, 1.6, 4.6), rows, cell_style=S)


def sheet_notes(b: Builder, key: str):
    b.p("备注：1.“执行率”=“全年执行数”/“全年预算数”；", "自评表备注")
    b.p("2.总分设置为100分，等级划分为：{% for g in 等级规则 %}{% if g.最低档 %}{{ g.上限 }}分以下为{{ g.等级 }}"
        "{% else %}{{ g.下限 }}分（含）—{{ g.上限 }}分为{{ g.等级 }}{% endif %}{% if not loop.last %}，{% endif %}{% endfor %}。", "自评表备注")


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
    kit.create(build, "湖南省2020年度部门决算公开模板")
