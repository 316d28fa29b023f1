"""Figures in and out (issue 12, item 3): gen export writes the document's tables as a workbook in the published
layout; gen import reads such a workbook (or a finance system's one) back into the department file."""
from __future__ import annotations

import io
import re
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from generator import document_text, fmt, kinds, pipeline
from generator.load import load_text
from generator.workbook import FormSpec, ItemSpec

from conftest import EXAMPLE, ROOT, cli

DEPARTMENTS = sorted((ROOT / "departments").glob("*.yaml"))


def _export(tmp_path: Path, source: Path) -> tuple[Path, Path]:
    target = tmp_path / source.name
    shutil.copy(source, target)
    result = cli("export", source.name, "--xlsx", "--out", "out", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    books = list((tmp_path / "out" / source.stem).glob("*.xlsx"))
    assert len(books) == 1
    return target, books[0]


def _text(path: Path) -> list[str]:
    return [line for line in cli("text", str(path)).stdout.splitlines() if not line.startswith("问题：")]


@pytest.mark.parametrize("department", DEPARTMENTS, ids=[d.stem for d in DEPARTMENTS])
def test_export_then_import_changes_nothing(tmp_path, department):
    target, book = _export(tmp_path, department)
    before = target.read_bytes()
    result = cli("import", str(book), "--into", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "没有改动" in result.stderr
    assert target.read_bytes() == before
    sheets = openpyxl.load_workbook(book, read_only=True).sheetnames
    checked = pipeline.check(department, "x.yaml")
    tables = [b for b in document_text.blocks(checked.rendered.root) if isinstance(b, document_text.Table)]
    assert [n.split(" ", 1)[1] for n in sheets] == [re.sub(r"[\[\]:*?/\\]", "", t.title)[:28] for t in tables]


def test_the_export_is_laid_out_as_printed(tmp_path):
    _, book = _export(tmp_path, EXAMPLE)
    sheet = openpyxl.load_workbook(book)["02 收入决算表"]
    assert sheet["A1"].value == "收入决算表" and sheet["A2"].value == "公开02表"
    assert "A1:I1" in {str(r) for r in sheet.merged_cells.ranges}                  # the title over the table
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if r[0] == "项目")
    assert header[2:4] == ["本年收入合计", "财政拨款收入"]
    assert [v for v in next(r for r in rows if r[0] == "栏次")[1:5] if v] == ["1", "2", "3"]    # 栏次 spans 2
    line = next(r for r in rows if r[0] == "2013701")
    assert line[1:4] == ["行政运行", 196.4, 196.4]
    cell = next(c for row in sheet.iter_rows() for c in row if c.value == 196.4)
    assert cell.number_format == "0.00"
    assert any(r[0] == "201" and r[2] == 411.0 for r in rows)                       # the 类 rows as printed


def _strip(path: Path) -> None:
    """Every figure gen import can bring back, taken out of the file: the 科目 rows and the forms' figures."""
    y = fmt._yaml()
    data = y.load(path.read_text(encoding="utf-8"))
    kind = kinds.find("预算" if "部门预算收支总表" in data else "决算")
    for spec in kind.workbook:
        table = data.get(spec.key)
        if table is None:
            continue
        if isinstance(spec, ItemSpec):
            table["科目"] = []
            for key in ("合计",) + spec.totals:
                if key in table:
                    table[key] = {} if key == "合计" else None
        else:
            assert isinstance(spec, FormSpec)
            for cell in spec.cells:
                node = data
                for key in cell.pointer[:-1]:
                    node = node.get(key) if isinstance(node, dict) else None
                if isinstance(node, dict) and cell.pointer[-1] in node:
                    node[cell.pointer[-1]] = None
    buffer = io.StringIO()
    y.dump(data, buffer)
    path.write_text(buffer.getvalue(), encoding="utf-8")


@pytest.mark.parametrize("name", ["长治网信办", "栾城网信办"])      # templates that print every column they have
def test_import_brings_every_table_back_into_an_emptied_file(tmp_path, name):
    target, book = _export(tmp_path, ROOT / "departments" / f"{name}.yaml")
    original = _text(target)
    _strip(target)
    emptied = load_text(target.read_text(encoding="utf-8"), "x").data
    assert all(not (emptied.get(k) or {}).get("科目") for k in ("收入决算表", "部门预算收入总表"))
    result = cli("import", str(book), "--into", str(target))
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) > 40                      # each figure put back is listed
    assert _text(target) == original                                # the same document
    assert cli("fmt", "--check", str(target)).exit_code == 0
    assert "# 公开02" in target.read_text(encoding="utf-8") or name == "栾城网信办"    # comments kept


def _row_cells(sheet, code: str):
    for row in sheet.iter_rows():
        if any(str(c.value) == code for c in row):
            return [c for c in row if isinstance(c.value, (int, float))]
    raise AssertionError(code)


