"""How reports name programmes: numbered lists of projects (十大制造业项目, 十大民生项目).

A programme is NUM大 + topic + 项目, optionally dated and followed by its items:

    2025年将重点实施十大制造业项目：A；B；…；J。        items after the colon, split at ；
    滚动实施十大产业项目，总投资245亿元。A。B。…         items as the following short sentences
    十大产业项目完成投资110亿元                          mentioned without items

Lists of actions (财源建设“十大行动”, 八大行动) and of 工程 are slogans, not programmes: only a list
the text calls 项目 holds projects.

>>> PROGRAMME.search("2025年将重点实施十大制造业项目：").group("name")
'十大制造业项目'
>>> PROGRAMME.search("第十大项目") is None
True
"""

from __future__ import annotations

import re

PROGRAMME = re.compile(r"(?<![\d一二两三四五六七八九十第])(?P<name>(?P<num>[二两三四五六七八九十]|\d{1,2})大"
                       r"(?P<topic>[^\s，。；：:、“”（）()\d]{0,10}?)项目)")
"""十大制造业项目, 十大项目. The topic holds no punctuation or digits."""

INTRO = re.compile(r"(?:实施|推进|抓好|安排|铺排)$")
"""A verb right before the name introduces the list (滚动实施十大产业项目，…。A。B。); a name
without it reports progress (其中，十大基础设施项目完成投资180亿元。…) and takes no sentence items."""

YEAR = re.compile(r"(20\d\d)年")

ITEM_STATUS_TAIL = re.compile(r"(?:完成投资|年度投资|总投资|开工建设|开工|建成|竣工|投产|并网|全线|即将).*$")
"""What follows a project's name in a status sentence (邵永高铁完成投资20亿元 → 邵永高铁)."""

ITEM_NOT_A_NAME = re.compile(
    r"^(?:新增|新建|新改建|改建|改造|实施|建成|完成|推进|推动|加快|开展|城镇新增|每个)"  # a task, not a name
    r"|\d+(?:\.\d+)?[万亿]?[个人户所套座条公里千米平方亩吨家项件]+$"  # ends with a quantity
    r"|[，,]")
"""Sentences after a programme that are tasks or results rather than project names."""

MAX_ITEM_LENGTH = 40
