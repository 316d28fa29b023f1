"""Issue 12, item 7: pre-commit hooks and CI for a finance bureau's own repository of department files.

The hook definitions are checked here; an installed gen (what pre-commit installs: a wheel, not this
checkout) is built and run from outside the repository; and with GEN_TEST_PRECOMMIT=1 (and pre-commit
installed) both hooks run for real through `pre-commit try-repo` on a temporary data repository.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile

import pytest
import yaml

from conftest import EXAMPLE, ROOT
from generator.cli import main

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_two_python_hooks_that_run_gen_commands():
    assert [h["id"] for h in HOOKS] == ["gen-check", "gen-fmt"]
    for hook in HOOKS:
        assert hook["language"] == "python"
        program, command = hook["entry"].split()[:2]
        assert program == "gen" and command in main.commands
        assert re.search(r"[\u4e00-\u9fff]", hook["name"]) and re.search(r"[\u4e00-\u9fff]", hook["description"])


@pytest.mark.parametrize("path, taken", [
    ("departments/长治网信办.yaml", True), ("长治网信办.yaml", True), ("2024/某县/单位.yml", True),
    ("templates/山西-2025-单位决算/设置.yaml", False), ("某市/templates/甲/设置.yaml", False),
    (".pre-commit-config.yaml", False), (".github/workflows/gen.yml", False), (".gitlab-ci.yml", False),
    ("README.md", False), ("output/长治网信办/2024年度单位决算公开.docx", False),
])
def test_the_hooks_take_department_files_only(path, taken):
    for hook in HOOKS:          # pre-commit's own rule: `files` searched, `exclude` searched, on the repository path
        assert (bool(re.search(hook["files"], path)) and not re.search(hook["exclude"], path)) is taken


def readme_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def test_the_readme_shows_a_config_that_uses_these_hooks():
    configs = [yaml.safe_load(b) for b in readme_blocks("yaml") if "repos:" in b]
    assert configs, "README 应有 .pre-commit-config.yaml 的例子"
    hook_ids = {h["id"] for c in configs for repo in c["repos"] for h in repo["hooks"]}
    assert hook_ids == {"gen-check", "gen-fmt"}


def test_the_readme_ci_jobs_check_changed_departments_and_keep_the_documents():
    jobs = [yaml.safe_load(b) for b in readme_blocks("yaml") if "runs-on" in b or "artifacts" in b]
    github = next(j for j in jobs if "jobs" in j)
    steps = [s.get("run", "") + str(s.get("uses", "")) for job in github["jobs"].values() for s in job["steps"]]
    assert any("gen check" in s for s in steps) and any("gen build" in s for s in steps)
    assert any("upload-artifact" in s for s in steps)
    gitlab = next(j for j in jobs if any(isinstance(v, dict) and "artifacts" in v for v in j.values()))
    job = next(v for v in gitlab.values() if isinstance(v, dict) and "artifacts" in v)
    assert any("gen check" in line for line in job["script"]) and "output/" in str(job["artifacts"])


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    [built] = out.glob("*.whl")
    return built


def test_the_wheel_carries_schemas_templates_and_reference(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for folder in ("schemas", "templates", "reference"):
        mine = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / folder).rglob("*") if p.is_file())
        assert mine and all(f"generator/data/{name}" in names for name in mine), folder
    assert wheel.name.startswith("gen_yujuesuan-")


def test_an_installed_gen_checks_and_builds_outside_this_repository(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    data = tmp_path / "数据仓库"
    data.mkdir()
    shutil.copy(EXAMPLE, data / EXAMPLE.name)
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import generator.paths as p; print(p.SCHEMA_DIR)"], cwd=data, env=env,
                           capture_output=True, text=True)
    assert where.stdout.strip() == str(target / "generator" / "data" / "schemas")     # not this checkout's
    check = subprocess.run([sys.executable, "-m", "generator", "check", EXAMPLE.name], cwd=data, env=env,
                           capture_output=True, text=True)
    assert check.returncode == 0 and "0 个错误" in check.stderr, check.stderr
    build = subprocess.run([sys.executable, "-m", "generator", "build", EXAMPLE.name, "--no-paginate"], cwd=data,
                           env=env, capture_output=True, text=True)
    assert build.returncode == 0 and (data / "output" / "长治网信办" / "2024年度单位决算公开.docx").is_file()


PRE_COMMIT = shutil.which("pre-commit")


@pytest.mark.skipif(not (os.environ.get("GEN_TEST_PRECOMMIT") and PRE_COMMIT),
                    reason="真正运行 pre-commit 钩子较慢（要为钩子建环境、安装 gen）：设置 GEN_TEST_PRECOMMIT=1 并安装 pre-commit 后运行")
def test_the_hooks_for_real_on_a_data_repository(tmp_path):
    """pre-commit try-repo installs gen from this repository's committed files, as a bureau's repository would."""
    repo = tmp_path / "数据仓库"
    (repo / "departments").mkdir(parents=True)
    text = EXAMPLE.read_text(encoding="utf-8")
    (repo / "departments" / "好.yaml").write_text(text, encoding="utf-8")
    (repo / "departments" / "坏.yaml").write_text(text.replace("财政拨款收入: 214.61", "财政拨款收入: 215.61", 1),
                                                  encoding="utf-8")
    git = ["git", "-c", "user.email=clerk@example.invalid", "-c", "user.name=clerk"]
    subprocess.run(git + ["init", "-q"], cwd=repo, check=True)
    subprocess.run(git + ["add", "-A"], cwd=repo, check=True)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache")}

    def hook(name):
        return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), name, "--all-files"], cwd=repo, env=env,
                              capture_output=True, text=True)

    checked = hook("gen-check")
    assert checked.returncode == 1
    assert "departments/坏.yaml:42:83: E301" in checked.stdout and "departments/好.yaml：0 个错误" in checked.stdout
    (repo / "departments" / "坏.yaml").unlink()
    (repo / "departments" / "好.yaml").write_text(text.replace(", 科目名称: 行政运行,   ", ", 科目名称: 行政运行,", 1),
                                                  encoding="utf-8")
    subprocess.run(git + ["add", "-A"], cwd=repo, check=True)
    formatted = hook("gen-fmt")
    assert formatted.returncode == 1 and "files were modified by this hook" in formatted.stdout
    assert (repo / "departments" / "好.yaml").read_text(encoding="utf-8") == text
    assert hook("gen-check").returncode == 0
