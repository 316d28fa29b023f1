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

    @property
    def code(self) -> str:
        return f"{self.severity.value}{self.number:03d}"

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def __str__(self) -> str:
        return f"{self.location}: {self.code} {self.message}"

    def as_error(self) -> "Problem":
        return Problem(self.number, Severity.ERROR, self.message, self.location, self.pointer)


@dataclass(frozen=True)
class Kind:
    number: int
    title: str
    template: str


# The catalogue.  Numbers are stable; the hundreds group the stage:
#   0xx reading the file, 1xx schema, 2xx classification codes, 3xx 审核公式 (identities),
#   4xx self-evaluation sheets, 5xx human text, 6xx templates and output, 9xx gen itself (a bug, not the data).
CATALOGUE: dict[int, Kind] = {k.number: k for k in [
    Kind(1, "YAML 语法错误", "YAML 语法错误：{detail}"),
    Kind(2, "重复的键", "重复的键“{key}”：同一层级已在第{first_line}行出现过，请删除或合并其中一个"),
    Kind(3, "文件无法读取", "文件无法读取：{detail}"),
    Kind(4, "文件为空", "文件为空或不是一个键值表（YAML 映射）"),
    Kind(5, "含控制字符", "文字中有控制字符 {char}：Word 文档不能包含它，请删去（常见于从其他软件复制来的文字）"),
    Kind(6, "文件太大", "文件太大（{size} MB）：数据文件最大 {limit} MB"),
    Kind(7, "层级太深", "层级太深（超过{depth}层）：数据文件用不到这么多层缩进或括号，请检查括号是否成对"),
    Kind(8, "锚点和别名", "不支持 YAML 锚点和别名（“{mark}”）：请把每个值直接写出来"),
    Kind(9, "没有数据文件", "没有找到部门数据文件：这个文件夹中没有 .yaml 或 .yml 文件"),
    Kind(101, "缺少必填字段", "{where}缺少必填字段“{field}”{title}"),
    Kind(102, "类型错误", "{where}“{field}”应为{expected}，实际是{actual}“{value}”"),
    Kind(103, "未知字段", "{where}有未知字段“{field}”{hint}"),
    Kind(104, "金额为负", "{where}“{field}”不能为负数，实际是 {value}"),
    Kind(105, "取值不在允许范围", "{where}“{field}”应为 {allowed} 之一，实际是“{value}”"),
    Kind(106, "格式错误", "{where}“{field}”格式不对：{expected}，实际是“{value}”"),
    Kind(107, "内容不符合要求", "{where}“{field}”{detail}"),
    Kind(108, "数值超出范围", "数字 {value} 超出范围：{detail}"),
    Kind(109, "小数位过多", "{where}“{field}” {value} 有{places}位小数：{rule}，表中印为 {shown}，审核按 {value} 计算；请核对"),
    Kind(201, "科目名称与编码不符", "{table}科目编码 {code} 的名称应为“{expected}”，实际填写“{actual}”"),
    Kind(202, "科目编码不存在", "{table}科目编码 {code} 不在 {year} 年{kind}中"),
    Kind(203, "科目编码未收录", "{table}科目编码 {code}“{name}”未收录于项目的 {year} 年{kind}参考表，名称无法核对"),
    Kind(204, "科目重复", "{table}科目编码 {code} 出现了两次（另一处在第{other_line}行）"),
    Kind(205, "模板不列示该科目", "{table}科目编码 {code}“{name}”不在模板“{template}”的表格行中，该金额将无处列示"),
    Kind(301, "上下级科目不等", "{table}{parent} {parent_value}万元 ≠ 下级科目合计 {sum_value}万元（{parts}，差{diff}万元）{tail}"),
    Kind(302, "行合计不等", "{table}{row}“{column}” {total}万元 ≠ 各栏之和 {sum_value}万元（{parts}，差{diff}万元）{tail}"),
    Kind(303, "合计行不等", "{table}合计行“{column}” {total}万元 ≠ 各类之和 {sum_value}万元（差{diff}万元）{tail}"),
    Kind(304, "表间数据不一致", "{left_table}{left_label} {left_value}万元 ≠ {right_table}{right_label} {right_value}万元（差{diff}万元，{right_where}）{tail}"),
    Kind(305, "总计不平衡", "{table}{left_label} {left_value}万元 ≠ {right_label} {right_value}万元（差{diff}万元）{tail}"),
    Kind(306, "填写值与计算值不符", "{table}{label}填写 {given}，按{basis}计算应为 {computed}（差{diff}）{tail}"),
    Kind(307, "数量不一致", "{table}{label} {given} ≠ {basis} {computed}"),
    Kind(308, "超过上限", "{table}{label} {given} 超过{basis} {computed}"),
    Kind(401, "分值合计不是100", "绩效自评表“{project}”各指标分值合计 {total}分（含预算执行{budget_weight}分），应为100分"),
    Kind(402, "得分超过分值", "绩效自评表“{project}”指标“{indicator}”得分 {score} 超过分值 {weight}"),
    Kind(403, "全年预算数为零", "绩效自评表“{project}”全年预算数为 0，无法计算执行率和预算执行得分"),
    Kind(404, "执行数超过预算", "绩效自评表“{project}”全年执行数 {spent}万元 超过全年预算数 {budget}万元"),
    Kind(405, "自评表与说明不一致", "情况说明“预算绩效”{label}填写 {given}，附件自评表计算为 {computed}（{basis}）"),
    Kind(501, "说明文字含数字", "“{field}”是说明文字，不应含金额或百分比（“{match}”）：数字由表格生成，请删去或改写"),
    Kind(601, "未知模板", "未知模板“{name}”：{detail}"),
    Kind(602, "模板标签无值", "模板“{template}”{part}的标签 {tag} 没有对应的数据（{detail}）"),
    Kind(603, "模板错误", "模板“{template}”有错误：{detail}"),
    Kind(604, "无法写入输出", "无法写入 {path}：{detail}"),
    Kind(605, "无法生成 PDF", "无法生成 PDF：{detail}"),
    Kind(608, "模板设置有误", "模板“{template}”的设置有误：{detail}"),
    Kind(609, "模板文件无法打开", "模板“{template}”的 Word 文件无法使用：{detail}"),
    Kind(610, "输出位置无法使用", "输出位置无法使用：{detail}"),
    Kind(900, "gen 内部错误", "gen 内部错误（不是数据问题）：{detail}"),
]}


_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")


def make(number: int, severity: Severity, location: Location, pointer: str = "", **fields) -> Problem:
    """Build a problem from the catalogue; every message goes through here, and is one line
    (a line break quoted from the data shows as ↵)."""
    kind = CATALOGUE[number]
    message = _LINE_BREAKS.sub("↵", kind.template.format(**fields)).replace("\t", " ")
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

    def has_errors(self) -> bool:
        return any(p.is_error for p in self.items)

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=lambda p: (p.location.file, p.location.line, p.location.column, p.number))

    def __iter__(self):
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)
