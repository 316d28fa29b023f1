"""With LibreOffice: each 部门预算项目绩效自评表 of the 自评报告 fits one A4 page, as in seed 003."""
import re
import subprocess

from generator import pipeline

from conftest import ROOT, needs_office


@needs_office
def test_each_sheet_is_on_one_page_of_its_own(tmp_path):
    built = pipeline.build(ROOT / "departments" / "元氏网信办.yaml", pipeline.BuildOptions(out_dir=tmp_path, pdf=True))
    assert built.ok, [str(p) for p in built.problems]
    pdf = built.outputs[1]
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [re.sub(r"\s+", "", page) for page in text.split("\f")]      # cells wrap inside narrow columns
    sheet_pages = [i for i, page in enumerate(pages) if "部门预算项目绩效自评表" in page]
    assert len(sheet_pages) == 5
    for i in sheet_pages:                       # heading, title, table down to 填报人 and 联系电话 on the same page
        page = pages[i]
        assert len(re.findall(r"\d、\S+绩效表", page)) == 1
        assert "一、基本情况" in page and "五、存在问题" in page and "联系电话" in page, page
    assert sheet_pages == list(range(sheet_pages[0], sheet_pages[0] + 5))
    assert "四、评价结论和评价等级" in pages[sheet_pages[-1] + 1]
