"""The headline indicators of issue #9 (GDP, fiscal revenue, retail sales, fixed investment, income,
employment), in one place for the benchmarks that count them (`quality.py`'s headline rows,
`targets_realset.py`'s headline targets).

Names are compared by `resolution_key`, so the synonyms the store already merges count too
(生产总值, GDP, 国内生产总值 → 地区生产总值; 全社会固定资产投资 → 固定资产投资). Older reports name fiscal
revenue and rural income otherwise (地方财政一般预算收入 before 2014, 农民人均纯收入 before 2013): those
names are listed with the group they belong to.

>>> is_headline("全社会固定资产投资"), is_headline("农民人均纯收入"), is_headline("工业投资")
(True, True, False)
"""

from __future__ import annotations

from tifa.store.resolve import resolution_key

HEADLINE_GROUPS = {
    "GDP": ("地区生产总值",),
    "fiscal revenue": ("地方一般公共预算收入", "一般公共预算收入", "地方财政一般预算收入", "地方公共财政收入",
                       "公共财政收入", "地方财政收入", "财政收入", "财政总收入", "全口径财政收入"),
    "retail sales": ("社会消费品零售总额",),
    "fixed investment": ("固定资产投资",),
    "income": ("居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入", "城镇常住居民人均可支配收入",
               "农村常住居民人均可支配收入", "农民人均纯收入", "农村居民人均纯收入"),
    "employment": ("城镇新增就业", "城镇调查失业率", "城镇登记失业率"),
}
HEADLINE = tuple(name for names in HEADLINE_GROUPS.values() for name in names)
HEADLINE_KEYS = frozenset(resolution_key("indicator", name) for name in HEADLINE)


def is_headline(*names: str) -> bool:
    """Whether one of `names` (an indicator's name and its aliases) is a headline indicator."""
    return any(resolution_key("indicator", name) in HEADLINE_KEYS for name in names)
