"""Issue 12, item 8: the editor helps the clerk — every schema property explained in Chinese, the schemas
associated with the department files, and `gen check` lines in VS Code's Problems panel."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import ROOT

SCHEMAS = sorted((ROOT / "schemas").glob("*.json"))
CJK = re.compile(r"[\u4e00-\u9fff]")


def properties(node, path=""):
    """Every property a schema defines (under `properties`, at any depth): (its path, its schema).  The
    conditions of an if/then (department.schema.json: which kind a file is) define nothing and are left out."""
    if isinstance(node, dict):
        for name, sub in (node.get("properties") or {}).items():
            yield f"{path}/properties/{name}", sub
        for key, value in node.items():
            if key not in ("if", "not"):
                yield from properties(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from properties(value, f"{path}/{i}")


@pytest.mark.parametrize("schema", SCHEMAS, ids=[s.name for s in SCHEMAS])
def test_every_property_has_a_chinese_title_and_description(schema):
    document = json.loads(schema.read_text(encoding="utf-8"))
    found = list(properties(document))
    assert found or "properties" not in document             # the walk reached the schema's properties
    lacking = [path for path, sub in found
               if not (isinstance(sub, dict) and CJK.search(sub.get("title", "")) and CJK.search(sub.get("description", "")))]
    assert lacking == []


# ───────────── the schema that fits each department file ─────────────

import yaml  # noqa: E402
from referencing import Registry, Resource  # noqa: E402
import jsonschema  # noqa: E402

from conftest import cli  # noqa: E402
from generator import kinds  # noqa: E402
from generator.load import load_file  # noqa: E402

UMBRELLA = json.loads((ROOT / "schemas" / "department.schema.json").read_text(encoding="utf-8"))
DEPARTMENTS = sorted((ROOT / "departments").glob("*.yaml")) + sorted((ROOT / "tests" / "data").glob("*.yaml"))


def chosen(schema: dict, instance: dict) -> str:
    """The schema file the umbrella's if/then/else applies to `instance` (what an editor will use)."""
    if "$ref" in schema:
        return schema["$ref"]
    if "allOf" in schema:
        hits = [chosen(part, instance) for part in schema["allOf"]]
        hits = [h for h in hits if h]
        assert len(hits) <= 1, hits
        return hits[0] if hits else ""
    if "if" in schema:
        taken = jsonschema.Draft202012Validator(schema["if"]).is_valid(instance)
        branch = schema.get("then" if taken else "else")
        return chosen(branch, instance) if branch else ""
    return ""


def test_the_umbrella_picks_the_kind_a_file_names():
    for kind in kinds.names():
        assert chosen(UMBRELLA, {"文档": kind, "模板": "山西-2024-单位决算"}) == kinds.find(kind).schema.name


def test_the_umbrella_picks_the_kind_of_every_template_set_by_its_name():
    for settings in sorted((ROOT / "templates").glob("*/设置.yaml")):
        document = yaml.safe_load(settings.read_text(encoding="utf-8"))["文档"]
        name = settings.parent.name
        assert chosen(UMBRELLA, {"模板": name}) == kinds.find(document).schema.name, name
    assert chosen(UMBRELLA, {"模板": "别的模板"}) == "common.schema.json"


def umbrella_validator():
    registry = Registry()
    for path in sorted((ROOT / "schemas").glob("*.json")):
        registry = registry.with_resource(path.name, Resource.from_contents(json.loads(path.read_text(encoding="utf-8"))))
    return jsonschema.Draft202012Validator(UMBRELLA, registry=registry)


@pytest.mark.parametrize("path", DEPARTMENTS, ids=[p.name for p in DEPARTMENTS])
def test_every_department_file_is_valid_under_the_umbrella(path):
    data = load_file(path, str(path)).data
    validator = umbrella_validator()
    assert [e.message for e in validator.iter_errors(data)] == []
    wrong = {**data, "收入决箅表": {}}                       # a mistyped key is caught through the umbrella
    assert any("收入决箅表" in e.message for e in validator.iter_errors(wrong))


# ───────────── VS Code: settings and the problem matcher ─────────────

SETTINGS = json.loads((ROOT / ".vscode" / "settings.json").read_text(encoding="utf-8"))
TASKS = json.loads((ROOT / ".vscode" / "tasks.json").read_text(encoding="utf-8"))


def test_the_settings_stop_yaml_reformatting_and_associate_the_umbrella():
    yaml_editor = SETTINGS["[yaml]"]
    assert not any(yaml_editor[k] for k in ("editor.formatOnSave", "editor.formatOnPaste", "editor.formatOnType"))
    assert SETTINGS["yaml.format.enable"] is False and yaml_editor["files.trimTrailingWhitespace"] is False
    [(schema, globs)] = SETTINGS["yaml.schemas"].items()
    assert (ROOT / schema).resolve() == (ROOT / "schemas" / "department.schema.json").resolve()
    import fnmatch
    for path in DEPARTMENTS:
        assert any(fnmatch.fnmatch(path.relative_to(ROOT).as_posix(), g) for g in globs)


def matchers():
    [task] = [t for t in TASKS["tasks"] if t["args"] == ["check", "${file}"]]
    assert task["options"]["env"]["NO_COLOR"] == "1"          # no escape codes in what the matcher reads
    return [(m["severity"], re.compile(m["pattern"]["regexp"]), m["pattern"]) for m in task["problemMatcher"]]


