"""Issue 13: one data model for every province — what the next province's document asks for.

Each test makes a template set the way README “新增一套模板” says (copy 山西-2024-单位决算, change 设置.yaml,
edit 模板.docx — no Python), gives it a small department that says the new thing, builds the document and
reads it back.  The edits to the .docx are what a clerk would type in Word: a sentence with tags, a table row.
"""
from __future__ import annotations

import copy
import shutil
import zipfile
from pathlib import Path

import yaml
from docx import Document

from generator import document_text

from conftest import MINIMAL, SHANXI, cli, replace_once

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class TemplateSet:
    """A copy of the 山西 set under tmp/templates/<name>, edited as a clerk would."""

    def __init__(self, root: Path, name: str = "某省-2025-部门决算"):
        self.name = name
        self.folder = root / "templates" / name
        shutil.copytree(SHANXI, self.folder)
        self.settings(名称=name)

    def settings(self, **changes) -> "TemplateSet":
        path = self.folder / "设置.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data.update(changes)
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return self

    def _edit(self, change) -> None:
        docx = self.folder / "模板.docx"
        with zipfile.ZipFile(docx) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        parts["word/document.xml"] = change(parts["word/document.xml"].decode("utf-8")).encode("utf-8")
        with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)

    def reword(self, old: str, new: str) -> "TemplateSet":
        """Replace a piece of text that stands in one run (a sentence or a tag)."""
        def change(xml: str) -> str:
            assert xml.count(old) == 1, f"{old!r} occurs {xml.count(old)} times in the template"
            return xml.replace(old, new)
        self._edit(change)
        return self

    def remove(self, *pieces: str) -> "TemplateSet":
        """Delete every paragraph and table whose text contains one of `pieces` (a form the province does not have)."""
        from lxml import etree

        def change(xml: str) -> str:
            root = etree.fromstring(xml.encode("utf-8"))
            body = root.find(f"{W}body")
            for element in list(body):
                if element.tag in (f"{W}p", f"{W}tbl") and any(p in "".join(element.itertext()) for p in pieces):
                    body.remove(element)
            return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode("utf-8")
        self._edit(change)
        return self

    def copy_table(self, source_tag: str, target_tag: str, *renames: tuple[str, str]) -> "TemplateSet":
        """Put a copy of the table that holds `source_tag` in place of the table that holds `target_tag` (a clerk
        copies a table of the form and retypes its tags)."""
        from lxml import etree

        def change(xml: str) -> str:
            root = etree.fromstring(xml.encode("utf-8"))
            tables = list(root.iter(f"{W}tbl"))
            source = next(t for t in tables if source_tag in "".join(t.itertext()))
            target = next(t for t in tables if target_tag in "".join(t.itertext()))
            text = etree.tostring(source, encoding="unicode")
            for old, new in renames:
                text = text.replace(old, new)
            target.getparent().replace(target, etree.fromstring(text))
            return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True).decode("utf-8")
        self._edit(change)
        return self

    def table_after(self, anchor: str, rows: list[list[str]]) -> "TemplateSet":
        """A new table (one paragraph per cell, the style of the anchor paragraph's table neighbours) after the
        paragraph whose text contains `anchor`; a row of one cell is a {%tr %} row."""
        document = Document(str(self.folder / "模板.docx"))
        paragraph = next(p for p in document.paragraphs if anchor in p.text)
        width = max(len(r) for r in rows)
        table = document.add_table(rows=len(rows), cols=width)
        table.style = document.tables[0].style
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                table.cell(r, c).text = text
        paragraph._p.addnext(table._tbl)
        document.save(str(self.folder / "模板.docx"))
        return self

    def paragraphs_after(self, anchor: str, *texts: str) -> "TemplateSet":
        """New paragraphs (same style as the anchor paragraph) after the paragraph whose text contains `anchor`."""
        document = Document(str(self.folder / "模板.docx"))
        paragraph = next(p for p in document.paragraphs if anchor in p.text)
        element = paragraph._p
        for text in texts:
            new = copy.deepcopy(paragraph._p)
            runs = new.findall(f"{W}r")
            for run in runs[1:]:
                new.remove(run)
            for t in runs[0].findall(f"{W}t")[1:]:
                runs[0].remove(t)
            t = runs[0].find(f"{W}t")
            t.text = text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            element.addnext(new)
            element = new
        document.save(str(self.folder / "模板.docx"))
        return self


def department(tmp_path: Path, template: TemplateSet | None, *edits: tuple[str, str], name: str = "单位") -> Path:
    text = MINIMAL.read_text(encoding="utf-8")
    if template is not None:
        text = replace_once(text, "模板: 山西-2024-单位决算", f"模板: {template.name}")
    for old, new in edits:
        text = replace_once(text, old, new)
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def check(tmp_path: Path, path: Path):
    return cli("check", path.name, "--templates", "templates", cwd=tmp_path)


