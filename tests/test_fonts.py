"""Fonts: every font a template names is mapped to a free face, and the Fandol faces have every character
our documents print (else LibreOffice would fall back per glyph and mix faces within a line)."""
import re
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT

CONF = ROOT / "generator" / "fontconfig" / "gov-cjk.conf"
FANDOL = Path("/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol")


def template_fonts() -> set[str]:
    names = set()
    for docx in (ROOT / "templates").glob("*/模板.docx"):
        with zipfile.ZipFile(docx) as z:
            for part in ("word/styles.xml", "word/document.xml"):
                names |= set(re.findall(r'w:eastAsia="([^"]+)"', z.read(part).decode()))
    return {n for n in names if not re.fullmatch(r"[a-z]{2}-[A-Z]{2}", n)}      # not a language tag


def test_every_font_a_template_names_is_mapped():
    conf = CONF.read_text(encoding="utf-8")
    mapped = set(re.findall(r"<alias binding=\"same\"><family>([^<]+)</family>", conf))
    assert template_fonts() and template_fonts() <= mapped


def document_characters() -> set[str]:
    text = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests" / "golden").glob("*.txt"))
    return {c for c in text if ord(c) > 0x7F and not c.isspace()}


@pytest.mark.parametrize("face", ["FandolFang-Regular.otf", "FandolKai-Regular.otf"])
def test_the_fandol_faces_cover_every_character_of_the_documents(face):
    if not (FANDOL / face).exists():
        pytest.skip(f"{face} 未安装（Debian 软件包 texlive-lang-chinese）：跳过字形覆盖检查；.ci/run 会安装它")
    ttLib = pytest.importorskip("fontTools.ttLib")
    cmap = ttLib.TTFont(str(FANDOL / face)).getBestCmap()
    characters = document_characters()
    assert len(characters) > 800
    missing = sorted(c for c in characters if ord(c) not in cmap)
    assert not missing, "".join(missing)