def matched(line: str):
    hits = [(severity, rx.match(line), groups) for severity, rx, groups in matchers() if rx.match(line)]
    assert len(hits) <= 1, line
    if not hits:
        return None
    severity, m, groups = hits[0]
    return {"severity": severity, **{k: m.group(groups[k]) for k in ("file", "line", "column", "code", "message")}}


def test_the_problem_matcher_reads_real_gen_check_output(tmp_path):
    text = (ROOT / "tests" / "data" / "最小单位.yaml").read_text(encoding="utf-8")
    text = text.replace("\n支出决算表:\n  科目:\n", "\n支出决算表:\n  科目:\n"
                        "    - {科目编码: 201, 科目名称: 一般公共服务支出, 基本支出: 100.00, 项目支出: 10.01}\n", 1)
    text = text.replace("年度: 2024\n", "年度: 2024\n未知键: 1\n", 1)
    (tmp_path / "单位.yaml").write_text(text, encoding="utf-8")
    example = str(ROOT / "departments" / "长治网信办.yaml")
    result = cli("check", "--全部", "单位.yaml", example, cwd=tmp_path)
    from generator import pipeline
    problems = [p for name in (tmp_path / "单位.yaml", Path(example))
                for p in pipeline.check(name, "单位.yaml" if name.parent == tmp_path else example).problems.shown(True)]
    lines = result.stdout.splitlines()
    assert len(lines) == len(problems) >= 3
    for line, problem in zip(lines, problems):                 # what the Problems panel gets from each printed line
        got = matched(line)
        assert got == {"severity": "error" if problem.is_error else "warning", "file": problem.location.file,
                       "line": str(problem.location.line), "column": str(problem.location.column),
                       "code": problem.code, "message": str(problem).split(f" {problem.code} ", 1)[1]}, line
    assert {matched(line)["severity"] for line in lines} == {"error", "warning"}
    for line in result.stderr.splitlines():                  # the closing counts are not problems
        assert matched(line) is None, line


def test_the_problem_matcher_takes_a_windows_path():
    got = matched("C:\\财政局\\departments\\长治网信办.yaml:42:67: W301 收入决算表“本年收入合计”栏：差0.01万元【位置：收入决算表/科目/20137/本年收入合计】")
    assert got["file"] == "C:\\财政局\\departments\\长治网信办.yaml" and (got["line"], got["column"]) == ("42", "67")
    assert got["severity"] == "warning" and got["message"].endswith("本年收入合计】")


# ───────────── the real YAML language server (what VS Code's YAML extension runs) ─────────────

import lsp  # noqa: E402


def vscode_settings() -> dict:
    """settings.json as VS Code hands it to the server: dotted names become nested sections."""
    nested: dict = {}
    for key, value in SETTINGS.items():
        if key.startswith("yaml."):
            node = nested.setdefault("yaml", {})
            parts = key.split(".")[1:]
            for part in parts[:-1]:
                node = node.setdefault(part, {})
            node[parts[-1]] = value
    return nested


@pytest.fixture(scope="module")
def server():
    command = lsp.server_command()
    if command is None:
        pytest.skip("没有 yaml-language-server（npm install yaml-language-server；.ci/run 装在 .cache/yaml-ls）")
    client = lsp.Client(command, ROOT, vscode_settings())
    yield client
    client.close()


def test_the_server_picks_the_schema_for_a_file_without_a_modeline(server):
    path = ROOT / "departments" / "元氏网信办.yaml"
    text = path.read_text(encoding="utf-8")
    assert "yaml-language-server" not in text.splitlines()[0]
    assert server.open(path, text) == []
    wrong = text.replace("\n评价工作组:", "\n评价工作组x:", 1)
    server.notify("textDocument/didChange", {"textDocument": {"uri": path.as_uri(), "version": 2},
                                             "contentChanges": [{"text": wrong}]})
    found = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == path.as_uri() and m["params"]["diagnostics"])
    messages = [d["message"] for d in found["params"]["diagnostics"]]
    assert any("评价工作组x" in m for m in messages) and any("评价工作组" in m for m in messages)
    assert {d["data"]["schemaUri"][0].rsplit("/", 1)[1] for d in found["params"]["diagnostics"]} == {"self_evaluation.schema.json"}


def test_hover_shows_the_chinese_description(server):
    path = ROOT / "departments" / "长治网信办.yaml"
    text = "\n".join(path.read_text(encoding="utf-8").splitlines()[1:]) + "\n"      # without its modeline
    assert server.open(path, text) == []
    line = next(i for i, row in enumerate(text.splitlines()) if row.startswith("收入决算表:"))
    shown = server.hover(path, line, 2)
    assert "公开02 收入决算表" in shown and "按功能分类科目列示的各项收入" in shown


def test_the_server_does_not_reformat_department_files(server):
    path = ROOT / "departments" / "栾城网信办.yaml"
    server.open(path)
    assert server.formatting(path) in ([], None)
    enabled = vscode_settings()
    enabled["yaml"]["format"]["enable"] = True                 # what happens without the shipped setting
    other = lsp.Client(lsp.server_command(), ROOT, enabled)
    try:
        other.open(path)
        edits = other.formatting(path)
        assert edits and edits[0]["newText"] != path.read_text(encoding="utf-8")
    finally:
        other.close()