def build(tmp_path: Path, path: Path) -> tuple[object, list[str]]:
    """(the CLI result, the document's lines) — lines empty when nothing was built."""
    result = cli("build", path.name, "--templates", "templates", "--out", "output", "--no-paginate", cwd=tmp_path)
    built = list((tmp_path / "output" / path.stem).glob("*.docx"))
    return result, (document_text.lines(Document(str(built[0]))) if built else [])


def problem_lines(result) -> list[str]:
    return [line.split(": ", 1)[1] for line in result.stdout.splitlines() if ": E" in line or ": W" in line]


# ───────────────────────────── item 7: 类 rows typed in 公开01/04 ─────────────────────────────

def test_class_rows_typed_in_the_summary_tables_are_printed_and_checked_on_both_sides(tmp_path):
    template = TemplateSet(tmp_path)
    path = department(tmp_path, template,
                      ("收入支出决算总表:\n  年初结转和结余: 0\n",
                       "收入支出决算总表:\n  年初结转和结余: 0\n  支出: {一般公共服务支出: 110.01, 社会保障和就业支出: 20.00}\n"),
                      ("  本年收入: {一般公共预算财政拨款: 130.00}\n",
                       "  本年收入: {一般公共预算财政拨款: 130.00}\n"
                       "  支出:\n    一般公共服务支出: {合计: 110.01, 一般公共预算财政拨款: 110.01}\n"))
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0, result.stdout
    found = problem_lines(result)
    text = path.read_text(encoding="utf-8").splitlines()
    expense_rows = next(i for i, line in enumerate(text, 1) if line == "支出决算表:") + 2   # its first 科目 row
    general_rows = next(i for i, line in enumerate(text, 1) if line == "一般公共预算财政拨款支出决算表:") + 2
    assert found == [
        f"W323 收入支出决算总表“一般公共服务支出” 110.01万元 ≠ 支出决算表 201 一般公共服务支出“本年支出合计” 110.00万元"
        f"（差0.01万元，见第{expense_rows}行）；在尾数误差范围内（每项≤0.01万元），请与财务系统核对"
        "【位置：收入支出决算总表/支出/一般公共服务支出】",
        f"W324 财政拨款收入支出决算总表“一般公共服务支出”“一般公共预算财政拨款” 110.01万元 ≠ 一般公共预算财政拨款支出决算表 "
        f"201 一般公共服务支出“本年支出合计” 110.00万元（差0.01万元，见第{general_rows}行）；在尾数误差范围内（每项≤0.01万元），"
        "请与财务系统核对【位置：财政拨款收入支出决算总表/支出/一般公共服务支出/一般公共预算财政拨款】",
    ]
    # the published figure is printed in 公开01 and 04, the tables' own in 公开03 and 05
    assert "| 一、一般公共预算财政拨款收入 | 1 | 130.00 | 一、一般公共服务支出 | 32 | 110.01 |" in lines
    assert "| 一、一般公共预算财政拨款 | 1 | 130.00 | 一、一般公共服务支出 | 33 | 110.01 | 110.01 |  |  |" in lines
    assert lines.count("| 201 | 一般公共服务支出 | 110.00 | 100.00 | 10.00 |") == 1           # 公开05
    assert "| 201 | 一般公共服务支出 | 110.00 | 100.00 | 10.00 |  |  |  |" in lines               # 公开03


def test_a_class_the_form_does_not_list_or_a_gap_beyond_the_tail_is_an_error(tmp_path):
    template = TemplateSet(tmp_path)
    path = department(tmp_path, template,
                      ("收入支出决算总表:\n  年初结转和结余: 0\n",
                       "收入支出决算总表:\n  年初结转和结余: 0\n  支出: {一般公共服务支出: 111.00, 一般公共服务: 1}\n"))
    result = check(tmp_path, path)
    assert result.exit_code == 1
    found = problem_lines(result)
    assert found[0].startswith("E323 收入支出决算总表“一般公共服务支出” 111.00万元 ≠ 支出决算表 201 一般公共服务支出“本年支出合计” "
                               "110.00万元（差1.00万元，见第")
    assert found[1] == ("E205 收入支出决算总表：科目编码 （无）“一般公共服务”不在模板“某省-2025-部门决算”的表格行中，"
                        "该金额将无处列示")


# ───────────────────────────── items 1 and 2: 全年预算, and reasons by direction ─────────────────────────────

BUDGETS = ("年初预算:\n  一般公共预算财政拨款支出按科目:\n"
           "    - {科目编码: 201, 科目名称: 一般公共服务支出, 预算数: 120.00}\n"
           "    - {科目编码: 208, 科目名称: 社会保障和就业支出, 预算数: 20.00}\n",
           "年初预算:\n  一般公共预算财政拨款支出合计: {预算数: 110.00, 全年预算数: 150.00}\n"
           "  一般公共预算财政拨款支出按科目:\n"
           "    - {科目编码: 2013701, 预算数: 110.00, 全年预算数: 105.00}\n"
           "    - {科目编码: 2013702, 全年预算数: 20.00}\n"
           "    - {科目编码: 2080505, 预算数: 0, 全年预算数: 25.00}\n")
