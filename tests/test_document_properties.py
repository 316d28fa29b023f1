"""The built docx describes itself: its own title, the unit as author, the build date — nothing of the template's."""
import datetime
import zipfile

from docx import Document

from generator import pipeline

from conftest import ROOT


def test_the_document_carries_its_title_author_and_build_date(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")          # 2025-01-01 00:00 UTC
    for name in ("长治网信办", "元氏网信办", "栾城网信办"):
        built = pipeline.build(ROOT / "departments" / f"{name}.yaml", pipeline.BuildOptions(out_dir=tmp_path))
        docx = built.outputs[0]
        props = Document(str(docx)).core_properties
        unit = pipeline.context_of(pipeline.check(ROOT / "departments" / f"{name}.yaml"))["单位"]["名称"]
        assert props.author == unit
        assert props.title.startswith(unit) and props.title.endswith(docx.stem) and "模板" not in props.title
        assert props.created == props.modified == datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
        assert props.last_modified_by == "" and props.revision == 1
        with zipfile.ZipFile(docx) as z:
            assert not any("thumbnail" in n for n in z.namelist())
            assert b"python-docx" not in z.read("docProps/core.xml")


def test_without_source_date_epoch_the_date_is_today(tmp_path, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    built = pipeline.build(ROOT / "departments" / "长治网信办.yaml", pipeline.BuildOptions(out_dir=tmp_path))
    created = Document(str(built.outputs[0])).core_properties.created
    assert abs(created - datetime.datetime.now(datetime.timezone.utc)) < datetime.timedelta(minutes=5)


def test_a_source_date_epoch_that_names_no_date_is_ignored(tmp_path, monkeypatch):
    for value in ("999999999999999999", "-5", "１２３", "yesterday"):
        monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
        built = pipeline.build(ROOT / "departments" / "元氏网信办.yaml", pipeline.BuildOptions(out_dir=tmp_path))
        assert built.ok, value
        created = Document(str(built.outputs[0])).core_properties.created
        assert abs(created - datetime.datetime.now(datetime.timezone.utc)) < datetime.timedelta(minutes=5), value
