"""Review by effect (issue 12, item 4): gen diff shows the figures, sentences, table cells and checks a change
touches; gen text works as git's textconv driver on the temporary files git hands it."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

import pytest

from conftest import EXAMPLE, MINIMAL, ROOT, SHANXI, cli, replace_once

PRIOR = "{科目编码: 210, 科目名称: 卫生健康支出,       决算数: 6.49}"


def _change(text: str, rate_from: str, rate_to: str) -> str:
    return replace_once(text, PRIOR, PRIOR.replace(rate_from, rate_to))


def _said(actual: str, prior: str) -> str:
    """“增加X万元，增长Y%” worked out here, independently of gen (ROUND_HALF_UP, two places)."""
    a, p = Decimal(actual), Decimal(prior)
    two = Decimal("0.01")
    return f"增加{(a - p).quantize(two, ROUND_HALF_UP)}万元，增长{((a - p) / p * 100).quantize(two, ROUND_HALF_UP)}%"


def _pair(tmp_path, new_text: str):
    shutil.copy(EXAMPLE, tmp_path / "旧.yaml")
    (tmp_path / "新.yaml").write_text(new_text, encoding="utf-8")


def test_one_prior_figure_changes_one_sentence(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    _pair(tmp_path, _change(text, "6.49", "6.94"))
    result = cli("diff", "旧.yaml", "新.yaml", cwd=tmp_path)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    line = text.split("\n").index(next(x for x in text.split("\n") if PRIOR in x)) + 1
    column = text.split("\n")[line - 1].index("6.49") + 1
    assert lines[:2] == ["输入的数字：1 处变化",
                         f"  新.yaml:{line}:{column}: 上年决算 › 一般公共预算财政拨款支出按科目 › 210 卫生健康支出 › 决算数：6.49 → 6.94"]
    before, after = _said("7.76", "6.49"), _said("7.76", "6.94")
    assert (before, after) == ("增加1.27万元，增长19.57%", "增加0.82万元，增长11.82%")     # the numbers hold
    assert lines[2] == "文档：1 处变化"
    assert lines[3].startswith("  五、一般公共预算财政拨款支出决算情况说明 › （三）一般公共预算财政拨款支出决算具体情况 › 卫生健康支出")
    assert f"“较上年决算{before}，主要原因是缴费基数调整。” → “较上年决算{after}，主要原因是缴费基数调整。”" in lines[3]
    assert lines[4:] == ["审核结果：没有变化"]


def test_table_cells_and_list_sentences_are_shown_by_row_and_column(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    text = replace_once(text, "科目名称: 办公费,                       决算数: 3.68}", "科目名称: 办公费,                       决算数: 3.78}")
    text = replace_once(text, "决算数: 2.77}", "决算数: 2.67}")
    _pair(tmp_path, text)
    lines = cli("diff", "旧.yaml", "新.yaml", cwd=tmp_path).stdout.splitlines()
    assert "  一般公共预算财政拨款基本支出决算明细表 › 30201 办公费 › 决算数：3.68 → 3.78" in lines
    assert "  一般公共预算财政拨款基本支出决算明细表 › 30208 取暖费 › 决算数：2.77 → 2.67" in lines
    sentence = next(x for x in lines if x.startswith("  六、"))
    assert "主要包括办公费3.68万元、取暖费2.77万元" in sentence.split(" → ")[0]
    assert "主要包括办公费3.78万元、取暖费2.67万元" in sentence.split(" → ")[1]
    assert lines[-1] == "审核结果：没有变化"                      # 302 sum unchanged: 0.10 moved between two rows


def test_checks_that_change_state_are_listed(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("本年收入合计: 196.40, 财政拨款收入: 196.40",
                                                       "本年收入合计: 196.39, 财政拨款收入: 196.39")
    _pair(tmp_path, text)
    out = cli("diff", "旧.yaml", "新.yaml", cwd=tmp_path).stdout
    assert "审核结果：4 处变化" in out                           # 196.39 + 214.61 = 411.00: both tails gone …
    assert out.count("  已消除：W301 收入决算表") == 2
    assert out.count("  新出现：新.yaml:") == 2 and out.count(" W701 已核对") == 2   # … and their acknowledgements stale
    assert "2013701 行政运行 › 本年收入合计：196.40 → 196.39" in out        # the 公开02 cell
    text = text.replace("本年收入合计: 196.39, 财政拨款收入: 196.39", "本年收入合计: 196.30, 财政拨款收入: 196.39")
    (tmp_path / "新.yaml").write_text(text, encoding="utf-8")
    out = cli("diff", "旧.yaml", "新.yaml", cwd=tmp_path).stdout
    assert "新.yaml 有错误，生成不了文档，无法比较文档（见下面的审核结果）" in out
    assert "新出现：新.yaml:" in out and " E30" in out


def _git(repo, *args, **kwargs):
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.invalid", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    return subprocess.run(["git", *args], cwd=kwargs.pop("cwd", repo), capture_output=True, env=env, check=True, **kwargs)


@pytest.fixture()
def data_repo(tmp_path):
    """A finance bureau's repository: its own template set (not gen's) and a 决算 linked to its 预算 file."""
    if shutil.which("git") is None:
        pytest.skip("git 未安装")
    repo = tmp_path / "数据仓库"
    (repo / "departments").mkdir(parents=True)
    shutil.copytree(SHANXI, repo / "templates" / "本局-2024-单位决算")
    text = EXAMPLE.read_text(encoding="utf-8").replace("模板: 山西-2024-单位决算", "模板: 本局-2024-单位决算")
    (repo / "departments" / "长治.yaml").write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "tests" / "data" / "最小预算.yaml", repo / "departments" / "测试-2024预算.yaml")
    linked = replace_once(MINIMAL.read_text(encoding="utf-8"), "年度: 2024\n", "年度: 2024\n预算文件: 测试-2024预算.yaml\n")
    start, end = linked.index("年初预算:"), linked.index("情况说明:")
    linked = replace_once(linked[:start] + linked[end:], "  预算数: {公务接待费: 1.00}", "  预算数: {}")
    linked = linked.replace("模板: 山西-2024-单位决算", "模板: 本局-2024-单位决算")
    (repo / "departments" / "测试-2024决算.yaml").write_text(linked, encoding="utf-8")
    (repo / ".gitattributes").write_text("*.yaml diff=gen\n", encoding="utf-8")
    _git(repo, "init", "-q", ".")
    _git(repo, "config", "diff.gen.textconv", f"{sys.executable} -m generator text --links departments")
    _git(repo, "config", "core.quotepath", "false")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-qm", "起点")
    return repo


def test_git_diff_shows_the_document_through_the_textconv_driver(data_repo):
    path = data_repo / "departments" / "长治.yaml"
    path.write_text(_change(path.read_text(encoding="utf-8"), "6.49", "6.94"), encoding="utf-8")
    for where in (data_repo, data_repo / "departments"):          # git runs the driver at the top of the work tree
        out = _git(data_repo, "diff", cwd=where).stdout.decode("utf-8")
        changed = [x for x in out.splitlines() if x[:1] in "+-" and not x.startswith(("+++", "---"))]
        assert "--- a/departments/长治.yaml" in out                    # core.quotepath false: the name as a name
        assert len(changed) == 2, out
        assert changed[0].startswith("-卫生健康支出") and "较上年决算增加1.27万元，增长19.57%" in changed[0]
        assert changed[1].startswith("+卫生健康支出") and "较上年决算增加0.82万元，增长11.82%" in changed[1]


def test_textconv_resolves_the_linked_budget_file_from_a_temporary_copy(data_repo):
    path = data_repo / "departments" / "测试-2024决算.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("单位性质: 行政单位", "单位性质: 行政单位\n  公开日期: 2025年8月1日"),
                    encoding="utf-8")
    out = _git(data_repo, "diff", "departments/测试-2024决算.yaml").stdout.decode("utf-8")
    assert "问题：" not in out                                     # the old side (a temporary file) found its 预算 file
    assert "+2025年8月1日" in out
    text = cli("text", str(path), "--links", str(data_repo / "departments")).stdout
    assert "一般公共服务支出年初预算110.00万元" in text                # 年初预算 from the linked 预算 file


def test_gen_diff_against_a_git_revision(data_repo):
    path = data_repo / "departments" / "长治.yaml"
    path.write_text(_change(path.read_text(encoding="utf-8"), "6.49", "6.94"), encoding="utf-8")
    result = cli("diff", "HEAD", str(path))
    assert result.exit_code == 0
    assert "上年决算 › 一般公共预算财政拨款支出按科目 › 210 卫生健康支出 › 决算数：6.49 → 6.94" in result.stdout
    assert "“较上年决算增加0.82万元，增长11.82%，主要原因是缴费基数调整。”" in result.stdout
    for bad in (("--", "--output=/tmp/x"), ("没有这个版本",), ("HEAD:../../etc/passwd",)):
        refused = cli("diff", *bad, str(path))
        assert refused.exit_code == 1 and refused.stdout == ""
        assert refused.stderr.startswith("gen diff：") and len(refused.stderr.strip().splitlines()) == 1


def test_gen_text_reports_problems_without_failing_git(tmp_path):
    (tmp_path / "x.yaml").write_text(MINIMAL.read_text(encoding="utf-8").replace("财政拨款收入: 100.00", "财政拨款收入: 一百", 1),
                                     encoding="utf-8")
    result = cli("text", "x.yaml", cwd=tmp_path)
    assert result.exit_code == 0
    assert result.stdout.startswith("问题：E102 ")