REASONS = (("    - {科目编码: 201, 用途: 机关运行, 变动原因: 人员增加}\n    - {科目编码: 208, 用途: 养老保险缴费}\n",
            "    - {科目编码: 201, 用途: 机关运行, 变动原因: 人员增加, 预算差异原因: {小于: 实际支出低于预算}}\n"
            "    - {科目编码: 208, 用途: 养老保险缴费, 预算差异原因: {小于: 养老保险缴费低于预算}}\n"),
           ("  收支总计变动原因: 人员增加\n",
            "  收支总计变动原因: 人员增加\n"
            "  一般公共预算财政拨款支出预算差异原因: {小于: 部分项目年底未支付}\n"))


def test_the_set_compares_with_the_adjusted_budget_and_names_it(tmp_path):
    template = TemplateSet(tmp_path).settings(完成预算={"基数": "全年预算", "称为": "全年预算"})
    template.reword("{% else %}{{ c.预算.称为 }}{{ c.预算.预算数 }}万元，",
                    "{% else %}{% if c.年初预算.未安排预算 %}年初未安排预算{% else %}年初预算{{ c.年初预算.预算数 }}万元{% endif %}，"
                    "{{ c.预算.称为 }}{{ c.预算.预算数 }}万元，")
    path = department(tmp_path, template, BUDGETS, *REASONS)
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0 and problem_lines(result) == [], result.stdout
    assert ("2024年度一般公共预算财政拨款支出全年预算150.00万元，支出决算130.00万元，完成全年预算的86.67%。"
            "决算数小于全年预算数的主要原因是部分项目年底未支付。其中：") in lines
    assert ("一般公共服务支出年初预算110.00万元，全年预算125.00万元，支出决算110.00万元，完成全年预算的88.00%，用于机关运行。"
            "较上年决算增加5.00万元，增长4.76%，主要原因是人员增加。决算数小于全年预算数的主要原因是实际支出低于预算。") in lines
    # the 上海 case: nothing at the start of the year, less spent than the adjusted budget — said so, not “大于”
    assert ("社会保障和就业支出年初未安排预算，全年预算25.00万元，支出决算20.00万元，完成全年预算的80.00%，用于养老保险缴费。"
            "与上年决算持平。决算数小于全年预算数的主要原因是养老保险缴费低于预算。") in lines


def test_against_the_initial_budget_a_reason_for_the_other_direction_is_not_printed(tmp_path):
    """The same department under the 山西 set (年初预算): nothing says “大于…低于预算”; the unprinted reasons are W507."""
    path = department(tmp_path, None, BUDGETS, *REASONS)
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0
    assert "2024年度一般公共预算财政拨款支出年初预算110.00万元，支出决算130.00万元，完成年初预算的118.18%。其中：" in lines
    items = [line for line in lines if line.startswith(("一般公共服务支出年初", "社会保障和就业支出未安排"))]
    assert items == ["一般公共服务支出年初预算110.00万元，支出决算110.00万元，完成年初预算的100.00%，用于机关运行。"
                     "较上年决算增加5.00万元，增长4.76%，主要原因是人员增加。",
                     "社会保障和就业支出未安排年初预算，支出决算20.00万元，用于养老保险缴费。与上年决算持平。"]
    assert not any("低于预算" in line for line in lines)
    assert [p.split("【")[0] for p in problem_lines(result)] == [
        "W507 一般公共预算支出决算与年初预算：写的是“小于”的原因，但计算结果是“大于”，这段原因不会印出，请核对",
        "W507 201 一般公共服务支出决算与年初预算：写的是“小于”的原因，但计算结果是“等于”，这段原因不会印出，请核对",
        "W507 208 社会保障和就业支出决算与年初预算：写的是“小于”的原因，但计算结果是“大于”，这段原因不会印出，请核对",
    ]


def test_typed_budget_totals_are_checked_against_their_items(tmp_path):
    """A 类 of 0 above 项 that sum to 110 no longer passes; nor does a 合计 that is not the sum of its 类."""
    path = department(tmp_path, None, (BUDGETS[0], BUDGETS[1].replace(
        "  一般公共预算财政拨款支出合计: {预算数: 110.00, 全年预算数: 150.00}\n",
        "  一般公共预算财政拨款支出合计: {预算数: 110.00, 全年预算数: 151.00}\n").replace(
        "    - {科目编码: 2013701,", "    - {科目编码: 201, 预算数: 0}\n    - {科目编码: 2013701,")))
    result = check(tmp_path, path)
    assert result.exit_code == 1
    assert [p.split("【")[0] for p in problem_lines(result)] == [
        "E303 年初预算：合计行“预算数” 110.00万元 ≠ 各类之和 0.00万元（差110.00万元）",      # the 类 as typed: 0 + 0
        "E303 年初预算：合计行“全年预算数” 151.00万元 ≠ 各类之和 150.00万元（差1.00万元）",
        "E301 年初预算“预算数”栏：201 一般公共服务支出 0.00万元 ≠ 下级科目合计 110.00万元（20137 110.00，差110.00万元）",
    ]


