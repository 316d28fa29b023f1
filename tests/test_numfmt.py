"""四舍五入 once, at display; words for a zero base; 持平 when the displayed change is zero."""
from decimal import Decimal as D

import pytest

from generator import numfmt


@pytest.mark.parametrize("value, places, expected", [
    ("2.345", 2, "2.35"),        # banker's rounding would give 2.34
    ("2.344", 2, "2.34"),
    ("2.355", 2, "2.36"),
    ("0.005", 2, "0.01"),
    ("-2.345", 2, "-2.35"),
    ("465.34", 2, "465.34"),
    ("10", 2, "10.00"),
    ("0.05", 1, "0.1"),
])
def test_amount_rounds_half_up(value, places, expected):
    assert numfmt.amount(D(value), places) == expected


def test_zero_is_blank_in_a_table_cell_and_written_in_text():
    assert numfmt.amount(D("0"), 2, blank_zero=True) == ""
    assert numfmt.amount(D("0.00"), 2) == "0.00"


@pytest.mark.parametrize("ratio, places, expected", [
    (D("502.98") / D("561.61") - 1, 2, "-10.44%"),
    (D("0.27") / D("502.98"), 2, "0.05%"),
    (D("448.64") / D("502.98"), 2, "89.20%"),
    (D("7.76") / D("8.34"), 2, "93.05%"),       # 93.0455… → 93.05
    (D("0.9995"), 1, "99.95%"),               # would show 100.0% although it is not all
    (D("0.12345"), 2, "12.35%"),                # half-up at the display digit
])
def test_percent(ratio, places, expected):
    assert numfmt.percent(ratio, places) == expected


def test_percent_of_a_zero_base_is_not_a_number():
    assert numfmt.percent(None, 2) == ""


def test_plain_keeps_entered_precision_without_trailing_zeros():
    assert numfmt.plain(D("3.973")) == "3.973"
    assert numfmt.plain(D("5.00")) == "5"
    assert numfmt.plain(D("0")) == "0"
    assert numfmt.plain(D("4.9154")) == "4.9154"


@pytest.mark.parametrize("delta, sign", [
    (D("1.27"), 1),
    (D("-58.63"), -1),
    (D("0"), 0),
    (D("0.004"), 0),        # shows as 0.00: saying 增加0.00万元 would be wrong
    (D("-0.005"), -1),      # shows as 0.01
])
def test_direction_is_the_sign_of_the_change_as_displayed(delta, sign):
    assert numfmt.direction(delta, 2) == sign


@pytest.mark.parametrize("part, whole, places, expected", [
    ("172.73", "172.77", 1, "99.98%"),      # not all of it: never 100.0%
    ("0.04", "154.48", 1, "0.03%"),         # not nothing: never 0.0%
    ("154.44", "154.48", 1, "99.97%"),
    ("1", "3", 1, "33.3%"),                 # ordinary values keep the template's places
    ("5", "5", 1, "100.0%"),
    ("0", "5", 1, "0.0%"),
    ("1", "100000000", 1, "0.0000%"),       # at most four places
])
def test_percent_keeps_a_part_distinguishable_from_none_and_all(part, whole, places, expected):
    assert numfmt.percent(D(part) / D(whole), places) == expected


@pytest.mark.parametrize("value, full, trim, expected", [
    ("9.996667", "10", False, "9.997"),      # short of full marks: never printed as 10.00
    ("99.996667", "100", True, "99.997"),
    ("10", "10", True, "10"),                # full marks, the sheets' whole-number style
    ("5.78", "10", True, "5.78"),
    ("65.780", "100", True, "65.78"),
    ("0.001", "10", False, "0.001"),         # above zero: never printed as 0.00
    ("9.996667", None, False, "10.00"),      # without full marks given: plain rounding (决算 sheets before)
])
def test_score_short_of_full_marks_is_not_printed_as_full(value, full, trim, expected):
    assert numfmt.score(D(value), 2, None if full is None else D(full), trim=trim) == expected
