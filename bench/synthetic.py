"""Synthetic departments that are valid by construction (for the benchmark and batch tests).

Every figure is drawn at random in whole 分 (0.01万元) and every total is made from its
parts, so `gen check` finds nothing: the 审核公式 hold exactly.  Only leaf figures are
written; 类、款 and 合计 rows are left for gen to compute.
"""
from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

ITEMS = [  # (项, 名称, 基本/项目)
    ("2013701", "行政运行", "基本支出"),
    ("2013702", "一般行政管理事务", "项目支出"),
    ("2013750", "事业运行", "基本支出"),
    ("2080505", "机关事业单位基本养老保险缴费支出", "基本支出"),
    ("2080506", "机关事业单位职业年金缴费支出", "基本支出"),
    ("2101101", "行政单位医疗", "基本支出"),
    ("2210201", "住房公积金", "基本支出"),
]
PERSONNEL = [("30101", "基本工资"), ("30102", "津贴补贴"), ("30103", "奖金"), ("30108", "机关事业单位基本养老保险缴费"),
             ("30113", "住房公积金")]
PUBLIC = [("30201", "办公费"), ("30207", "邮电费"), ("30211", "差旅费"), ("30227", "委托业务费"), ("30239", "其他交通费用")]


def _cents(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high)


def _split(rng: random.Random, total: int, n: int) -> list[int]:
    """`total` 分 into `n` positive parts that add up exactly."""
    cuts = sorted(rng.sample(range(1, total), n - 1)) if total > n else list(range(1, n))
    return [b - a for a, b in zip([0] + cuts, cuts + [total])]


def money(cents: int) -> str:
    return f"{Decimal(cents) / 100:.2f}"