# ───────────────────────────── item 5: the 国有资本经营 table in its 收入支出 shape ─────────────────────────────

STATE_CAPITAL = (
    ("    - {科目编码: 2080505, 科目名称: 机关事业单位基本养老保险缴费支出, 财政拨款收入: 20.00}\n",
     "    - {科目编码: 2080505, 科目名称: 机关事业单位基本养老保险缴费支出, 财政拨款收入: 20.00}\n"
     "    - {科目编码: 223, 科目名称: 国有资本经营预算支出, 财政拨款收入: 5.00}\n"),
    ("    - {科目编码: 2080505, 科目名称: 机关事业单位基本养老保险缴费支出, 基本支出: 20.00}\n"
     "财政拨款收入支出决算总表:\n  本年收入: {一般公共预算财政拨款: 130.00}\n",
     "    - {科目编码: 2080505, 科目名称: 机关事业单位基本养老保险缴费支出, 基本支出: 20.00}\n"
     "    - {科目编码: 223, 项目支出: 6.00}\n"
     "财政拨款收入支出决算总表:\n  本年收入: {一般公共预算财政拨款: 130.00, 国有资本经营预算财政拨款: 5.00}\n"
     "  年初财政拨款结转和结余: {国有资本经营预算财政拨款: 2.00}\n"
     "  年末财政拨款结转和结余: {国有资本经营预算财政拨款: 1.00}\n"),
    ("收入支出决算总表:\n  年初结转和结余: 0\n", "收入支出决算总表:\n  年初结转和结余: 2.00\n  年末结转和结余: 1.00\n"),
    ("财政拨款三公经费支出决算表:",
     "国有资本经营预算财政拨款支出决算表:\n  科目:\n"
     "    - {科目编码: 223, 年初结转和结余: 2.00, 本年收入: 5.00, 项目支出: 6.00, 年末结转和结余: 1.00}\n"
     "财政拨款三公经费支出决算表:"),
)


def test_the_set_prints_the_state_capital_table_with_its_income_and_balances(tmp_path):
    template = TemplateSet(tmp_path).settings(国有资本经营预算表样="收入支出")
    template.copy_table("{{ 政府性基金表.合计.年初结转和结余 }}", "{{ 国有资本经营表.合计.本年支出合计 }}",
                        ("政府性基金表", "国有资本经营表"))
    template.reword("本年度无此项支出。{% else %}{{ 年度 }}年度国有资本经营预算财政拨款支出{{ 说明.国有资本经营.本年支出 }}万元，",
                    "本年度无此项支出。{% else %}{{ 年度 }}年度国有资本经营预算财政拨款年初结转和结余"
                    "{{ 说明.国有资本经营.年初结转和结余 }}万元，本年收入{{ 说明.国有资本经营.本年收入 }}万元，"
                    "年末结转和结余{{ 说明.国有资本经营.年末结转和结余 }}万元，本年支出{{ 说明.国有资本经营.本年支出 }}万元，")
    path = department(tmp_path, template, *STATE_CAPITAL)
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0 and problem_lines(result) == [], result.stdout
    assert "| 合计 | 2.00 | 5.00 | 6.00 |  | 6.00 | 1.00 |" in lines
    assert "| 223 | 国有资本经营预算支出 | 2.00 | 5.00 | 6.00 |  | 6.00 | 1.00 |" in lines
    assert ("2024年度国有资本经营预算财政拨款年初结转和结余2.00万元，本年收入5.00万元，年末结转和结余1.00万元，"
            "本年支出6.00万元，其中基本支出0.00万元，项目支出6.00万元。") in lines

    # the table must balance, and agree with 公开04's 国有资本经营 column
    broken = department(tmp_path, template, *STATE_CAPITAL[:3], (STATE_CAPITAL[3][0], STATE_CAPITAL[3][1].replace(
        "年末结转和结余: 1.00}", "年末结转和结余: 2.00}")), name="不平衡")
    found = [p.split("【")[0] for p in problem_lines(check(tmp_path, broken))]
    assert found == [
        f"E326 国有资本经营预算财政拨款支出决算表合计行“年末结转和结余” 2.00万元 ≠ 财政拨款收入支出决算总表"
        f"“年末财政拨款结转和结余”“国有资本经营预算财政拨款” 1.00万元（差1.00万元，见第{line_of(broken, '  年末财政拨款结转和结余:')}行）",
        "E325 国有资本经营预算财政拨款支出决算表223 国有资本经营预算支出：年初结转和结余 + 本年收入 7.00万元 ≠ "
        "本年支出合计 + 年末结转和结余 8.00万元（差1.00万元）",
    ]


def test_a_set_printing_the_expense_shape_has_no_place_for_income_and_balances(tmp_path):
    path = department(tmp_path, None, *STATE_CAPITAL)
    result = check(tmp_path, path)
    assert result.exit_code == 1
    assert [p.split(": ", 1)[1] for p in result.stdout.splitlines()] == [
        f"E206 国有资本经营预算财政拨款支出决算表：223 国有资本经营预算支出“{column}”栏不在模板“山西-2024-单位决算”的表样中"
        "（国有资本经营预算表样: 本年支出），该金额将无处列示" for column in ("年初结转和结余", "本年收入", "年末结转和结余")]


