"""Issue 7, items 2, 3 and 7: a template set is a name under the template folders, its tags run in a
sandbox, data text is printed exactly as written, and every fault of a template set is a located
E60x line that `gen check` finds as well as `gen build` — with nothing written and nothing run."""
from __future__ import annotations

import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document

import plain_docxtpl
from conftest import MINIMAL, SHANXI, cli, replace_once
from generator import pipeline, render, document_text

SET = "山西-2024-单位决算"
DOCX = f"templates/{SET}/模板.docx"
SETTINGS = f"templates/{SET}/设置.yaml"
LOCATED = re.compile(r"^[^:]+:\d+:\d+: [EW]\d{3} .*[\u4e00-\u9fff]")


def template_set(tmp_path: Path, document=(), footer=(), settings=(), docx_bytes: bytes | None = None) -> Path:
    """A copy of the 山西 set under tmp_path/templates with text replaced in its parts or settings."""
    folder = tmp_path / "templates" / SET
    shutil.copytree(SHANXI, folder)
    if document or footer:
        docx = folder / "模板.docx"
        with zipfile.ZipFile(docx) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        for name, changes in (("word/document.xml", document), ("word/footer1.xml", footer)):
            xml = parts[name].decode("utf-8")
            for old, new in changes:
                assert old in xml, old
                xml = xml.replace(old, new, 1)
            parts[name] = xml.encode("utf-8")
        with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, data)
    if docx_bytes is not None:
        (folder / "模板.docx").write_bytes(docx_bytes)
    text = (folder / "设置.yaml").read_text(encoding="utf-8")
    for old, new in settings:
        text = replace_once(text, old, new)
    (folder / "设置.yaml").write_text(text, encoding="utf-8")
    return folder


def department(tmp_path: Path, changes=(), name: str = "单位.yaml") -> str:
    text = MINIMAL.read_text(encoding="utf-8")
    for old, new in changes:
        text = replace_once(text, old, new)
    (tmp_path / name).write_text(text, encoding="utf-8")
    return name


def gen(tmp_path: Path, command: str, *args: str):
    extra = ["--templates", "templates"] if (tmp_path / "templates").exists() else []
    if command == "build":
        extra += ["--out", "output", "--no-paginate"]
    return cli(command, *args, *extra, cwd=tmp_path)


def written(tmp_path: Path) -> list[Path]:
    return [p for p in tmp_path.rglob("*") if p.suffix in (".docx", ".pdf") and p.name != "模板.docx"]


def only_line(result) -> str:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert LOCATED.match(lines[0]), lines[0]
    return lines[0]


# ───────────────────────────── item 3: the sandbox ─────────────────────────────

PAYLOAD = "{{ cycler.__init__.__globals__.os.system('touch /tmp/x') }}"


@pytest.mark.parametrize("command", ["check", "build"])
def test_a_tag_reaching_python_internals_is_refused_and_runs_nothing(tmp_path, command):
    marker = tmp_path / "ran"
    payload = PAYLOAD.replace("/tmp/x", str(marker))
    template_set(tmp_path, document=[("{{ 说明.收入.合计 }}", payload)])
    result = gen(tmp_path, command, department(tmp_path))
    assert result.exit_code == 1
    assert only_line(result) == (
        f"{DOCX}:1260:15: E603 模板“{SET}”有错误：标签 {payload} 要访问程序内部的“__init__”，"
        "模板只能使用数据中的名称（出于安全原因已拒绝，什么也没有执行）")
    assert not marker.exists()
    assert written(tmp_path) == []


def test_the_exact_payload_of_the_issue_does_not_touch_tmp_x(tmp_path):
    existed = os.path.exists("/tmp/x")
    before = os.stat("/tmp/x").st_mtime_ns if existed else None
    template_set(tmp_path, document=[("{{ 说明.收入.合计 }}", PAYLOAD)])
    result = gen(tmp_path, "build", department(tmp_path))
    assert result.exit_code == 1 and " E603 " in result.stdout
    assert os.path.exists("/tmp/x") == existed
    if existed:
        assert os.stat("/tmp/x").st_mtime_ns == before


def test_the_sandbox_covers_footers_and_the_plain_docxtpl_path(tmp_path):
    marker = tmp_path / "ran"
    payload = PAYLOAD.replace("/tmp/x", str(marker))
    folder = template_set(tmp_path, footer=[("</w:p>", f"<w:r><w:t>{payload}</w:t></w:r></w:p>")])
    result = gen(tmp_path, "check", department(tmp_path))
    line = only_line(result)
    assert line.startswith(f"{DOCX}:1:1: E603 模板“{SET}”有错误：页脚中的标签 {{{{ cycler.__init__")
    assert not marker.exists()

    checked = pipeline.check(MINIMAL, fill=False)
    values = pipeline.context_of(checked)
    settings = type(checked.settings)(**{**checked.settings.__dict__, "directory": folder})
    with pytest.raises(render.RenderError) as caught:
        plain_docxtpl.render_naive(settings, values)
    assert caught.value.fault.number == 603
    assert not marker.exists()


