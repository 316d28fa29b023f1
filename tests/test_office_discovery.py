"""Issue 12, item 9: LibreOffice found on Windows, macOS and Linux (fake install trees), GEN_SOFFICE, and a
docx written with a warning when the PDF cannot be made."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import MINIMAL, cli
from generator import batch, libreoffice, paginate, pipeline


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("", encoding="utf-8")
    return path


def windows_file():
    """Windows paths of a fake tree in a temporary folder: `\\tmp\\x\\LibreOffice\\…` is `/tmp/x/LibreOffice/…`."""
    return lambda p: os.path.isfile(p.replace("\\", "/"))


def uno_in(*pythons):
    """The `import uno` probe: true only for the Pythons named (by their path, either slash)."""
    wanted = {str(p).replace("\\", "/") for p in pythons}
    return lambda python: python.replace("\\", "/") in wanted


def test_windows_program_files_and_its_bundled_python(tmp_path):
    soffice = touch(tmp_path / "pf" / "LibreOffice" / "program" / "soffice.exe")
    python = touch(tmp_path / "pf" / "LibreOffice" / "program" / "python.exe")
    found = libreoffice.locate("win32", {"ProgramFiles": str(tmp_path / "pf")}, which=lambda n: None,
                               has_uno=uno_in(python), is_file=windows_file())
    assert found.soffice.replace("\\", "/") == str(soffice)
    assert found.python.replace("\\", "/") == str(python)
    assert "\\LibreOffice\\program\\python.exe" in found.python          # a Windows path, as Windows needs it


def test_windows_32_bit_install_and_not_the_system_python(tmp_path):
    touch(tmp_path / "pf86" / "LibreOffice" / "program" / "soffice.exe")
    python = touch(tmp_path / "pf86" / "LibreOffice" / "program" / "python.exe")
    env = {"ProgramFiles": str(tmp_path / "pf"), "ProgramFiles(x86)": str(tmp_path / "pf86")}
    found = libreoffice.locate("win32", env, which=lambda n: None, has_uno=uno_in(python, "/usr/bin/python3"),
                               is_file=windows_file())
    assert found.python.replace("\\", "/") == str(python)


def test_macos_application_bundle(tmp_path):
    app = tmp_path / "Applications" / "LibreOffice.app"
    soffice = touch(app / "Contents" / "MacOS" / "soffice")
    python = touch(app / "Contents" / "Resources" / "python")
    places = libreoffice.standard_places("darwin", {"HOME": str(tmp_path)})
    assert Path(str(places[0])) == Path("/Applications/LibreOffice.app/Contents/MacOS/soffice")
    found = libreoffice.locate("darwin", {"HOME": str(tmp_path)}, which=lambda n: None, has_uno=uno_in(python))
    assert (found.soffice, found.python) == (str(soffice), str(python))          # ~/Applications


def test_linux_tarball_bundled_python_through_a_symlink_on_path(tmp_path):
    program = tmp_path / "opt" / "libreoffice24.8" / "program"
    touch(program / "soffice")
    python = touch(program / "python")
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "soffice").symlink_to(program / "soffice")
    found = libreoffice.locate("linux", {}, which=lambda n: str(tmp_path / "bin" / n) if n == "soffice" else None,
                               has_uno=uno_in(python))
    assert (found.soffice, found.python) == (str(tmp_path / "bin" / "soffice"), str(python))


def test_linux_system_python_with_python3_uno(tmp_path):
    soffice = touch(tmp_path / "bin" / "soffice")
    real_isfile = os.path.isfile
    found = libreoffice.locate("linux", {}, which=lambda n: str(soffice) if n == "soffice" else None,
                               has_uno=uno_in("/usr/bin/python3"),
                               is_file=lambda p: p == "/usr/bin/python3" or real_isfile(p))
    assert (found.soffice, found.python) == (str(soffice), "/usr/bin/python3")


def test_gen_soffice_names_the_install_folder_and_wins_over_path(tmp_path):
    app = tmp_path / "LibreOffice.app"
    soffice = touch(app / "Contents" / "MacOS" / "soffice")
    python = touch(app / "Contents" / "Resources" / "python")
    other = touch(tmp_path / "bin" / "soffice")
    found = libreoffice.locate("darwin", {"GEN_SOFFICE": str(app)}, which=lambda n: str(other),
                               has_uno=uno_in(python, "/usr/bin/python3"))
    assert (found.soffice, found.python) == (str(soffice), str(python))


def test_gen_soffice_python_overrides_the_bundled_one(tmp_path):
    soffice = touch(tmp_path / "lo" / "program" / "soffice")
    touch(tmp_path / "lo" / "program" / "python")
    mine = touch(tmp_path / "mypython")
    found = libreoffice.locate("linux", {"GEN_SOFFICE": str(soffice), "GEN_SOFFICE_PYTHON": str(mine)},
                               which=lambda n: None, has_uno=uno_in(mine, tmp_path / "lo" / "program" / "python"))
    assert found.python == str(mine)


@pytest.mark.parametrize("platform, hint", [("win32", "GEN_SOFFICE 为 soffice.exe"), ("darwin", "LibreOffice.app"),
                                            ("linux", "python3-uno")])
def test_nothing_installed_says_how_to_install_on_that_system(tmp_path, platform, hint):
    env = {"ProgramFiles": str(tmp_path), "HOME": str(tmp_path)}
    found = libreoffice.locate(platform, env, which=lambda n: None, has_uno=lambda p: True,
                               is_file=lambda p: p.startswith(str(tmp_path)) and os.path.isfile(p))
    assert found.soffice is None
    assert found.reason.startswith("未找到 LibreOffice（") and hint in found.reason


def test_a_wrong_gen_soffice_is_named(tmp_path):
    found = libreoffice.locate("linux", {"GEN_SOFFICE": str(tmp_path / "没有")}, which=lambda n: "/usr/bin/soffice",
                               has_uno=lambda p: True)
    assert found.soffice is None
    assert found.reason == f"GEN_SOFFICE 指向的“{tmp_path / '没有'}”不是 LibreOffice 的 soffice 程序或安装文件夹"


def test_soffice_without_a_python_that_has_uno(tmp_path):
    soffice = touch(tmp_path / "bin" / "soffice")
    found = libreoffice.locate("linux", {}, which=lambda n: str(soffice), has_uno=lambda p: False)
    assert found.soffice is None and "请安装 python3-uno" in found.reason and str(soffice) in found.reason


def test_find_office_uses_the_discovery(monkeypatch):
    monkeypatch.setattr(libreoffice, "found", lambda: libreoffice.Found("/x/soffice", "/x/python"))
    paginate.find_office.cache_clear()
    try:
        assert paginate.find_office() == paginate.Office("/x/python", "/x/soffice")
    finally:
        paginate.find_office.cache_clear()


# ───────────── the PDF cannot be made: the docx all the same ─────────────

class BrokenOffice:
    """A LibreOffice session whose every job fails, as a crashed soffice does."""

    def job(self, *args, **kwargs):
        raise paginate.OfficeError("LibreOffice 处理 draft.docx 失败：DisposedException: 测试")

    def close(self, wait=True):
        pass


def test_a_libreoffice_failure_still_writes_the_docx_and_warns(tmp_path):
    options = pipeline.BuildOptions(out_dir=tmp_path / "out", pdf=True)
    built = pipeline.build(MINIMAL, options, office_session=BrokenOffice())
    assert built.ok
    assert [p.suffix for p in built.outputs] == [".docx"] and built.outputs[0].is_file()
    [warning] = built.problems.warnings
    assert warning.code == "W605" and "DisposedException" in warning.message and "已生成 docx" in warning.message
    assert any("目录页码未计算" in note for note in built.notes)
    assert not built.paginated


def test_under_strict_a_failed_pdf_writes_nothing(tmp_path):
    options = pipeline.BuildOptions(out_dir=tmp_path / "out", pdf=True, strict=True)
    built = pipeline.build(MINIMAL, options, office_session=BrokenOffice())
    assert [p.code for p in built.problems] == ["E605"] and built.outputs == []
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.docx"))


def test_without_libreoffice_pdf_builds_the_docx_exit_0_and_tries_again_next_run(tmp_path, monkeypatch):
    monkeypatch.setattr("generator.paginate.find_office", lambda: None)
    monkeypatch.setattr(batch, "_office_now", lambda: False)
    shutil.copy(MINIMAL, tmp_path / "甲.yaml")
    first = cli("build", "甲.yaml", "--pdf", "--out", "out", cwd=tmp_path)
    assert first.exit_code == 0
    assert "W605" in first.stdout and (tmp_path / "out" / "甲" / "2024年度单位决算公开.docx").is_file()
    assert not (tmp_path / "out" / "甲" / batch.STATE_FILE).exists()      # no record: the PDF is still owed
    again = cli("build", "甲.yaml", "--pdf", "--out", "out", cwd=tmp_path)
    assert "W605" in again.stdout                                         # built again, not skipped as unchanged