def line_of(path: Path, start: str) -> int:
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


# ───────────────────────────── item 4: every 政府采购 figure provinces publish ─────────────────────────────

PROCUREMENT = ("  政府采购: {授予中小企业合同金额: 20.00, 授予小微企业合同金额: 15.00}\n",
               "  政府采购:\n    授予中小企业合同金额: 19.00\n    授予小微企业合同金额: 15.00\n"
               "    预留中小企业采购份额: 12.00\n    预留小微企业采购份额: 8.00\n    其他项目授予中小企业合同金额: 6.00\n"
               "    各类授予中小企业合同金额: {货物: 4.00, 服务: 15.00}\n")


def test_the_set_prints_reserved_shares_awards_in_other_projects_and_shares_by_kind(tmp_path):
    template = TemplateSet(tmp_path).reword(
        "。其中：授予小微企业合同金额{{ 说明.政府采购.小微企业.金额 }}万元，占政府采购支出总额的{{ 说明.政府采购.小微企业.占比 }}。{% endif %}",
        "，其中：授予小微企业合同金额{{ 说明.政府采购.小微企业.金额 }}万元，占授予中小企业合同金额的"
        "{{ 说明.政府采购.小微企业占中小企业.占比 }}。{% if 说明.政府采购.有预留份额 %}面向中小企业预留采购份额"
        "{{ 说明.政府采购.预留中小企业 }}万元，其中预留给小微企业{{ 说明.政府采购.预留小微企业.金额 }}万元，"
        "占{{ 说明.政府采购.预留小微企业.占比 }}{% endif %}{% if 说明.政府采购.有其他项目 %}；在其他采购项目中授予中小企业合同金额"
        "{{ 说明.政府采购.其他项目中小企业.金额 }}万元{% endif %}。{% for k in 说明.政府采购.各类中小企业 %}{{ k.名称 }}采购授予中小企业"
        "合同金额占{{ k.名称 }}支出金额的{{ k.占比 }}{% if loop.last %}。{% else %}，{% endif %}{% endfor %}{% endif %}")
    path = department(tmp_path, template, PROCUREMENT)
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0 and problem_lines(result) == [], result.stdout
    assert ("2024年度政府采购支出总额20.00万元，其中：政府采购货物支出5.00万元、政府采购工程支出0.00万元、政府采购服务支出15.00万元。"
            "政府采购授予中小企业合同金额19.00万元，占政府采购支出总额的95.00%，其中：授予小微企业合同金额15.00万元，"
            "占授予中小企业合同金额的78.95%。面向中小企业预留采购份额12.00万元，其中预留给小微企业8.00万元，占66.67%；"
            "在其他采购项目中授予中小企业合同金额6.00万元。货物采购授予中小企业合同金额占货物支出金额的80.00%，"
            "服务采购授予中小企业合同金额占服务支出金额的100.00%。") in lines


def test_procurement_figures_that_cannot_be_are_errors(tmp_path):
    path = department(tmp_path, None, (PROCUREMENT[0], PROCUREMENT[1].replace("预留小微企业采购份额: 8.00", "预留小微企业采购份额: 13.00")
                                       .replace("其他项目授予中小企业合同金额: 6.00", "其他项目授予中小企业合同金额: 20.00")
                                       .replace("服务: 15.00}", "服务: 16.00}")))
    result = check(tmp_path, path)
    assert result.exit_code == 1
    assert problem_lines(result) == [
        "E329 情况说明：授予中小企业合同金额填写 19.00万元，按各类授予中小企业合同金额之和（货物 + 工程 + 服务）计算应为 20.00万元（差1.00万元）",
        "E327 情况说明：预留小微企业采购份额 13.00万元 超过预留中小企业采购份额 12.00万元",
        "E328 情况说明：其他项目授予中小企业合同金额 20.00万元 超过授予中小企业合同金额 19.00万元",
        "E370 情况说明：服务授予中小企业合同金额 16.00万元 超过政府采购服务支出 15.00万元",
    ]


# ───────────────────────────── item 6: a department of several units of different 性质 ─────────────────────────────

UNITS = ("  内设机构: [综合科, 网络安全科]\n",
         "  内设机构: [综合科, 网络安全科]\n  决算单位:\n"
         "    - {名称: 测试市委网信办, 单位性质: 行政单位, 备注: 本级}\n"
         "    - {名称: 测试市网络安全应急指挥中心, 单位性质: 事业单位, 备注: 公益一类，下属单位}\n"
         "    - 测试市网络舆情中心\n")


