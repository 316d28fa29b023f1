"""Values into the words a template prints, with the template set's places and 措辞.

Every kind's context formats through a `Wording`: amounts (万元, two places), table cells
(blank when zero), percentages (the set's places), and changes said the set's way — the
words 增加/减少, 增长/下降, 持平 and the sentence shapes come from the `措辞` block of
设置.yaml, so a province rewords without touching Python.  numfmt does the rounding.
"""
from __future__ import annotations

from decimal import Decimal

from . import numfmt
from .figures import ZERO, Change, Completion, Share
from .references import AMOUNT, PERCENT, Scope, fill
from .templateset import Settings


class Said(dict):
    """A dict of a value's parts that prints as its sentence: {{ 说明.收支总计.收入较上年 }} →
    “减少58.63万元，下降10.44%”, while {{ ….收入较上年.幅度 }} is one part."""

    def __str__(self) -> str:
        return self["文字"]

    def __html__(self) -> str:          # autoescape asks objects for their HTML form
        from markupsafe import escape
        return str(escape(self["文字"]))


CN_DIGITS = "零一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 26 → 二十六 (numbering filter `中文数字`)."""
    n = int(n)
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def circled_number(n: int) -> str:
    """1 → ① … 20 → ⑳, then (21) (numbering filter `带圈数字`)."""
    n = int(n)
    return CIRCLED[n - 1] if 1 <= n <= len(CIRCLED) else f"({n})"


FILTERS = {"中文数字": chinese_number, "带圈数字": circled_number}


def clean_text(text: str | None) -> str:
    """Human text without trailing punctuation: the template adds its own."""
    return (text or "").strip().rstrip("。；;，,")


class Wording:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.words = settings.wording
        self._scopes: dict[int, tuple[dict[str, str], dict[str, str]]] = {}

    def amount(self, value: Decimal | None) -> str:
        return numfmt.amount(value, self.settings.amount_places)

    def cell(self, value: Decimal | None) -> str:
        """A table cell: blank when zero."""
        return numfmt.amount(value, self.settings.amount_places, blank_zero=True)

    def percent(self, ratio: Decimal | None) -> str:
        return numfmt.percent(ratio, self.settings.percent_places)

    def change(self, c: Change) -> Said:
        """与上年相比: the amount and rate of a change, and the sentence the set makes of them."""
        d = numfmt.direction(c.delta, self.settings.amount_places)
        w = self.words
        prior_zero = c.known and c.prior == ZERO
        rate = self.percent(c.rate) if c.rate is not None else ""
        more = d > 0
        up_down, rise_fall = (w.increase, w.rise) if more else (w.decrease, w.fall)
        parts = {"增减": up_down, "升降": rise_fall, "金额": self.amount(abs(c.delta)), "幅度": rate}
        if d == 0:
            text = w.flat
        elif prior_zero or not rate:
            text = w.change_without_rate.format(**parts)
        else:
            text = w.change_with_rate.format(**parts)
        return Said({"文字": text, "已知": c.known, "持平": d == 0, "上年为零": prior_zero,
                     "有幅度": bool(rate) and d != 0, **parts,
                     "上年": self.amount(c.prior) if c.known else "", "本年": self.amount(c.current)})

    def completion(self, c: Completion) -> dict:
        """完成预算: the rate, or 未安排预算 when the budget is zero."""
        return {"完成率": self.percent(c.rate), "有完成率": c.rate is not None, "预算数": self.amount(c.budget),
                "决算数": self.amount(c.actual), "未安排预算": c.budget == ZERO}

    def text(self, text: str | None, scope: Scope) -> str:
        """Human text as written, trailing punctuation dropped, each {名称} filled from its scope's figures."""
        shown, in_yuan = self._shown(scope)
        return fill(clean_text(text), shown, in_yuan)

    def whole_text(self, text: str | None, scope: Scope) -> str:
        """Like `text`, keeping the text's own final punctuation (a paragraph printed as it stands)."""
        shown, in_yuan = self._shown(scope)
        return fill((text or "").strip(), shown, in_yuan)

    def _shown(self, scope: Scope) -> tuple[dict[str, str], dict[str, str]]:
        key = id(scope)
        if key not in self._scopes:
            shown, in_yuan = {}, {}
            for name, q in scope.figures.items():
                if q.unit == AMOUNT:
                    shown[name], in_yuan[name] = self.amount(q.value), numfmt.yuan(q.value)
                elif q.unit == PERCENT:
                    shown[name] = self.percent(q.value)
                else:
                    shown[name] = str(q.value)
            self._scopes[key] = (shown, in_yuan)
        return self._scopes[key]

    def share(self, s: Share) -> dict:
        return {"名称": s.name, "科目编码": s.code, "金额": self.amount(s.amount), "占比": self.percent(s.share),
                "有占比": s.share is not None}
