"""Problems: the one record every stage returns instead of raising for bad user data.

A problem has a stable code, a severity, a Chinese message and a location
(file, line, column).  The catalogue below is the single list of codes; each code's
message template lives here so that a test can pin its exact wording.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum


class Severity(str, Enum):
    ERROR = "E"
    WARNING = "W"


@dataclass(frozen=True)
class Location:
    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if self.line:
            return f"{self.file}:{self.line}:{self.column}"
        return self.file


@dataclass(frozen=True)
class Problem:
    number: int                 # stable identity of the kind of problem, e.g. 301
    severity: Severity
    message: str
    location: Location
    pointer: str = ""           # JSON pointer of the offending value, when there is one
    place: str = ""             # a warning's place as `已核对` names it (acknowledged.place), shown after it
    acknowledged: str = ""      # the reason, when the department file acknowledges this warning

    @property
    def code(self) -> str:
        return f"{self.severity.value}{self.number:03d}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        text = f"{self.location}: {self.code} {self.message}"
        if self.place and not self.is_error:
            text += f"【位置：{self.place}】"
        if self.acknowledged:
            text += f"（已核对：{self.acknowledged}）"
        return text

    def as_error(self) -> "Problem":
        return Problem(self.number, Severity.ERROR, self.message, self.location, self.pointer)


@dataclass(frozen=True)
class Entry:
    """One code of the catalogue: its number, a title for the README, and the message template."""
    number: int
    title: str
    template: str


# Message shapes shared by several identities (each identity still has its own code).
_CROSS = "{left_table}{left_label} {left_value}万元 ≠ {right_table}{right_label} {right_value}万元（差{diff}万元，{right_where}）{tail}"
_BALANCE = "{table}{left_label} {left_value}万元 ≠ {right_label} {right_value}万元（差{diff}万元）{tail}"
_GIVEN = "{table}{label}填写 {given}，按{basis}计算应为 {computed}（差{diff}）{tail}"
_LIMIT = "{table}{label} {given} 超过{basis} {computed}"
_CLAIM = "情况说明“预算绩效”{label}填写 {given}，附件自评表计算为 {computed}（{basis}）"

# The catalogue.  Numbers are stable; the hundreds group the stage:
#   0xx reading the file, 1xx schema, 2xx classification codes, 3xx 审核公式 (identities),
#   4xx self-evaluation sheets, 5xx human text, 6xx templates and output, 7xx acknowledged warnings (已核对),
#   9xx gen itself (a bug, not the data).
CATALOGUE: dict[int, Entry] = {k.number: k for k in [
    Entry(1, "YAML 语法错误", "YAML 语法错误：{detail}"),
    Entry(2, "重复的键", "重复的键“{key}”：同一层级已在第{first_line}行出现过，请删除或合并其中一个"),
    Entry(3, "文件无法读取", "文件无法读取：{detail}"),
    Entry(4, "文件为空", "文件为空或不是一个键值表（YAML 映射）"),
    Entry(5, "含控制字符", "文字中有控制字符 {char}：Word 文档不能包含它，请删去（常见于从其他软件复制来的文字）"),
    Entry(6, "文件太大", "文件太大（{size} MB）：数据文件最大 {limit} MB"),
    Entry(7, "层级太深", "层级太深（超过{depth}层）：数据文件用不到这么多层缩进或括号，请检查括号是否成对"),
    Entry(8, "锚点和别名", "不支持 YAML 锚点和别名（“{mark}”）：请把每个值直接写出来"),
    Entry(9, "没有数据文件", "没有找到部门数据文件：这个文件夹中没有 .yaml 或 .yml 文件"),
    Entry(101, "缺少必填字段", "{where}缺少必填字段“{field}”{title}"),
    Entry(102, "类型错误", "{where}“{field}”应为{expected}，实际是{actual}“{value}”"),
    Entry(103, "未知字段", "{where}有未知字段“{field}”{hint}"),
    Entry(104, "金额为负", "{where}“{field}”不能为负数，实际是 {value}"),
    Entry(105, "取值不在允许范围", "{where}“{field}”应为 {allowed} 之一，实际是“{value}”"),
    Entry(106, "格式错误", "{where}“{field}”格式不对：{expected}，实际是“{value}”"),
    Entry(107, "内容不符合要求", "{where}“{field}”{detail}"),
    Entry(108, "数值超出范围", "数字 {value} 超出范围：{detail}"),
    Entry(109, "小数位过多", "{where}“{field}” {value} 有{places}位小数：{rule}，表中印为 {shown}，审核按 {value} 计算；请核对"),
    Entry(201, "科目名称与编码不符", "{table}科目编码 {code} 的名称应为“{expected}”，实际填写“{actual}”"),
    Entry(202, "科目编码不存在", "{table}科目编码 {code} 不在 {year} 年{kind}中"),
    Entry(203, "科目编码未收录", "{table}科目编码 {code}“{name}”未收录于项目的 {year} 年{kind}参考表，名称无法核对"),
    Entry(204, "科目重复", "{table}科目编码 {code} 出现了两次（另一处在第{other_line}行）"),
    Entry(205, "模板不列示该科目", "{table}科目编码 {code}“{name}”不在模板“{template}”的表格行中，该金额将无处列示"),
    Entry(206, "模板不列示该栏", "{table}{row}“{column}”栏不在模板“{template}”的表样中（{setting}），该金额将无处列示"),
    Entry(301, "上级科目与下级科目合计不等", "{table}{parent} {parent_value}万元 ≠ 下级科目合计 {sum_value}万元（{parts}，差{diff}万元）{tail}"),
    Entry(302, "合计栏与各栏之和不等", "{table}{row}“{column}” {total}万元 ≠ 各栏之和 {sum_value}万元（{parts}，差{diff}万元）{tail}"),
    Entry(303, "合计行与各类之和不等", "{table}合计行“{column}” {total}万元 ≠ 各类之和 {sum_value}万元（差{diff}万元）{tail}"),
    Entry(304, "总表本年支出合计与支出表不符", _CROSS),
    Entry(305, "收支总表总计不平衡", _BALANCE),
    Entry(306, "总表本年收入合计与各项收入之和不等", _GIVEN),
    Entry(307, "财政拨款本年收入合计与各类财政拨款之和不等", _GIVEN),
    Entry(308, "收入表财政拨款收入与财政拨款总表不符", _CROSS),
    Entry(309, "财政拨款总表本年支出合计与各支出表不符", _CROSS),
    Entry(310, "财政拨款收支总表总计不平衡", _BALANCE),
    Entry(311, "人员经费合计与各类之和不等", _GIVEN),
    Entry(312, "公用经费合计与各类之和不等", _GIVEN),
    Entry(313, "基本支出与人员经费、公用经费之和不等", _CROSS),
    Entry(314, "机关运行经费与公用经费不等", _CROSS),
    Entry(315, "政府采购合计与货物、工程、服务之和不等", _GIVEN),
    Entry(316, "授予中小企业合同金额超过政府采购总额", _LIMIT),
    Entry(317, "授予小微企业合同金额超过授予中小企业合同金额", _LIMIT),
    Entry(318, "车辆数合计与各类车辆之和不等", "{table}{label} {given} ≠ {basis} {computed}"),
    Entry(319, "公务接待费与国内、国（境）外接待之和不等", _CROSS),
    Entry(320, "外事接待费超过国内接待费", _LIMIT),
    Entry(321, "“三公”经费合计与各项之和不等", _GIVEN),
    Entry(322, "公务用车购置及运行维护费与购置、运行维护之和不等", _GIVEN),
    Entry(323, "总表支出各类与支出表不符", _CROSS),
    Entry(324, "财政拨款总表支出各类与各财政拨款支出表不符", _CROSS),
    Entry(325, "基金、国有资本经营表收支不平衡", _BALANCE),
    Entry(326, "基金、国有资本经营表收支与财政拨款总表不符", _CROSS),
    Entry(327, "预留小微企业份额超过预留中小企业份额", _LIMIT),
    Entry(328, "其他项目授予中小企业合同金额超过授予中小企业合同金额", _LIMIT),
    Entry(329, "授予中小企业合同金额与各类之和不等", _GIVEN),
    Entry(370, "一类授予中小企业合同金额超过该类政府采购支出", _LIMIT),     # 决算, continued (370–379)
    Entry(371, "机关运行经费超过公用经费", _LIMIT),
    # 预算 (部门预算公开): 330–369
    Entry(330, "收支总表本年收入合计与各项收入之和不等", _GIVEN),
    Entry(331, "收支总表支出与支出总表不符", _CROSS),
    Entry(332, "收支总表收支不平衡", _BALANCE),
    Entry(333, "收入总表与收支总表不符", _CROSS),
    Entry(334, "财政拨款收支总表本年收入合计与各类拨款之和不等", _GIVEN),
    Entry(335, "财政拨款收支总表收入与收支总表不符", _CROSS),
    Entry(336, "财政拨款收支总表支出与财政拨款支出表不符", _CROSS),
    Entry(337, "财政拨款收支总表收支不平衡", _BALANCE),
    Entry(338, "一般公共预算支出表基本支出与基本支出表合计不符", _CROSS),
    Entry(339, "基本支出表人员经费与工资福利支出、对个人和家庭的补助之和不等", _GIVEN),
    Entry(340, "基本支出表公用经费与商品和服务支出等各类之和不等", _GIVEN),
    Entry(343, "机关运行经费与公用经费不等", _CROSS),
    Entry(344, "机关运行经费与所列各项之和不等",
          "情况说明“机关运行经费”合计 {total}万元 ≠ 所列{count}项之和 {listed}万元（差{diff}万元）{omitted}；"
          "文中照原文列出这{count}项"),
    Entry(345, "机关运行经费所列一项与基本支出表不符",
          "情况说明“机关运行经费”所列 {code}“{name}” {amount}万元，{found}；文中照原文印出"),
    Entry(346, "项目支出与各项目预算数之和不等", _CROSS),
    Entry(347, "项目财政资金、其他资金之和与预算数不等", _GIVEN),
    Entry(348, "项目没有预算数",
          "项目绩效目标表第{index}张“{name}”没有预算数（预算数、财政资金、其他资金均为空）：表中印空白，按0万元计{listed}"),
    Entry(349, "资金支出计划未逐期累计到100%", "项目绩效目标表第{index}张“{name}”资金支出计划 {plan}：{problem}"),
    Entry(350, "成本指标超过项目预算数",
          "项目绩效目标表第{index}张“{name}”成本指标“{level3}”指标值“{written}”（{cap}万元）超过项目预算数 {budget}万元"
          "（差{diff}万元）"),
    Entry(351, "固定资产资产总额与各项之和不等", _GIVEN),
    Entry(352, "政府采购预算合计与各项之和不等", _GIVEN),
    Entry(353, "情况说明列示的项目没有绩效目标表",
          "情况说明“项目支出列示”第{index}项“{name}”不在项目绩效目标表中：项目名称须与某张项目绩效目标表的项目名称一致"),
    Entry(354, "情况说明所写的项目金额与项目预算数不符",
          "情况说明“项目支出列示”第{index}项“{name}”写的 {amount}万元 ≠ 项目绩效目标表“{project}”预算数 {budget}万元：文中照原文印出"),
    Entry(360, "年初预算与预算文件不一致", "决算文件填写的{label} {given}万元 ≠ 预算文件“{file}”中的 {computed}万元（差{diff}万元）{tail}"),
    Entry(361, "“三公”经费预算数与预算文件不一致", "决算文件填写的“三公”经费预算数“{label}” {given}万元 ≠ 预算文件“{file}”中的 {computed}万元（差{diff}万元）：全年预算数可能经过调整，请核对"),
    Entry(362, "机关运行经费预算与预算文件不一致", "决算文件填写的机关运行经费年初预算 {given}万元 ≠ 预算文件“{file}”中的 {computed}万元（差{diff}万元）{tail}"),
    Entry(401, "分值合计不是100", "绩效自评表“{project}”各指标分值合计 {total}分（含预算执行{budget_weight}分），应为100分"),
    Entry(402, "得分超过分值", "绩效自评表“{project}”指标“{indicator}”得分 {score} 超过分值 {weight}"),
    Entry(403, "全年预算数为零", "绩效自评表“{project}”全年预算数为 0，无法计算执行率和预算执行得分"),
    Entry(404, "执行数超过预算", "绩效自评表“{project}”全年执行数 {spent}万元 超过全年预算数 {budget}万元"),
    Entry(405, "说明中的自评项目个数与附件不符", _CLAIM),
    Entry(406, "说明中的自评等级个数与附件不符", _CLAIM),
    Entry(407, "说明中的自评资金与附件不符", _CLAIM),
    Entry(408, "自评表总分与计算不符", _GIVEN),
    Entry(409, "自评表等级与计算不符", "{table}{label} {given} ≠ {basis} {computed}"),
    Entry(410, "自评报告总得分与计算不符", _GIVEN),
    Entry(411, "自评报告评价等级与计算不符", "{table}{label} {given} ≠ {basis} {computed}"),
    Entry(412, "自评表执行率与计算不符", _GIVEN),
    Entry(413, "自评表预算执行得分与计算不符", _GIVEN),
    Entry(414, "执行数超过到位数", "绩效自评表“{project}”执行数 {spent}万元 超过到位数 {arrived}万元"),
    Entry(415, "到位数超过预算数", "绩效自评表“{project}”到位数 {arrived}万元 超过预算数 {budget}万元（到位率 {rate}）"),
    Entry(416, "一级指标分值与表样不符", "绩效自评表“{project}”一级指标“{level}”各行分值合计 {total}分，模板“{template}”的表样为 {form}分"),
    Entry(417, "一级指标不在表样中", "绩效自评表“{project}”一级指标“{level}”不在模板“{template}”的表样中（表样为 {form}），将排在表样各行之后"),
    Entry(418, "项目预算数之和超过调整预算数", "各项目预算数之和 {total}万元（{parts}）超过部门调整预算数 {adjusted}万元"),
    Entry(419, "自评表没有评分", "绩效自评表“{project}”没有填写指标分值和得分，无法计算总分，也无法计入总得分"),
    Entry(420, "说明所举的项目没有自评表", "情况说明“预算绩效”所举的“{project}”不是附件中任何一张自评表的项目（附件：{sheets}）：照写印出，请核对"),
    Entry(424, "附件自评表多于说明中的自评项目个数",
          "情况说明“预算绩效管理情况”写项目支出绩效自评{given}个，附件却有{count}张项目支出绩效自评表：附件的项目都应在自评的项目之中，请核对"),
    Entry(425, "附件中某一等级的自评表多于说明中该等级的项目个数",
          "情况说明“预算绩效管理情况”写自评等级为“{grade}”的项目{given}个，附件自评表按等级规则为“{grade}”的有{count}张（{names}）："
          "附件的项目都应在自评的项目之中，请核对"),
    Entry(426, "说明中的自评资金与附件自评表不符", "情况说明“预算绩效管理情况”写项目支出绩效自评资金{given}，{detail}：请核对"),
    Entry(427, "各等级个数之和多于项目个数", "情况说明“预算绩效管理情况”{label}各等级的项目个数之和{graded}个，多于{label}的项目个数{count}个"),
    Entry(501, "文字引用了不存在的数", "“{field}”中的 {reference} 不是{scope}中的数{hint}"),
    Entry(502, "文字中手写了表中的数", "“{field}”中的“{literal}”等于{name}：请写成 {reference}，数由表格填入，不会与表不符"),
    Entry(503, "词语重复", "“{field}”中有重复的词语“{found}”"),
    Entry(504, "标点重复", "“{field}”中有连续的标点“{found}”"),
    Entry(505, "占位文字未替换", "“{field}”中还有占位文字“{found}”，请改为实际内容"),
    Entry(506, "年份可疑", "“{field}”中的“{found}”不是报告年度{year}年及其前后一年，请核对"),
    Entry(507, "原因与方向不符", "{label}：写的是“{written}”的原因，但计算结果是“{actual}”，这段原因不会印出，请核对"),
    Entry(508, "文字中的数与表不符", "“{field}”中的“{literal}”与{scope}的{name} {value} 不符：文字照写印出，请核对哪一个对"),
    Entry(509, "上年文字待核对", "“{field}”是从上年文件带来的文字，还没有改过：请核对后改写（或删去行尾的“# 上年文字，待核对”注释）"),
    Entry(601, "未知模板", "未知模板“{name}”：{detail}"),
    Entry(602, "模板标签无值", "模板“{template}”{part}的标签 {tag} 没有对应的数据（{detail}）"),
    Entry(603, "模板错误", "模板“{template}”有错误：{detail}"),
    Entry(604, "无法写入输出", "无法写入 {path}：{detail}"),
    Entry(605, "无法生成 PDF", "无法生成 PDF：{detail}"),
    Entry(606, "未知文档类型", "未知的文档类型“{name}”：可用的有 {known}"),
    Entry(607, "文档类型与模板不符", "文件写的文档类型是“{document}”，但模板“{template}”生成的是“{template_document}”"),
    Entry(608, "模板设置有误", "模板“{template}”的设置有误：{detail}"),
    Entry(609, "模板文件无法打开", "模板“{template}”的 Word 文件无法使用：{detail}"),
    Entry(610, "输出位置无法使用", "输出位置无法使用：{detail}"),
    Entry(611, "关联文件无法使用", "“{key}: {name}”无法使用：{detail}"),
    Entry(612, "模板未使用", "“{field}”写了，但模板“{template}”没有印出它（“{text}”不在文档里）：请换用印这一项的模板，或删去"),
    Entry(701, "已核对的警告没有出现",
          "{label}没有对应的警告：数据已改正或位置已变，请删除这一项，或按警告行末的【位置：…】改正"),
    Entry(702, "错误不能核对", "{label}：{detail}，错误不能核对，必须改正数据；已核对只能写警告（W 开头）"),
    Entry(900, "gen 内部错误", "gen 内部错误（不是数据问题）：{detail}"),
]}


def add_entry(entry: Entry) -> Entry:
    """A document kind that lives outside the generator (a plug-in, a test) adds its own codes here."""
    known = CATALOGUE.get(entry.number)
    if known is not None and known != entry:
        raise ValueError(f"problem code {entry.number} is taken by “{known.title}”")
    CATALOGUE[entry.number] = entry
    return entry


_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


def make(number: int, severity: Severity, location: Location, pointer: str = "", **fields) -> Problem:
    """Build a problem from the catalogue; every message goes through here, and is one line
    (a line break quoted from the data shows as ↵)."""
    entry = CATALOGUE[number]
    message = _LINE_BREAKS.sub("↵", entry.template.format(**fields)).replace("\t", " ")
    return Problem(number, severity, message, location, pointer)


@dataclass
class Problems:
    """An ordered collection with the queries the pipeline and the CLI need."""
    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    def extend(self, problems) -> None:
        self.items.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if not p.is_error]

    @property
    def acknowledged(self) -> list[Problem]:
        """Warnings the department file acknowledges (已核对): counted, not printed by default."""
        return [p for p in self.items if p.acknowledged and not p.is_error]

    def shown(self, everything: bool = False) -> list[Problem]:
        """The problems to print, in file order: without the acknowledged warnings unless `everything`."""
        return [p for p in self.sorted() if everything or not (p.acknowledged and not p.is_error)]

    def make_strict(self) -> None:
        """--strict: every warning nobody has acknowledged becomes an error."""
        self.items = [p if p.acknowledged else p.as_error() for p in self.items]

    def has_errors(self) -> bool:
        return any(p.is_error for p in self.items)

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.location.file, p.location.line, p.location.column, p.number))

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)