def test_the_set_lists_the_units_with_their_nature_and_remarks(tmp_path):
    template = TemplateSet(tmp_path).paragraphs_after("{{ 概况.内设机构数 }}", "本部门决算由以下{{ 概况.决算单位数 }}个单位构成：")
    template.table_after("本部门决算由以下", [["序号", "单位名称", "单位性质", "备注"], ["{%tr for u in 概况.决算单位 %}"],
                                          ["{{ u.序号 }}", "{{ u.名称 }}", "{{ u.性质 }}", "{{ u.备注 }}"], ["{%tr endfor %}"]])
    path = department(tmp_path, template, UNITS, ("机关运行经费: {行政单位: 40.00}", "机关运行经费: {行政单位: 38.00}"))
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0 and problem_lines(result) == [], result.stdout
    at = lines.index("本部门决算由以下3个单位构成：")
    assert lines[at + 1:at + 5] == ["| 序号 | 单位名称 | 单位性质 | 备注 |",
                                    "| 1 | 测试市委网信办 | 行政单位 | 本级 |",
                                    "| 2 | 测试市网络安全应急指挥中心 | 事业单位 | 公益一类，下属单位 |",
                                    "| 3 | 测试市网络舆情中心 | 行政单位 |  |"]      # 性质 not written: the department's


def test_with_units_of_other_natures_operating_costs_may_be_less_than_public_costs_but_not_more(tmp_path):
    # 38.00 of 公用经费 40.00: the 事业单位's 2.00 is no 机关运行经费 — fine; for one 行政单位 alone it is E314
    mixed = department(tmp_path, None, UNITS, ("机关运行经费: {行政单位: 40.00}", "机关运行经费: {行政单位: 38.00}"), name="几个单位")
    found = problem_lines(check(tmp_path, mixed))          # the 山西 set prints no unit list: W612 says so, unit by unit
    assert {p.split(" ")[0] for p in found} == {"W612"} and len(found) == 4     # the first unit is named on the cover
    alone = department(tmp_path, None, ("机关运行经费: {行政单位: 40.00}", "机关运行经费: {行政单位: 38.00}"), name="一个单位")
    assert [p.split(" ")[0] for p in problem_lines(check(tmp_path, alone))] == ["E314"]
    more = department(tmp_path, None, UNITS, ("机关运行经费: {行政单位: 40.00}", "机关运行经费: {行政单位: 41.00}"), name="超过")
    assert [p for p in problem_lines(check(tmp_path, more)) if not p.startswith("W612")] == [
        "E371 相关信息统计表：机关运行经费 41.00万元 超过一般公共预算财政拨款基本支出决算明细表公用经费合计 40.00万元"]


# ───────────────────────────── item 3: 预算绩效管理情况 without attached sheets ─────────────────────────────

MANAGEMENT = ("  其他用车说明: 无其他用车\n",
              "  其他用车说明: 无其他用车\n  绩效改进措施: 细化绩效目标\n"
              "  预算绩效管理情况:\n"
              "    绩效目标编报: {个数: 5, 资金: 30.00}\n"
              "    绩效监控: {个数: 5, 资金: 30.00}\n"
              "    绩效自评:\n"
              "      项目支出: {个数: 5, 资金: \"{项目支出}\", 平均分: 88.6, 等级: {优: 2, 良: 2, 合格: 1}}\n"
              "      部门整体支出: {个数: 1, 资金: \"{一般公共预算财政拨款支出}\", 平均分: 92, 等级: {优: 1}}\n"
              "    重点评价: {个数: 1, 资金: 10.00, 平均分: 85, 等级: {良: 1}}\n"
              "    发现的问题: 部分项目绩效目标设置不够细化\n")
FOUR_GRADES = [{"等级": "优", "下限": 90}, {"等级": "良", "下限": 80}, {"等级": "合格", "下限": 60}, {"等级": "不合格", "下限": 0}]


def without_sheets(text: str) -> str:
    return text[:text.index("项目支出绩效自评表:")]


