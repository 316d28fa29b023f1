"""A finance bureau adds next year's template without touching Python.

Copy an existing set, change its wording in the .docx and its settings, point a department at
it, build.  Nothing under generator/ changes.
"""
import shutil
import zipfile
from pathlib import Path

import yaml
from docx import Document

from generator import document_text

from conftest import MINIMAL, SHANXI, cli


def reword(docx: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(docx) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    assert old in xml
    parts["word/document.xml"] = xml.replace(old, new).encode("utf-8")
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_new_template_set_made_from_an_old_one_builds_without_code(tmp_path):
    new_set = tmp_path / "templates" / "山西-2025-单位决算"
    shutil.copytree(SHANXI, new_set)
    settings = yaml.safe_load((new_set / "设置.yaml").read_text(encoding="utf-8"))
    settings["名称"] = "山西省2025年度单位决算公开"
    settings["输出文件名"] = "{年度}年度单位决算公开（2025版式）"
    settings["百分比小数位"] = 1
    (new_set / "设置.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), encoding="utf-8")
    reword(new_set / "模板.docx", "主要用于以下方面：", "主要用途如下：")

    department = MINIMAL.read_text(encoding="utf-8").replace("模板: 山西-2024-单位决算", "模板: 山西-2025-单位决算")
    (tmp_path / "新单位.yaml").write_text(department, encoding="utf-8")
    result = cli("build", "新单位.yaml", "--templates", "templates", "--out", "output", "--no-paginate", cwd=tmp_path)

    assert result.exit_code == 0, result.stdout + result.stderr
    out = tmp_path / "output" / "新单位" / "2024年度单位决算公开（2025版式）.docx"
    text = "\n".join(document_text.lines(Document(str(out))))
    assert "2024年度一般公共预算财政拨款支出130.00万元，主要用途如下：" in text
    assert "基本支出120.00万元，占比92.3%" in text            # one decimal now (was 92.31%)
    assert "主要用于以下方面" not in text
