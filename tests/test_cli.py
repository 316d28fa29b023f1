"""The command line as a clerk uses it: exit codes, where files go, and that failures write nothing."""
import re

from conftest import EXAMPLE, ROOT, cli, gen


def test_check_example_reports_the_published_tail_differences_and_exits_0():
    """The example acknowledges its published tail differences (已核对): counted, listed only with --全部."""
    result = gen("check", "departments/长治网信办.yaml")
    assert result.returncode == 0
    codes = sorted(re.search(r": ([EW]\d{3}) ", line).group(1) for line in result.stdout.splitlines())
    # the published sheet's weights (W401), the department's words against its own tables (W508) and its 绩效
    # statement against its attached sheets (W425): not acknowledged
    assert codes == ["W401", "W425"] + ["W508"] * 5
    assert "0 个错误，18 个警告（其中 11 个已核对，未列出，--全部 可列出）" in result.stderr
    result = gen("check", "--全部", "departments/长治网信办.yaml")
    lines = result.stdout.splitlines()
    codes = sorted(re.search(r": ([EW]\d{3}) ", line).group(1) for line in lines)
    # W506: the text mentions 2022 (a true statement); W508: the seed's own words disagree with its tables
    # (73.93%, 9.9万元, 99.99%, 60,000.00元, 4.91万元 — NOTES.md proves each from the sheets)
    assert codes == ["W301"] * 4 + ["W302"] * 6 + ["W401", "W425", "W506"] + ["W508"] * 5
    assert lines[0] == ("departments/长治网信办.yaml:42:67: W301 收入决算表“本年收入合计”栏：20137 网信事务 411.00万元 ≠ "
                        "下级科目合计 411.01万元（2013701 196.40 + 2013702 214.61，差0.01万元）；在尾数误差范围内（每项≤0.01万元），"
                        "请与财务系统核对【位置：收入决算表/科目/20137/本年收入合计】（已核对：公开02表原样：20137 网信事务公布 411.00，"
                        "2013701 196.40 + 2013702 214.61 = 411.01，财政系统元转万元的尾差）")
    assert "0 个错误，18 个警告（其中 11 个已核对）" in result.stderr


def test_strict_turns_warnings_into_errors():
    result = gen("check", "--strict", "departments/长治网信办.yaml")
    assert result.returncode == 1
    assert " E401 " in result.stdout


def test_build_writes_the_documented_path_and_nothing_else(tmp_path):
    result = gen("build", str(EXAMPLE), "--out", str(tmp_path), "--no-paginate")
    assert result.returncode == 0, result.stdout + result.stderr
    target = tmp_path / "长治网信办" / "2024年度单位决算公开.docx"
    assert f"已生成 {target}" in result.stdout
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == [".gen-build.json", target.name]


def test_missing_file_is_a_located_chinese_error(tmp_path):
    result = gen("check", str(tmp_path / "没有这个文件.yaml"))
    assert result.returncode == 1
    assert "E003 文件无法读取" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_strict_build_with_warnings_writes_nothing(tmp_path):
    result = gen("build", "--strict", str(EXAMPLE), "--out", str(tmp_path), "--no-paginate")
    assert result.returncode == 1
    assert "未生成文件" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_folder_checks_every_department_and_fails_if_any_fails(tmp_path):
    (tmp_path / "好.yaml").write_text((ROOT / "tests" / "data" / "最小单位.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "坏.yaml").write_text("模板: [\n", encoding="utf-8")
    result = gen("check", str(tmp_path))
    assert result.returncode == 1
    assert "坏.yaml:2:1: E001" in result.stdout
    assert "好.yaml：0 个错误，0 个警告" in result.stderr


def test_gen_text_prints_the_document_and_its_warnings_without_writing(tmp_path):
    result = cli("text", str(EXAMPLE), cwd=tmp_path)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    problems = [line for line in lines if line.startswith("问题：")]
    assert sorted(line[3:7] for line in problems) == ["W401", "W425"] + ["W508"] * 5   # acknowledged ones are not shown
    assert lines[:len(problems)] == problems
    assert "2024年度收入总计502.98万元，支出总计502.98万元。与上年相比，收入总计减少58.63万元，下降10.44%，支出总计减少58.63万元，下降10.44%。主要原因是2024年底，部分项目资金被平衡，未按合同要求进行支付。" in lines
    assert list(tmp_path.iterdir()) == []