def test_the_set_prints_the_departments_performance_management_without_sheets(tmp_path):
    template = TemplateSet(tmp_path).settings(等级=FOUR_GRADES, 零值="印出")
    g = "说明.预算绩效"
    template.paragraphs_after(
        "1、预算绩效管理工作的开展情况",
        f"{{% if {g}.绩效目标编报.已填 %}}{{{{ 年度 }}}}年纳入绩效目标管理的项目{{{{ {g}.绩效目标编报.个数 }}}}个，涉及资金"
        f"{{{{ {g}.绩效目标编报.资金 }}}}万元；开展绩效监控的项目{{{{ {g}.绩效监控.个数 }}}}个，涉及资金{{{{ {g}.绩效监控.资金 }}}}万元。{{% endif %}}",
        f"{{% if {g}.整体自评.已填 %}}部门整体支出绩效自评{{{{ {g}.整体自评.个数 }}}}个，涉及资金{{{{ {g}.整体自评.资金 }}}}万元，"
        f"得分{{{{ {g}.整体自评.平均分 }}}}分。{{% endif %}}{{% if {g}.重点评价.已填 %}}重点绩效评价项目{{{{ {g}.重点评价.个数 }}}}个，"
        f"涉及资金{{{{ {g}.重点评价.资金 }}}}万元，平均分{{{{ {g}.重点评价.平均分 }}}}分，"
        f"{{% for x in {g}.重点评价.等级 %}}{{{{ x.等级 }}}}{{{{ x.个数 }}}}个{{% if not loop.last %}}、{{% endif %}}{{% endfor %}}。{{% endif %}}"
        f"{{% if {g}.发现的问题 %}}发现的问题：{{{{ {g}.发现的问题 }}}}。{{% endif %}}")
    text = without_sheets(MINIMAL.read_text(encoding="utf-8")).replace("模板: 山西-2024-单位决算", f"模板: {template.name}")
    path = tmp_path / "单位.yaml"
    path.write_text(replace_once(text, *MANAGEMENT), encoding="utf-8")
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0 and problem_lines(result) == [], result.stdout
    at = lines.index("1、预算绩效管理工作的开展情况")
    assert lines[at + 1:at + 4] == [
        "2024年纳入绩效目标管理的项目5个，涉及资金30.00万元；开展绩效监控的项目5个，涉及资金30.00万元。",
        "部门整体支出绩效自评1个，涉及资金130.00万元，得分92分。重点绩效评价项目1个，涉及资金10.00万元，平均分85分，"
        "优0个、良1个、合格0个、不合格0个。发现的问题：部分项目绩效目标设置不够细化。",
        # the 山西 sentence, with the department's figures: 资金 is 公开03's 项目支出; every grade of the scale (零值: 印出)
        "2024年二级项目绩效自评个数5个，资金10.00万元，平均分88.6分：2个项目自评等级为“优”，2个项目自评等级为“良”，"
        "1个项目自评等级为“合格”，0个项目自评等级为“不合格”。对于自评结果为“中”和“差”的项目，采取的改进管理措施为：细化绩效目标。"]


def test_attached_sheets_are_some_of_the_projects_stated_and_gen_says_where_they_disagree(tmp_path):
    """最小单位 attaches one sheet (网络安全宣传: 全年预算数 10, 执行数 8, 总分 95 → 优)."""
    def stated(line: str, name: str):
        path = department(tmp_path, None, ("  其他用车说明: 无其他用车\n",
                                           "  其他用车说明: 无其他用车\n  预算绩效管理情况:\n    绩效自评:\n"
                                           f"      项目支出: {line}\n"), name=name)
        return [p.split("【")[0] for p in problem_lines(check(tmp_path, path))]

    assert stated("{个数: 3, 资金: 20.00, 等级: {优: 1, 良: 2}}", "相符") == []           # 2 projects without sheets
    assert stated("{个数: 3, 资金: 5.00, 等级: {良: 3}}", "不符") == [
        "W426 情况说明“预算绩效管理情况”写项目支出绩效自评资金5.00万元，少于附件1张自评表的全年执行数之和8.00万元：请核对",
        "W425 情况说明“预算绩效管理情况”写自评等级为“优”的项目0个，附件自评表按等级规则为“优”的有1张（第1张“网络安全宣传”）："
        "附件的项目都应在自评的项目之中，请核对",
    ]
    assert stated("{个数: 1, 资金: 9.00}", "全部附表") == [
        "W426 情况说明“预算绩效管理情况”写项目支出绩效自评资金9.00万元，自评的1个项目都附有自评表，其全年预算数之和为10.00万元、"
        "全年执行数之和为8.00万元：请核对"]
    assert stated("{个数: 0}", "个数") == [
        "W424 情况说明“预算绩效管理情况”写项目支出绩效自评0个，附件却有1张项目支出绩效自评表：附件的项目都应在自评的项目之中，请核对"]
    assert stated("{个数: 3, 等级: {优: 2, 合格: 2}}", "等级") == [
        "E427 情况说明“预算绩效管理情况”项目支出绩效自评各等级的项目个数之和4个，多于项目支出绩效自评的项目个数3个",
        "E105 情况说明 › 预算绩效管理情况 › 项目支出绩效自评：“等级”应为 优、良、中、差（模板“山西-2024-单位决算”的等级） 之一，实际是“合格”",
    ]


# ───────────────────────────── item 8: what a template does not print is not required ─────────────────────────────

def _without_info(text: str) -> str:
    start, end = text.index("相关信息统计表:"), text.index("上年决算:")
    return text[:start] + text[end:]


