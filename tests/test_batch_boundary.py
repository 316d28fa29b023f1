"""Issue 7, items 9 and 10: a batch survives anything one department does; records fingerprint the bytes
that were built; leftovers of killed runs are cleaned; outputs get normal permissions."""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import MINIMAL, ROOT, SHANXI, cli, replace_once
from generator import batch, pipeline, render

sys.path.insert(0, str(ROOT / "bench"))
import synthetic  # noqa: E402


def departments(tmp_path: Path, count: int = 3) -> list[Path]:
    folder = tmp_path / "departments"
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"单位{i}.yaml"
        path.write_text(synthetic.department(i), encoding="utf-8")
        paths.append(path)
    return paths


def options(tmp_path: Path, **kw) -> batch.Options:
    return batch.Options(out_dir=str(tmp_path / "output"), paginate=False, **kw)


def by_name(results) -> dict:
    return {Path(r.source).name: r for r in results}


# ───────────────────────────── item 9 ─────────────────────────────

@pytest.mark.parametrize("jobs", [1, 2])
def test_a_bug_inside_one_department_fails_only_that_department(tmp_path, monkeypatch, jobs):
    paths = departments(tmp_path)
    real = pipeline.build

    def build(path, *args, **kw):
        if path.name == "单位1.yaml":
            raise RuntimeError("模拟的程序错误")
        return real(path, *args, **kw)

    monkeypatch.setattr(pipeline, "build", build)
    results = by_name(batch.run(paths, options(tmp_path), jobs=jobs))
    assert results["单位0.yaml"].status == results["单位2.yaml"].status == "built"
    bad = results["单位1.yaml"]
    assert bad.status == "failed" and bad.internal
    assert bad.lines == [f"{paths[1]}:1:1: E900 gen 内部错误（不是数据问题）：RuntimeError: 模拟的程序错误。这个部门未生成；"
                         "请把命令和数据文件发给维护人员（设置 GEN_DEBUG=1 可看到详细信息）"]
    summary = batch.summary(list(results.values()))
    assert summary[0] == "汇总：生成 2，未变 0，有警告 0，失败 1（共 3 个）"
    assert any("gen 内部错误，未生成文件（RuntimeError: 模拟的程序错误）" in line for line in summary)


def test_a_worker_that_dies_fails_its_departments_and_the_summary_still_prints(tmp_path, monkeypatch):
    paths = departments(tmp_path, 2)
    real = pipeline.build

    def build(path, *args, **kw):
        if path.name == "单位0.yaml":
            os._exit(9)                       # as if killed: the pool breaks
        return real(path, *args, **kw)

    monkeypatch.setattr(pipeline, "build", build)
    results = batch.run(paths, options(tmp_path), jobs=2)
    assert len(results) == 2
    assert results[0].status == "failed" and results[0].internal
    assert results[0].lines[0].startswith(f"{paths[0]}:1:1: E900 gen 内部错误")
    assert batch.summary(results)[0].startswith("汇总：")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_broken_template_and_an_absurd_amount_do_not_stop_the_batch(tmp_path, jobs):
    broken = tmp_path / "templates" / "坏模板"
    shutil.copytree(SHANXI, broken)
    (broken / "模板.docx").write_bytes((SHANXI / "模板.docx").read_bytes()[:5000])
    shutil.copytree(SHANXI, tmp_path / "templates" / "山西-2024-单位决算")
    base = MINIMAL.read_text(encoding="utf-8")
    (tmp_path / "甲.yaml").write_text(base, encoding="utf-8")
    (tmp_path / "乙.yaml").write_text(replace_once(base, "模板: 山西-2024-单位决算", "模板: 坏模板"), encoding="utf-8")
    (tmp_path / "丙.yaml").write_text(replace_once(base, "财政拨款收入: 100.00}", "财政拨款收入: 1.0e+22}"),
                                     encoding="utf-8")
    (tmp_path / "丁.yaml").write_text(base.replace("测试市委网信办", "丁单位"), encoding="utf-8")
    result = cli("build", "甲.yaml", "乙.yaml", "丙.yaml", "丁.yaml", "--templates", "templates", "--out", "output",
                 "--no-paginate", "-j", jobs, cwd=tmp_path)
    assert result.exit_code == 1
    assert "templates/坏模板/模板.docx:1:1: E609 模板“坏模板”的 Word 文件无法使用" in result.stdout
    assert "丙.yaml:17:43: E108 数字 1.0e+22 超出范围" in result.stdout
    assert "汇总：生成 2，未变 0，有警告 0，失败 2（共 4 个）" in result.stderr
    assert sorted(p.parent.name for p in (tmp_path / "output").rglob("*.docx")) == ["丁", "甲"]


