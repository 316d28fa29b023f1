"""Batch builds: one bad department among good ones, skip and rebuild rules, --force, exit codes,
crash safety of the build records, progress output — and that the prepared-template path gives
the same document as plain docxtpl."""
from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from lxml import etree

from generator import batch, pipeline, render

import plain_docxtpl
from conftest import ROOT, SHANXI, cli

sys.path.insert(0, str(ROOT / "bench"))
import synthetic  # noqa: E402

OPTIONS = dict(paginate=False)


def make(tmp_path: Path, count: int = 3, template: str = "山西-2024-单位决算") -> list[Path]:
    folder = tmp_path / "departments"
    folder.mkdir(exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"单位{i}.yaml"
        path.write_text(synthetic.department(i, template=template), encoding="utf-8")
        paths.append(path)
    return paths


def run(tmp_path, paths, **kw):
    options = batch.Options(out_dir=str(tmp_path / "output"), templates=kw.pop("templates", None), **OPTIONS)
    return {Path(r.source).name: r for r in batch.run(paths, options, **kw)}


def test_one_bad_department_does_not_stop_the_others(tmp_path):
    paths = make(tmp_path, 2)
    bad = tmp_path / "departments" / "坏单位.yaml"
    bad.write_text(paths[0].read_text(encoding="utf-8").replace("单位性质: 行政单位", "单位性质: 行政机关"), encoding="utf-8")
    result = cli("build", "departments", "--out", "output", "--no-paginate", "-j", "2", cwd=tmp_path)
    assert result.exit_code == 1
    assert "坏单位.yaml:5:9: E105" in result.stdout
    assert "汇总：生成 2，未变 0，有警告 0，失败 1（共 3 个）" in result.stderr
    assert sorted(p.parent.name for p in (tmp_path / "output").rglob("*.docx")) == ["单位0", "单位1"]


def test_unchanged_departments_are_skipped_and_edited_ones_rebuilt(tmp_path):
    paths = make(tmp_path, 3)
    first = run(tmp_path, paths)
    assert {r.status for r in first.values()} == {"built"}
    outputs = {name: Path(r.outputs[0]) for name, r in first.items()}
    stamps = {name: p.stat().st_mtime_ns for name, p in outputs.items()}

    again = run(tmp_path, paths)
    assert {r.status for r in again.values()} == {"unchanged"}
    assert {name: p.stat().st_mtime_ns for name, p in outputs.items()} == stamps

    paths[1].write_text(paths[1].read_text(encoding="utf-8").replace("负责网络舆情工作", "负责网上舆情工作"), encoding="utf-8")
    outputs["单位2.yaml"].unlink()                                 # a missing output is rebuilt too
    third = run(tmp_path, paths)
    assert {n: r.status for n, r in third.items()} == {"单位0.yaml": "unchanged", "单位1.yaml": "built", "单位2.yaml": "built"}

    forced = run(tmp_path, paths, force=True)
    assert {r.status for r in forced.values()} == {"built"}


def test_editing_a_template_set_rebuilds_exactly_its_departments(tmp_path):
    templates = tmp_path / "templates"
    for name in ("甲-2024", "乙-2024"):
        shutil.copytree(SHANXI, templates / name)
    paths = make(tmp_path, 2, template="甲-2024") + [
        p for p in [tmp_path / "departments" / "乙单位.yaml"]]
    paths[2].write_text(synthetic.department(7, template="乙-2024"), encoding="utf-8")
    run(tmp_path, paths, templates=str(templates))
    settings = templates / "甲-2024" / "设置.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\n# 2025 年表样\n", encoding="utf-8")
    batch.dir_hash.cache_clear()
    rerun = run(tmp_path, paths, templates=str(templates))
    assert {n: r.status for n, r in rerun.items()} == {"单位0.yaml": "built", "单位1.yaml": "built", "乙单位.yaml": "unchanged"}


def test_a_new_generator_rebuilds_everything(tmp_path, monkeypatch):
    paths = make(tmp_path, 2)
    run(tmp_path, paths)
    monkeypatch.setattr(batch, "generator_hash", lambda: "another version")
    assert {r.status for r in run(tmp_path, paths).values()} == {"built"}


def test_records_survive_a_crash_midway(tmp_path, monkeypatch):
    paths = make(tmp_path, 3)
    real = batch.build_one
    calls = []

    def crashing(source, options):
        calls.append(source)
        if len(calls) == 3:
            raise KeyboardInterrupt("power cut")
        return real(source, options)

    monkeypatch.setattr(batch, "build_one", crashing)
    with pytest.raises(KeyboardInterrupt):
        run(tmp_path, paths, jobs=1)
    monkeypatch.setattr(batch, "build_one", real)
    after = run(tmp_path, paths, jobs=1)
    assert {n: r.status for n, r in after.items()} == {"单位0.yaml": "unchanged", "单位1.yaml": "unchanged", "单位2.yaml": "built"}


def test_parallel_and_sequential_builds_write_the_same_bytes(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")      # the build date is the only thing that may differ
    paths = make(tmp_path, 4)
    one = batch.run(paths, batch.Options(out_dir=str(tmp_path / "one"), **OPTIONS), jobs=1)
    two = batch.run(paths, batch.Options(out_dir=str(tmp_path / "two"), **OPTIONS), jobs=2)
    for a, b in zip(one, two):
        assert Path(a.outputs[0]).read_bytes() == Path(b.outputs[0]).read_bytes()


def test_exit_code_is_zero_when_all_built_or_unchanged(tmp_path):
    make(tmp_path, 2)
    assert cli("build", "departments", "--out", "output", "--no-paginate", cwd=tmp_path).exit_code == 0
    second = cli("build", "departments", "--out", "output", "--no-paginate", cwd=tmp_path)
    assert second.exit_code == 0
    assert "汇总：生成 0，未变 2，有警告 0，失败 0（共 2 个）" in second.stderr


def test_progress_is_a_bar_on_a_terminal_and_lines_otherwise():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty, plain = Tty(), io.StringIO()
    for stream in (tty, plain):
        progress = batch.Progress(2, stream)
        progress.step(batch.Result("a.yaml", "built"))
        progress.step(batch.Result("b.yaml", "failed"))
    assert "\r[###############---------------] 1/2 a.yaml" in tty.getvalue()
    assert tty.getvalue().endswith("2/2 b.yaml\x1b[K\n")
    assert plain.getvalue() == "[1/2] 生成 a.yaml\n[2/2] 失败 b.yaml\n"


def _canonical_parts(output: render.Output) -> dict[str, bytes]:
    output.to_bytes()                       # serializes the document part
    parts = {}
    for name, data in output.parts.items():
        if name.endswith(".xml") or name.endswith(".rels"):
            root = etree.fromstring(data)
            if name == "docProps/core.xml":         # the build date is stamped after filling (render.build_time)
                for date in root.findall("{http://purl.org/dc/terms/}*"):
                    root.remove(date)
            parts[name] = etree.tostring(root, method="c14n")
        else:
            parts[name] = data
    return parts


@pytest.mark.parametrize("name", ["长治网信办", "延边网安中心", "石峰网信办"])
def test_prepared_template_gives_the_same_document_as_plain_docxtpl(name):
    checked = pipeline.check(ROOT / "departments" / f"{name}.yaml")
    context = pipeline.context_of(checked)
    prepared = render.render(checked.settings, context)
    naive = plain_docxtpl.render_naive(checked.settings, context)
    assert _canonical_parts(prepared) == _canonical_parts(naive)