def test_a_set_without_the_statistics_table_needs_no_statistics(tmp_path):
    """A province with no 公开10 whose 情况说明 says nothing of 机关运行经费, 政府采购 or 车辆: no 相关信息统计表 to invent."""
    template = TemplateSet(tmp_path).remove("相关信息表.", "部门决算公开相关信息统计表", "公开10表", "本表反映部门本年度政府采购",
                                             "机关运行经费支出情况说明", "说明.机关运行经费", "政府采购情况说明", "说明.政府采购",
                                             "国有资产占用情况说明", "说明.国有资产")
    text = _without_info(MINIMAL.read_text(encoding="utf-8")).replace("模板: 山西-2024-单位决算", f"模板: {template.name}")
    text = replace_once(text, "  政府采购: {授予中小企业合同金额: 20.00, 授予小微企业合同金额: 15.00}\n", "")
    text = replace_once(text, "  机关运行经费变动原因: 办公设备购置增加\n", "")
    text = replace_once(text, "  其他用车说明: 无其他用车\n", "")
    path = tmp_path / "单位.yaml"
    path.write_text(text, encoding="utf-8")
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0 and problem_lines(result) == [], result.stdout
    assert not any("政府采购" in line or "机关运行经费支出" in line for line in lines)

    # the 山西 set prints them: the same file is told which part is missing, and which tag needs it
    shanxi = tmp_path / "山西.yaml"
    shanxi.write_text(text.replace(f"模板: {template.name}", "模板: 山西-2024-单位决算"), encoding="utf-8")
    assert problem_lines(check(tmp_path, shanxi)) == [
        "E101 缺少必填字段“相关信息统计表”（模板“山西-2024-单位决算”印出它：{{ 相关信息表.单价100万元以上设备 }}）"]
    shanxi.write_text(shanxi.read_text(encoding="utf-8").replace("上年决算:", "相关信息统计表:\n  车辆: {机要通信用车: 1}\n上年决算:"),
                      encoding="utf-8")
    assert problem_lines(check(tmp_path, shanxi)) == [
        "E101 相关信息统计表：缺少必填字段“政府采购”（模板“山西-2024-单位决算”印出它：{{ 相关信息表.政府采购.合计 }}）",
        "E101 相关信息统计表：缺少必填字段“机关运行经费”（模板“山西-2024-单位决算”印出它：{{ 相关信息表.机关运行经费.参照公务员法管理事业单位 }}）",
    ]

    # gen new writes the parts a set prints: no 相关信息统计表 for this one, all of it for 山西
    for name, expected in ((template.name, False), ("山西-2024-单位决算", True)):
        made = cli("new", name, "某局", "--年度", "2024", "--templates", "templates", "--out", f"{name}.yaml", cwd=tmp_path)
        assert made.exit_code == 0, made.output
        assert ("\n相关信息统计表:" in (tmp_path / f"{name}.yaml").read_text(encoding="utf-8")) is expected


def test_duties_as_a_paragraph_or_a_list(tmp_path):
    template = TemplateSet(tmp_path)
    path = department(tmp_path, template, ("  职责: [负责网络安全工作, 负责信息化工作]\n",
                                           "  职责: 负责全市网络安全和信息化工作的统筹协调，承担网络安全应急指挥。\n"))
    result, lines = build(tmp_path, path)
    assert result.exit_code == 0 and problem_lines(result) == [], result.stdout
    at = len(lines) - 1 - lines[::-1].index("一、本部门（单位）职责")          # the heading, not its 目录 entry
    assert lines[at + 1:at + 3] == ["负责全市网络安全和信息化工作的统筹协调，承担网络安全应急指挥。", "二、机构设置情况"]
    listed = department(tmp_path, template, name="列表")
    _, lines = build(tmp_path, listed)
    at = len(lines) - 1 - lines[::-1].index("一、本部门（单位）职责")
    assert lines[at + 1:at + 4] == ["（1）负责网络安全工作；", "（2）负责信息化工作。", "二、机构设置情况"]


def test_whether_zero_items_are_listed_is_a_setting(tmp_path):
    def built(zeros: str) -> list[str]:
        root = tmp_path / zeros
        template = TemplateSet(root).settings(零值=zeros)
        template.reword("{%p for i in 说明.收入.非零构成 %}", "{%p for i in 说明.收入.列示 %}")
        template.reword("其中：政府采购货物支出{{ 说明.政府采购.货物.金额 }}万元、政府采购工程支出{{ 说明.政府采购.工程.金额 }}万元、"
                        "政府采购服务支出{{ 说明.政府采购.服务.金额 }}万元。",
                        "其中：{% for p in 说明.政府采购.列示 %}政府采购{{ p.名称 }}支出{{ p.金额 }}万元，占{{ p.占比 }}"
                        "{% if not loop.last %}、{% endif %}{% endfor %}。")
        _, lines = build(root, department(root, template))
        return lines

    printed, omitted = built("印出"), built("略去")
    assert "政府采购支出总额20.00万元，其中：政府采购货物支出5.00万元，占25.00%、政府采购工程支出0.00万元，占0.00%、" \
           "政府采购服务支出15.00万元，占75.00%。" in "".join(printed)
    assert "政府采购支出总额20.00万元，其中：政府采购货物支出5.00万元，占25.00%、政府采购服务支出15.00万元，占75.00%。" in "".join(omitted)
    def income(lines: list[str]) -> list[str]:
        start = lines.index("2024年度收入合计130.00万元，其中：") + 1
        return lines[start:lines.index("三、支出决算情况说明", start)]

    assert income(omitted) == ["财政拨款收入130.00万元，占比100.00%。"]
    assert income(printed)[:2] == ["财政拨款收入130.00万元，占比100.00%；", "上级补助收入0.00万元，占比0.00%；"]
    assert len(income(printed)) == 6