# ───────────────────────────── item 10 ─────────────────────────────

def test_the_record_fingerprints_the_bytes_that_were_built(tmp_path, monkeypatch):
    [path] = departments(tmp_path, 1)
    original = path.read_bytes()
    real = pipeline.build

    def build(p, *args, **kw):
        built = real(p, *args, **kw)
        path.write_bytes(original.replace("测试".encode("utf-8"), "改了".encode("utf-8"), 1)
                         if "测试".encode("utf-8") in original else original + b"# edited during the build\n")
        return built

    monkeypatch.setattr(pipeline, "build", build)
    [result] = batch.run([path], options(tmp_path), jobs=1)
    assert result.status == "built"
    record = json.loads(batch.state_path(tmp_path / "output", path).read_text(encoding="utf-8"))
    assert record["source_hash"] == hashlib.sha256(original).hexdigest()
    monkeypatch.setattr(pipeline, "build", real)
    [again] = batch.run([path], options(tmp_path), jobs=1)
    assert again.status == "built"           # the edit made during the first build is not taken as built


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_leftovers_of_killed_runs_are_cleaned_and_live_ones_kept(tmp_path):
    out, temp = tmp_path / "output", tmp_path / "tmp"
    (out / "单位").mkdir(parents=True)
    temp.mkdir()
    dead, me, old = dead_pid(), os.getpid(), time.time() - 2 * batch.STALE_SECONDS
    gone = [out / "单位" / f".2024年度单位决算公开.{dead}.abcd1234.docx.tmp",
            out / "单位" / f"..gen-build.{dead}.k2j3h4g5.json.tmp",
            out / "单位" / ".2024年度单位决算公开.old_name1.docx.tmp"]         # an old gen's name, two hours old
    kept = [out / "单位" / f".2024年度单位决算公开.{me}.abcd1234.docx.tmp",
            out / "单位" / ".2024年度单位决算公开.new_name.docx.tmp",          # no pid, just written
            out / "单位" / "2024年度单位决算公开.docx"]
    for p in gone + kept:
        p.write_bytes(b"x")
    os.utime(gone[2], (old, old))
    gone_dirs = [temp / f"gen-build-{dead}-abc", temp / f"gen-office-{dead}-def", temp / "gen-lo-old"]
    kept_dirs = [temp / f"gen-office-{me}-xyz", temp / "gen-lo-new", temp / "other-program"]
    for d in gone_dirs + kept_dirs:
        (d / "inner").mkdir(parents=True)
    os.utime(gone_dirs[2], (old, old))
    removed = batch.clean_temp(out, temp)
    assert sorted(removed) == sorted(gone + gone_dirs)
    assert all(p.exists() for p in kept + kept_dirs)
    assert not any(p.exists() for p in gone + gone_dirs)


def test_a_run_cleans_before_it_builds(tmp_path):
    [path] = departments(tmp_path, 1)
    folder = tmp_path / "output" / "单位0"
    folder.mkdir(parents=True)
    stale = folder / f".2024年度单位决算公开.{dead_pid()}.abcd1234.docx.tmp"
    stale.write_bytes(b"half a document")
    batch.run([path], options(tmp_path), jobs=1)
    assert not stale.exists()


def test_outputs_have_normal_permissions(tmp_path, monkeypatch):
    [path] = departments(tmp_path, 1)
    previous = os.umask(0o022)
    monkeypatch.setattr(render, "_UMASK", None)
    try:
        [result] = batch.run([path], options(tmp_path), jobs=1)
    finally:
        os.umask(previous)
    assert result.status == "built"
    files = [p for p in (tmp_path / "output").rglob("*") if p.is_file()]
    assert sorted(p.name for p in files) == [".gen-build.json", "2024年度单位决算公开.docx"]
    assert {stat.S_IMODE(p.stat().st_mode) for p in files} == {0o644}
