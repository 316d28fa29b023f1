"""The shared project sheet: published figures are checked at the places they were printed with."""
from decimal import Decimal as D

import pytest

from generator.parts.sheets import against, read_typed


@pytest.mark.parametrize("typed, value, whole, holds, shown", [
    ("58%", "57.8", "100", True, "58"),              # 5.78 / 10 printed with no places: right
    ("99.99%", "99.966667", "100", False, "99.97"),  # 29.99 / 30: wrong at any precision
    ("100%", "99.966667", "100", False, "99.97"),    # short of all of it: never 100%
    ("100", "100", "100", True, "100"),              # printed without the sign
    (10, "5.78", "10", False, "5.78"),               # a typed score of 10 for 5.78
    (10, "9.996667", "10", False, "9.997"),          # … and for 9.996667: not full marks either
    ("70", "65.78", "100", False, "65.78"),
])
def test_a_published_figure_holds_only_at_its_printed_places(typed, value, whole, holds, shown):
    fig = against(read_typed(typed, "/x"), D(value), D(whole))
    assert (fig.difference == 0) is holds
    assert fig.computed == D(shown)
    assert fig.entered == D(str(typed).rstrip("%"))
