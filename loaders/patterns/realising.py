"""How a heading states a slogan component it realises (提法 → the chapter or item carrying it out).

A component of a slogan often names a *role* the place claims: a topic plus a role noun
(社会治理 + 样板区, 文化旅游 + 名城, 承接产业转移 + 示范区). The part of a plan that carries it
out is headed by the component with a verb (建设生态宜居新城, 加快精品农业先行区建设), or by
its topic alone, worded as the object the heading develops:

    社会治理样板区   共建共治 全面推进社会治理          the topic ends the heading
    文化旅游名城     传承创新 全面推进文旅协同发展      the topic shortened (文化旅游 → 文旅)
    文化旅游名城     高提质高赋能，打造旅游文化强区     its two words swapped, another role noun

The topic must be the whole object of a heading clause: verbs and adverbs may lead into it, a
role noun or a development word (建设, 发展, 协同发展…) may close it, nothing else. So
推进社会治理改革 (the reform is the object) and 文旅发展活力迸发 (a review statement) do not
state 社会治理样板区 or 文化旅游名城.
"""

from __future__ import annotations

import functools
import re

ROLE_NOUNS = ("示范区", "先行区", "引领区", "样板区", "试验区", "先导区", "核心区", "集聚区", "名城", "新城",
              "强区", "强县", "强市", "强省", "高地", "中心", "枢纽", "门户", "标杆")
"""Roles a place claims for itself: what remains of a component without them is its topic."""

TOPIC_TAILS = ("协同发展", "融合发展", "高质量发展", "建设", "发展", "工作")
"""Words that may close a heading clause after its topic (全面推进文旅协同发展)."""

LEAD_IN = re.compile(
    r"^(?:全面|加快|大力|着力|全力|持续|深入|积极|扎实|努力|奋力|坚持|聚力|加速|高标准|高质量"
    r"|推进|建设|打造|构建|创建|推动|建成|提升|促进|发展|做强|做优|聚焦|围绕|实施|深化|强化|建强|坚持)+$")
"""What may stand before the topic in a heading clause: adverbs and verbs only."""

MIN_TOPIC = 4
"""A topic is two words at least (社会治理); one word (科创, 文化) is named by too many headings."""

_CLAUSES = re.compile(r"[\s，,：:；;、]+")


def component_topic(label: str, head: str | None = None) -> str | None:
    """The topic of a component: what remains without the role it names (样板区, 名城) or without
    the head noun its slogan gives every component (攻坚战 of 八大攻坚战); None when it has neither
    or the topic is short.

    >>> component_topic("社会治理样板区"), component_topic("文化旅游名城"), component_topic("制造业高地")
    ('社会治理', '文化旅游', None)
    >>> component_topic("平安银川攻坚战", "攻坚战"), component_topic("园区强基") is None
    ('平安银川', True)
    """
    role = next((r for r in (head, *ROLE_NOUNS) if r and label.endswith(r)), None)
    if role is None or len(label) - len(role) < MIN_TOPIC:
        return None
    return label[: -len(role)]


def topic_wordings(topic: str) -> list[str]:
    """The ways a heading writes a topic: as is; for two two-character words, also swapped and
    shortened to their first characters.

    >>> topic_wordings("文化旅游"), topic_wordings("承接产业转移")
    (['文化旅游', '旅游文化', '文旅'], ['承接产业转移'])
    """
    if len(topic) == 4 and re.fullmatch(r"[\u4e00-\u9fff]{4}", topic):
        return [topic, topic[2:] + topic[:2], topic[0] + topic[2]]
    return [topic]


def heading_states(title: str, label: str, head: str | None = None) -> bool:
    """True when a heading `title` states the component `label`: the label itself, or (for a
    component naming a role) its topic as the whole object of a heading clause.

    >>> heading_states("建设生态宜居新城", "生态宜居新城"), heading_states("共建共治 全面推进社会治理", "社会治理样板区")
    (True, True)
    >>> heading_states("传承创新 全面推进文旅协同发展", "文化旅游名城"), heading_states("打造旅游文化强区", "文化旅游名城")
    (True, True)
    >>> heading_states("推进社会治理改革", "社会治理样板区"), heading_states("文旅发展活力迸发", "文化旅游名城")
    (False, False)
    >>> heading_states("聚焦平安银川建设，在深化治理上奋勇争先", "平安银川攻坚战", head="攻坚战")
    True
    """
    if label in title:
        return True
    shape = _topic_clause(label, head)
    if shape is None:
        return False
    for clause in _CLAUSES.split(title):
        match = shape.fullmatch(clause)
        if match and (not match["lead"] or LEAD_IN.match(match["lead"])):
            return True
    return False


@functools.lru_cache(maxsize=None)
def _topic_clause(label: str, head: str | None) -> re.Pattern | None:
    """A heading clause made of a lead-in, one wording of the component's topic and an optional
    role noun or development word (None when the component names no role)."""
    topic = component_topic(label, head)
    if topic is None:
        return None
    wordings = "|".join(map(re.escape, topic_wordings(topic)))
    closing = "|".join(map(re.escape, ROLE_NOUNS + TOPIC_TAILS))
    return re.compile(rf"(?P<lead>.*?)(?:{wordings})(?:{closing})?")
