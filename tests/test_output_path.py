"""Issue 7, item 1: nothing is written outside --out.  The output name comes from 设置.yaml's 输出文件名
filled with data; every piece is checked (generator/safepath.py) and the resolved path must stay
inside the output folder — otherwise a located E610 and nothing written."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import MINIMAL, SHANXI, cli, replace_once
from generator import safepath

SET = "山西-2024-单位决算"
SETTINGS = f"templates/{SET}/设置.yaml"
OUTPUT_NAME = '输出文件名: "{年度}年度单位决算公开"'


def setup(tmp_path: Path, output_name: str | None = None, unit: str | None = None, file: str = "单位.yaml") -> str:
    folder = tmp_path / "work" / "templates" / SET
    shutil.copytree(SHANXI, folder)
    if output_name is not None:
        text = replace_once((folder / "设置.yaml").read_text(encoding="utf-8"), OUTPUT_NAME, f"输出文件名: {output_name}")
        (folder / "设置.yaml").write_text(text, encoding="utf-8")
    text = MINIMAL.read_text(encoding="utf-8")
    if unit is not None:
        text = replace_once(text, "  名称: 测试市委网信办", f"  名称: {unit}")
    (tmp_path / "work" / file).write_text(text, encoding="utf-8")
    return file


def build(tmp_path: Path, file: str, command: str = "build"):
    args = [command, file, "--templates", "templates"]
    if command == "build":
        args += ["--out", "output", "--no-paginate"]
    return cli(*args, cwd=tmp_path / "work")


def files_outside_output(tmp_path: Path) -> list[Path]:
    out = (tmp_path / "work" / "output").resolve()
    return [p for p in tmp_path.rglob("*") if p.is_file() and p.suffix in (".docx", ".pdf", ".json")
            and p.name != "模板.docx" and out not in p.resolve().parents]


@pytest.mark.parametrize("command", ["check", "build"])
@pytest.mark.parametrize("pattern, detail", [
    ('"../../../X-{年度}"', "不能含有路径分隔符“/”：输出位置固定为“输出文件夹/数据文件名/”，这里只写文件名"),
    ('"/tmp/gen-escape-{年度}"', "不能含有路径分隔符“/”：输出位置固定为“输出文件夹/数据文件名/”，这里只写文件名"),
    ('"..\\\\X-{年度}"', "不能含有路径分隔符“\\”：输出位置固定为“输出文件夹/数据文件名/”，这里只写文件名"),
    ('"{年份}年度单位决算公开"', "有未知的字段“{年份}”，可用的字段：{年度}、{单位}"),
    ('"{单位.__class__}"', "有未知的字段“{单位.__class__}”，可用的字段：{年度}、{单位}"),
    ('"{单位:>999999999}"', "字段“{单位}”只能原样写成 {单位}，不能带格式"),
    ('"决算{"', "花括号不成对：字段写成 {年度} 或 {单位}，文字中的花括号写成 {{ 或 }}"),
    ('"CON"', "“CON”是 Windows 保留的设备名，不能用作文件名"),
    ('".."', "去掉首尾的点和空格后为空"),
])
def test_a_bad_output_name_setting_is_located_at_the_setting(tmp_path, command, pattern, detail):
    file = setup(tmp_path, output_name=pattern)
    result = build(tmp_path, file, command)
    assert result.exit_code == 1
    shown = pattern[1:-1].replace("\\\\", "\\")
    assert result.stdout == f"{SETTINGS}:5:8: E610 输出位置无法使用：模板“{SET}”的设置“输出文件名: {shown}”{detail}\n"
    assert files_outside_output(tmp_path) == []
    assert not (tmp_path / "work" / "output").exists()


def test_a_unit_name_with_a_path_is_made_safe_and_stays_inside(tmp_path):
    file = setup(tmp_path, output_name='"{单位}"', unit='"../../../X"')
    result = build(tmp_path, file)
    assert result.exit_code == 0, result.output
    written = [p for p in (tmp_path / "work" / "output").rglob("*.docx")]
    assert [p.relative_to(tmp_path / "work" / "output").as_posix() for p in written] == ["单位/／..／..／X.docx"]
    assert files_outside_output(tmp_path) == []


@pytest.mark.parametrize("unit, detail", [
    ('"CON"', "得到的文件名“CON”“CON”是 Windows 保留的设备名，不能用作文件名"),
    ('"..."', "得到的文件名“”去掉首尾的点和空格后为空"),
    ('"' + "很长的单位名称" * 12 + '"', "太长（252 字节，最多 200 字节，约 66 个汉字）"),
])
def test_a_unit_name_that_cannot_be_a_file_name_is_located_at_the_name(tmp_path, unit, detail):
    file = setup(tmp_path, output_name='"{单位}"', unit=unit)
    result = build(tmp_path, file)
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"单位.yaml:6:7: E610 输出位置无法使用：模板“{SET}”的“输出文件名: {{单位}}”用单位名称")
    assert line.endswith(detail)
    assert not (tmp_path / "work" / "output").exists()


def test_a_data_file_named_so_that_its_folder_is_dotdot_is_refused(tmp_path):
    file = setup(tmp_path, file="...yaml")
    assert Path(file).stem == ".."
    result = build(tmp_path, file)
    assert result.exit_code == 1
    assert result.stdout == ("...yaml:1:1: E610 输出位置无法使用：数据文件名“...yaml”不能用作输出文件夹名：去掉首尾的点和空格后为空，"
                             "请给数据文件改名\n")
    assert files_outside_output(tmp_path) == []


def test_a_symlink_inside_the_output_folder_does_not_lead_outside(tmp_path):
    file = setup(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "work" / "output").mkdir()
    os.symlink(elsewhere, tmp_path / "work" / "output" / "单位")
    result = build(tmp_path, file)
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    assert re.match(r"^单位\.yaml:1:1: E610 输出位置无法使用：output/单位/2024年度单位决算公开\.docx 指向输出文件夹 output 之外", line)
    assert list(elsewhere.iterdir()) == []


def test_unsafe_characters_from_data_become_full_width():
    assert safepath.clean_value('a/b\\c:d*e?f"g<h>i|j') == "a／b＼c：d＊e？f＂g＜h＞i｜j"
    assert safepath.file_stem("{单位}{年度}", 2024, " .甲/乙. ") == ("甲／乙. 2024", None)


@pytest.mark.parametrize("name", ["CON", "con", "Nul.txt", "COM1", "lpt9", "AUX .x"])
def test_reserved_windows_names_are_refused(name):
    assert "Windows 保留" in safepath.component_problem(name)


def test_the_inside_check_resolves_the_whole_path(tmp_path):
    safepath.inside(tmp_path / "a" / "b.docx", tmp_path)
    with pytest.raises(safepath.UnsafePath):
        safepath.inside(tmp_path / "a" / ".." / ".." / "b.docx", tmp_path)