@pytest.mark.parametrize("tag, word", [
    ("{{ 'x' * 100000000 }}", "重复"),
    ("{{ 10 ** 100000000 }}", "乘方"),
    ("{{ range(10000000) | list }}", "Range too big"),
])
def test_tags_asking_for_huge_values_are_refused(tmp_path, tag, word):
    template_set(tmp_path, document=[("{{ 说明.收入.合计 }}", tag)])
    result = gen(tmp_path, "check", department(tmp_path))
    line = only_line(result)
    assert " E603 " in line and word in line


def test_a_template_that_loops_too_long_is_stopped_with_e603(tmp_path, monkeypatch):
    monkeypatch.setattr(render, "RENDER_SECONDS", 0.5)
    loop = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    template_set(tmp_path, document=[("{{ 说明.收入.合计 }}", loop)])
    started = __import__("time").perf_counter()
    line = only_line(gen(tmp_path, "check", department(tmp_path)))
    assert __import__("time").perf_counter() - started < 10
    assert line.startswith(f"{DOCX}:") and f"E603 模板“{SET}”有错误：填充超过 0.5 秒仍未完成" in line


def test_gen_context_still_lists_tags_while_the_template_is_broken(tmp_path):
    template_set(tmp_path, document=[("{%p for i in 说明.收入.非零构成 %}", "{%p for i 说明.收入.非零构成 %}")])
    result = gen(tmp_path, "context", department(tmp_path))
    assert result.exit_code == 0
    assert "{{ 说明.收入.合计 }}" in result.stdout


# ───────────────────────────── item 3: data is printed exactly ─────────────────────────────

LITERAL = "甲{_{ 甲 }_}乙{_% if %_}丙{{ x }}{% if y %}&<>\"'😀𠮷"


@pytest.mark.parametrize("path", ["prepared", "naive"])
def test_data_text_is_printed_exactly_as_written(tmp_path, path):
    yaml_text = LITERAL.replace("\\", "\\\\").replace('"', '\\"')
    name = department(tmp_path, [("  收支总计变动原因: 人员增加", f'  收支总计变动原因: "{yaml_text}"')])
    checked = pipeline.check(tmp_path / name, fill=False)
    assert checked.ok, [str(p) for p in checked.problems]
    values = pipeline.context_of(checked)
    output = render.render(checked.settings, values) if path == "prepared" else plain_docxtpl.render_naive(checked.settings, values)
    text = "\n".join(document_text.lines(output.document()))
    assert LITERAL in text


def test_literal_braces_in_the_template_itself_still_print_as_braces(tmp_path):
    template_set(tmp_path, document=[("{{ 说明.收入.合计 }}", "{_{ 说明.收入.合计 }_}与{_% 甲 %_}")])
    result = gen(tmp_path, "build", department(tmp_path))
    assert result.exit_code == 0, result.output
    [docx] = written(tmp_path)
    text = "\n".join(document_text.lines(Document(str(docx))))
    assert "收入合计{{ 说明.收入.合计 }}与{% 甲 %}万元" in text


# ───────────────────────────── items 7 and 8: template faults from gen check ─────────────────────────────

def test_a_tag_without_data_is_found_by_check_with_its_paragraph(tmp_path):
    template_set(tmp_path, document=[("{{ 说明.收入.合计 }}", "{{ 说明.收入.合讦 }}")])
    result = gen(tmp_path, "check", department(tmp_path))
    assert result.exit_code == 1
    assert only_line(result) == (f"{DOCX}:1260:15: E602 模板“{SET}”的标签 {{{{ 说明.收入.合讦 }}}} 没有对应的数据"
                                 "（模板用到了数据中没有的名称，请核对标签拼写）")


def test_a_jinja_syntax_error_is_found_by_check_and_names_the_tag(tmp_path):
    template_set(tmp_path, document=[("{%p for i in 说明.收入.非零构成 %}", "{%p for i 说明.收入.非零构成 %}")])
    result = gen(tmp_path, "check", department(tmp_path))
    assert only_line(result) == (f"{DOCX}:1261:1: E603 模板“{SET}”有错误：标签 {{% for i 说明.收入.非零构成 %}} 写法不对"
                                 "（此处应为“in”，实际是“说明”）")


def test_an_unclosed_block_is_a_located_chinese_error(tmp_path):
    template_set(tmp_path, document=[("{%p endfor %}", "")])
    line = only_line(gen(tmp_path, "check", department(tmp_path)))
    assert f"{DOCX}:" in line and " E603 " in line and "缺少与之配对的结束标签" in line


def valid_docx_bytes() -> bytes:
    return (SHANXI / "模板.docx").read_bytes()