def test_a_changed_cell_changes_that_figure_only(tmp_path):
    target, book = _export(tmp_path, EXAMPLE)
    workbook = openpyxl.load_workbook(book)
    sheet = workbook[next(n for n in workbook.sheetnames if n.endswith("收入决算表"))]
    for cell in _row_cells(sheet, "2013701"):
        cell.value = 196.5
    workbook.save(book)
    before = load_text(target.read_text(encoding="utf-8"), "x").data
    result = cli("import", str(book), "--into", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["收入决算表 › 2013701 行政运行 › 本年收入合计：196.40 → 196.50",
                                          "收入决算表 › 2013701 行政运行 › 财政拨款收入：196.40 → 196.50"]
    assert "{科目编码: 2013701, 科目名称: 行政运行,                         本年收入合计: 196.50," in \
        target.read_text(encoding="utf-8")
    text = target.read_text(encoding="utf-8")
    after = load_text(text, "x").data
    row = next(r for r in after["收入决算表"]["科目"] if r["科目编码"] == 2013701)
    assert row["本年收入合计"] == Decimal("196.50") and row["财政拨款收入"] == Decimal("196.50")
    row["本年收入合计"] = row["财政拨款收入"] = Decimal("196.40")
    assert after == before                                            # nothing else changed
    assert text.count("# 公开") == EXAMPLE.read_text(encoding="utf-8").count("# 公开")


def _finance_book(path: Path, bad: bool) -> None:
    """A finance system's 公开02 export: one column to the right, merged header cells, a free column."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet["B1"] = "收入决算表"
    sheet.merge_cells("B1:G1")
    sheet["B2"] = "公开02表"
    sheet["B3"], sheet["F3"] = "部门名称：中共长治市委网络安全和信息化委员会办公室", "金额单位：万元"
    sheet["B4"] = "项目"
    sheet.merge_cells("B4:C4")
    for column, header in (("D", "本年收入合计"), ("E", "财政拨款收入"), ("F", "备注列")):
        sheet[f"{column}4"] = header
        sheet.merge_cells(f"{column}4:{column}5")
    sheet["B5"], sheet["C5"] = "科目代码", "科目名称"
    sheet["B6"], sheet["D6"], sheet["E6"] = "栏次", 1, 2
    rows = [("合计", "", 465.34, 465.34), ("201", "一般公共服务支出", 411.0, 411.0), ("20137", "网信事务", 411.0, 411.0),
            (2013701, "行政运行", 196.4, 196.4), (2013702, "一般行政管理事务", "一百" if bad else 214.61, 214.61),
            ("205", "教育支出", 0.27, 0.27), ("2050201", "学前教育", 0.27, 0.27),
            ("208", "社会保障和就业支出", 27.44, 27.44), ("2080505", "机关事业单位基本养老保险缴费支出", 18.29, 18.29),
            ("2080506", "机关事业单位职业年金缴费支出", 9.15, 9.15), ("210", "卫生健康支出", 7.76, 7.76),
            ("2101101", "行政单位医疗", 7.72, 7.72), ("2101199", "其他行政事业单位医疗支出", 0.04, 0.04),
            ("221", "住房保障支出", 18.87, 18.87), ("2210201", "住房公积金", 18.87, 18.87)]
    for i, (code, name, total, fiscal) in enumerate(rows, 7):
        sheet[f"B{i}"], sheet[f"C{i}"], sheet[f"D{i}"], sheet[f"E{i}"] = code, name or None, total, fiscal
    if bad:
        sheet["F10"] = 5
        sheet["E12"] = 0.2701
    book.save(path)


def test_a_finance_system_workbook_with_problems_is_reported_cell_by_cell(tmp_path):
    target = tmp_path / "长治网信办.yaml"
    shutil.copy(EXAMPLE, target)
    _finance_book(tmp_path / "财务.xlsx", bad=True)
    before = target.read_bytes()
    result = cli("import", "财务.xlsx", "--into", "长治网信办.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "财务.xlsx:Sheet1!D11: “一百”不是数字，未导入",
        "财务.xlsx:Sheet1!E12: “0.2701”小数位多于 2 位（表格里的数要四舍五入到分）",
        "财务.xlsx:Sheet1!F10: “5”所在的栏“备注列”不是“收入决算表”的栏，无法对应"]
    assert "3 个单元格无法导入，未改动 长治网信办.yaml" in result.stderr
    assert target.read_bytes() == before


def test_a_finance_system_workbook_is_read_by_its_header_words(tmp_path):
    target = tmp_path / "长治网信办.yaml"
    shutil.copy(EXAMPLE, target)
    _finance_book(tmp_path / "财务.xlsx", bad=False)
    result = cli("import", "财务.xlsx", "--into", "长治网信办.yaml", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    # the file keeps 20502 普通教育, 22102 住房改革支出, 20805, 21011; the sheet lacks them: they go
    assert sorted(result.stdout.splitlines()) == sorted(
        f"收入决算表 › {code}：工作表中没有这一行，删去" for code in ("20502", "20805", "21011", "22102"))
    data = load_text(target.read_text(encoding="utf-8"), "x").data
    rows = {r["科目编码"]: r for r in data["收入决算表"]["科目"]}
    assert rows[2013702]["本年收入合计"] == Decimal("214.61") and len(rows) == 14


def test_hostile_workbooks_are_refused_in_one_line(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    (tmp_path / "假.xlsx").write_bytes(b"not a zip at all")
    result = cli("import", "假.xlsx", "--into", "a.yaml", cwd=tmp_path)
    assert result.exit_code == 1 and result.stderr.strip() == "gen import：假.xlsx：不是 Excel 工作簿（.xlsx）或文件已损坏"
    with zipfile.ZipFile(tmp_path / "炸弹.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"0" * (101 * 1024 * 1024))
    result = cli("import", "炸弹.xlsx", "--into", "a.yaml", cwd=tmp_path)
    assert result.exit_code == 1 and "解压后超过 100 MB" in result.stderr
    book = openpyxl.Workbook()
    book.active.title = "收入决算表"
    sheet = book.active
    sheet["A1"], sheet["A2"], sheet["B2"], sheet["C2"] = "收入决算表", "科目编码", "科目名称", "本年收入合计"
    sheet["A3"], sheet["B3"], sheet["C3"] = 2013701, "行政运行", "=1+1"
    book.save(tmp_path / "公式.xlsx")
    result = cli("import", "公式.xlsx", "--into", "a.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "公式.xlsx:收入决算表!C3: “=1+1”是公式，没有计算结果：请在表格软件中打开并保存，或粘贴为数值"
