"""A document kind is a seam: a toy kind builds without touching the core, the wording lives in the
template set, and checks and contexts only compare and format."""
from __future__ import annotations

import ast
import shutil
from pathlib import Path

import yaml
from docx import Document

from conftest import EXAMPLE, ROOT, SHANXI, cli

WORDS = {"增加": "增加", "减少": "减少", "增长": "增长", "下降": "下降", "持平": "持平",
         "有幅度的变动": "{增减}{金额}万元，{升降}{幅度}", "无幅度的变动": "{增减}{金额}万元"}


def _toy_template(folder: Path) -> None:
    folder.mkdir(parents=True)
    settings = {"名称": "玩具", "文档": "玩具", "输出文件名": "{年度}年度玩具", "百分比小数位": 2, "措辞": WORDS}
    (folder / "设置.yaml").write_text(yaml.safe_dump(settings, allow_unicode=True), encoding="utf-8")
    doc = Document()
    doc.add_paragraph("{{ 单位.名称 }}")
    doc.add_paragraph("{{ 年度 }}年收入合计{{ 说明.合计 }}万元，其中{% for i in 说明.构成 %}{{ i.名称 }}占{{ i.占比 }}"
                      "{% if not loop.last %}、{% endif %}{% endfor %}。")
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "金额"
    table.cell(1, 0).text = "{%tr for r in 收入表 %}"
    table.cell(2, 0).text, table.cell(2, 1).text = "{{ r.项目 }}", "{{ r.金额 }}"
    row = table.add_row()
    row.cells[0].text = "{%tr endfor %}"
    doc.save(folder / "模板.docx")


def test_a_toy_kind_is_checked_built_and_rendered_without_changing_the_core(tmp_path, monkeypatch):
    import toykind
    from generator import kinds, problems
    monkeypatch.setattr(kinds, "_KINDS", dict(kinds._KINDS))            # registered for this test only
    monkeypatch.setattr(problems, "CATALOGUE", dict(problems.CATALOGUE))
    kinds.register(toykind.KIND)
    problems.add_entry(toykind.CODE)
    _toy_template(tmp_path / "templates" / "玩具-2024")
    data = "模板: 玩具-2024\n年度: 2024\n单位: {名称: 玩具单位}\n收入:\n  - {项目: 甲, 金额: 10}\n  - {项目: 乙, 金额: 30}\n合计: 40\n"
    (tmp_path / "玩具.yaml").write_text(data, encoding="utf-8")
    assert cli("check", "玩具.yaml", cwd=tmp_path).exit_code == 0
    built = cli("build", "玩具.yaml", "--no-paginate", cwd=tmp_path)
    assert built.exit_code == 0, built.stdout + built.stderr
    document = Document(str(tmp_path / "output" / "玩具" / "2024年度玩具.docx"))
    text = [p.text for p in document.paragraphs]
    assert "2024年收入合计40.00万元，其中甲占25.00%、乙占75.00%。" in text
    assert [[c.text for c in r.cells] for r in document.tables[0].rows] == [["项目", "金额"], ["甲", "10.00"], ["乙", "30.00"]]

    (tmp_path / "玩具.yaml").write_text(data.replace("合计: 40", "合计: 41"), encoding="utf-8")
    result = cli("check", "玩具.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.stdout == "玩具.yaml:7:5: E901 收入表：合计填写 41.00万元，各项之和为 40.00万元\n"


def test_a_province_rewords_in_the_template_set_only(tmp_path):
    """下降 → 降低 in the set's 措辞: the document says 降低, and no Python changed."""
    new_set = tmp_path / "templates" / "山西-2024-单位决算"
    shutil.copytree(SHANXI, new_set)
    settings = (new_set / "设置.yaml").read_text(encoding="utf-8")
    assert "  下降: 下降\n" in settings
    (new_set / "设置.yaml").write_text(settings.replace("  下降: 下降\n", "  下降: 降低\n"), encoding="utf-8")
    shutil.copy(EXAMPLE, tmp_path / "长治网信办.yaml")
    result = cli("build", "长治网信办.yaml", "--templates", "templates", "--no-paginate", cwd=tmp_path)
    assert result.exit_code == 0, result.stdout + result.stderr
    [docx] = (tmp_path / "output" / "长治网信办").glob("*.docx")
    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "与上年相比，收入总计减少58.63万元，降低10.44%" in text
    assert "下降10.44%" not in text


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            names.add(node.module or "")
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def test_checks_and_contexts_import_no_computation():
    modules = list((ROOT / "generator" / "kinds").glob("*/checks.py")) + list((ROOT / "generator" / "kinds").glob("*/context.py"))
    modules += list((ROOT / "generator" / "parts").glob("*_checks.py"))
    assert modules
    for module in modules:
        imported = _imports(module)
        assert not any(n == "compute" or n.endswith(".compute") or n.startswith("compute") for n in imported), module
        calls = {n.func.id for n in ast.walk(ast.parse(module.read_text(encoding="utf-8")))
                 if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        assert "sum" not in calls, f"{module.name} adds up amounts: that belongs in compute"


def test_shared_stages_name_no_kind():
    """load, validate, render, paginate, batch, pipeline and the CLI never mention a kind's package or tables."""
    for name in ("load", "schema", "render", "paginate", "batch", "pipeline", "cli", "templateset", "checking", "wording"):
        text = (ROOT / "generator" / f"{name}.py").read_text(encoding="utf-8")
        for word in ("final_accounts", "决算表", "公开0", "预算表", "自评报告"):
            assert word not in text, f"generator/{name}.py mentions {word}"