def department(index: int, seed: int = 2024, template: str = "山西-2024-单位决算") -> str:
    rng = random.Random(seed * 100003 + index)
    items = sorted(rng.sample(ITEMS, 4), key=lambda x: x[0])
    if not any(kind == "项目支出" for _, _, kind in items):
        items = sorted(items[:3] + [ITEMS[1]], key=lambda x: x[0])
    amounts = {code: _cents(rng, 50_000, 3_000_000) for code, _, _ in items}
    basic = sum(a for (code, _, kind) in items for a in [amounts[code]] if kind == "基本支出")
    total = sum(amounts.values())
    personnel_total = basic * rng.randint(70, 90) // 100
    public_total = basic - personnel_total
    personnel = _split(rng, personnel_total, len(PERSONNEL))
    public = _split(rng, public_total, len(PUBLIC))
    three_budget = _cents(rng, 100, 5_000)
    three_actual = _cents(rng, 0, three_budget)
    goods, services = _cents(rng, 0, 200_000), _cents(rng, 0, 500_000)
    prior_total = total + _cents(rng, -total // 5, total // 5)
    classes = sorted({code[:3] for code, _, _ in items})
    names = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "210": "卫生健康支出", "221": "住房保障支出"}
    by_class = {c: sum(amounts[code] for code, _, _ in items if code.startswith(c)) for c in classes}
    budget = {c: by_class[c] + _cents(rng, 0, 50_000) for c in classes}
    lines = [
        f"模板: {template}",
        "年度: 2024",
        "单位:",
        f"  名称: 合成测试单位{index:04d}",
        "  单位性质: 行政单位",
        f'  主管部门编码: "{900 + index % 90}"',
        f'  预算单位编码: "{900 + index % 90}001"',
        "概况:",
        "  职责: [负责网络安全和信息化工作, 负责网络舆情工作, 负责网上宣传工作]",
        "  内设机构: [综合科, 网络安全科, 信息化科]",
        "收入支出决算总表: {年初结转和结余: 0}",
        "收入决算表:",
        "  科目:",
    ]
    lines += [f"    - {{科目编码: {code}, 科目名称: {name}, 财政拨款收入: {money(amounts[code])}}}" for code, name, _ in items]
    for key in ("支出决算表", "一般公共预算财政拨款支出决算表"):
        lines += [f"{key}:", "  科目:"]
        lines += [f"    - {{科目编码: {code}, 科目名称: {name}, {kind}: {money(amounts[code])}}}" for code, name, kind in items]
    lines += [
        "财政拨款收入支出决算总表:",
        f"  本年收入: {{一般公共预算财政拨款: {money(total)}}}",
        "一般公共预算财政拨款基本支出决算明细表:",
        "  科目:",
    ]
    lines += [f"    - {{科目编码: {c}, 科目名称: {n}, 决算数: {money(v)}}}" for (c, n), v in zip(PERSONNEL, personnel)]
    lines += [f"    - {{科目编码: {c}, 科目名称: {n}, 决算数: {money(v)}}}" for (c, n), v in zip(PUBLIC, public)]
    lines += [
        "财政拨款三公经费支出决算表:",
        f"  预算数: {{公务接待费: {money(three_budget)}}}",
        f"  决算数: {{公务接待费: {money(three_actual)}}}",
        "相关信息统计表:",
        f"  政府采购: {{货物: {money(goods)}, 服务: {money(services)}}}",
        f"  机关运行经费: {{行政单位: {money(public_total)}}}",
        f"  车辆: {{机要通信用车: {rng.randint(0, 3)}}}",
        "上年决算:",
        *(f"  {k}: {money(prior_total)}" for k in ("收入总计", "支出总计", "财政拨款收入总计", "财政拨款支出总计",
                                                   "一般公共预算财政拨款支出")),
        "  一般公共预算财政拨款支出按科目:",
        *(f"    - {{科目编码: {c}, 科目名称: {names[c]}, 决算数: {money(max(1, by_class[c] + _cents(rng, -by_class[c] // 4, by_class[c] // 4)))}}}"
          for c in classes),
        f"  三公经费: {{公务接待费: {money(_cents(rng, 0, 5_000))}}}",
        f"  机关运行经费: {money(_cents(rng, 1_000, max(1_001, public_total)))}",
        "年初预算:",
        "  一般公共预算财政拨款支出按科目:",
        *(f"    - {{科目编码: {c}, 科目名称: {names[c]}, 预算数: {money(budget[c])}}}" for c in classes),
        "情况说明:",
        "  收支总计变动原因: 人员和项目变动",
        "  一般公共预算财政拨款支出变动原因: 人员和项目变动",
        "  科目说明:",
        *(f"    - {{科目编码: {c}, 用途: 保障机构正常运转, 变动原因: 人员变动}}" for c in classes),
        "  三公经费: {变动原因: 公务接待安排变化, 公务接待费: {变动原因: 公务接待安排变化}}",
        "  机关运行经费变动原因: 办公经费变化",
        f"  政府采购: {{授予中小企业合同金额: {money(goods + services)}, 授予小微企业合同金额: {money(services)}}}",
        "项目支出绩效自评表:",
    ]
    for s in range(2):
        sheet_budget = _cents(rng, 10_000, 500_000)
        spent = _cents(rng, sheet_budget // 2, sheet_budget)
        lines += [
            f"  - 项目名称: 网络安全专项{s + 1}",
            "    资金:",
            f"      - {{来源: 市级财政资金, 目标申报数: {money(sheet_budget)}, 预算编制数: {money(sheet_budget)}, "
            f"全年预算数: {money(sheet_budget)}, 全年执行数: {money(spent)}}}",
            "    年度目标: 保障网络安全，提高信息化水平。",
            "    实际完成情况: 完成全年网络安全保障任务。",
            "    指标:",
            f"      - {{一级指标: 产出指标, 二级指标: 数量指标, 三级指标: 检测次数, 调整后指标值: ≥4次, 实际完成值: 4次, 分值: 50, 得分: {rng.randint(35, 50)}}}",
            f"      - {{一级指标: 效益指标, 二级指标: 社会效益, 三级指标: 网络安全水平, 调整后指标值: 提高, 实际完成值: 达成, 分值: 30, 得分: {rng.randint(20, 30)}}}",
            f"      - {{一级指标: 满意度指标, 二级指标: 服务对象满意度, 三级指标: 服务对象满意度, 调整后指标值: ≥90%, 实际完成值: 95%, 分值: 10, 得分: {rng.randint(8, 10)}}}",
        ]
    return "\n".join(lines) + "\n"


def write(directory: Path, count: int, seed: int = 2024) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = directory / f"合成{i:04d}.yaml"
        path.write_text(department(i, seed), encoding="utf-8")
        paths.append(path)
    return paths