@pytest.mark.parametrize("label, data, detail", [
    ("empty", b"", "模板.docx 是空文件"),
    ("not a zip", "这不是 Word 文档".encode("utf-8"), "模板.docx 不是有效的 Word 文档（.docx），可能已损坏或不完整，请用 Word 另存为 .docx"),
    ("truncated", None, "模板.docx 不是有效的 Word 文档（.docx），可能已损坏或不完整，请用 Word 另存为 .docx"),
])
@pytest.mark.parametrize("command", ["check", "build"])
def test_a_broken_template_docx_is_e609(tmp_path, label, data, detail, command):
    if data is None:
        data = valid_docx_bytes()[:20000]
    template_set(tmp_path, docx_bytes=data)
    result = gen(tmp_path, command, department(tmp_path))
    assert result.exit_code == 1
    assert only_line(result) == f"{DOCX}:1:1: E609 模板“{SET}”的 Word 文件无法使用：{detail}"
    assert written(tmp_path) == []


def test_a_zip_that_is_no_word_document_is_e609(tmp_path):
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("readme.txt", "x")
    template_set(tmp_path, docx_bytes=buffer.getvalue())
    line = only_line(gen(tmp_path, "check", department(tmp_path)))
    assert line == f"{DOCX}:1:1: E609 模板“{SET}”的 Word 文件无法使用：模板.docx 不是 Word 文档（缺少 word/document.xml）"


@pytest.mark.parametrize("edit, expected", [
    (("百分比小数位: 2", "百分比小数位: 60"), f"{SETTINGS}:6:9: E608 模板“{SET}”的设置有误：“百分比小数位”不能大于 4，实际是 60"),
    (("百分比小数位: 2", "百分比小数位: 两位"),
     f"{SETTINGS}:6:9: E608 模板“{SET}”的设置有误：“百分比小数位”应为整数，实际是文字“两位”"),
    (("百分比小数位: 2", "百分比小数位 2"),
     f"{SETTINGS}:7:1: E608 模板“{SET}”的设置有误：YAML 语法错误：缺少冒号“:”（键与值之间需要“: ”）"),
    (("百分比小数位: 2", "百分比位数: 2"),
     f"{SETTINGS}:6:1: E608 模板“{SET}”的设置有误：有未知字段“百分比位数”，是否应为“百分比小数位”？"),
    (("目录级数: 2", "目录级数: 0"), f"{SETTINGS}:8:7: E608 模板“{SET}”的设置有误：“目录级数”不能小于 1，实际是 0"),
    (("  - {等级: 优, 下限: 90}", "  - {等级: 优, 下限: 900}"),
     f"{SETTINGS}:30:17: E608 模板“{SET}”的设置有误：等级 第1项：“下限”不能大于 100，实际是 900"),
])
@pytest.mark.parametrize("command", ["check", "build"])
def test_settings_faults_are_located_e608(tmp_path, edit, expected, command):
    template_set(tmp_path, settings=[edit])
    result = gen(tmp_path, command, department(tmp_path))
    assert result.exit_code == 1
    assert only_line(result) == expected
    assert written(tmp_path) == []


def test_settings_in_gbk_and_as_a_list_are_e608(tmp_path):
    folder = template_set(tmp_path)
    (folder / "设置.yaml").write_bytes("名称: 山西\n输出文件名: 决算\n".encode("gbk"))
    assert only_line(gen(tmp_path, "check", department(tmp_path))) == (
        f"{SETTINGS}:1:1: E608 模板“{SET}”的设置有误：文件无法读取：不是 UTF-8 编码，请在编辑器中另存为 UTF-8")
    (folder / "设置.yaml").write_text("- 名称: 山西\n- 输出文件名: 决算\n", encoding="utf-8")
    assert only_line(gen(tmp_path, "check", department(tmp_path))) == (
        f"{SETTINGS}:1:1: E608 模板“{SET}”的设置有误：文件为空或不是一个键值表（YAML 映射）")


def test_settings_refuse_aliases_like_data_files(tmp_path):
    template_set(tmp_path, settings=[("百分比小数位: 2", "百分比小数位: &p 2\n金额位: *p")])
    line = only_line(gen(tmp_path, "check", department(tmp_path)))
    assert line.startswith(f"{SETTINGS}:6:9: E608 ") and "锚点和别名" in line


# ───────────────────────────── item 2: 模板: is a name ─────────────────────────────

@pytest.mark.parametrize("value", ["/abs/dir", "../elsewhere/任意文件夹", "..", "templates/山西-2024-单位决算", "a\\\\b"])
def test_a_template_name_is_never_a_path(tmp_path, value):
    shutil.copytree(SHANXI, tmp_path / "elsewhere" / "任意文件夹")
    name = department(tmp_path, [("模板: 山西-2024-单位决算", f'模板: "{value}"')])
    result = cli("build", name, "--out", "output", "--no-paginate", cwd=tmp_path)
    assert result.exit_code == 1
    assert only_line(result) == (f"单位.yaml:3:5: E601 未知模板“{value.replace(chr(92) * 2, chr(92))}”：模板名只能是模板文件夹"
                                 "（templates/）中的一个文件夹名，不能是路径（不能含 /、\\、..，也不能是绝对路径）")
    assert written(tmp_path) == []


def test_an_absolute_path_to_a_real_template_set_is_refused(tmp_path):
    name = department(tmp_path, [("模板: 山西-2024-单位决算", f"模板: {SHANXI}")])
    result = cli("check", name, cwd=tmp_path)
    assert result.exit_code == 1 and " E601 " in result.stdout
