"""Where seed 002's own text disagrees with its tables, gen check on the published figures says why.

The department file holds the tables as published; its narrative is derived, so it cannot
disagree.  Here we add what the published text *claims* (the 绩效 paragraph's counts and
money, and the 网信长治 sheet's printed 总分 of 100) and check that each claim is refuted
with the numbers that prove it wrong.
"""
from conftest import EXAMPLE, cli, replace_once, write_variant

CLAIMS = "  绩效核对数: {项目个数: 13, 资金: 224.5, 优: 8, 良: 2, 中: 3}\n"


def test_published_claims_are_refuted_with_numbers(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    text = replace_once(text, "  其他需要说明的事项: 本单位无其他需要说明的事项\n",
                        "  其他需要说明的事项: 本单位无其他需要说明的事项\n" + CLAIMS)
    text = replace_once(text, "  - 项目名称: 网信长治\n", "  - 项目名称: 网信长治\n    总分: 100\n    等级: 优\n")
    write_variant(tmp_path, "长治网信办-原文.yaml", text)
    result = cli("check", "长治网信办-原文.yaml", cwd=tmp_path)
    errors = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if " E" in line]
    assert result.exit_code == 1
    assert errors == [
        "E405 情况说明“预算绩效”项目个数填写 13，附件自评表计算为 11（附件自评表张数）",
        "E407 情况说明“预算绩效”资金填写 224.50万元，附件自评表计算为 全年预算数244.37万元、全年执行数105.77万元（各表资金之和）",
        "E406 情况说明“预算绩效”等级为“优”的项目个数填写 8，附件自评表计算为 5（各表总分按等级规则计数）",
        "E406 情况说明“预算绩效”等级为“良”的项目个数填写 2，附件自评表计算为 3（各表总分按等级规则计数）",
        "E408 绩效自评表“网信长治”：总分填写 100，按各指标得分与预算执行得分之和计算应为 90.00（差10）",
    ]
    assert "W401 绩效自评表“网信长治”各指标分值合计 90分（含预算执行10分），应为100分" in result.stdout
