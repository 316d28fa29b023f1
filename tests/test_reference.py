"""The reference 政府收支分类科目 (reference/政府收支分类-<year>.yaml): one file per year 2020–2025, each with
every 功能分类 类 (类完整: true), its 款/项 under existing parents, and every code the bundled departments and
the test data use for their year, so that `gen check` warns (W203) only about codes that are really unknown."""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, cli
from generator import reference

YEARS = range(2020, 2026)
DEPARTMENTS = sorted((ROOT / "departments").glob("*.yaml"))
TEST_DATA = sorted((ROOT / "tests" / "data").glob("*.yaml"))
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "problems").glob("*.yaml"))
BASES = {"最小单位.yaml": ROOT / "tests" / "data" / "最小单位.yaml", "最小预算.yaml": ROOT / "tests" / "data" / "最小预算.yaml",
         "长治网信办.yaml": ROOT / "departments" / "长治网信办.yaml", "元氏网信办.yaml": ROOT / "departments" / "元氏网信办.yaml"}
# fixtures whose point is an unknown code: W203 (an unknown 项), E202 (an unknown 类)
UNKNOWN_ON_PURPOSE = ("W203", "E202")


def _codes(node, found: list[str]) -> list[str]:
    """Every well-formed 科目编码 in a department file, wherever its table is (a malformed one is E106's)."""
    if isinstance(node, dict):
        if re.fullmatch(r"\d{3}(\d\d){0,2}", str(node.get("科目编码", ""))):
            found.append(str(node["科目编码"]))
        for value in node.values():
            _codes(value, found)
    elif isinstance(node, list):
        for value in node:
            _codes(value, found)
    return found


def _known(ref: reference.Classification, code: str) -> bool:
    return bool(ref.economic_name(code) if code.startswith("3") else ref.function_name(code))


@pytest.mark.parametrize("year", YEARS)
def test_every_year_loads_with_complete_classes(year):
    path = reference.REFERENCE_DIR / f"政府收支分类-{year}.yaml"
    assert path.read_text(encoding="utf-8").startswith(f"# {year}年政府收支分类科目"), "header comment: what the file covers"
    ref = reference.for_year(year)
    assert ref.available and ref.year == year
    assert ref.classes_complete
    assert year in reference.years()


@pytest.mark.parametrize("year", YEARS)
def test_codes_well_formed_under_their_parents(year):
    ref = reference.for_year(year)
    for code, name in ref.function.items():
        assert re.fullmatch(r"2\d\d(\d\d){0,2}", code), code
        assert name and name == name.strip(), code
        if len(code) > 3:
            assert code[:len(code) - 2] in ref.function, f"{year} 功能分类 {code} {name}：上级科目不在表中"
    for code, name in ref.economic.items():
        assert re.fullmatch(r"3\d\d(\d\d)?", code), code
        assert name and name == name.strip(), code
        if len(code) == 5:
            assert code[:3] in ref.economic, f"{year} 经济分类 {code} {name}：类不在表中"


def test_class_lists_are_the_same_every_year():
    """No 类 was added, removed or renamed between 2020 and 2025 (the published 表样 of 2020 and 2024 agree)."""
    classes = {y: {c: n for c, n in reference.for_year(y).function.items() if len(c) == 3} for y in YEARS}
    assert len(classes[2024]) == 30
    for year in YEARS:
        assert classes[year] == classes[2024], year


def test_reform_ku_from_2024_only():
    for year in YEARS:
        ref = reference.for_year(year)
        if year >= 2024:
            assert ref.function_name("20139") == "社会工作事务", year
        else:
            assert ref.function_name("20139") == "", year


def test_names_of_their_own_year():
    """399 的赠与: 39906 赠与 in the 2020/2021 表样, 39909 经常性赠与 / 39910 资本性赠与 in 2024; the years between
    carry neither (when it changed is not verified)."""
    for year, present, absent in ((2020, {"39906": "赠与"}, ("39909", "39910")),
                                  (2021, {"39906": "赠与"}, ("39909", "39910")),
                                  (2022, {}, ("39906", "39909", "39910")),
                                  (2023, {}, ("39906", "39909", "39910")),
                                  (2024, {"39909": "经常性赠与", "39910": "资本性赠与"}, ("39906",))):
        ref = reference.for_year(year)
        for code, name in present.items():
            assert ref.economic_name(code) == name, (year, code)
        for code in absent:
            assert ref.economic_name(code) == "", (year, code)
    # 30108 keeps its full name in 2020 (the 2020 document's cell is cut at “…养老保险”)
    assert {reference.for_year(y).economic_name("30108") for y in range(2020, 2025)} == {"机关事业单位基本养老保险缴费"}


@pytest.mark.parametrize("path", DEPARTMENTS + TEST_DATA, ids=lambda p: p.name)
def test_department_codes_found_for_its_year(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    ref = reference.for_year(int(data["年度"]))
    assert ref.available
    missing = [c for c in _codes(data, []) if not _known(ref, c)]
    assert not missing, f"{path.name}（{data['年度']} 年）：参考表中没有 {missing}"
    result = cli("check", str(path.relative_to(ROOT)), cwd=ROOT)
    assert not re.search(r"\b[EW]20[123]\b", result.output), result.output


def _fixture_departments() -> list[tuple[str, dict]]:
    """Each problem fixture's department as `gen check` reads it (its base with the fixture's 替换), where that is
    a department of some year; fixtures about files that do not parse have no codes to look up."""
    out = []
    for fixture in FIXTURES:
        spec = yaml.safe_load(fixture.read_text(encoding="utf-8"))
        text = spec["内容"] if "内容" in spec else BASES[spec["基于"]].read_text(encoding="utf-8")
        for old, new in spec.get("替换", []):
            text = text.replace(old, new)
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError:
            continue
        if isinstance(data, dict) and isinstance(data.get("年度"), int):
            out.append((fixture.stem, data))
    return out


FIXTURE_DEPARTMENTS = _fixture_departments()


@pytest.mark.parametrize("stem,data", FIXTURE_DEPARTMENTS, ids=[s for s, _ in FIXTURE_DEPARTMENTS])
def test_fixture_codes_found_for_its_year(stem, data):
    ref = reference.for_year(data["年度"])
    missing = [c for c in _codes(data, []) if not _known(ref, c)]
    if stem.startswith(UNKNOWN_ON_PURPOSE):
        assert missing, "this fixture is about an unknown code"
    else:
        assert not missing, f"{stem}：{data['年度']} 年参考表中没有 {missing}"
