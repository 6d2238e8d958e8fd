"""Slogans (四区两城, 八大行动, “六稳”) and their components, as `Mention`s and `hasComponent` links.

Every occurrence of a slogan becomes one ``Mention(type="slogan")`` whose attrs hold
``level`` (national | province | city | district | unknown), ``count`` (what the name announces,
4+2=6 for 四区两城; absent when it announces nothing), ``scope`` (the region, when the level is
the issuer's or its parent's), ``level_source`` (how the level was decided) and ``aliases`` (the
bare name when a qualifier is part of the label: 财源建设十大行动 → ["十大行动"]). Components are
``Mention(type="component", attrs={"slogan", "position"})`` linked by
``Link("hasComponent", slogan, component, attrs={"position"})``; when their number differs from
the announced count a warning goes to `doc.warnings` and they are still emitted.

Levels. A slogan is the issuer's only when the report makes it its own; otherwise it is another
level's when the text says so, and ``unknown`` when nothing does. Evidence, strongest first:

  definition    the definition names who made it (省委…提出的“…”; 指我区…)
  own           the label or its definition names the issuer's region (五力零陵; 一区三园：零陵高新…)
  usage         the real set says whose it is (see `patterns.slogans.usage_level`): national when
                the State Council's reports use it or reports of many provinces share it (两个确立),
                a province's when it stays in the issuer's province and that province uses it
                (三高四新 in a 湖南 city), the issuer's when only its own reports do
  context       an authority right before a mention (对标市委“三区两城”; 聚焦市里…)
  cascade       the last, undetermined slogan of a sentence stepping down through levels
  context-weak  a territory word right before a mention (全区“三品一标”企业), not in rankings
                (全市首个…, 在全省率先…)
  coordination  a slogan standing in parallel with one whose level came from the four above
                (全面落实“十个统筹”，大力实施“八大行动” → the level of 十个统筹)
  glossary      a glossary entry, a list before the name or items under a heading naming it
                give its items, and the report
                neither explains it as a term (指…, 即…) nor carries it out from above
                (落实“…”): the issuer's
  commitment    the issuer commits to build it (着力打造“三区两城”, see
                `patterns.slogans.COMMITMENT_VERB`), with no authority word in the clause and
                no carrying-out verb at any mention: the issuer's
  coined        the real set hardly knows the label (fewer than two reports use it) and the
                report neither carries it out from above nor explains it as a term: the issuer's
  local         the real set knows the label from a few regions only, each its own (see
                `patterns.slogans.is_local`), the report does not carry it out from above, names no
                region above it right before a mention (认真落实《云南省公务员八条禁令》) nor ranks
                itself there (全区首个“两区同建”示范点): the issuer's

Authority words elsewhere in the sentence are no evidence: a province report aims at its own
“三高四新” in a sentence naming only 党中央, a city report at it after 党中央…省委…市委.

Action lists (八大行动, 财源建设“十大行动”, 六大专项整治) are slogans whose components are actions;
only named lists of 项目 are programmes (see `extract.programmes`). Weak shapes (“五老”, “135”)
are dropped unless the report supports them (see `patterns.slogans.needs_support`).

The wording rules are in `patterns.slogans`.

>>> from tifa.loaders.document import Document, DocumentMeta
>>> from tifa.loaders.structure import annotate_structure
>>> doc = Document(id="d", text="名词解释：\\n1.“五力零陵”：经济更有实力、发展更有活力、城市更有张力、文旅更有魅力、幸福更加给力。",
...                meta=DocumentMeta(level="district", region="零陵区"))
>>> annotate_structure(doc); extract_slogans(doc)
>>> [(m.label, m.attrs["level"], m.attrs["count"]) for m in doc.mentions_of("slogan")]
[('五力零陵', 'district', 5)]
>>> [m.label for m in doc.mentions_of("component")][:2]
['经济更有实力', '发展更有活力']
"""

from __future__ import annotations

import bisect
import functools
import os
import re
from dataclasses import dataclass

from .. import gazetteer
from ..document import Document, Link, Mention, Span, trimmed
from ..patterns import headings
from ..patterns import names
from ..patterns import programmes as programme_rules
from ..patterns import realising
from ..patterns import slogans as rules
from ..patterns.numerals import ordinal_value
from ..structure import in_glossary, inline_items

_LEVEL_PRIORITY = ["definition", "own", "usage", "context", "cascade", "context-weak", "coordination", "glossary",
                   "commitment", "coined", "local"]
_STRONG_SOURCES = ("definition", "own", "usage", "context", "cascade")
_REGION_SUFFIX = re.compile(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|省|市|区|县)$")


@dataclass
class _Occurrence:
    label: str  # 财源建设十大行动
    name: str  # 十大行动 (the label without its qualifier)
    name_start: int  # where the name starts (definitions are keyed by it)
    parts: list
    items_at: str = ""  # an unquoted count after a list (…四大旅游板块, "before"), before a colon (实现四个提升：…,
    # "after") or spelled out in the next sentence (抓好三招三引。…, "following"): a slogan only with those items


def extract_slogans(doc: Document) -> None:
    """Add slogan and component mentions and hasComponent links to `doc`."""
    _PARTS_FOUND.clear()
    _KNOWN_BY_USAGE.clear()
    _ACTED_ON.clear()
    definitions = _definitions(doc)
    occurrences = _occurrences(doc, definitions)
    by_name_start, slogans, conditional = {}, [], []
    for (start, end), found in sorted(occurrences.items()):
        sentence = doc.sentence_at(start)
        if sentence is None:
            continue
        mention = Mention("slogan", found.label, Span(start, end), sentence)
        if found.label != found.name:
            mention.attrs["aliases"] = [found.name]
        count = rules.announced_count(found.parts)
        if count:
            mention.attrs["count"] = count
        by_name_start[found.name_start] = mention
        if found.items_at == "known" or found.label in rules.listed_sets() or _acted_on_set(found.label):
            _KNOWN_BY_USAGE.add(id(mention))
        if found.items_at:
            conditional.append((mention, found.items_at))
        else:
            slogans.append(mention)
    items_at = {"before": lambda d, m: (_components_before(d, m) or _quoted_list_before(d, m)
                                        or _numbered_items_after(d, m)),  # 把握以下八个着力点：⏎一是…⏎二是…
                # a known set's label is its whole name (`rules.known_set_at` took the longest), as is a running-on count's
                "known": lambda d, m: _components_before(d, m, places=False, running_on=True, whole_name=True),
                "running_on": lambda d, m: _components_before(d, m, places=False, running_on=True, whole_name=True),
                "after": lambda d, m: _components_defined_after(d, m) or _numbered_items_after(d, m),
                "following": _components_following,
                "brackets": _components_in_brackets}
    slogans += [m for m, at in conditional if items_at[at](doc, m)]
    doc.mentions.extend(slogans)
    defined = {}
    for start, (_, body_start, body_end, kind) in definitions.items():
        if start in by_name_start:
            mention = by_name_start[start]
            defined.setdefault(mention.label, (body_start, body_end))
            _components_from_definition(doc, mention, body_start, body_end, strict=kind == "inline")
    _components_of_topic_names(doc, slogans, definitions, by_name_start)
    listed_before, given = [], {m.label for m in slogans if _has_components(doc, m)}
    for mention in slogans:
        if mention.label not in given:
            if (_components_before(doc, mention) or _quoted_run_before(doc, mention)
                    or _quoted_list_before(doc, mention) or _components_in_brackets(doc, mention)
                    or _run_before(doc, mention) or _dashed_run_before(doc, mention)
                    or _counted_list_before(doc, mention)
                    or _components_from_items(doc, mention) or _components_from_sections(doc, mention)
                    or _components_from_paragraphs(doc, mention)
                    or _components_defined_after(doc, mention)
                    or _numbered_items_after(doc, mention) or _amounts_after(doc, mention)
                    or _components_following(doc, mention) or _parts_explained_after(doc, mention)
                    or _items_acted_on_later(doc, mention) or _own_character_list_near(doc, mention)
                    or _titles_after(doc, mention) or _topic_titles_after(doc, mention)):
                listed_before.append(mention)
                given.add(mention.label)
    for mention in slogans:  # items written away from the name only where no mention of it has its own nearby
        if mention.label not in given and (_list_of_parts_elsewhere(doc, mention) or _quotes_opening_with_word(doc, mention)):
            listed_before.append(mention)
            given.add(mention.label)
    for mention in slogans:  # a name of several phrases whose phrases the text explains nowhere has them as its parts
        if mention.label not in given and mention.label not in defined and _phrases_of_name(doc, mention):
            given.add(mention.label)
    parts = [m for m in _PARTS_FOUND if m.label not in given]
    doc.mentions.extend(parts)
    slogans += parts
    listed_before += [m for m in parts if _has_components(doc, m)]
    _components_from_quoted_lists(doc, slogans)
    slogans = _drop_unsupported(doc, slogans, set(defined))
    _resolve_levels(doc, slogans, defined, listed_before)


def _components_of_topic_names(doc: Document, slogans: list[Mention], definitions, by_name_start) -> None:
    """A glossary entry whose label puts a topic before the name the text writes (城市六乱：指乱搭乱建、… for “六乱”;
    `patterns.slogans.TOPIC_NAME`) defines that name too: its mentions without components get the entry's items."""
    bodies = {}
    for start, (label, body_start, body_end, kind) in definitions.items():
        topic = rules.TOPIC_NAME.match(label)
        if topic and kind == "glossary" and start in by_name_start and _has_components(doc, by_name_start[start]):
            bodies.setdefault(topic["name"], (body_start, body_end))
    done = set()
    for mention in slogans:
        if mention.label in bodies and mention.label not in done and not _has_components(doc, mention):
            _components_from_definition(doc, mention, *bodies[mention.label], strict=False)
            done.add(mention.label)


# --- finding slogans -------------------------------------------------------------------------

def _definitions(doc: Document) -> dict[int, tuple[str, int, int, str]]:
    """Defined labels: label start → (label, body start, body end, "glossary" | "inline").

    Definitions may nest (“2614”工作法：“两覆盖”：A、B；“六到位”：…): each quoted label is tried.
    """
    found = {}
    for quote in rules.QUOTED.finditer(doc.text):
        for kind, pattern in (("glossary", rules.DEFINITION), ("inline", rules.INLINE_DEFINITION),
                              ("inline", rules.BARE_DEFINITION), ("entry", rules.ENTRY_DEFINITION)):
            match = pattern.match(doc.text, quote.start())
            if kind == "entry":
                if not match or not _opens_line(doc, quote.start()):
                    continue
                kind = "glossary"
            if match and _shaped(match["label"], defined=True):
                body_end = _body_end(match)
                word = _sentence_word(match["label"])
                if (kind == "glossary" and not _opens_line(doc, quote.start())
                        and not (word and doc.text.startswith(word, match.start("body")))):
                    stop = doc.text.find("。", match.start("body"), body_end)  # “两项改革”：A和B。构建… in running text
                    body_end = stop if stop >= 0 else body_end  # (not “五个注重”：注重A。…注重B。…: its sentences)
                found[match.start("label")] = (match["label"], match.start("body"), body_end, kind)
                break
    for label_start, (label, body_start, body_end, kind) in list(found.items()):
        if kind == "glossary":
            found.update(_entry_of_several(doc, label_start, body_start, body_end))
    for label_start, (label, body_start, body_end, kind) in list(found.items()):
        if kind != "part":
            found.update(_unquoted_parts_defined(doc, label, body_start, body_end, found))
    for match in rules.DEFINITION.finditer(doc.text):
        if "、" in match["label"] and (parts := _names_in_one_label(doc, match)):
            found.pop(match.start("label"), None)  # the whole label's items are its names' (not flattened)
            found.update(parts)
    for sentence in doc.sentences:
        if sentence.kind != "glossary" and not in_glossary(sentence.section) and not rules.NOTE_MARKER.match(sentence.text):
            continue
        match = rules.GLOSSARY_ENTRY.match(sentence.text)
        offset, label = _glossary_label(match["label"]) if match else (0, None)
        if label:
            start = sentence.span.start
            found.setdefault(start + match.start("label") + offset,
                             (label, start + match.start("body"), _line_end(doc, start, sentence.span.end), "glossary"))
    return found


def _unquoted_parts_defined(doc: Document, label: str, body_start: int, body_end: int, found: dict) -> dict:
    """Definitions of the parts of a name that its body defines one after the other, unquoted (“两不愁三保障”：两不愁
    是指A、B；三保障是指C、D… → 两不愁: A、B; 三保障: C、D…): label start → definition, each a slogan of its own."""
    start, end = _trim(doc.text, body_start, body_end)
    lead = rules.BODY_LEADS.match(doc.text, start, end)
    start = lead.end() if lead else start
    labels = _unquoted_part_labels(doc.text, start, end, label)
    if not labels:
        return {}
    parts = {}
    for (s, e), (_, segment_end) in zip(labels, split_items(doc.text, labels[0][0], end, "；;")):
        opening = rules.UNQUOTED_PART_LABEL.match(doc.text, s, segment_end)
        if s not in found:
            parts[s] = (doc.text[s:e], opening.end(), segment_end, "part")
    return parts


def _names_in_one_label(doc: Document, match: re.Match) -> dict:
    """A quoted label listing several counted names, defined by as many groups of items in turn (“一港、两区、
    五大中心”：即甲港，乙区、丙区，丁中心、…、戊中心): label start → definition of each name by its group, when
    every group (split at commas or semicolons) holds as many items as its name counts. Else nothing."""
    names, at = [], match.start("label")
    for name in match["label"].split("、"):
        parts = rules.slogan_shape(name, defined=True)
        count = rules.announced_count(parts) if parts else (1 if re.fullmatch(r"一[\u4e00-\u9fff]{1,3}", name) else None)
        if not count:
            return {}
        names.append((at, name, count))
        at += len(name) + 1
    start, end = _trim(doc.text, match.start("body"), match.end("body"))
    lead = rules.BODY_LEADS.match(doc.text, start, end)
    start = lead.end() if lead else start
    end = doc.text.find("。", start, end) if "。" in doc.text[start:end] else end
    groups = split_items(doc.text, start, end, "，,；;")
    if len(names) < 2 or len(groups) != len(names):
        return {}
    for (_, _, count), (s, e) in zip(names, groups):
        items = split_items(doc.text, s, e, "、")
        if len(items) + 1 == count:
            items = split_last_on_and(doc.text, items)
        if len(items) != count:
            return {}
    return {at: (name, s, e, "part") for (at, name, _), (s, e) in zip(names, groups)}


_HEAD_OF_SEVERAL = re.compile(r"(?P<verb>[\u4e00-\u9fff]{0,2})“(?P<label>[^“”\n]{1,16})”[、和与及]?(?=[\u4e00-\u9fff]{0,2}“)")


def _entry_of_several(doc: Document, label_start: int, body_start: int, body_end: int) -> dict:
    """A glossary entry naming several slogans, the body giving each its list in turn, split by
    semicolons (26.增强“八项本领”、提高“七种能力”：增强A本领、…；提高B能力、…; “四早”“四集中”：早发现、…；集中患者、…):
    label start → definition
    of each slogan named before the last, and of the last, each body its own list, past the verb its
    name had in the entry's head (增强, 提高). Else nothing: the body is the last slogan's alone."""
    line_start = doc.text.rfind("\n", 0, label_start) + 1
    heads, at = [], line_start
    while (head := _HEAD_OF_SEVERAL.search(doc.text, at, label_start)) and _shaped(head["label"], defined=True):
        heads.append(head)
        at = head.end()
    if not heads or not _opens_line(doc, heads[0].start("verb")) or at != label_start - 1 - len(
            _verb_before(doc.text, label_start - 1)):
        return {}
    segments = split_items(doc.text, body_start, body_end, "；;")
    if len(segments) != len(heads) + 1:
        return {}
    verbs = [h["verb"] for h in heads] + [_verb_before(doc.text, label_start - 1)]
    labels = [(h.start("label"), h["label"]) for h in heads] + [(label_start, doc.text[label_start:doc.text.index("”", label_start)])]
    entries = {}
    for (start, label), verb, (s, e) in zip(labels, verbs, segments):
        if verb and doc.text.startswith(verb, s) and e - s - len(verb) >= 2:
            s += len(verb)
        entries[start] = (label, s, e, "glossary")
    return entries


def _verb_before(text: str, quote: int) -> str:
    """The (at most two) characters written right before the quote opening at `quote`, after a 、 or a
    line start: the verb of the name in an entry's head (增强“八项本领”)."""
    start = quote
    while start > 0 and quote - start < 2 and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    return text[start:quote]


def _glossary_label(text: str) -> tuple[int, str | None]:
    """Where the slogan a glossary entry's label names starts in it, and that slogan (None when it names
    none): past a verb of carrying out (1.实施四个提升：… → 四个提升, see `patterns.realising.verb_in_lead`)
    or a qualifier (28.碳达峰十大行动：… → 十大行动)."""
    lead = realising.verb_in_lead(text)
    label = _shaped_head(text[lead:]) if lead < len(text) - 1 else None
    if label:
        return lead, label
    inside = _QUALIFIED_INSIDE.match(text)
    if inside and (label := _shaped_head(inside["name"])):
        return inside.start("name"), label
    return 0, None


def _opens_line(doc: Document, start: int) -> bool:
    """True when `start` opens its line, past an entry number (1.“四区两城”：…, 〔2〕“八双”：…, [^2]: “八个一样”：…)."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    return bool(re.fullmatch(r"[\s\d.．、（）()〔〕﹝﹞\[\]［］【】^:]*", doc.text[line_start:start]))


def _numeral_count(label: str) -> str:
    """A counted name written with a digit read with the numeral (6大提升工程 → 六大提升工程, 5项改革措施 → 五项改革措施), as
    glossaries write them: other labels as they are."""
    return label[0].translate(str.maketrans("23456789", "二三四五六七八九")) + label[1:] if rules.DIGIT_COUNT.match(label) else label


def _shaped(label: str, *, defined: bool = False, cut: bool = False) -> bool:
    """A slogan's shape, weak shapes included (双碳, 3+3+2, 新三样); not a programme's name
    (十大产业项目, see `extract.programmes`)."""
    label = _numeral_count(label) if defined else label
    if programme_rules.names_work_list(label):
        return False
    return rules.slogan_shape(label, defined=defined, cut=cut) is not None or rules.weak_shape(label)


def _shaped_head(label: str) -> str | None:
    """The slogan a glossary label names, with the head noun after it dropped (1139工作部署 → 1139,
    四个城市 → 四个城市); None when it names none."""
    if programme_rules.names_work_list(label) or rules.DIGIT_COUNT.match(label):
        return None  # (an unquoted label counted in a digit names works: 30.4条市政路桥：甲大道二期、乙桥…)
    if programme_rules.PROGRAMME.fullmatch(label):
        return label  # 八大生态民生工程：A、B…: a list of tasks named 工程 (a programme's when its items are works)
    for cut in range(len(label), 1, -1):
        if (len(label) - cut <= 6 and _shaped(label[:cut], defined=True, cut=cut < len(label))
                and not rules.is_bare_count(label[:cut])):
            return label[:cut]
    return None


def _line_end(doc: Document, start: int, end: int) -> int:
    """Where the line holding [start, end) ends: a glossary entry's body runs to it."""
    stop = doc.text.find("\n", end)
    return len(doc.text) if stop < 0 else stop


def _body_end(match: re.Match) -> int:
    """A body ends where the next definition of a list begins (…全覆盖；“六到位”：…), unless the
    body is itself that list of definitions."""
    body = match["body"]
    if rules.DEFINITION.match(body) or rules.INLINE_DEFINITION.match(body):
        return match.end("body")  # “五纵三横一环”：“五纵”即A…，“三横”即B…
    nested = rules.NEXT_DEFINITION.search(body)
    return match.start("body") + nested.start() if nested else match.end("body")


_QUALIFIED_INSIDE = re.compile(r"^(?P<qualifier>[\u4e00-\u9fff]{2,8}?)(?P<name>[二两三四五六七八九十]{1,2}[大个项].{1,6})$")
"""A qualifier written inside the quotes: “民生建设十大行动”."""


def _occurrences(doc: Document, definitions) -> dict[tuple[int, int], _Occurrence]:
    """Every slogan occurrence: (start, end) → what it names."""
    found = _Found(len(doc.text))
    defined = {label for label, *_ in definitions.values()}
    for match in rules.QUOTED.finditer(doc.text):
        occurrence = _quoted(doc, match, defined)
        if occurrence:
            found[occurrence[0]] = occurrence[1]
    for match in rules.QUOTED_PART_NAME.finditer(doc.text):
        if not _overlaps(found, match.start(), match.end()):
            parts = rules.slogan_shape(match["num"] + match["measure"] + match["head"])
            if parts:
                found[(match.start(), match.end())] = _Occurrence(match[0], match[0], match.start(), parts)
    for match in rules.CHARACTER_COUNT.finditer(doc.text):
        words = rules.words_adding_up(doc.text, match.start(), ordinal_value(match["num"]))
        if words and not _overlaps(found, match.start(), match.end()):
            found[match.span()] = _Occurrence(match[0], match[0], match.start(), [(len(words), "字" + match["head"])])
    for match in rules.QUOTED_LIST.finditer(doc.text):
        for start, end in _counted_items_of_quote(doc.text, match.start(1), match.end(1)):
            if not _overlaps(found, start, end):
                found[(start, end)] = _Occurrence(doc.text[start:end], doc.text[start:end], start,
                                                  [(ordinal_value(doc.text[start]), doc.text[start + 2:end])])
        for start, end in split_items(doc.text, match.start(1), match.end(1), "、"):
            if rules.is_quoted_formulation(doc.text[start:end]) and not _overlaps(found, start, end):
                found[(start, end)] = _Occurrence(doc.text[start:end], doc.text[start:end], start,
                                                  rules.slogan_shape(doc.text[start:end]))
    quoted_labels = {o.label for o in found.values()}

    def add_unquoted(start: int, end: int, name: str, parts) -> None:
        span = _qualified(doc, start, end, name, parts)
        occurrence = _named(doc, span, start, name, parts)
        if occurrence.label not in quoted_labels:
            span, occurrence = (start, end), _Occurrence(name, name, start, parts)
        found[span] = occurrence

    for start, (label, *_, kind) in definitions.items():
        if not _overlaps(found, start, start + len(label)) or kind == "part":  # 两区 of “一港、两区、五大中心”
            found[(start, start + len(label))] = _Occurrence(label, label, start, _parts(label, defined=True))
    restating = _restating_bodies(definitions)
    for match in rules.UNQUOTED_SLOGAN.finditer(doc.text):
        parts = rules.slogan_shape(match[0])
        if parts and any(s <= match.start() < e and count == rules.announced_count(parts) for s, e, count in restating):
            continue  # “三大手机”：指A、B、C三大手机品牌: the body restates its own name's count
        if parts is not None and not _overlaps(found, match.start(), match.end()):
            add_unquoted(match.start(), match.end(), match[0], parts)
    for start, end in rules.known_formulations(doc.text):
        parts = rules.slogan_shape(doc.text[start:end])
        if parts and doc.text[start - 1:start] != "”" and any(
                s <= start < e and count == rules.announced_count(parts) for s, e, count in restating):
            continue  # 八个本领：学习本领、…、驾驭风险本领八大本领 (dev9 酒泉 2021): a known name restating the body's count
            # (not 三项制度改革：国有企业“劳动、人事、分配”三项制度改革, the name after its quoted items)
        if not _overlaps(found, start, end) and not _in_longer_quote(doc.text, start, end):
            add_unquoted(start, end, doc.text[start:end], parts)
    known = {o.name: o.parts for o in found.values() if o.parts}
    for name in sorted(known, key=len, reverse=True):
        for match in re.finditer(re.escape(name), doc.text):
            if not _overlaps(found, match.start(), match.end()) and not _in_longer_quote(doc.text, *match.span()):
                add_unquoted(match.start(), match.end(), name, known[name])
    _add_unquoted_counts(doc, found, rules.LISTED_COUNT, "before", restating)
    _add_known_sets_running_on(doc, found)
    _add_counts_running_on(doc, found, restating)
    for match in rules.UNQUOTED_PARTS.finditer(doc.text):
        parts = rules.slogan_shape(match["name"])
        if parts and len(parts) >= 2 and not _overlaps(found, match.start(), match.end()):
            found[match.span()] = _Occurrence(match["name"], match["name"], match.start(), parts, items_at="following")
    _add_unquoted_counts(doc, found, rules.COUNT_BEFORE_COLON, "after")
    _add_unquoted_counts(doc, found, rules.COUNT_BEFORE_BRACKET, "brackets")
    return _resolve_bare_names(found)


def _restating_bodies(definitions) -> list[tuple[int, int, int]]:
    """(body start, body end, count) of the definitions whose label announces a count."""
    bodies = []
    for label, body_start, body_end, _ in definitions.values():
        count = rules.announced_count(_parts(label, defined=True) or [])
        if count:
            bodies.append((body_start, body_end, count))
    return bodies


def _counted_items_of_quote(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The counted names of a longer quote listing only such names, each maybe after a verb (按照“四个全、四个千万、四个确保、
    四个尽快”的要求; “坚持八个始终、做到六个到位、实现两个确保”): the spans of 四个全, 四个千万, …; [] unless every item is one.
    (Shorter quotes are read as one name when their shape allows, “三个明显、两个高于”.)"""
    spans = []
    for item_start, item_end in split_items(text, start, end, "、"):
        counted = rules.COUNTED_QUOTE_ITEM.fullmatch(text, item_start, item_end)
        if not counted:
            return []
        spans.append(counted.span("name"))
    return spans if len(spans) >= 2 else []


def _add_unquoted_counts(doc: Document, found: dict, pattern: re.Pattern, items_at: str,
                         restating: list[tuple[int, int, int]] = ()) -> None:
    """Unquoted counts (`pattern`'s ``name``: …四大旅游板块, 实现四个提升：) that are slogans only with the items
    written `items_at` them, where no occurrence is found yet. Not a count inside a definition whose label announces
    as many (`restating`: 八大传统产业：指传统纺织服装、…、包装印刷八大产业; “三大手机”：指A、B、C三大手机品牌): the body
    restates its own name's count."""
    for match in pattern.finditer(doc.text):
        name = match["name"]
        parts = _listed_shape(name)
        if parts and any(s <= match.start() < e and count == rules.announced_count(parts) for s, e, count in restating):
            continue
        if (parts and not _overlaps(found, match.start(), match.end())
                and (rules.is_listed_name(name) or items_at == "after" and _first_item_agrees(doc.text, match.end(), parts))
                and not programme_rules.PROGRAMME.fullmatch(name)):
            found[(match.start(), match.end())] = _Occurrence(name, name, match.start(), parts, items_at=items_at)


def _first_item_agrees(text: str, colon: int, parts) -> bool:
    """强化两大支撑 … 两大支撑：一是技术支撑。…二是资金支撑。: a count the real set writes as a plain count still names a set
    where the colon after it opens numbered items the first of which ends with the count's head noun (two characters
    at least) at its first break."""
    if len(parts) != 1 or len(parts[0][1]) < 2:
        return False
    marker = headings.INLINE_ITEM.match(text, colon + 1)
    if not marker or ordinal_value(marker[1]) != 1:
        return False
    stop = re.compile(r"[，。；：,;:\n]").search(text, marker.end())
    return bool(stop) and text[marker.end():stop.start()].endswith(parts[0][1]) and stop.start() - marker.end() > len(parts[0][1])


def _add_known_sets_running_on(doc: Document, found: dict) -> None:
    """Counted names the real set quotes as sets (`rules.is_known_set`: 三重压力, 五大发展理念) written bare right after a
    list, their clause running on (需求收缩、供给冲击、预期转弱三重压力仍然较大): slogans only with the items written
    before them, where no occurrence is found yet."""
    for match in rules.COUNT_IN_CLAUSE.finditer(doc.text):
        end = rules.known_set_at(doc.text, match.start())
        if end is None or _overlaps(found, match.start(), end) or doc.text[end:end + 1] == "”":
            continue
        name = doc.text[match.start():end]
        parts = rules.slogan_shape(name)
        if parts:
            found[(match.start(), end)] = _Occurrence(name, name, match.start(), parts, items_at="known")


def _add_counts_running_on(doc: Document, found: dict, restating: list[tuple[int, int, int]]) -> None:
    """Counts written bare after a list that `LISTED_COUNT` leaves (`rules.COUNT_AFTER_LIST`: 畜牧、蔬菜、果品三大优势产业占…),
    named by the nouns after the count (`_counted_nouns`): slogans only with exactly as many items before them, where no
    occurrence is found yet and `rules.names_listed_set` takes the name. Not a count inside a definition restating its
    own label's count, nor a list of works (…工程, …项目: programmes)."""
    for match in rules.COUNT_AFTER_LIST.finditer(doc.text):
        nouns = _counted_nouns(doc.text, match.end())
        if nouns is None or _overlaps(found, match.start(), nouns[0]):
            continue
        name, head = doc.text[match.start():nouns[0]], doc.text[match.end():nouns[0]]
        count = ordinal_value(match["num"])
        if (head[0] in rules.COUNTED_OBJECT_STARTS or head.endswith(("工程", "项目"))
                or not rules.names_listed_set(name, closed=nouns[1] in ("x", "c"))
                or any(s <= match.start() < e and n == count for s, e, n in restating)):
            continue
        found[(match.start(), nouns[0])] = _Occurrence(name, name, match.start(), [(count, head)], items_at="running_on")


COUNTED_NOUN_REACH = 12
"""Characters after a count that are tagged to find its nouns' end: `rules.COUNTED_HEAD_MAX` and the word closing them."""


def _counted_nouns(text: str, start: int) -> tuple[int, str] | None:
    """Where the nouns right after a count end, with the part of speech of the word closing them (三大|优势产业|占农业… →
    (after 优势产业, "v"); "x" for a break); None unless they are two to `rules.COUNTED_HEAD_MAX` characters and one of
    `rules.COUNTED_NAME_CLOSERS` closes them within reach, not running into a list of works (`rules.RUNS_INTO_WORKS`). An
    amount of the set closes them too (三大重点产业|产值增长…; 四项经费|支出: `rules.AMOUNT_WORDS`), as a break does."""
    end = start
    for word, tag in names.tag_words(text[start:start + COUNTED_NOUN_REACH]):
        closer = "v" if tag == "nr" else tag[0]  # (…三类船只|严格管理: a verb phrase tagged a person's name)
        if closer != "n":
            if closer not in rules.COUNTED_NAME_CLOSERS or rules.RUNS_INTO_WORKS.match(text, end):
                return None
            return (end, closer) if 2 <= end - start <= rules.COUNTED_HEAD_MAX else None
        amount = next((w for w in rules.AMOUNT_WORDS if word.endswith(w)), None)
        if amount and end + len(word) - len(amount) - start >= 2:
            end += len(word) - len(amount)
            return (end, "x") if end - start <= rules.COUNTED_HEAD_MAX else None
        end += len(word)
        if end - start > rules.COUNTED_HEAD_MAX:
            return None
    return None


_KNOWN_BY_USAGE: set[int] = set()
"""Slogans found because the real set knows their names (a known set running on, a set the real set spells out, a
verb before a known set): not the report's own coinage, so their level comes from that usage only (`_usage_set_level`)."""


def _acted_on_set(label: str) -> bool:
    """True for a verb before a set the real set knows (清四乱: 四乱), the label itself not shaped."""
    return (len(label) >= 3 and rules.slogan_shape(label) is None and label[0] not in rules.NUMERAL_CHARS
            and label[1:] in rules.real_set_usage() and rules.slogan_shape(label[1:]) is not None)


def _usage_set_level(label: str) -> str | None:
    """The level of a slogan found by its usage: national when the State Council's reports use it and the reports of
    `rules.SHARED_MIN_PROVINCES` provinces do (三期叠加: 2 national reports, 22 provinces; 三重压力: 1, 27), else none
    (五大发展理念, 四乱: no national report uses them bare)."""
    usage = rules.real_set_usage().get(label[1:] if _acted_on_set(label) else label)
    if usage and usage.national >= 1 and usage.provinces >= rules.SHARED_MIN_PROVINCES:
        return "national"
    return None


def _listed_shape(name: str):
    """The parts of a count written after a list: its shape, the count written in a digit read as the
    numeral (8大优势产业)."""
    return rules.slogan_shape(name[0].translate(str.maketrans("3456789", "三四五六七八九")) + name[1:])


_REST_OF_QUOTED_NAME = re.compile(r"([\u4e00-\u9fff]{1,6})”")
_NUMBERED_START_OF_QUOTE = re.compile(rf"“[\u4e00-\u9fff]{{0,6}}[{rules.NUMERAL_CHARS}][\u4e00-\u9fff]{{0,6}}$")


def _in_longer_quote(text: str, start: int, end: int) -> bool:
    """True when [start, end) is only a piece of a longer quoted name: it opens a quote that goes on with other
    words than a head (“一区一特色街区”, “四个一百”, “一老一小幸福院”; a head keeps it: “六个一体化活动”,
    “三个一批带动工程”), or closes a quote opening with numbered parts of its own (“一谷三个示范区”)."""
    if text[start - 1:start] == "“":
        rest = _REST_OF_QUOTED_NAME.match(text, end)
        if rest and rest[1][0] in "性型式":
            return True  # “四大支撑性工程”: a suffix making an adjective of the word before binds to it, whatever follows
        return bool(rest) and not any(head.fullmatch(rest[1]) for head in (rules.FORMULATION_HEAD, rules.SYSTEM_HEAD))
    return text[end:end + 1] == "”" and _NUMBERED_START_OF_QUOTE.search(text, max(0, start - 14), start) is not None


def _quoted(doc: Document, match: re.Match, defined: set[str]):
    """A quoted slogan: “八大行动”; 园区“四项”改革 (a bare count takes its head noun); “民生建设十大行动”."""
    text, start, end = match[1], match.start(1), match.end(1)
    if programme_rules.PROGRAMME.fullmatch(text):
        return None  # “十大产业项目”: a programme
    parts = _parts(text, defined=text in defined)
    if parts is None and (_items_beside(doc.text, match.start(), match.end(), rules.slogan_shape(text, listed=True))
                          or text in rules.listed_sets()):
        parts = rules.slogan_shape(text, listed=True)  # 名医、名科、名院“三名工程”; “三点”（A、B、C）; “三期叠加”
        # (a set the real set spells out so, `rules.listed_sets`)
    if parts is None and re.match(r"[2-9][个大项]", text) and rules.BARE_COUNT_HEAD.search(text[2:]):
        parts = _listed_shape(text)  # “7个专项行动”: a count in a digit, quoted, naming actions or works
    if parts is None and len(text) >= 3 and text[0] not in rules.NUMERAL_CHARS + "新老大小双第":
        acted_on = rules.slogan_shape(text[1:])  # “清四乱”, 清理欠账、欠款、欠薪“清三欠”: one verb before a set
        if acted_on and (rules.is_formulation(text[1:]) or rules.is_known_set(text[1:])
                         or _items_beside(doc.text, match.start(), match.end(), acted_on)):
            parts = acted_on
    if parts is None:
        inside = _QUALIFIED_INSIDE.match(text)
        if not inside or rules.qualifier_before("“" + inside["qualifier"]) != inside["qualifier"]:
            return None
        parts = rules.slogan_shape(inside["name"])
        if parts is None or not rules.is_qualifiable(inside["name"]):
            return None
        return (start, end), _Occurrence(text, inside["name"], start + inside.start("name"), parts)
    name = text
    if rules.is_bare_count(text):
        head = rules.BARE_COUNT_HEAD.match(doc.text, match.end())
        if not head:
            return None  # “三类”, “十大”: a count of nothing named
        name, end = text + head[0], head.end()
    span = _qualified(doc, start, end, name, parts)
    return span, _named(doc, span, start, name, parts)


LIST_BESIDE_MAX = 60
"""Characters a list written right before or after a quoted name (in brackets) may span."""


def _items_beside(text: str, quote_start: int, quote_end: int, parts) -> bool:
    """True when a quoted name of one numbered part (`parts`: 三名工程, 三期叠加, 三点) has its items right next to it:
    a list of exactly as many items closing the clause before it, each holding the part's first character
    (名医、名科、名院“三名工程”; 增长速度换挡期、结构调整阵痛期、前期刺激政策消化期“三期叠加”), or in brackets right after it
    (注重“三点”（高校园区、工业园区、港口码头））. Numbers before such words count things (三名, 三期 of a plant), so only a list
    beside them makes them a name."""
    if not parts or len(parts) != 1 or not 2 <= parts[0][0] <= 10:
        return False
    count, mark = parts[0][0], parts[0][1][0]
    if text[quote_end:quote_end + 1] in "（(":
        close = text.find("）" if text[quote_end] == "（" else ")", quote_end, quote_end + LIST_BESIDE_MAX)
        items = split_items(text, quote_end + 1, close, "、") if close > 0 else []
        return len(items) == count and all(0 < e - s <= 12 for s, e in items)
    start = quote_start
    while start > max(0, quote_start - LIST_BESIDE_MAX) and text[start - 1] not in "，。；：,;:！？\n“”（）":
        start -= 1
    items = split_items(text, start, quote_start, "、")
    if len(items) + 1 == count:
        items = split_last_on_and(text, items)
    return len(items) == count and all(mark in text[s:e] for s, e in items[1:]) and mark in text[items[0][0]:quote_start]


def _parts(text: str, *, defined: bool = False) -> list | None:
    """The numbered parts of a slogan's name; a weak shape announces what its number says
    (双碳 two, 新三样 three), a digit sum nothing; a defined list named 工程 announces its number whatever the
    length of its topic (八大生态民生工程)."""
    text = _numeral_count(text) if defined else text
    parts = rules.slogan_shape(text, defined=defined)
    listed = programme_rules.PROGRAMME.fullmatch(text) if parts is None and defined else None
    if listed:
        return [(ordinal_value(listed["num"]), listed["topic"] + listed["kind"])]
    if parts is not None or not rules.weak_shape(text):
        return parts
    prefixed = rules.PREFIXED.match(text)
    if prefixed:
        return rules.slogan_shape(prefixed["name"]) or []
    if rules.DOUBLE.match(text):
        return [(2, text[1:])]
    return []


def _qualified(doc: Document, start: int, end: int, name: str, parts) -> tuple[int, int]:
    """The span of a name with the qualifier written right before it (财源建设“十大行动”)."""
    if not rules.is_qualifiable(name):
        return start, end
    quote = start - 1 if doc.text[start - 1:start] == "“" else start
    qualifier = rules.qualifier_before(doc.text[max(0, quote - 16):quote])
    return (quote - len(qualifier), end) if qualifier else (start, end)


def _named(doc: Document, span: tuple[int, int], name_start: int, name: str, parts) -> _Occurrence:
    qualifier = doc.text[span[0]:name_start].rstrip("“")
    return _Occurrence(qualifier + name, name, name_start, parts)


def _resolve_bare_names(found: dict[tuple[int, int], _Occurrence]) -> dict[tuple[int, int], _Occurrence]:
    """A bare name (“六大专项整治”行动) stands for the one qualified label of the report that has
    it as its name (城市管理六大专项整治); with two (财源建设…, 民生建设十大行动) it stays bare."""
    qualified: dict[str, set[str]] = {}
    for occurrence in found.values():
        if occurrence.label != occurrence.name:
            qualified.setdefault(occurrence.name, set()).add(occurrence.label)
    for occurrence in found.values():
        labels = qualified.get(occurrence.name, set())
        if occurrence.label == occurrence.name and len(labels) == 1:
            occurrence.label = next(iter(labels))
    return found


class _Found(dict):
    """Occurrences by span, with the characters they cover marked so that an overlap test costs
    the length of the span, not the number of occurrences found so far."""

    def __init__(self, length: int):
        super().__init__()
        self.covered = bytearray(length)

    def __setitem__(self, span: tuple[int, int], occurrence) -> None:
        super().__setitem__(span, occurrence)
        self.covered[span[0]:span[1]] = b"\1" * (span[1] - span[0])


def _overlaps(found: _Found, start: int, end: int) -> bool:
    return found.covered.find(1, start, end) >= 0


def _drop_unsupported(doc: Document, slogans: list[Mention], defined: set[str]) -> list[Mention]:
    """Plain counts and codes that nothing in the report supports are dropped.

    A count the real set writes bare (三大产业, see `patterns.slogans.is_plain_count`) needs items or
    a definition. A number with one character, or 双X, quoted by the report is a formulation (“三保”,
    “双闭环”); a topic before a number (“雅韵三湘”) is a brand unless the report defines it or cues a
    formulation; a code (“135”, “3+3+2”) needs items, or a system it names (“3+3+2”产业集群).
    """
    by_label: dict[str, list[Mention]] = {}
    for mention in slogans:
        by_label.setdefault(mention.label, []).append(mention)
    dropped = set()
    for label, mentions in by_label.items():
        name = mentions[0].attrs.get("aliases", [label])[0]
        if any(_has_components(doc, m) for m in mentions):
            continue
        if rules.is_plain_count(name) and label not in defined:
            dropped.update(id(m) for m in mentions)  # 三大产业: a count, unless the report lists or defines it
            continue
        if not (rules.needs_support(name) or rules.weak_shape(name)):
            continue
        if rules.is_topic_name(name):  # 雅韵三湘, a brand, unless the report says more
            supported = label in defined or any(_formulation_cue(doc, m) for m in mentions)
        elif rules.needs_support(name) and not name.isdigit() or rules.DOUBLE.match(name) or rules.PREFIXED.match(name):
            supported = True  # quoted by the report (“三保”, “双闭环”, “新三样”), or defined, and no plain count
        else:  # a code (135, 3+3+2, 四六四五): defined with items, or naming a system
            supported = (label in defined and not name.isdigit() or rules.is_formulation(name)
                         or any(_formulation_cue(doc, m) for m in mentions))
        if not supported:
            dropped.update(id(m) for m in mentions)
    doc.mentions = [m for m in doc.mentions if id(m) not in dropped]
    return [m for m in slogans if id(m) not in dropped]


_QUOTED_RUN = re.compile(r"”?(?:、?“[^“”\n]{1,8}”)*")
_ADJACENT_QUOTED = re.compile(r"“[^“”\n]{1,12}”、?“?$")


def _formulation_cue(doc: Document, mention: Mention) -> bool:
    """做好“六稳”, “六稳”、“六保”工作, 发挥“三农”压舱石作用: a policy verb before, or a head or a
    role after the quoted run."""
    before = doc.text[max(0, mention.span.start - 4):mention.span.start].rstrip("“")
    run = _QUOTED_RUN.match(doc.text, mention.span.end)
    coded = rules.DIGIT_SUM.match(mention.label) or rules.DIGIT_FORMULA.match(mention.label) or rules.NUMERAL_CODE.match(mention.label)
    if coded and rules.SYSTEM_HEAD.match(doc.text, run.end()):
        return True  # “3+3+2”产业集群, “11364”发展思路, “四六四五”发展战略
    return bool(rules.FORMULATION_VERB.search(before) or rules.FORMULATION_HEAD.match(doc.text, run.end())
                or rules.FORMULATION_ROLE.match(doc.text, run.end()))


# --- levels ----------------------------------------------------------------------------------

def _resolve_levels(doc: Document, slogans: list[Mention], defined: dict[str, tuple[int, int]],
                    listed_before: list[Mention]) -> None:
    """One level per label in this document, from the strongest evidence found for it."""
    evidence: dict[str, dict[str, str]] = {}

    def offer(label: str, source: str, level: str) -> None:
        current = evidence.setdefault(label, {}).get(source)
        if level != "unknown" and (current is None or rules.LEVEL_RANK[level] > rules.LEVEL_RANK[current]):
            evidence[label][source] = level

    from_above = {m.label for m in slogans if rules.HIGHER_LEVEL_VERB.search(_clause_before(doc, m.span.start))}
    explained = {label for label, (start, end) in defined.items() if rules.EXPLAINED_TERM.match(doc.text[start:end].lstrip())}
    for label, (body_start, body_end) in defined.items():
        body = doc.text[body_start:body_end]
        found = rules.level_in(body[:20])
        if found and found[1] != "territory":  # 省委…提出的, 指我区…; not 湖南稀土…产业园
            offer(label, "definition", found[0])
        if _names_issuer(doc, label + body):
            offer(label, "own", doc.meta.level)
        if not rules.EXPLAINED_TERM.match(body.lstrip()) and label not in from_above:
            offer(label, "glossary", doc.meta.level)
    known = {m.label for m in slogans if id(m) in _KNOWN_BY_USAGE}
    for mention in listed_before:
        # 大力实施A、B、C“三大工程”; not A、B等“三大工程” (examples) nor A、B、C的“三变” (explained)
        if (doc.text[max(0, mention.span.start - 2):mention.span.start].rstrip("“")[-1:] not in "等的"
                and mention.label not in from_above | known):  # (a name found by its usage is no coinage)
            offer(mention.label, "glossary", doc.meta.level)
    for mention in slogans:
        if _names_issuer(doc, mention.label):
            offer(mention.label, "own", doc.meta.level)
        clause = _clause_before(doc, _run_start(doc, mention.span.start))
        found = rules.level_in(clause)
        if found and found[1] == "authority":
            offer(mention.label, "context", found[0])
        elif found and not rules.RANKING.search(clause):
            offer(mention.label, "context-weak", found[0])
    chain = _issuer_chain(doc)
    for mention in slogans:
        level = rules.usage_level(mention.label, chain) or (
            _usage_set_level(mention.label) if mention.label in known else None)
        if level:
            offer(mention.label, "usage", level)
        elif mention.label not in from_above | known and rules.is_coined(mention.label):
            # explained or not: a term from above is known to the real set (文化三城：即… in one report is its own)
            offer(mention.label, "coined", doc.meta.level)
    among_others = {m.label for m in slogans if _places_among_others(doc, _clause_before(doc, m.span.start, width=12))}
    for mention in slogans:
        if mention.label not in from_above | known | among_others and rules.is_local(mention.label, chain):
            offer(mention.label, "local", doc.meta.level)
    for mention in slogans:
        clause = _clause_before(doc, mention.span.start)
        if (mention.label not in from_above and rules.COMMITMENT_VERB.search(clause) and not rules.level_in(clause)
                and rules.COMMITTED_END.match(doc.text, mention.span.end + (doc.text[mention.span.end:][:1] == "”"))):
            offer(mention.label, "commitment", doc.meta.level)
    for sentence_mentions in _by_sentence(slogans).values():
        for label in _cascade_own(doc, sentence_mentions, evidence):
            offer(label, "cascade", doc.meta.level)
    for sentence_mentions in _by_sentence(slogans).values():
        for run in _coordinated_runs(doc, sentence_mentions):
            levels = {_known_level(evidence.get(m.label, {}), _STRONG_SOURCES) for m in run} - {None}
            if len(levels) == 1:
                level = levels.pop()
                for mention in run:
                    offer(mention.label, "coordination", level)
    for mention in slogans:
        sources = evidence.get(mention.label, {})
        source = next((s for s in _LEVEL_PRIORITY if s in sources), None)
        mention.attrs["level"] = sources[source] if source else "unknown"
        mention.attrs["level_source"] = source or "none"
        scope = _scope(doc, mention.attrs["level"])
        if scope:
            mention.attrs["scope"] = scope


_TIER_LEVELS = {1: "province", 2: "city", 3: "district"}


def _issuer_chain(doc: Document) -> list[tuple[str, str]]:
    """The issuer's region and the regions above it, with their levels, the issuer first
    ([("零陵区", "district"), ("永州市", "city"), ("湖南省", "province")]); [] when the region is unknown."""
    unit = gazetteer.region_unit(doc.meta.region, doc.meta.parent_region)
    if unit is None or doc.meta.level not in ("province", "city", "district"):
        return []
    above = [(u.name, _TIER_LEVELS[u.tier]) for u in gazetteer.ancestors(unit) if u.tier in _TIER_LEVELS]
    return [(unit.name, doc.meta.level), *above]


def _names_issuer(doc: Document, text: str) -> bool:
    """True when `text` holds the issuer's own name (零陵 in 五力零陵), when it has one."""
    region = doc.meta.region or ""
    stem = _REGION_SUFFIX.sub("", region)
    return doc.meta.level in ("province", "city", "district") and len(stem) >= 2 and stem in text


def _places_among_others(doc: Document, text: str) -> bool:
    """True when `text` names a region above the issuer (云南 in 认真落实《云南省公务员…, a city report) or ranks the
    issuer among others (全区首个…示范点): the slogan is shared with them, not the issuer's own."""
    stems = (_REGION_SUFFIX.sub("", name) for name, _ in _issuer_chain(doc)[1:])
    return any(len(stem) >= 2 and stem in text for stem in stems) or bool(rules.RANKING.search(text))


def _coordinated_runs(doc: Document, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of slogans standing in parallel in a sentence (see `patterns.slogans.COORDINATION_GAP`)."""
    runs: list[list[Mention]] = []
    previous = None
    for mention in sorted(mentions, key=lambda m: m.span.start):
        if previous is not None:
            gap = doc.text[previous.span.end:mention.span.start].strip("“”")
            if (rules.COORDINATION_GAP.match(gap) and not rules.level_in(gap)
                    and not any(cue in gap for cue in rules.ALIGNMENT_CUES)):
                runs[-1].append(mention)
                previous = mention
                continue
        runs.append([mention])
        previous = mention
    return [run for run in runs if len(run) > 1]


def _run_start(doc: Document, start: int) -> int:
    """Where the run of quoted names written right before `start` begins, side by side or parted by a 、 (市委“六争六补”
    “123456”, 省委“四个推进”、“四个基本”: the start of the first), so that the words before the first are read for each."""
    while (before := _ADJACENT_QUOTED.search(doc.text, max(0, start - 16), start)) and before.end() == start:
        start = before.start()
    return start


def _clause_before(doc: Document, start: int, width: int = 8) -> str:
    """The text before `start` back to the previous clause break, at most `width` characters."""
    text = doc.text[max(0, start - width):start].rstrip("“")
    breaks = list(rules.CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end():] if breaks else text


def _by_sentence(mentions: list[Mention]) -> dict[int, list[Mention]]:
    grouped: dict[int, list[Mention]] = {}
    for mention in mentions:
        grouped.setdefault(mention.sentence.index, []).append(mention)
    return grouped


def _cascade_own(doc: Document, mentions: list[Mention], evidence) -> list[str]:
    """Labels a cascade sentence presents as the issuer's own.

    大力实施“三高四新”战略，聚焦市里“三区两城”定位，全力推进“四区两城”建设: the sentence steps
    down from higher levels (at least one slogan carries an alignment cue or an authority word);
    an undetermined slogan after the lowest of them belongs to the issuer, when the issuer is lower.
    """
    levels = [_known_level(evidence.get(m.label, {}), ("definition", "own", "usage", "context")) for m in mentions]
    known = [(i, lvl) for i, lvl in enumerate(levels) if lvl]
    if len(known) < 1 or not any(is_aligned_clause(doc, m) for m in mentions):
        return []
    ranks = [rules.LEVEL_RANK[lvl] for _, lvl in known]
    if ranks != sorted(ranks, reverse=True) or rules.LEVEL_RANK[doc.meta.level] >= ranks[-1]:
        return []
    last_known = known[-1][0]
    return [m.label for i, m in enumerate(mentions) if i > last_known and not levels[i]]


def _known_level(sources: dict[str, str], trusted: tuple[str, ...]) -> str | None:
    """The level from the first of the `trusted` sources that gave one."""
    for source in trusted:
        if source in sources:
            return sources[source]
    return None


def is_aligned_clause(doc: Document, mention: Mention) -> bool:
    """True when the clause before a slogan aligns with it (聚焦市里“三区两城”, 对标市委…)."""
    clause = _clause_before(doc, mention.span.start, width=12)
    found = rules.level_in(clause)
    return any(cue in clause for cue in rules.ALIGNMENT_CUES) or bool(found and found[1] == "authority")


def _scope(doc: Document, level: str) -> str | None:
    if level == "unknown" or doc.meta.level == "unknown":
        return None
    if level == doc.meta.level:
        return doc.meta.region
    if rules.LEVEL_RANK[level] == rules.LEVEL_RANK[doc.meta.level] + 1:
        return doc.meta.parent_region
    return None


# --- components ------------------------------------------------------------------------------

def _components_from_definition(doc, slogan: Mention, body_start: int, body_end: int, *, strict: bool) -> None:
    """Items of a definition body: “四区两城”：A、B、C… / “十个统筹”：省委…提出的“A，B…” / “五个一”：强化“一个引领”，…；…
    / “四改”是：改水，使农民…；改厕，…"""
    count = slogan.attrs.get("count") or _defined_count(_name(slogan))
    start, end = _trim(doc.text, body_start, body_end)
    lead = rules.BODY_LEADS.match(doc.text[start:end])
    start += lead.end() if lead else 0
    if lead:  # “三城”指武宣县着力打造产业新城、…: the subject and verb before the first item
        start += realising.end_of_lead(doc.text[start:end])
    start, end = _quoted_list(doc.text, start, end)
    start = _after_inner_lead(doc.text, start, end, count)
    restated_name = re.match(rf"{re.escape(_name(slogan))}(?:是指|指|即|是)", doc.text[start:end])
    if restated_name and restated_name.end() < end - start:
        start += restated_name.end()  # “六乱”“三线”：六乱指A、B…；三线指…: the body names its own part before its items
    opening = _PART_LABEL.match(doc.text, start, end)
    if opening and opening["label"] != _name(slogan) and (
            f"“{opening['label']}”" in doc.text[max(0, slogan.span.start - 20):slogan.span.start]):
        return  # “六稳”“六保”：“六稳”是指…。“六保”是指…: a body opening with the definition of the name before ours
        # in the entry's head is not ours (unlike “2614”工作法：“两覆盖”：…, whose parts it defines)
    own = doc.text.find(f"“{_name(slogan)}”", start, end)
    if own >= 0:  # the body names the slogan again: its items are where it does, not the whole body
        part = _PART_LABEL.match(doc.text, own)
        others = [q for q in rules.QUOTED.finditer(doc.text, start, end) if q[1] != _name(slogan) and _shaped(q[1])]
        if (not part or part["label"] != _name(slogan)) and others:
            return  # …秸秆“三废”综合利用，…小果园“三园”同建: each occurrence in the body gets the list before it
        # (a body restating only its own name, …和发展壮大村集体经济“三位一体”系统集成改革, ends before it below)
        if part and part["label"] == _name(slogan):
            following = _PART_LABEL.search(doc.text, part.end(), end)  # “六稳”即A…，“六保”即B…: its own part
            start, end = part.end(), (following.start() if following else end)
            start, end = _trim(doc.text, start, end)
            end -= doc.text[end - 1] in "，,；;。" if end > start else 0
    restated = _RESTATED_COUNT.search(doc.text, start, _clause_end(doc.text, start, end))
    counted = None if restated else _clause_closed_by_count(doc.text, start, end, _name(slogan), count)
    if restated and count and ordinal_value(restated["count"]) == count and restated.start() > start:
        end, strict = restated.start(), True  # “三城”即主城、东城、西城三大核心区域，重点是…: the list ends at its count
        end -= 2 if doc.text[end - 2:end] == "等这" else (doc.text[end - 1:end] in "等这")  # …D等这四类企业的统称
    elif counted:
        (start, end), strict = counted, True  # “四方责任”：在…工作中，全面落实属地、行业、部门（单位）、个人四方的责任
    elif count and (first_end := _clause_end(doc.text, start, end)) < end and _listed_clause(doc.text, start, first_end,
                                                                                               end, count):
        end, strict = first_end, True  # “三线一单”：A、B、C和D，是推进…的一项重要工作安排: the list is the first clause
    opening = (_book_titles(doc.text, start, end, count)
               or _sentences_opening_with_word(doc.text, start, end, _name(slogan), count)
               or _groups_closed_by_counts(doc.text, start, end, _name(slogan))
               or _quoted_counts_of_parts(doc.text, start, end, _name(slogan))
               or _leading_clauses_ending_alike(doc.text, start, end, _name(slogan), count)
               or _items_holding_parts(doc.text, start, end, _name(slogan), count)
               or _quoted_parts_in_clauses(doc.text, start, end, _name(slogan), count)
               or _numbered_in_body(doc.text, start, end, count)
               or _items_past_their_frames(doc.text, start, end, count))
    if opening:
        _emit_components(doc, slogan, opening)
        return
    nested = _nested_part_labels(doc.text, start, end, _name(slogan))
    line_end = _line_end(doc, body_end, body_end)
    if not nested and body_end < line_end and (after := _nested_part_labels(doc.text, body_end, line_end, _name(slogan))):
        nested, end = after, line_end  # “两轴四片”：是指…的空间布局。“两轴”即A…，“四片”即B…: the body says what the whole
        # is, the definitions after it on its line its parts
    if nested:
        _emit_components(doc, slogan, nested)
        _unquoted_parts_with_items(doc, slogan, nested, end)
        return
    closed = list(_COUNTED_CLOSE.finditer(doc.text, start, end)) if _parts(_name(slogan)) == [] else []
    if len(closed) == 1:  # the count closing the list is the one to meet
        end, count, strict = closed[0].start(), ordinal_value(closed[0]["count"]), True
    candidates = [(start, end)] + ([] if strict else _quoted_regions(doc.text, start, end))
    best = _quoted_list_inside(doc.text, start, end, count)
    for region in ([] if best else candidates):
        for separators in rules.ITEM_SEPARATOR_SETS:
            items = split_items(doc.text, *region, separators)
            if count and len(items) + 1 == count:
                items = split_last_on_and(doc.text, items)
            items = (_quoted_heads(doc.text, items) or _head_clauses(doc.text, items, separators)
                     or _closing_parts(doc.text, items, _name(slogan)) or items)
            if count and len(items) > count and separators == "、":
                items = _run_after_inner_verb(doc.text, items, count) or items
            if count and len(items) == count:
                best = items
                break
            if best is None and len(items) >= 2 and all(e - s <= 12 for s, e in items):
                best = items
        if best and count and len(best) == count:
            break
    sentence_end = doc.text.find("。", start, end)
    if count and (best is None or len(best) != count) and sentence_end > start:
        for separators in rules.ITEM_SEPARATOR_SETS:  # “九个方面”:A（…），B（…）;C（…），…。个私民营:…: the first sentence
            items = split_items(doc.text, start, sentence_end, separators)
            items = [(s, _without_closing_gloss(doc.text, s, e)) for s, e in items]
            if len(items) == count and all(e - s <= 12 for s, e in items):
                best, strict = items, True
                break
    if count and (best is None or len(best) != count):
        best = _sentence_heads(doc.text, start, end, _name(slogan)) or best
    if best is None or (strict and len(best) != count):
        return
    best = [(s, _without_closing_gloss(doc.text, s, e)) for s, e in best]  # 修好一条路（乡村公路）, …
    best = _trim_restated_label(doc.text, _trim_prose_ends(doc.text, _without_nested_labels(doc.text, best)),
                                _name(slogan))
    best = list(best)
    if len(best) >= 3 and best[0][1] - best[0][0] > (longest := max(e - s for s, e in best[1:]) + 2):
        shortest = min(e - s for s, e in best[1:]) - 2
        best[0] = _after_carrying_out(doc.text, *best[0], shortest, longest)  # 便捷生活六大
        # 行动：川渝两省市实施交通通信、户口迁移、… → 交通通信 (the body's subject and verb before the first item)
        if best[0][1] - best[0][0] > longest and doc.text[best[0][0]:best[0][0] + 4] not in slogan.label + doc.text[
                max(0, slogan.span.start - 8):slogan.span.start]:  # (排水设施“三个一体化”：排水设施建管一体化、…: the
            # item opens with the words qualifying the name, no verb)
            best[0] = _past_opening_verb(doc.text, *best[0], shortest, longest)
    if any(re.search("[，,；;]", doc.text[s:e]) for s, e in best) or not _plausible_items(doc.text, best):
        return  # items holding clause breaks are prose, not a list (“四送四改”：根据火情、火势，…)
    if not slogan.attrs.get("count") and count and any(
            len(_WIDE.findall(doc.text[s:e])) > 16 or re.search(rf"[\d{rules.NUMERAL_CHARS}][{rules.MEASURES}]", doc.text[s:e])
            for s, e in best):
        return  # a count read off a code or a name of ones (“3+7”：以A、B、C3个业态为引领，…; 一企一案：针对…) holds short
        # items only, none restating a count
    if count and len(best) != count and any(e - s > 12 for s, e in best):
        return
    lead = rules.LIST_LEAD_VERB.match(doc.text, best[0][0])
    if (lead and len(best) >= 3 and best[0][1] - lead.end() >= 2 and not any(
            doc.text.startswith(lead[0], s) for s, _ in best[1:]) and any(
            doc.text[e - 2:e] == doc.text[best[0][1] - 2:best[0][1]] for _, e in best[1:])):
        best[0] = (lead.end(), best[0][1])  # “5+1”专项提升：是指开展A扶贫、B扶贫、… → A扶贫; 七种能力：提高政治能力、
        # 调查研究能力、… (dev9 酒泉 2021): the verb governs the list when the first item ends as another does
    _emit_components(doc, slogan, _without_name_word(doc.text, slogan, _without_entry_topic(doc.text, slogan, best)))


def _book_titles(text: str, start: int, end: int, count: int | None) -> list[tuple[int, int]]:
    """The titles of a body made only of documents' titles (`patterns.slogans.BOOK_TITLE_RUN`), each with its
    brackets, when they are as many as the name counts (or it counts none); [] otherwise.

    >>> _book_titles("《甲规划》《乙纲要》《丙纲要》。", 0, 16, 3)
    [(0, 5), (5, 10), (10, 15)]
    """
    if not rules.BOOK_TITLE_RUN.fullmatch(text, start, end):
        return []
    items = [m.span() for m in re.finditer(r"《[^《》\n]+》", text[start:end])]  # with its brackets: not 纲要 cut from
    # the years closing its title (《四川妇女发展纲要（2021—2030年）》, dev6)
    items = [(start + s, start + e) for s, e in items]
    return items if count is None or len(items) == count else []


_PLUS_CODE = re.compile(r"\d(?:[+＋]\d)+")


def _defined_count(name: str) -> int | None:
    """How many items a definition gives a name that announces no count (`patterns.slogans.announced_count`): the sum of
    a code of single digits joined by + (dev9 酒泉 2021 glossary: “3+1”后续清零：是指A、B、C及D… → 4; “5+1” → 6), the
    number of parts of a name of ones (一带一路：是指“A”和“B”的简称 → 2); None otherwise."""
    if _PLUS_CODE.fullmatch(name):
        return sum(int(d) for d in re.findall(r"\d", name))
    parts = rules.slogan_shape(name)
    return len(parts) if parts and len(parts) >= 2 and all(value == 1 for value, _ in parts) else None


_ENTRY_TOPIC = re.compile(r"(?:^|\n)[ \t\u3000]*(?:\d{1,2}[.．、])?(?P<topic>[\u4e00-\u9fff]{2,3})“$")


def _without_entry_topic(text: str, slogan: Mention, items):
    """The first item of an entry whose head writes a topic before the quoted name, opening with that topic when
    no other item does (made-up: 8.农村“三块地”改革：农村承包地、宅基地、集体经营性建设用地… → 承包地, …): the topic
    is the whole list's, written once. A short topic only (a place or trade, 农村, 煤矿, 宅基地): a longer one names
    a programme whose first item may well carry it (健康昌都“三大工程”：健康昌都保障工程、…)."""
    head = _ENTRY_TOPIC.search(text, max(0, slogan.span.start - 12), slogan.span.start)
    if not head or len(items) < 2:
        return items
    topic, (start, end) = head["topic"], items[0]
    if not text.startswith(topic, start) or end - start - len(topic) < 2 or any(
            text.startswith(topic, s) for s, _ in items[1:]):
        return items
    return [(start + len(topic), end), *items[1:]]


def _quoted_list_inside(text: str, start: int, end: int, count: int | None):
    """A body naming who set the name and quoting its list inside a longer clause (“两优”专项行动：是指自治区党委、政府部署的
    “优化职能职责、优化工作流程”专项行动): the quoted items, when the only quote of the body listing items holds exactly as
    many as announced; else None."""
    if not count or count < 2:
        return None
    listing = [(s, e) for s, e in _quoted_regions(text, start, end) if "、" in text[s:e]]
    if len(listing) != 1 or listing[0][0] - 1 <= _trim(text, start, end)[0]:
        return None  # (a quote opening the body, “甲市整治违法建筑、违法用地专项工作”的简称, is read as the body's list)
    items = split_items(text, *listing[0], "、")
    if len(items) + 1 == count:
        items = split_last_on_and(text, items)
    return items if len(items) == count and all(2 <= e - s <= 12 for s, e in items) else None


def _run_after_inner_verb(text: str, items, count: int):
    """The last `count` items of a body listing what the name is made from, then a verb and the name's own items
    (“四小园”：指因地制宜利用闲置地、边角地、插花地打造小菜园、小果园、小花园、小公园 → 小菜园, …): the item holding the verb
    starts after it, when exactly `count` items are left from there and none after it holds a verb; else None."""
    if re.search("[，,。；;：:]", text[items[0][0]:items[-1][1]]):
        return None  # one run of items only, not a body running on over clauses or entries
    first = len(items) - count
    start, end = items[first]
    position, cut = start, None
    for word, tag in names.tag_words(text[start:end]):
        position += len(word)
        if tag == "v" and len(word) >= 2 and position - start >= 3 and end - position >= 2:
            cut = position
    if cut is None or any(tag == "v" for s, e in items[first + 1:] for _, tag in names.tag_words(text[s:e])):
        return None
    return [(cut, end), *items[first + 1:]]


def _without_name_word(text: str, slogan: Mention, items):
    """The first item of a definition opening with a word the name qualifies its head with, when no other item does
    (八大传统产业：指传统纺织服装、食品饮料、… → 纺织服装): the word is the whole list's, written once, as a topic
    before the quoted name is (`_without_entry_topic`). Not the head itself, nor a name of one character left once its
    numbers are dropped (三农: 农业)."""
    words = re.sub(f"[{rules.NUMERAL_CHARS}{rules.MEASURES}\\d“”]", "", _name(slogan))
    if len(items) < 3 or len(words) < 4:
        return items
    start, end = items[0]
    for size in (3, 2):
        word = text[start:start + size]
        rest = words[words.index(word) + size:] if word in words else ""
        if (word in words and not words.endswith(word) and end - start - size >= 2
                and not text.startswith(rest[:2], start + size)  # (八个基本解决：基本解决甲问题 keeps its verb)
                and not any(text.startswith(word, s) for s, _ in items[1:])):
            return [(start + size, end), *items[1:]]
    return items


def _after_inner_lead(text: str, start: int, end: int, count: int | None) -> int:
    """Where the items of a body start that explains its name first and lists its items after an inner lead
    (made-up: “四新”产业：《甲方案》明确，发展甲经济的新产业，包括：A和B、C、D、E。 → A和B, …): after the lead
    (`patterns.slogans.INNER_LEAD`) when the rest of its sentence holds exactly as many items as the name counts;
    `start` otherwise."""
    lead = rules.INNER_LEAD.search(text, start, end)
    if not lead or not count:
        return start
    stop = text.find("。", lead.end(), end)
    stop = end if stop < 0 else stop
    items = split_items(text, lead.end(), stop, "、")
    return lead.end() if len(items) == count and not re.search("[，,；;]", text[lead.end():stop]) else start


def _sentence_word(label: str) -> str | None:
    """The word a name of one counted part repeats (注重 of 五个注重, 坚持 of 三个坚持), when it has two characters at least."""
    parts = rules.slogan_shape(label)
    return parts[0][1] if parts and len(parts) == 1 and len(parts[0][1]) >= 2 and parts[0][0] >= 2 else None


CLAUSE_ITEM_MAX = 40
"""Characters a clause may have to be an item of `_sentences_opening_with_word` when the name's clauses are its items."""

SENTENCE_ITEM_MAX = 20
"""Characters the first clause of a sentence may have to be an item of `_sentences_opening_with_word`."""


def _sentences_opening_with_word(text: str, start: int, end: int, name: str, count: int | None):
    """A body of sentences of which exactly as many as announced open with the name's own word, in order (政府工作着力于
    “五个注重”：注重转变经济发展方式。坚持…。注重提升城市竞争力。…): the first clause of each of those sentences (the
    sentences between them gloss the item before); None otherwise."""
    word = _sentence_word(name)
    if not word or not count or not text.startswith(word, start):
        return None
    items = []
    for s, e in split_items(text, start, end, "。"):
        if text.startswith(word, s):
            clause = re.search(r"[，,；;：:]", text[s:e])
            items.append((s, s + clause.start() if clause else e))
    if len(items) == count and all(len(word) < e - s <= SENTENCE_ITEM_MAX for s, e in items):
        return items
    stop = text.find("。", start, end)  # “两个允许”：即允许A，允许B。: the clauses of its first sentence
    clauses = split_items(text, start, stop if stop > start else end, "，,；;")
    leading = clauses[:count]  # (and a clause after them saying what for: 两个毫不动摇：毫不动摇A，毫不动摇B，保证…, dev10 巴中 2023)
    if len(leading) == count and all(text.startswith(word, s) and len(word) < e - s <= CLAUSE_ITEM_MAX for s, e in leading) \
            and not any(text.startswith(word, s) for s, _ in clauses[count:]):
        return leading
    return None


def _after_carrying_out(text: str, start: int, end: int, shortest: int, longest: int) -> tuple[int, int]:
    """A first item still holding a definition's subject and a verb of carrying out (川渝两省市实施交通通信) starts after
    the last such verb, when what follows is as long as the other items; else as it is (进口冷链食品集中监管机制: 集中 is
    no verb of carrying out)."""
    for verb in reversed(list(rules.CARRYING_OUT_VERB.finditer(text, start, end))):
        if shortest <= end - verb.end() <= longest:
            return verb.end(), end
    return start, end


def _past_opening_verb(text: str, start: int, end: int, shortest: int, longest: int) -> tuple[int, int]:
    """A first item opening with a verb the segmenter tags so (its first or second word: a word before it is an adverb
    it may tag as a noun) starts after the verb when what follows is as long as the other items (五育融合：有机整合德育、
    智育、… → 德育; 六必访：做到企业创新孵化时必访、经营困难时必访… → 企业创新孵化时必访); else as it is (a verb further in
    is the item's own: 进口冷链食品集中监管机制; nor one before another verb or a particle, the item's own predicate:
    防范化解重大风险, 传统产业进行的高端化)."""
    if "、" in text[start:end]:
        return start, end  # a clause holding a list of its own, not one item (“三线一单”：是将生态保护红线、环境质量底线…)
    position, words = start, names.tag_words(text[start:end])
    for (word, tag), (_, following) in zip(words[:2], words[1:3]):
        position += len(word)
        if tag == "v" and len(word) >= 2 and following.startswith("n") and shortest <= end - position <= longest:
            return position, end
    return start, end


def _listed_clause(text: str, start: int, end: int, body_end: int, count: int) -> bool:
    """True when text[start:end], the first clause of a body ending at `body_end`, is a list of exactly `count`
    short items, three at least (split on 、, the last on 和/及), and the body does not hold as many clauses (拆除A、B
    及C；拆除D…；拆除F…: each clause is an item)."""
    items = split_items(text, start, end, "、")
    if count >= 3 and len(items) == count and _plausible_items(text, items) and (
            all(e - s <= 12 for s, e in items) or len({text[s:s + 2] for s, _ in items}) == 1):
        return True  # “五项安全”:政治安全、…、经济安全，重点是…，…: exactly as many by 、 alone, whatever follows; longer
        # items when all open alike (“四个基本”就是基本建立比较完善的…体制、基本建立…、基本建立…、基本形成…，力求…)
    if count < 3 or len(items) + 1 < count or len(re.findall(r"[，,；;。]", text[start:body_end].rstrip("。"))) + 1 >= count:
        return False
    if len(items) + 1 == count:
        items = split_last_on_and(text, items)
    return len(items) == count and all(e - s <= 12 for s, e in items) and _plausible_items(text, items)


_RESTATED_COUNT = re.compile(
    rf"(?<=[\u4e00-\u9fff）)])(?<!等)(?P<count>[{rules.NUMERAL_CHARS}]+|\d{{1,2}})[{rules.MEASURES}家][\u4e00-\u9fff]{{1,8}}?(?:的[合统简总]称)?$")
"""A glossary body's list closed by its count and a noun (主城、东城、西城三大核心区域; 临港产业、…、军民融合发展4个方面;
…、引大济岷（含引青济岷）5个西水东引供水工程; dev9 酒泉 2021: 四通一达：是指A、…、E五家民营快递公司的合称): the list ends
before the count."""


_COUNTED_GROUP = re.compile(rf"(?P<items>[^，,。；;和及]+?)(?P<count>[{rules.NUMERAL_CHARS}]+)[{rules.MEASURES}片][\u4e00-\u9fff]{{1,6}}?"
                            r"(?=和|及|以及|[，,。；;]|$)")


def _groups_closed_by_counts(text: str, start: int, end: int, name: str):
    """A body listing the items of each part of the name in turn, each group closed by its count (“三区三线”：农业、生态、
    城镇三个空间和永久基本农田、生态保护红线、城镇开发边界三条控制线): all the items in order, when the groups' counts are
    the parts' numbers; None otherwise."""
    parts = rules.slogan_shape(name)
    if not parts or len(parts) < 2:
        return None
    first = re.compile(r"[。；;]").search(text, start, end)
    groups = list(_COUNTED_GROUP.finditer(text, start, first.start() if first else end))
    if [ordinal_value(g["count"]) for g in groups] != [value for value, _ in parts]:
        return None
    items = []
    for group in groups:
        listed = split_items(text, group.start("items"), group.end("items"), "、")
        if len(listed) != ordinal_value(group["count"]):
            return None
        items += listed
    items[0] = (items[0][0] + (lead.end() if (lead := rules.BODY_LEADS.match(text[items[0][0]:items[0][1]])) else 0),
                items[0][1])
    return items if _plausible_items(text, items) else None


def _quoted_counts_of_parts(text: str, start: int, end: int, name: str):
    """A body naming each part of the name by a quoted count of its own, closing the list of its items (dev9 酒泉 2021
    glossary: 两极四点：全力打造A、B“两大增长极”，倾力培育C、D、E、F“四大增长点”): those quoted names, one per part in order,
    each counting as its part does and ending with its part's word (极, 点); None otherwise. The quoted names are slogans
    of their own with their items."""
    parts = rules.slogan_shape(name)
    if not parts or len(parts) < 2:
        return None
    stop = text.find("。", start, end)
    quoted = list(rules.QUOTED.finditer(text, start, stop if stop > start else end))
    if len(quoted) != len(parts):
        return None
    for q, (value, word) in zip(quoted, parts):
        shape = rules.slogan_shape(q[1])
        if not shape or len(shape) != 1 or shape[0][0] != value or not q[1].endswith(word[-1]) or q.start() == start:
            return None
    return [q.span(1) for q in quoted]


def _leading_clauses_ending_alike(text: str, start: int, end: int, name: str, count: int | None):
    """A body whose first clauses each end with the name's word (dev9 山西 2009: 实现“五个全覆盖”，即具备条件的建制村通水泥
    （油）路全覆盖，中小学校舍安全改造全覆盖，…，农村安全饮水全覆盖，使全省农村的面貌…): those `count` clauses, when the
    clause after them ends otherwise; None for other bodies. A word of two characters at least."""
    parts = rules.slogan_shape(name)
    if not count or count < 2 or not parts or len(parts) != 1 or len(parts[0][1]) < 2:
        return None
    word = parts[0][1]
    clauses = [_trim(text, s, e) for s, e in split_items(text, start, end, "，,；;。")]
    if len(clauses) < count or not all(text[s:e].endswith(word) and len(word) + 2 <= e - s <= 30 for s, e in clauses[:count]):
        return None
    if len(clauses) > count and text[clauses[count][0]:clauses[count][1]].endswith(word):
        return None
    return clauses[:count]


_PART_SEPARATOR_SETS = ("、，,和及", "，,和及")


def _items_holding_parts(text: str, start: int, end: int, name: str, count: int | None):
    """The items of a body's first sentence split at list marks and conjunctions, when they number as announced and each
    holds its part's word in order (dev9 酒泉 2021 glossary: 一基地两中心：是指甲基地和乙中心、丙中心; 两新一重：是指新型基础
    设施，新型城镇化和交通、水利等重大工程 → 新型基础设施, 新型城镇化, 交通、水利等重大工程); None otherwise. Names of two
    parts at least."""
    parts = rules.slogan_shape(name)
    words = [word for value, word in parts or [] for _ in range(value)]
    if not count or len(parts or []) < 2 or len(words) != count:
        return None
    stop = text.find("。", start, end)
    stop = stop if stop > start else end
    for separators in _PART_SEPARATOR_SETS:
        items = [_trim(text, s, e) for s, e in split_items(text, start, stop, separators)]
        if len(items) == count and all(word in text[s:e] and 2 <= e - s <= 16 and not re.search("[“”；;]", text[s:e])
                                       for (s, e), word in zip(items, words)):
            if text[items[0][0]] == "的" or text[items[-1][1] - 1] == "称":
                return None  # …打造的A、…; …和D的统称: a lead or a closing the other readings trim
            return items
    return None


def _quoted_parts_in_clauses(text: str, start: int, end: int, name: str, count: int | None):
    """A definition whose first sentence quotes exactly as many names as announced, each closing as its part does or
    holding its word, in order (“黄金三带”，即以甲为主体的“最美风景带”，以乙为主题的“历史文化旅游带”，…; “四必须”：…把握好
    “必须坚持稳中求进”“必须坚持绿色转型”…的原则; “三个有”：…增强“有站位”的政治意识，坚持“有定位”的…): the quoted
    names; None otherwise."""
    parts = rules.slogan_shape(name)
    words = [word for value, word in parts or [] for _ in range(value)]
    if not count or count < 2 or len(words) != count:
        return None
    stop = text.find("。", start, end)
    quoted = list(rules.QUOTED.finditer(text, start, stop if stop > start else end))
    if len(quoted) != count or any(len(q[1]) < 3 or not (q[1][-1] == word[-1] or word in q[1])
                                   for q, word in zip(quoted, words)):
        return None
    return [q.span(1) for q in quoted]


def _items_past_their_frames(text: str, start: int, end: int, count: int | None):
    """A definition whose items each open with what they rest on (“十大基地”，即以甲乡为主的蔬菜基地、以乙县为主的藏鸡基地、…):
    the items past those frames (蔬菜基地, 藏鸡基地, …), exactly as many as announced; None otherwise."""
    if not count or count < 2 or not rules.FRAMED_ITEM.match(text, start, end):
        return None
    stop = text.find("。", start, end)
    items = split_items(text, start, stop if stop > start else end, "、")
    if len(items) + 1 == count:
        items = split_last_on_and(text, items)
    if len(items) != count:
        return None
    framed = []
    for s, e in items:
        clause = re.compile(r"[，,；;]").search(text, s, e)
        e = clause.start() if clause else e  # …、以丙为主的青稞基地，争创一批…品牌。
        frame = rules.FRAMED_ITEM.match(text, s, e)
        if not frame or not 2 <= e - frame.end() <= 12:
            return None
        framed.append((frame.end(), e))
    return framed


NUMBERED_ITEM_MAX = 40
"""Characters a numbered item of a definition body may have (`_numbered_in_body`)."""


def _numbered_in_body(text: str, start: int, end: int, count: int | None):
    """A definition body numbering exactly as many items as announced (“六不准”：一是不准A；二是不准B；…；六是不准F。):
    each item past its number, to its clause's end; None otherwise."""
    if not count or count < 2 or not rules.ITEM_OPENING.match(text[start:end]):
        return None
    items = []
    for s, e in split_items(text, start, end, "；;。"):
        number = rules.ITEM_OPENING.match(text[s:e])
        if not number:
            return None
        clause = re.compile(r"[，,：:]").search(text, s + number.end(), e)
        items.append((s + number.end(), clause.start() if clause else e))
    if len(items) != count or any(not 2 <= e - s <= NUMBERED_ITEM_MAX for s, e in items):
        return None
    return items


def _clause_closed_by_count(text: str, start: int, end: int, name: str, count: int | None) -> tuple[int, int] | None:
    """The list of a later clause of a body closed by the name's count and its own word or a measure (“四方责任”：在防控
    工作中，全面落实属地、行业、部门（单位）、个人四方的责任，建立…: 属地 … 个人), past the clause's verb of carrying out,
    when it holds exactly as many items; None otherwise."""
    parts = rules.slogan_shape(name)
    if not count or count < 3 or not parts or len(parts) != 1:
        return None
    closing = re.compile(rf"(?P<count>[{rules.NUMERAL_CHARS}]+)(?:[{rules.MEASURES}]|{re.escape(parts[0][1][0])})的?"
                         r"[\u4e00-\u9fff]{0,8}$")
    for s, e in split_items(text, start, end, "，,；;"):
        closed = closing.search(text, s, e)
        if not closed or ordinal_value(closed["count"]) != count:
            continue
        e = closed.start()
        lead = rules.CARRYING_OUT_VERB.search(text, s, e) or rules.MADE_OBJECT.search(text, s, e)
        if lead and len(split_items(text, lead.end(), e, "、")) == count:
            s = lead.end()  # …，全面落实A、B…; 我市把A、B…
        last = text.rfind("、", s, e) + 1
        made = rules.MADE_INTO_VERB.search(text, last, e)
        if made and made.start() - last >= 2:
            e = made.start()  # 我市把A、…、H确定为工业八大支柱产业 → H
        if len(split_items(text, s, e, "、")) == count:
            return s, e
    return None


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the first clause of text[start:end] ends (its first comma, semicolon or full stop), else `end`."""
    stop = re.compile(r"[，,；;。]").search(text, start, end)
    return stop.start() if stop else end


_PART_LABEL = re.compile(r"“(?P<label>[^“”\n]{1,8})”(?:[：:]|即|是指|指|为|是)")


def _nested_part_labels(text: str, start: int, end: int, name: str) -> list[tuple[int, int]]:
    """The labels of the parts a body defines one after the other, when the name is written as those
    labels put together (“四尘三烟三气”：“四尘”即A、B…，“三烟”指C…，“三气”即D… → 四尘, 三烟, 三气): each part
    is a slogan of its own with its items, and the outer name's components are the parts, not all their
    items flattened. [] otherwise."""
    found = [m for m in _PART_LABEL.finditer(text, start, end) if m.start() == start or text[m.start() - 1] in "；;，,。"]
    if len(found) < 2 or "".join(m["label"] for m in found) != re.sub(r"[、，,\s]", "", name):
        return _unquoted_part_labels(text, start, end, name)
    return [m.span("label") for m in found]


def _unquoted_parts_with_items(doc: Document, slogan: Mention, parts: list[tuple[int, int]], end: int) -> None:
    """The parts of a glossary entry named unquoted (“一轴两翼三带”：一轴指A。两翼指B北翼、南翼，即C、D。三带指E、F、G。) are
    slogans of their own, each with the items of its sentence (after its last 即 when it has one), when they number as
    the part counts (两翼 → C, D; 三带 → E, F, G)."""
    for i, (label_start, label_end) in enumerate(parts):
        quoted = doc.text[label_start - 1:label_start] == "“"
        found = next((m for m in doc.mentions if m.type == "slogan" and m.span.start == label_start), None)
        if (quoted and not rules.QUOTED_PART_IS.match(doc.text, label_end)) or (found and not quoted):
            continue  # quoted parts, and parts found as definitions (两不愁是指…；三保障是指…), are read on their own;
            # not a quoted part explained by a bare 是, which no definition reads (“两枢纽”是A和B，“三基地”是C、D和E)
        shape = rules.slogan_shape(doc.text[label_start:label_end])
        part_end = parts[i + 1][0] - quoted if i + 1 < len(parts) else end
        if not shape or len(shape) != 1 or shape[0][0] < 2:
            continue
        lead = rules.UNQUOTED_PART_LEAD.match(doc.text, label_end + quoted, part_end) or (
            rules.QUOTED_PART_IS.match(doc.text, label_end) if quoted else None)
        start = lead.end() if lead else label_end
        restated = doc.text.rfind("即", start, part_end)
        start = restated + 1 if restated >= 0 else start
        items = split_items(doc.text, start, part_end, "、")
        if items and len(items) + 1 == shape[0][0]:
            items = split_last_on_and(doc.text, items)
        items = [_trim(doc.text, s, e) for s, e in items]
        if len(items) != shape[0][0] or not _plausible_items(doc.text, items) or any(
                re.search("[，,；;。]", doc.text[s:e]) for s, e in items):
            continue
        if found:
            if not _has_components(doc, found):
                _emit_components(doc, found, items)
            continue
        part = Mention("slogan", doc.text[label_start:label_end], Span(label_start, label_end),
                       doc.sentence_at(label_start) or slogan.sentence, {"count": shape[0][0], "part_of": slogan.label})
        _PARTS_FOUND.append(part)
        _emit_components(doc, part, items)



def _unquoted_part_labels(text: str, start: int, end: int, name: str) -> list[tuple[int, int]]:
    """The same, the parts written unquoted, each opening a part of the body between semicolons (两不愁是指A、B；
    三保障是指C… for “两不愁三保障”; 一路，甲路；两街，乙街、丙街；… for “一路两街”), after sentences saying what the
    whole is (“六湖八湿地”：是指…六个大型湖泊和八片集中湿地的总称。六湖为A、B…；八湿地为C、D…). [] otherwise."""
    found = []
    for s, e in split_items(text, start, end, "；;。"):  # (一轴指A。两翼指B、C。三带指D、E、F。)
        label = rules.UNQUOTED_PART_LABEL.match(text, s, e)
        if not label and (found or text[e:e + 1] != "。"):
            return []
        if label:
            found.append(label)
    if len(found) < 2 or "".join(m["label"] for m in found) != re.sub(r"[、，,\s“”]", "", name):
        return []
    return [m.span("label") for m in found]


_COUNTED_CLOSE = re.compile(rf"等(?=(?P<count>[{rules.NUMERAL_CHARS}]+)[{rules.MEASURES}])")
"""A list closed by 等 and a count (包括A、B…基础工作等八项重点任务，各项…): the items of a name with no
numbered parts (“八八工程”, “千万工程”) end there, and number as that count says. Not when the body closes
two lists so (“8+3”：指A…等八大优势特色产业，做强…等三大先导性产业)."""


def _components_before(doc: Document, slogan: Mention, *, places: bool = True, running_on: bool = False,
                       whole_name: bool = False) -> bool:
    """实施A、B、C三大工程 / 加快推进A、“B”、C等“三大工程”: the n items right before the slogan.

    Items may be long names (办好商用车论坛、…、第七届武当太极拳国际联谊大会暨国家太极文化论坛、…“四大活动”),
    and a first item still holding its clause's lead is cut to the length the others share
    (构建适应…定位的一体化应急调度、专业化应急救援、…四大体系 → 一体化应急调度). With `places` False, items that are all
    places make no components (龙华、坪山、光明三个行政区 counts districts). With `whole_name` the slogan's end was read
    where its nouns stop (`_counted_nouns`): it qualifies no longer phrase after it.
    """
    count = slogan.attrs.get("count")
    numbered = re.sub(r"“[^“”]*”", "", slogan.label)  # 六个“百万级”品牌 counts as 六个品牌
    if not count or count < 2 or len(re.findall(f"[{rules.NUMERAL_CHARS}]", numbered)) > 2:
        return False
    after = rules.CLAUSE_BREAK.search(doc.text, slogan.span.end)
    if after and after[0] == "、" and not (running_on and after.start() > slogan.span.end):
        return False  # the slogan is itself an item of a list (残疾人“两项补贴”、…; “三个代表”重要思想、…); a known set
        # whose clause runs on may hold a list of its own (…五大发展理念相互贯通、相互促进)
    qualifies = bool(not whole_name and after and after.start() - slogan.span.end > 5  # …妇女“两癌”免费检查9万人
                     and not rules.PREDICATE_AFTER.match(doc.text, slogan.span.end)
                     and not rules.FIGURE_AFTER.match(doc.text, slogan.span.end))  # (…数字乡村“五大建设”为主攻方向: the
    # name is the subject of what follows, not a word qualifying it)
    if (not qualifies and doc.text[slogan.span.end - 1] != "”" and after and after.start() > slogan.span.end
            and rules.UNQUOTED_SLOGAN.fullmatch(slogan.label)):
        following = names.tag_words(doc.text[slogan.span.end:after.start()])
        qualifies = bool(following) and following[0][1] in ("n", "nz")  # …三大国家战略节点优势: a name closed by a
        # head noun (战略) running on into a noun is not the whole name; only items holding its parts' words are its own
    end = slogan.span.start
    qualified = rules.QUALIFIER_AFTER_ETC.search(doc.text, max(slogan.sentence.span.start, end - 10), end)
    if qualified:
        end = qualified.start() + 1  # A、B等乡村振兴“十大工程”: the list ends at 等
    while end > slogan.sentence.span.start and doc.text[end - 1] in "“等":
        end -= 1
    start = end
    while start > slogan.sentence.span.start and doc.text[start - 1] not in "，。；：,;:！？\n":
        start -= 1
    number = rules.HEADING_NUMBER.match(doc.text, start, end)
    start = number.end() if number else start  # 三、全力推进“两大攻坚”: a heading's number is no item
    items = split_items(doc.text, start, end, "、")
    as_one = _as_one_count(doc.text, items, _name(slogan))
    count = as_one or count
    if len(items) + 1 == count:
        items = split_last_on_and(doc.text, items)
    if named := _after_last_named_set(doc.text, start, end):
        after_name = split_items(doc.text, named, end, "、")  # 山水林田湖“五项系统治理”和农村文化、组织、…、数字乡村“五大建设”:
        # the clause lists sets, each named after its own items; this one's start after the name before it
        if len(after_name) + 1 == count:
            after_name = split_last_on_and(doc.text, after_name)
        items = after_name if len(after_name) == count else items
    mark = _mark(slogan)
    if len(items) > count >= 2:
        items = _opening_alike(doc.text, items[-count:], mark) or items  # 供电、供暖等设施实行零上门、零审批、零投资“三零”
    if len(items) != count or any(e - s > MAX_ITEM for s, e in items[1:]):
        return False  # the first item may still carry the clause's lead (着力构建适应…的一体化应急调度)
    if rules.LISTED_IN.search(doc.text, items[-1][0], items[-1][1]):
        return False  # 8所职业院校、12个专业群入选国家第二期“双高计划”: they were listed in it
    last = names.tag_words(doc.text[items[-1][0]:items[-1][1]])
    if len(last) == 1 and last[0][1] == "v" and 2 * (items[-1][1] - items[-1][0]) < max(
            e - s for s, e in (items[1:-1] or items[:1])):  # (the first item may still hold its clause's lead)
        return False  # 任何割裂中国领土、制造“两个中国”的阴谋: a bare verb makes the slogan its object (not in a
        # list of verbs alike: 改房、改水、改厕、改能、改路“五改”)
    if rules.MADE_INTO in doc.text[items[-1][0]:items[-1][1]]:
        return False  # 把大理市和祥云县作为全州…“双引擎”: the list is what is made into the name's parts, the name's
        # clause holds more than the items
    action = rules.ACTION_ON.search(doc.text[items[-1][0]:items[-1][1]])
    if action and not (action["lead"] and _one_noun(doc.text[items[-1][0]:items[-1][1]])):
        return False  # 通过债转股、分离办社会职能、制止“三乱”: the slogan is the object of the last item (not
        # 水、电、…、环境治理“六到农家”: an item read as one noun names a thing done)
    if rules.is_authority(doc.text[items[-1][0]:items[-1][1]]):
        return False  # 中央八项规定精神、“三严三实”、国务院“约法三章”: the last word says whose the name is
    nested = _NESTED_LABEL.match(doc.text, *items[0])
    if nested and nested.end() < items[0][1]:
        items[0] = (nested.end(), items[0][1])  # “三城”指航空科创城、…、VR科创城三大科创城: the part's label leads
    if items[-1][1] - items[-1][0] > 2 and names.cut_words(doc.text[items[-1][0]:items[-1][1]])[-1] in rules.LIST_CLOSERS:
        items[-1] = (items[-1][0], items[-1][1] - 1)  # 确定钢铁、…、旅游为十大主导产业; 除鞍山、武汉、包头这三个钢铁基地
    first = (rules.VERB_BEFORE_LIST.match(doc.text[items[0][0]:items[0][1]])
             or rules.BODY_LEADS.match(doc.text[items[0][0]:items[0][1]]))  # 服务措施，包括A、B…八项公共服务
    lead_cut = bool(first) and first.end() < items[0][1] - items[0][0]
    if lead_cut:
        items[0] = (items[0][0] + first.end(), items[0][1])
    elif first and len(items) == 2:
        return False  # 实现与乙机场“两场一体”运营: a verb and a thing are no pair (split at 与)
    if not first or lead_cut:  # (past the lead verb too, while what is left is as long as the shortest other item: 壮大完善由铁路交通
        # 工程、功能材料及制品… → 铁路交通工程; 做好以文化人、… keeps 以文化人)
        opening = names.tag_words(doc.text[items[0][0]:items[0][1]])
        left = items[0][1] - items[0][0] - len(opening[0][0]) if opening else 0
        if (len(opening) >= 2 and left >= 2 and not (lead_cut and left < min(e - s for s, e in items[1:]))
                and (opening[0][1] == "p" and (len(opening[0][0]) >= 2 or opening[1][1].startswith(("n", "v")))
                     or opening[0][0] in rules.SCOPE_WORDS)):
            items[0] = (items[0][0] + len(opening[0][0]), items[0][1])  # 按照国家级、市级、培育级三个层次 (a
            # preposition; of one character before a noun or verb: 以钢铁、食品…六条龙型经济, 以实施创新型省份、…, not
            # 用好A和B), 全市玉米生物发酵、… (a scope)
    if not first:
        items[0] = _without_lone_lead(doc.text, items)
    items[0] = _after_goal_of_change(doc.text, *items[0])
    items = _trim_prose_ends(doc.text, _parallel(doc.text, items, mark))
    lengths = {e - s for s, e in items[1:]}
    if (len(lengths) == 1 and items[0][1] - items[0][0] > (size := lengths.pop())
            and (len(items) >= 3 or _ends_with_verb(doc.text[items[0][0]:items[0][1] - size]))
            and items[0][1] - size - items[0][0] in {s for s, _ in names.word_spans(doc.text[items[0][0]:items[0][1]])}
            and not _verb_pair_ends(doc.text, items[0][0], items[0][1] - size)):
        items[0] = (items[0][1] - size, items[0][1])  # 我市面临需求收缩、供给冲击、预期转弱: words of one length
        # (at a word's start: not 参|加体育锻炼人数比例; with two items, only past a verb or a function word: 综合采取以打促稳、宽严相济, 以天山天池、北庭故城; 大运河无锡段、梁溪河“两河” stays whole)
    longest = max(e - s for s, e in items[1:]) + 2
    if items[0][1] - items[0][0] > longest:
        items[0] = _after_later_lead(doc.text, *items[0])
    if items[0][1] - items[0][0] > longest and len(items) >= 3:
        openings = {doc.text[s] for s, _ in items[1:]}
        items[0] = _after_last_verb(doc.text, *items[0], min(e - s for s, e in items[1:]) - 2, longest,
                                    openings.pop() if len(openings) == 1 else "")
        if _verb_pair_ends(doc.text, items[0][0], min(items[0][0] + 4, items[0][1])):
            longest = max(longest, 2 * (longest - 2))  # 防范化解重大风险: an item's own two verbs make it longer
    if first:
        longest = max(longest, 2 * (longest - 2), FIRST_ITEM_AFTER_LEAD)  # its lead verb dropped, a first item
        # may be a longer name (提升呼伦贝尔牛肉、羊肉、黑木耳和马铃薯四大品牌; 打造工厂化食用菌、花木、河蟹三大“单打冠军”)
    paired = len(items) == 2 and doc.text[items[0][1] - 1] == doc.text[items[1][1] - 1] and (
        items[0][1] - items[0][0] <= 12)  # two items ending alike (各类生产安全事故起数、死亡人数保持“双下降”, dev10 西藏 2026)
    if (items[0][1] - items[0][0] > longest and not (first and len(items) == 2) and not paired) or not _plausible_items(
            doc.text, items):
        return False  # the first item still carries the clause's lead (围绕建成区域经济、消费、…); with two
        # items there is no typical length, and a lead verb dropped is enough (用好A和“B”活动“两个抓手”)
    if not places and all(gazetteer.lookup(doc.text[s:e]) for s, e in items):
        return False
    owner = rules.QUOTED_ITEM_AFTER_QUALIFIER.match(doc.text, *items[0])
    if owner and not any("“" in doc.text[s:e] for s, e in items[1:]):
        items[0] = (owner.end(), items[0][1])  # 国家“一带一路”、A和B三大战略 → “一带一路” (not 小学“强基”、初中“壮腰”、
        # 高中“筑梦”: each item is a word and a quote)
    if qualifies and not as_one and not rules.IN_ONE.match(_name(slogan)) and not _agree_with_parts(
            doc.text, items, rules.slogan_shape(_name(slogan))):  # (so many things as one name no parts to agree with:
        # 阜城中心城市、县域中小城市、特色乡镇、美丽乡村“四位一体”发展格局)
        return False  # the slogan qualifies a longer phrase: only items holding its parts' words are its own
        # (海景线、山景线、红色旅游线和环城带“三线一环”美丽乡村示范带)
    _emit_components(doc, slogan, items)
    return True


def _one_noun(text: str) -> bool:
    """True when the segmenter reads `text` as one noun (环境治理; not 全面治理, 坚决制止)."""
    words = names.tag_words(text)
    return len(words) == 1 and words[0][1].startswith("n")


def _as_one_count(text: str, items, name: str) -> int | None:
    """The count of a name of so many things as one (N X一体, see `patterns.slogans.SO_MANY_AS_ONE`) when exactly N
    items stand before it, each ending with X (共治、自治、法治、德治、善治“五治一体” → 5); None otherwise (甲园、乙园、丙园和
    丁综合体“三园一体” lists four)."""
    shape = rules.SO_MANY_AS_ONE.match(name)
    if not shape or len(items) != ordinal_value(shape["num"]):
        return None
    return len(items) if all(text[e - 1] == shape["word"] for _, e in items) else None


def _after_last_named_set(text: str, start: int, end: int) -> int | None:
    """Where the items of a set named after them start when the clause before them closes another name and a
    conjunction (…山水林田湖“五项系统治理”和农村文化、组织…“五大建设”; 甲、乙、丙、丁四大主导产业和戊、己、庚、辛四大特色产业:
    after 和), None when it does not."""
    closes = [close.end() for close in rules.NAMED_SET_CLOSE.finditer(text, start, end)]
    for count in rules.COUNT_AFTER_LIST.finditer(text, start, end):
        nouns = _counted_nouns(text, count.end())
        if nouns and nouns[0] < end and text[nouns[0]] in "和与及":
            closes.append(nouns[0] + 1)
    last = max(closes, default=None)
    return last if last is not None and end - last >= 2 else None


FIRST_ITEM_AFTER_LEAD = 6
"""Characters a first item may have, whatever its neighbours', once the clause's lead verb is dropped before it
(工厂化食用菌 next to 花木, 河蟹)."""


def _without_lone_lead(text: str, items) -> tuple[int, int]:
    """The first item of a list standing before its name, past a lead word the real set writes before
    names (`patterns.names.leading_verb`: 完成, 坚持, 推进…) when no other item opens with one: the verb
    governs the whole list, it is not part of the first item (完成甲局、乙局、丙局“三局合一” → 甲局)."""
    start, end = items[0]
    if any(_opens_with_lead(text[s:e]) for s, e in items[1:]):
        return items[0]
    verb = realising.end_of_lead(text[start:end])  # 重点抓好石油石化、…“十大产业” → 石油石化
    if verb:
        return start + verb, end  # (严格落实聚集性场所验码: what is left is not cut further)
    shortest = min(e - s for s, e in items[1:]) if items[1:] else 2
    while ((lead := names.leading_verb(text[start:end])) and end - start - lead >= min(shortest, 4)  # (需求收缩、供给
           # 冲击、预期转弱: what is left would be shorter than every other item, so 需求 is no lead)
           and end - start - lead >= (2 if start == items[0][0] else
                                                                                     max(2, min(shortest, 4)))
           and names.tag_words(text[start:end])[0][1] == "v"  # a verb, not an adverb (定期调度困难问题 stays)
           and not any(text[s:e].startswith(text[start:start + lead]) for s, e in items[1:])):  # 创新政策、创新平台
        start += lead  # 奋力推动工业发展、农业发展…“六大突围” → 工业发展 (a second lead only while the item stays as long
        # as the others: 面对需求收缩、供给冲击、预期转弱 keeps 需求收缩)
    return start, end


def _ends_with_verb(text: str) -> bool:
    """True when the last word of `text` is a verb or a function word (综合采取, 以)."""
    words = names.tag_words(text)
    return bool(words) and words[-1][1] in ("v", "p", "c", "u", "uj")


def _opens_with_lead(item: str) -> bool:
    """True when `item` opens with a word the real set writes before names (`patterns.names.lead_words`:
    推进, 完成…) or with adverbs and a verb of carrying out; not with a noun the segmenter also tags as
    a verb (广播电影电视局)."""
    words = names.cut_words(item)
    return bool(words and words[0] in names.lead_words() and len(item) > len(words[0])) or bool(
        realising.end_of_lead(item))


def _agree_with_parts(text: str, items, parts) -> bool:
    """True when each item holds the word of its part, in order (线, 线, 线, 环 for 三线一环), for a name
    of two parts at least; for a pair named by one part (两业融合), when both items hold its first character
    (先进制造业, 现代服务业); for three or more named by a part of one character (三社), when each ends with it."""
    words = [word for value, word in parts or [] for _ in range(value)]
    if len(parts or []) == 1 and len(words) == len(items) == 2 and len(words[0]) > 1:
        return all(words[0][0] in text[s:e] for s, e in items)  # 先进制造业和现代服务业“两业融合”经验: 业
    if len(parts or []) == 1 and len(words) == len(items) >= 3 and len(words[0]) > 1:
        return all(words[0][0] in text[s:e] for s, e in items)  # 医疗、医保、医药“三医联动”的…改革: 医
    if len(parts or []) == 1 and len(words) == len(items) >= 3:
        return all(text[e - 1] == words[0] for _, e in items)  # 基层供销社、村集体股份合作社、农民专业合作社“三社”融合
        # 发展机制 (dev10 巴中 2023): each item ends with the part's one character
    return len(parts or []) >= 2 and len(words) == len(items) and all(
        word in text[s:e] for (s, e), word in zip(items, words))


def _after_goal_of_change(text: str, start: int, end: int) -> tuple[int, int]:
    """推动工业由甲产业拉动向甲产业、乙产业“双轮驱动”转变 → 甲产业: a first item holding a change from one state to another
    (由…向…, 从…向…) starts after the 向 that opens the goal, the list's first item."""
    words, pos, cut, source = names.tag_words(text[start:end]), start, None, False
    for word, tag in words:
        pos += len(word)
        if tag == "p" and word in ("由", "从"):
            source = True
        elif tag == "p" and word == "向" and source and end - pos >= 2:
            cut = pos
    return (cut, end) if cut else (start, end)


def _verb_pair_ends(text: str, start: int, end: int) -> bool:
    """True when text[start:end] ends with two verbs of two characters in a row (打好防范化解|重大风险): the pair is the
    predicate of the item after it, not the clause's lead."""
    words = names.tag_words(text[start:end])
    return len(words) >= 2 and all(t == "v" and len(w) == 2 for w, t in words[-2:])


def _after_later_lead(text: str, start: int, end: int) -> tuple[int, int]:
    """A first item still holding its clause's lead starts after the last list verb joined by 和/与/及/并
    (以开展…活动和深化产业增量提质 → 产业增量提质), when one leaves a word."""
    leads = [m for m in rules.LATER_LEAD.finditer(text, start, end) if end - m.end() >= 2]
    return (leads[-1].end(), end) if leads else (start, end)


def _after_last_verb(text: str, start: int, end: int, shortest: int, longest: int, opening: str = "") -> tuple[int, int]:
    """A first item still holding its clause's subject and verb starts after its last verb, when what follows is as long
    as the other items (我国经济发展正处于增长速度换挡期、结构调整阵痛期、… → 增长速度换挡期; …深入乡镇开展帮思想、帮门路、…
    → 帮思想, opening as the others do)."""
    position, cut = start, None
    words = names.tag_words(text[start:end])
    pair = lambda i: 0 <= i < len(words) - 1 and all(t == "v" and len(w) == 2 for w, t in words[i:i + 2])
    for i, (word, tag) in enumerate(words):
        if pair(i + 1) and i + 1 > 0 and not pair(i) and shortest <= end - position - len(word) <= 2 * (longest - 2):
            cut = position + len(word)  # 打好防范化解重大风险、精准脱贫… → 防范化解重大风险: two verbs in a row are the
            # item's own predicate, not the clause's lead
        position += len(word)
        following = words[i + 1][0] if i + 1 < len(words) else ""
        if (tag == "v" and len(word) >= 2 and (len(following) >= 2 or opening and following.startswith(opening))
                and shortest <= end - position <= longest and not pair(i - 1) and not pair(i)):
            cut = position  # (not 聚集|性场所验码: a verb inside a word)
    return (cut, end) if cut else (start, end)


def _quoted_list_before(doc: Document, slogan: Mention) -> bool:
    """“登高、升规、晋位、上市”四大工程, “A、B、C和D”四场硬仗: a quoted list standing right before the
    name, with as many items as announced."""
    motto = rules.CHARACTER_COUNT.fullmatch(doc.text, slogan.span.start, slogan.span.end)
    if motto:  # “巩固、增强、提升、畅通”八字方针, “拆收改栽画”五字工作法: the words adding up to the count
        words = rules.words_adding_up(doc.text, slogan.span.start, ordinal_value(motto["num"]))
        if words:
            _emit_components(doc, slogan, words)
        return bool(words)
    count = slogan.attrs.get("count")
    end = slogan.span.start - (doc.text[slogan.span.start - 1:slogan.span.start] == "“")
    end -= doc.text[end - 2:end] == "”的" and doc.text[end:end + 1] == "“"  # “A、B、C、D”的“四大计划”
    if not count or count < 2 or doc.text[end - 1:end] != "”":
        return False
    start = doc.text.rfind("“", max(0, end - 120), end)
    if start < 0:
        return False
    return _emit_counted(doc, slogan, start + 1, end - 1, count)



def _counted_list_before(doc: Document, slogan: Mention) -> bool:
    """公共图书馆207个、文化馆207个、博物馆292个、乡镇（街道）综合文化站4225个，“三馆一站”全部免费开放: a name opening
    its clause after a clause listing as many things, each closed by its amount, and holding the word of its part
    (馆, 馆, 馆, 站); the items are the things without their amounts."""
    count, parts = slogan.attrs.get("count"), rules.slogan_shape(_name(slogan))
    if not count or count < 2 or not parts or len(parts) < 2:
        return False
    start = slogan.span.start - (doc.text[slogan.span.start - 1:slogan.span.start] == "“")
    if doc.text[start - 1:start] not in ("，", ","):
        return False
    clause_start = start - 1
    while clause_start > slogan.sentence.span.start and doc.text[clause_start - 1] not in "，。；：,;:！？\n":
        clause_start -= 1
    items = split_items(doc.text, clause_start, start - 1, "、")
    if len(items) + 1 == count:
        items = split_last_on_and(doc.text, items)
    if len(items) != count:
        return False
    things = []
    for item_start, item_end in items:
        amount = rules.AMOUNT_CLOSING.search(doc.text, item_start, item_end)
        if not amount or amount.start() - item_start < 2:
            return False
        things.append((item_start, amount.start()))
    things[0] = _without_lone_lead(doc.text, things)
    if not _agree_with_parts(doc.text, things, parts) or not _plausible_items(doc.text, things):
        return False
    _emit_components(doc, slogan, things)
    return True


def _run_before(doc: Document, slogan: Mention) -> bool:
    """品种品质品牌“三品”, 循环型延伸型体验型“三型”: as many words as announced written one after the
    other, each opening or closing with the slogan's own character (品, 型)."""
    count, parts = slogan.attrs.get("count"), rules.slogan_shape(_name(slogan))
    if not count or not 2 <= count <= 6 or not parts or len(parts) != 1 or len(parts[0][1]) != 1:
        return False
    mark = parts[0][1]
    end = slogan.span.start - (doc.text[slogan.span.start - 1:slogan.span.start] == "“")
    for size in (2, 3):
        start = end - size * count
        words = [doc.text[i:i + size] for i in range(start, end, size)]
        if start < 0 or not all(re.fullmatch(r"[\u4e00-\u9fff]+", w) for w in words):
            continue
        if all(w.startswith(mark) for w in words) or all(w.endswith(mark) for w in words):
            _emit_components(doc, slogan, [(i, i + size) for i in range(start, end, size)])
            return True
    return False


_DASHED_RUN = re.compile(r"[\u4e00-\u9fff]{1,12}(?:[—－]{1,2}[\u4e00-\u9fff]{1,8}){1,7}$")
DASHED_RUN_REACH = 80
"""Characters before a name within which `_dashed_run_before` looks for its run."""


def _dashed_run_before(doc: Document, slogan: Mention) -> bool:
    """完成城区—同沙—松山湖“三位一体”的城市中心区规划, 深化甲市—乙港“双枢纽”合作: places or things joined by dashes
    right before the name, as many as it counts, are its components (the first past the clause's lead: the nouns
    closing it)."""
    count = slogan.attrs.get("count")
    end = slogan.span.start - (doc.text[slogan.span.start - 1:slogan.span.start] == "“")
    if not count or count < 2:
        return False
    run = _DASHED_RUN.search(doc.text, max(slogan.sentence.span.start, end - DASHED_RUN_REACH), end)
    if not run:
        return False
    items = [(m.start(), m.end()) for m in re.finditer(r"[^—－]+", doc.text[run.start():end])]
    items = [(run.start() + s, run.start() + e) for s, e in items]
    if len(items) != count:
        return False
    words = names.tag_words(doc.text[items[0][0]:items[0][1]])
    kept = 0
    for word, tag in reversed(words):
        if not tag.startswith("n"):
            break
        kept += len(word)
    if kept < 2:
        return False
    items[0] = (items[0][1] - kept, items[0][1])
    if not _plausible_items(doc.text, items):
        return False
    _emit_components(doc, slogan, items)
    return True


def _components_in_brackets(doc: Document, slogan: Mention) -> bool:
    """“三个转变”（从A转变、从B转变、从C转变）, “三化”并进（A、B、C）, “一江两湖两河”（即A、B、C、D、E）:
    the items in brackets right after the name or the word it heads."""
    count = slogan.attrs.get("count")
    head = re.compile(r"”?[^\W的]{0,4}(?=[（(])").match(doc.text, slogan.span.end)  # “三化”并进（…）, not “两基”目标的县（市、区）
    start = head.end() if head else slogan.span.end
    if not count or count < 2 or doc.text[start:start + 1] not in "（(":
        return False
    close = _closing_bracket(doc.text, start, start + 200)
    if close is None:
        return False
    lead = rules.BODY_LEADS.match(doc.text[start + 1:close])  # （即A、B…）
    if _grouped_parts(doc, slogan, start + 1 + (lead.end() if lead else 0), close):
        return True
    return _emit_counted(doc, slogan, start + 1 + (lead.end() if lead else 0), close, count)


_PARTS_FOUND: list[Mention] = []
"""Slogans named by the parts of a compound name (`_grouped_parts`), made while components are read: added to the
document's slogans by `extract_slogans`."""


def _grouped_parts(doc: Document, slogan: Mention, start: int, end: int) -> bool:
    """“一个基地、三个中心、四个南昌”（A，B、C、D中心，E、F、G、H）: a name of several numbered parts joined by 、 whose
    items come in as many groups, parted by commas, each with as many items as its part counts. Each part is a slogan
    of its own with its group's items, and the name's components are its parts (as “五横六纵” → 五横, 六纵)."""
    name = _name(slogan)
    pieces = name.split("、")
    shapes = [rules.slogan_shape(piece) or ([(1, piece[2:])] if re.fullmatch(r"一[个大项][\u4e00-\u9fff]{1,4}", piece)
                                            else None) for piece in pieces]  # (一个基地: one item, a part still)
    if len(pieces) < 2 or not all(shape and len(shape) == 1 for shape in shapes):
        return False
    groups = split_items(doc.text, start, end, "，,；;")
    if len(groups) != len(pieces):
        return False
    lists = []
    for (group_start, group_end), shape in zip(groups, shapes):
        items = split_items(doc.text, group_start, group_end, "、")
        if len(items) + 1 == shape[0][0]:
            items = split_last_on_and(doc.text, items)
        if len(items) != shape[0][0] or not _plausible_items(doc.text, items):
            return False
        lists.append(items)
    label_start = doc.text.find(name, slogan.span.start, slogan.span.end + 1)
    if label_start < 0:
        return False
    piece_spans, offset = [], label_start
    for piece in pieces:
        piece_spans.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    for (piece_start, piece_end), piece, shape, items in zip(piece_spans, pieces, shapes, lists):
        part = Mention("slogan", piece, Span(piece_start, piece_end), slogan.sentence,
                       {"count": shape[0][0], "part_of": slogan.label})
        _PARTS_FOUND.append(part)
        if len(items) >= 2:
            _emit_components(doc, part, items)
    _emit_components(doc, slogan, piece_spans)
    return True


def _closing_bracket(text: str, start: int, limit: int) -> int | None:
    """Where the bracket opening at `start` closes, past brackets inside it (（…中国（阆中）落下闳…）); None when it
    does not close on its line before `limit`."""
    depth = 0
    for i in range(start, min(limit, len(text))):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
            if depth == 0:
                return i
        elif text[i] == "\n":
            return None
    return None


def _emit_counted(doc: Document, slogan: Mention, start: int, end: int, count: int) -> bool:
    """Emit the items of ``doc.text[start:end]`` as the slogan's components when there are as many as it
    counts (the last one split on 和/及 when one is missing; parted by plus signs when no other mark parts them) and
    they read as items. Items holding lists of
    their own are split at clause breaks only (（A、B等10大交通项目，C、D等10大产业项目，…） for “三个十大”), and
    such an item is the name closing its examples (10大交通项目)."""
    start, end = _quoted_list(doc.text, start, end)
    for separators in ("、，,；;", "，,；;", "+＋"):  # (“轨道+公交+慢行”三网融合: things joined by plus signs)
        items = split_items(doc.text, start, end, separators)
        if len(items) + 1 == count:
            items = split_last_on_and(doc.text, items)
        if len(items) == count:
            break
    items = [_named_after_examples(doc.text, s, e) for s, e in items]
    if len(items) != count or not _plausible_items(doc.text, items):
        return False
    _emit_components(doc, slogan, items)
    return True


_EXAMPLES_THEN_NAME = re.compile(rf"[^，,；;]*、[^，,；;]*等(?=[\d{rules.NUMERAL_CHARS}]+[{rules.MEASURES}])")


def _named_after_examples(text: str, start: int, end: int) -> tuple[int, int]:
    """An item listing examples then naming the list they belong to (成达万高速铁路项目、汉巴南铁路项目等10大交通项目)
    is that name (10大交通项目)."""
    examples = _EXAMPLES_THEN_NAME.match(text, start, end)
    return (examples.end(), end) if examples and end - examples.end() >= 3 else (start, end)


_FUNCTION_START = re.compile(r"^(?:[为把将对于的与及等即是]|以.*为)")  # 和谐型, 以打促稳 open items; 以湘江为轴 is prose
_PROSE_LEAD = re.compile(r".*[把将对即指括是为][^把将对即指括是为]")
_PROSE_TAIL = re.compile(r"[（(]?(?:比喻为|称为|作为|合称|简称|统称|等|的).*$")  # 旧厂房（简称“三旧”）
MAX_ITEM = 30
_WIDE = re.compile(r"[^\x00-\x7f]")  # an item's length counts its Chinese characters, not markup or codes


def _trim_restated_label(text: str, items, label: str):
    """A glossary body that ends by restating the name (经济建设、…、生态文明建设五位一体;
    集聚提升类、…、搬迁撤并类村庄): the last item ends before the part of the name the others lack."""
    if len(items) < 2:
        return items
    start, end = items[-1]
    quoted = text.find(f"“{label}”", start, end)
    if quoted - start >= 2:  # 即A、B和C“三位一体”系统集成改革: the body restates the quoted name after C
        return [*items[:-1], _trim(text, start, quoted)]
    last = text[start:end]
    endings = {text[e - 1] for _, e in items[:-1]}
    for size in (len(label), *range(2, len(label))):  # the whole name, else its shortest tail
        tail = label[-size:]
        if not last.endswith(tail) or len(last) - size < 2 or any(text[s:e].endswith(tail) for s, e in items[:-1]):
            continue
        if size == len(label) or endings == {last[-size - 1]} or last[-size - 1] == "等":
            # 搬迁撤并类(村庄) ends as 集聚提升类 does; 信息基础等(工程) closes the list
            return [*items[:-1], _trim(text, start, end - size)]  # 志愿服务等十大提升工程 → 志愿服务
        if last[-size - 1] == "的" and len(last) - size >= 3:  # “四网融合”：A、B、C和D的融合 → D (made-up)
            return [*items[:-1], _trim(text, start, end - size - 1)]
    return items


_NESTED_LABEL = re.compile(r"“[^“”]{1,8}”(?:即|是指|指|是)")


def _without_nested_labels(text: str, items):
    """“三廊”即A、B；“三区”即C…: items after a nested label start after it (A, C), and after the verb of
    carrying out the first of them may still hold (“三城”指武宣县着力打造产业新城 → 产业新城)."""
    trimmed_items = []
    for start, end in items:
        nested = _NESTED_LABEL.match(text, start, end)
        if nested:
            start = nested.end() + realising.end_of_lead(text[nested.end():end])
        trimmed_items.append((start, end))
    return trimmed_items


_QUANTITY = re.compile(r"[\d.,％%]+[万亿千百]?[\u4e00-\u9fff]{0,2}")
"""An amount (2110户, 6.9万户): what a list counts, not one of its items."""


def _plausible_items(text: str, items) -> bool:
    """Items of a list name things: none opens with a function word (为核心 is the tail of a phrase),
    runs on like prose, is an amount (2110户) or cuts a quoted term (个确立” of “两个确立”)."""
    return all(len(_WIDE.findall(text, s, e)) <= MAX_ITEM and not _opens_with_function_word(text[s:e])
               and not _QUANTITY.fullmatch(text, s, e) and text.count("“", s, e) == text.count("”", s, e)
               for s, e in items)


def _opens_with_function_word(item: str) -> bool:
    """True when `item` opens with a function word (为核心, 以湘江为轴, 对应划定…, 对标对表…), not with a set phrase that
    starts with one's character (对外开放 of 要素供应、…、对外开放“五大格局”, out4 无锡 2021; 为民造福)."""
    start = _FUNCTION_START.match(item)
    if not start or start[0] != item[0]:
        return bool(start)  # (以甲县为重点 is prose however its first word reads)
    word, tag = names.tag_words(item)[0]
    return not (len(word) >= 4 and tag in ("l", "i"))


def _trim_prose_ends(text: str, items):
    """A list told inside a sentence (经济学上常把投资、消费、出口比喻为…“三驾马车”): the first item
    starts after the last function word of its lead, or else after the subject and verb of carrying out
    opening it (纵深推进农村宅基地、承包地…, see `patterns.realising.end_of_lead`), the last ends before the
    words closing the list.
    Only items much longer than those between them are trimmed."""
    if len(items) >= 2:
        last_start, last_end = items[-1]
        closing = rules.CLOSING_PREDICATE.search(text, last_start, last_end)
        if closing and closing.start() - last_start >= 2 and not all(
                text[s:e].endswith(closing[0]) for s, e in items[:-1]):  # 坚持A与B并重，…，坚持C与D并重: each item's own
            items = [*items[:-1], (last_start, closing.start())]
    if len(items) < 3:
        return items
    typical = max(e - s for s, e in items[1:-1])
    (first_start, first_end), (last_start, last_end) = items[0], items[-1]
    if first_end - first_start > typical + 3:
        lead = _PROSE_LEAD.match(text, first_start, first_end)
        owner = text.rfind("的", first_start, first_end)
        if lead:
            items = [(lead.end() - 1, first_end), *items[1:]]
        elif owner > first_start and 2 <= first_end - owner - 1 <= typical + 2:  # 十大生态产业：市委市政府确定的循环农业、
            items = [(owner + 1, first_end), *items[1:]]  # 清洁能源、… (dev9 酒泉 2021): who set the list, then its first item
        else:  # 纵深推进农村宅基地 → 农村宅基地
            items = [(first_start + realising.end_of_lead(text[first_start:first_end]), first_end), *items[1:]]
    if last_end - last_start > typical + 3:
        tail = _PROSE_TAIL.search(text, last_start + 1, last_end)
        if tail and not all(text[s:e].endswith(text[tail.start():last_end]) for s, e in items[:-1]):
            items = [*items[:-1], (last_start, tail.start())]  # not …的发展 when every item ends so
    return items


def _quoted_run_before(doc: Document, slogan: Mention) -> bool:
    """打造“学在零陵”“健康零陵”“文化零陵”三大品牌: as many quoted terms as announced, right before."""
    count = slogan.attrs.get("count")
    if not count or count < 2:
        return False
    start, end = slogan.sentence.span.start, slogan.span.start
    while end > start and doc.text[end - 1] in "“等":
        end -= 1
    items = []
    while len(items) < count:
        quote = _LAST_QUOTE.search(doc.text, start, end)
        if not quote:
            return False
        items.insert(0, (quote.start(1), quote.end(1)))
        end = quote.start()
    if doc.text[end - 1:end] in ("”", "、") or re.match(r"”、?“", doc.text[slogan.span.end:slogan.span.end + 3]):
        return False  # a longer run of quoted terms than announced, or one going on after the name
        # (全面推广“两不查”“两不罚”“两轻罚”“两减罚”等柔性监管机制: 两轻罚 is one of the run)
    if any(rules.slogan_shape(doc.text[a:b]) is not None or rules.DOUBLE.match(doc.text[a:b]) for a, b in items):
        return False  # numbered names side by side (“四水四定”“双碳”“双控”工作): formulations in a row, not its parts
    _emit_components(doc, slogan, items)
    return True


_LAST_QUOTE = re.compile(r"“([^“”\n]{2,12})”、?$")


def _components_following(doc: Document, slogan: Mention) -> bool:
    """Items spelled out right after the slogan in its own sentence (开展工业园区“三个行动”，实施A大提升
    行动，…；实施B大引进行动，…；实施C大帮扶行动), else in the sentences after it, in its paragraph
    (or in the next one when the sentence closes its own):

        坚持“三个同步”…。坚持A同步、B同步、C同步，…       a list whose items agree with the parts
        推动“发展六仗”…。打好A仗。…打好B仗。…             phrases ending with the head noun
        推进“三大品牌”建设。打造…“A”品牌。…“B”品牌。       (quoted before it, after a verb,
        “三个高地”建设…。A高地建设…，B高地建设…             or opening a clause)

    The items must number exactly as announced.
    """
    count, parts = slogan.attrs.get("count"), rules.slogan_shape(_name(slogan))
    if not count or count < 2 or not parts:
        return False
    head = _head_noun(_name(slogan))
    rest = [(slogan.span.end, slogan.sentence.span.end)]
    items = (_counted(_head_items(doc, rest, head), count) or _list_restating_count(doc, slogan, count)
             or _list_filling_next_clause(doc, slogan, count) or _agreeing_clause(doc, slogan, parts, count))
    if len(items) != count:
        scope = _following_sentences(doc, slogan.sentence)
        if not scope:
            return False
        items = (_agreeing_list(doc, scope[0], parts, count) or _agreeing_openings(doc, scope, parts, count)
                 or _head_items(doc, [(s.span.start, s.span.end) for s in scope], head)
                 or _titles_opening_with_parts(doc, scope, parts, count)
                 or _clauses_closed_by_parts(doc, scope[0], parts, count)
                 or _labelled_sentences(doc, scope, parts, count))
    if len(items) not in (count, rules.paired_size(parts)):
        return False
    _emit_components(doc, slogan, items)
    return True


_LABEL_OPENING = re.compile(r"[\u4e00-\u9fff]{2,10}(?=[：:])")


def _labelled_sentences(doc: Document, sentences, parts, count: int) -> list[tuple[int, int]]:
    """优化“一高三区”工业布局。高新区：以…为依托，…。东部工业区：…。西部工业区：…。北部工业区：… (dev10 济南 2012) → the
    labels opening a run of exactly as many sentences in a row as the name counts, each label holding the word of its
    part in order (高, 区, 区, 区), or for a name of one part ending with it."""
    words = [word for value, word in parts for _ in range(value)]
    if len(words) != count:
        return []
    runs, run = [], []
    for sentence in sentences:
        label = _LABEL_OPENING.match(doc.text, sentence.span.start)
        if label:
            run.append(label.span())
        elif run:
            runs.append(run)
            run = []
    for run in runs + [run]:
        if len(run) == count and all(word in doc.text[s:e] if len(parts) >= 2 else doc.text[s:e].endswith(word)
                                     for (s, e), word in zip(run, words)):
            return run
    return []


def _clauses_closed_by_parts(doc: Document, sentence, parts, count: int) -> list[tuple[int, int]]:
    """打造“一圈两区”新格局。甲县…，打造环城都市农业圈；平原县…，打造现代农业示范区；山区县…，建设特色农业优势区。→ for a
    name of several parts, the clauses of the next sentence closed by an item of each part in turn (圈, 区, 区: a verb,
    then the item ending the clause, `patterns.slogans.head_item`), exactly as many as announced, none left over."""
    if len(parts) < 2:
        return []
    words = [word for value, word in parts for _ in range(value)]
    items = []
    for clause in re.finditer(r"[^，。；：,;:]+", sentence.text):
        found = rules.head_item(clause[0], words[len(items)]) if len(items) < len(words) else None
        if found and found[1] == len(clause[0]) and found[0] > 0:
            start = sentence.span.start + clause.start()
            items.append((start + found[0], start + found[1]))
        elif any((f := rules.head_item(clause[0], w)) and f[1] == len(clause[0]) and f[0] > 0 for w in set(words)):
            return []  # an item of the parts out of turn, or one more
    return items if len(items) == count and _plausible_items(doc.text, items) else []


def _counted(items: list, count: int) -> list:
    """`items` when they number `count`, else none."""
    return items if len(items) == count else []


def _list_restating_count(doc: Document, slogan: Mention, count: int) -> list[tuple[int, int]]:
    """深入推进“七改”…，扎实开展农村改厕、污水处理、…、环境提升等七项行动 → the list of the clause after the
    slogan's closed by 等 and the slogan's own count, its lead verb dropped. A list further on is another
    statement's (深化“走遍四平”整治行动，切实解决…，抓好A、B、C、D等四个专项整治)."""
    breaks = re.compile(r"[，。；：,;:！？]").finditer(doc.text, slogan.span.end, slogan.sentence.span.end)
    bounds = [b.start() for b, _ in zip(breaks, range(2))]
    if len(bounds) < 2 or doc.text[bounds[0]] not in "，,：:":
        return []
    for closing in _COUNTED_CLOSE.finditer(doc.text, bounds[0], bounds[1]):
        if ordinal_value(closing["count"]) != count:
            continue
        items = split_items(doc.text, bounds[0] + 1, closing.start(), "、")
        if len(items) + 1 == count:
            items = split_last_on_and(doc.text, items)
        if len(items) == count:
            first = doc.text[items[0][0]:items[0][1]]
            lead = rules.VERB_BEFORE_LIST.match(first) or rules.BODY_LEADS.match(first)  # 扎实开展A、… / ：指A、…
            items[0] = (items[0][0] + (lead.end() if lead else realising.end_of_lead(first)), items[0][1])
            return items if _plausible_items(doc.text, items) else []
    return []


NEXT_CLAUSE_ITEM_MAX = 12
"""Characters an item of a list filling the clause after its name may have (城镇周边; not 着力解决群众的操心事)."""


def _list_filling_next_clause(doc: Document, slogan: Mention, count: int) -> list[tuple[int, int]]:
    """紧盯“四个重点”，饮用水源、巴河流域、城镇周边、交通干线；健全“五个机制”，多元投入、… (dev10 巴中 2023) → the
    clause right after the slogan's when it is nothing but a list of as many short items as the name counts, ending
    its statement (at ；or 。). Not a clause led by a verb, whose list says what is done (“两个维护”，不断提高政治判断力、
    政治领悟力、政治执行力), nor one whose first item is much longer than the others."""
    at = slogan.span.end + (doc.text[slogan.span.end:slogan.span.end + 1] == "”")
    if doc.text[at:at + 1] not in ("，", ","):
        return []
    close = re.compile(r"[，。；：,;:！？\n]").search(doc.text, at + 1)
    if not close or close[0] not in "；;。":
        return []
    items = split_items(doc.text, at + 1, close.start(), "、")
    if len(items) + 1 == count:
        items = split_last_on_and(doc.text, items)
    if len(items) != count or any(e - s > NEXT_CLAUSE_ITEM_MAX or re.search(r"\d", doc.text[s:e]) for s, e in items):
        return []  # (not 深入实施城市更新“五大行动”，更新改造住宅区100个、背街小巷100条、…: what is done this year)
    if max(e - s for s, e in items) > 2 * min(e - s for s, e in items) + 2:
        return []  # “三区协同”，资阳中心城区临空、高新、雁江三区协同发展: a sentence around the list, not the list alone
    first = doc.text[items[0][0]:items[0][1]]
    if (names.leading_verb(first) or _opens_with_lead(first) or rules.VERB_BEFORE_LIST.match(first)
            or first[0] in _ONE_CHARACTER_LEADS  # 履行…“一岗双责”，以严的基调、严的措施、严的氛围建设廉洁政府
            or names.tag_words(first)[0][1] in ("v", "d", "ad", "p", "c")
            or items[0][1] - items[0][0] > max(e - s for s, e in items[1:]) + 2):
        return []
    return items if _plausible_items(doc.text, items) else []


def _agreeing_clause(doc: Document, slogan: Mention, parts, count: int) -> list[tuple[int, int]]:
    """坚持“两区”联动、…，加快建设…经贸合作示范区、浙江自贸试验区宁波片区，… → the list opening with a verb in a
    later clause of the slogan's statement whose items each hold the word of their part (区, 区), a word of one
    character closing them (not 促进农业增效、农民增收、农村稳定 for “三农”: the effects on each, not its parts)."""
    words = [word for value, word in parts for _ in range(value)]
    after = re.compile(r"[，。；：,;:！？]").search(doc.text, slogan.span.end, slogan.sentence.span.end)
    if not after:
        return []
    for clause in re.finditer(r"[^，。；：,;:！？]+", doc.text[after.end():_statement_end(doc, slogan)]):
        start = after.end() + clause.start()
        items = split_items(doc.text, start, start + len(clause[0]), "、")
        lead = rules.VERB_BEFORE_LIST.match(doc.text[items[0][0]:items[0][1]]) if items else None
        if len(items) != count or not lead or items[0][1] - items[0][0] - lead.end() < 2:
            continue
        items[0] = (items[0][0] + lead.end(), items[0][1])
        if all((doc.text[s:e].endswith(word) if len(word) == 1 else word in doc.text[s:e]) and e - s <= AGREEING_OPENING_MAX
               for (s, e), word in zip(items, words)):
            return items
    return []


def _statement_end(doc: Document, slogan: Mention) -> int:
    """Where the statement holding the slogan ends: its sentence's end or the first ； after it."""
    stop = re.compile(r"[；;]").search(doc.text, slogan.span.end, slogan.sentence.span.end)
    return stop.start() if stop else slogan.sentence.span.end


def _following_sentences(doc: Document, sentence) -> list:
    """The sentences after `sentence` to the end of its paragraph, or the next paragraph when
    `sentence` ends its own; up to a heading or a sentence opening a new item (三是…)."""
    following = []
    for after in doc.sentences[sentence.index + 1:]:
        previous = following[-1] if following else sentence
        new_line = "\n" in doc.text[previous.span.end:after.span.start]
        if after.kind == "heading" or rules.ITEM_OPENING.match(after.text) or (new_line and following):
            break
        following.append(after)
    return following


def _agreeing_list(doc: Document, sentence, parts, count: int) -> list[tuple[int, int]]:
    """坚持产业转移和转型同步、招商引资和引智同步、…，… → the items of the first clause when each
    holds the word of its part (同步; 进, 进, 出 for 两进一出), or, for parts counting alike, each holds
    every part's word in order (坚持把招商引资、招才引智、招强引优作为… → 招商引资, 招才引智, 招强引优 for 三招三引)."""
    clause = re.search(r"[，。；：]", sentence.text)
    end = sentence.span.start + (clause.start() if clause else len(sentence.text))
    items = split_items(doc.text, sentence.span.start, end, "、")
    if len(items) == count:
        words = [[word] for value, word in parts for _ in range(value)]
    elif len(items) == rules.paired_size(parts):
        words = [[word for _, word in parts]] * len(items)
    else:
        return []
    lead = rules.VERB_BEFORE_LIST.match(doc.text[items[0][0]:items[0][1]])
    if lead and lead.end() < items[0][1] - items[0][0]:
        items[0] = (items[0][0] + lead.end(), items[0][1])
        items = _without_own_verbs(doc.text, items, [w[-1] for w in words])
    items = _trim_prose_ends(doc.text, items)
    if all(_holds_in_order(doc.text[s:e], item_words) and e - s <= 16 for (s, e), item_words in zip(items, words)):
        return items
    return []


def _without_own_verbs(text: str, items, words: list[str]):
    """着力提升中心区、做强近郊区、突破远郊区 for “三区”: when the first item loses the clause's lead verb and every other item
    opens with a verb of its own (`patterns.names.leading_verb`) before a noun ending with its part's word, the items are
    those nouns (近郊区, 远郊区): each verb says what is done to the part, as the lead does for the first."""
    cut = []
    for (start, end), word in zip(items[1:], words[1:]):
        size = names.leading_verb(text[start:end])
        if not size or end - start - size < 2 or not text[start + size:end].endswith(word):
            return items
        cut.append((start + size, end))
    return [items[0], *cut]


def _holds_in_order(text: str, words: list[str]) -> bool:
    """True when `text` holds each of `words`, one after the other (招商引资 holds 招, then 引)."""
    pos = 0
    for word in words:
        pos = text.find(word, pos)
        if pos < 0:
            return False
        pos += len(word)
    return True


AGREEING_OPENING_MAX = 16


def _agreeing_openings(doc: Document, sentences, parts, count: int) -> list[tuple[int, int]]:
    """…“一高三强”内在要求…。即：加快建设经济总量占比高的经济强市，…。加快建设综合承载能力强的区域枢纽，…。… →
    the object of the verb opening each sentence after the slogan's (加快建设, 加快打造: sentences written in
    parallel), when there are as many sentences as announced and each object holds the word of its part
    (高, 强, 强, 强), for a name of two parts at least."""
    words = [word for value, word in parts for _ in range(value)]
    if len(parts) < 2 or len(sentences) != count or len(words) != count:
        return []
    items = []
    for sentence, word in zip(sentences, words):
        start, end = sentence.span.start, sentence.span.end
        clause = re.compile(r"[，。；,;]").search(doc.text, start, end)
        end = clause.start() if clause else end
        lead = rules.BODY_LEADS.match(doc.text[start:end])
        start += lead.end() if lead else 0
        verb = realising.end_of_lead(doc.text[start:end])
        start += verb
        if not verb or word not in doc.text[start:end] or not 2 <= end - start <= AGREEING_OPENING_MAX:
            return []
        items.append((start, end))
    return items


TITLE_SENTENCE_MAX = 12
"""Characters of a short sentence standing as the title of what follows it in a paragraph (保就业稳定。)."""


def _titles_opening_with_parts(doc: Document, sentences, parts, count: int) -> list[tuple[int, int]]:
    """重点抓好“五保一增一创”。保就业稳定。抓好…。保义务教育。…增加城乡居民收入。…创新公共服务提供方式。…: the short
    sentences of the paragraph after the name (`TITLE_SENTENCE_MAX`, no clause break) opening with a part's word, when
    there are as many as it announces, three at least, each opening with the word of its part in order (保 ×5, 增, 创)."""
    words = [word for value, word in parts for _ in range(value)]
    if count < 3 or len(words) != count:
        return []
    titles = [(s.span.start, s.span.end - (s.text.endswith("。"))) for s in sentences
              if len(s.text.rstrip("。")) <= TITLE_SENTENCE_MAX and not re.search(r"[，,；;：:、]", s.text)
              and any(s.text.startswith(word) for word in words)]
    if len(titles) != count or not all(doc.text.startswith(word, start) for (start, _), word in zip(titles, words)):
        return []
    return titles


def _head_items(doc: Document, scope: list[tuple[int, int]], head: str | None) -> list[tuple[int, int]]:
    """Phrases ending with the head noun, one per clause of the text ranges in `scope`, in order
    (see `patterns.slogans.head_item`)."""
    if not head:
        return []
    items, seen = [], set()
    for scope_start, scope_end in scope:
        for clause in re.finditer(r"[^，。；：]+", doc.text[scope_start:scope_end]):
            found = rules.head_item(clause[0], head)
            if found and len(head) == 1 and found[1] < len(clause[0]) and clause[0][found[1]] not in "“”" and (
                    found[1] not in {e for _, e in names.word_spans(clause[0])}):
                found = None  # a one-character head inside a word (三农: 发展现代农业 holds no 现代农)
            if found and found[0] == 0 and _verb_phrase(clause[0][:found[1]]):
                found = None  # 修编完善园区规划, 落实支持园区加快发展: a clause opening with verbs names no item
            if found:
                start = scope_start + clause.start() + found[0]
                end = scope_start + clause.start() + found[1]
                if doc.text[start:end] not in seen:
                    seen.add(doc.text[start:end])
                    items.append((start, end))
    return items


def _verb_phrase(text: str) -> bool:
    """True when `text` opens with two verbs, or an adverb or adjective and a verb (修编完善园区, 落实支持园区):
    the words of an action, not a name (制造业高地; 创新高地 opens with one verb only)."""
    words = names.tag_words(text)
    return len(words) >= 3 and words[0][1] in ("v", "a", "ad", "d") and words[1][1] == "v"


def _components_from_items(doc: Document, slogan: Mention) -> bool:
    """A heading naming “十大行动” followed by 一是土地出让行动。二是城市经营行动。…

    The items must number exactly as announced and most must end with the slogan's head noun.
    """
    count, head = slogan.attrs.get("count"), _head_noun(_name(slogan))
    if slogan.sentence.kind != "heading" or not count or not head or len(head) < 2:
        return False
    items, expected = [], 1
    for sentence in doc.sentences[slogan.sentence.index + 1:]:
        if sentence.kind == "heading":
            break
        for ordinal, start, end in inline_items(sentence.text) or _single_item(sentence.text, expected):
            if ordinal != expected:
                continue
            first = re.search(r"[，。；]", sentence.text[start:end])
            item_end = start + (first.start() if first else end - start)
            items.append((sentence.span.start + start + 2, sentence.span.start + item_end))
            expected += 1
    named = sum(doc.text[s:e].endswith(head) for s, e in items)
    if len(items) != count or named * 2 < count:
        return False  # most items must be named like the slogan (…行动 for 十大行动)
    _emit_components(doc, slogan, items)
    return True


def _components_defined_after(doc: Document, slogan: Mention) -> bool:
    """重点实施三大工程，即A、B、C / 做到三个确保：A；B；C: an unquoted name spelled out right after it
    (quoted names are read as definitions); exactly as many items as announced. After a colon only a
    count of a list (N大X, N个X, N项X) is spelled out so: 双随机、一公开：即在监管过程中随机抽取检查对象，…
    explains. Not items numbered 一是… (read by `_numbered_items_after`)."""
    match = rules.UNQUOTED_DEFINITION.match(doc.text, slogan.span.end)
    if not match and rules.is_qualifiable(_name(slogan)):
        match = rules.COLON_DEFINITION.match(doc.text, slogan.span.end)
    if not slogan.attrs.get("count") or not match or rules.ITEM_OPENING.match(match["body"].lstrip()):
        return False
    before = slogan.attrs.get("components", 0)
    _components_from_definition(doc, slogan, match.start("body"), match.end("body"), strict=True)
    return slogan.attrs.get("components", 0) > before


ACTED_ON_ITEM = (2, 10)
"""Characters of the item between the verb and the head noun in `_items_acted_on_later`."""


def _items_acted_on_later(doc: Document, slogan: Mention) -> bool:
    """打好十场攻坚战 … （一）…打好稳工业保运行攻坚战… （二）…打好稳投资增后劲攻坚战…: a count of one part whose verb and
    head noun the text then writes around exactly as many distinct names, in the sections after it, has those names
    (without the head: 稳工业保运行, …), in order (打好三大攻坚战 … 打好防范化解重大风险攻坚战 … 打好精准脱贫攻坚战 …
    打好污染防治攻坚战). More names so written, or fewer, give nothing."""
    count, parts = slogan.attrs.get("count"), rules.slogan_shape(_name(slogan))
    if not count or count < 3 or not parts or len(parts) != 1 or len(parts[0][1]) < 2:
        return False
    head, counted = parts[0][1], ""
    after_number = _name(slogan).lstrip(rules.NUMERAL_CHARS)[:1]
    if after_number == "场":
        head = head[1:]  # 攻坚战 of 十场攻坚战
    elif after_number not in rules.MEASURES and len(head) >= 3:
        counted, head = head[0], head[1:]  # 五市战略 … 实施科技立市战略: the item holds the counted 市 (科技立市)
    start = slogan.span.end - len(_name(slogan))
    start -= doc.text[start - 1:start] == "“"
    verb = doc.text[max(0, start - 2):start]
    if not re.fullmatch(r"[一-鿿]{2}", verb) or not rules.VERB_BEFORE_LIST.fullmatch(verb):
        return False
    if (re.match(r"”?[\u4e00-\u9fff]", doc.text[slogan.span.end:slogan.span.end + 2])
            and not rules.PREDICATE_AFTER.match(doc.text, slogan.span.end)):
        return False  # 深化“三项制度”改革: a name qualifying a word is a topic, whatever else the verb is said of (not
        # 把打好“三大攻坚战”作为…: the name is then the object)
    items, seen = [], set()
    for _, start, end, name, sentence in _acted_on_names(doc, _acted_on_pattern(verb, counted, head), slogan.span.end):
        if sentence.part != slogan.sentence.part:
            continue  # a name of the plan for a count of the review (提升“四种能力” in the review of the epidemic, 提升
            #政府治理能力 in the plan)
        if name in seen:
            continue  # a name written again
        seen.add(name)
        items.append((start, end - name.endswith("的")))  # 提升依法办事的能力 → 依法办事
        if len(items) > count:
            return False
    if len(items) != count:
        return False
    _emit_components(doc, slogan, items)
    return True


_ACTED_ON: dict[re.Pattern, tuple[list[tuple[int, int]], list[tuple]]] = {}
"""The names a verb and a head noun are written around in the document being read (`_acted_on_names`), by pattern:
read once per document, not once per count (a report of thousands of counts stays linear)."""


@functools.cache
def _acted_on_pattern(verb: str, counted: str, head: str) -> re.Pattern:
    """A name of `ACTED_ON_ITEM` characters ending with `counted`, between `verb` and `head` (打好“稳工业保运行”攻坚战)."""
    shortest, longest = ACTED_ON_ITEM
    return re.compile(f"{re.escape(verb)}“?([\u4e00-\u9fff]{{{shortest},{longest}}}?{re.escape(counted)})”?{re.escape(head)}")


def _acted_on_names(doc: Document, pattern: re.Pattern, after: int) -> list[tuple]:
    """(start, end, name, sentence) of each name `pattern` finds in the text after offset `after`, as a search from
    `after` finds them, but counts (打好三大攻坚战 again) and names outside sentences.

    The text is searched once per pattern and document; only where a match runs over `after` (the search from
    `after` could then find another) is it searched again from `after`."""
    if pattern not in _ACTED_ON:
        matches = list(pattern.finditer(doc.text))
        _ACTED_ON[pattern] = ([m.span() for m in matches], _names_acted_on(doc, matches))
    spans, names = _ACTED_ON[pattern]
    i = bisect.bisect_left(spans, (after, after))
    if i and spans[i - 1][1] > after:
        return _names_acted_on(doc, pattern.finditer(doc.text, after))
    return names[bisect.bisect_left(names, (after,)):]


def _names_acted_on(doc: Document, matches) -> list[tuple]:
    """(match start, name start, name end, name, sentence) of the matches naming no count, in a sentence."""
    found = []
    for match in matches:
        name, sentence = match[1], doc.sentence_at(match.start())
        if sentence is not None and not re.search(f"[{rules.NUMERAL_CHARS}]", name):
            found.append((match.start(), *match.span(1), name, sentence))
    return found


PARTS_EXPLAINED_REACH = 400
"""Characters after a name of several quoted parts within which the text must explain each part (`_parts_explained_after`)."""


def _parts_explained_after(doc: Document, slogan: Mention) -> bool:
    """主要目标是“一个率先、四个基本”。“一个率先”就是A。…“四个基本”就是B、C、D、E: a name of several parts whose parts the
    text then quotes and explains one after the other, in order, has those parts as its components (each part a slogan
    of its own, with its items), as a glossary's “2614”：“两覆盖”：…；“六到位”：… has."""
    name, start = _name(slogan), slogan.span.end - len(_name(slogan))
    parts = name.split("、")
    if len(parts) < 2 or doc.text[start:slogan.span.end] != name or not all(_shaped(p) or p.startswith("一") for p in parts):
        return False
    at, limit = slogan.span.end, slogan.span.end + PARTS_EXPLAINED_REACH
    for part in parts:
        explained = re.compile(f"“{re.escape(part)}”(?:就是|即|是指|指|[：:])").search(doc.text, at, limit)
        if not explained:
            return False
        at = explained.end()
    items, offset = [], start
    for part in parts:
        items.append((offset, offset + len(part)))
        offset += len(part) + 1
    _emit_components(doc, slogan, items)
    return True


def _phrases_of_name(doc: Document, slogan: Mention) -> bool:
    """大力推进“一村一品、一乡一业” / 坚持“双轮驱动，两季繁荣”: a quoted name written as several phrases joined by 、 or a
    comma (`patterns.slogans.compound_parts`) whose items the text gives nowhere has its phrases as its components, as
    “五横六纵” has 五横, 六纵 (`_grouped_parts`) and a glossary's “一个率先、四个基本” its two (`_parts_explained_after`).
    The last resort of `extract_slogans`: any list the text gives for the name comes first, and a name the text defines
    (“一港、两区、三大中心”：即甲陆港区，乙开发区、丙开发区，…) is left to its definition."""
    name = _name(slogan)
    pieces = rules.compound_parts(name)
    start = slogan.span.end - len(name)
    if not pieces or doc.text[start - 1:slogan.span.end + 1] != f"“{name}”":
        return False  # (unquoted, 实施双随机、一公开：随机抽取对象…, the clauses may be its items: not read here)
    items, offset = [], start
    for piece in pieces:
        items.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    _emit_components(doc, slogan, items)
    return _has_components(doc, slogan)


def _components_from_sections(doc: Document, slogan: Mention) -> bool:
    """（二）实施“三大工程” (or its opening paragraph) followed by the sections 1.产业提升工程 2.城市更新工程
    3.乡村振兴工程: the titles of the sub-sections, each up to its first clause break, when they number
    exactly as announced and most hold the slogan's head noun (a count of 方面 has no such sections)."""
    count, head = slogan.attrs.get("count"), _head_noun(_name(slogan))
    section = slogan.sentence.section
    if not count or count < 2 or not head or len(head) < 2 or section.heading is None:
        return False
    children = [c for c in section.children if c.heading is not None and c.style != "inline"]
    opening_end = children[0].heading.start if children else section.span.end
    if len(children) != count or slogan.span.start >= opening_end or len({c.style for c in children}) != 1:
        return False
    items = []
    for child in children:
        title_start = doc.text.find(child.title, child.heading.start, child.heading.end) if child.title else -1
        if title_start < 0:
            return False
        quoted = re.search(rf"“([^“”]{{1,12}}{re.escape(head)})”", child.title)
        if quoted:  # （一）推进高质量发展，奋力锻造“全球智造创新之都”硬实力 → 全球智造创新之都
            items.append((title_start + quoted.start(1), title_start + quoted.end(1)))
            continue
        clause = re.search(r"[，。；：,;:]", child.title)
        items.append((title_start, title_start + (clause.start() if clause else len(child.title))))
    named = sum(head in doc.text[s:e] for s, e in items)
    bare = [_without_title_lead(doc.text, s, e, head) for s, e in items]
    if all(b != i for b, i in zip(bare, items)):  # every title opens with its verb, not one naming a strategy so
        items = bare  # (全面深化改革开放战略 among eleven other 战略 keeps its 深化)
    announced = _SECTIONS_ANNOUNCED.match(doc.text, slogan.span.end)
    if (named * 2 < count and not announced) or not _plausible_items(doc.text, items):
        return False
    _emit_components(doc, slogan, items)
    return True


def _without_title_lead(text: str, start: int, end: int, head: str) -> tuple[int, int]:
    """A section title's clause without its opening adverbs and verb (`patterns.slogans.SECTION_TITLE_LEAD`) when the
    clause ends with the announced count's head noun, or opens with the head as its verb (全力攻坚产业创新); the
    title as it is otherwise, or when fewer than four characters would remain."""
    clause = text[start:end]
    lead = rules.SECTION_TITLE_LEAD.match(clause)
    if not lead or not lead.group():
        return start, end
    if not (clause.endswith(head) or lead.group().endswith(head)) or len(clause) - lead.end() < 4:
        return start, end
    return start + lead.end(), end


_SECTIONS_ANNOUNCED = re.compile(r"”?[：:]\s*\n")
"""A name closing its paragraph on a colon (重点抓好以下六大任务：⏎（一）坚定不移推进创新发展，…): it announces the
sections after it, whose titles are its items even when they do not repeat its head noun."""


def _amounts_after(doc: Document, slogan: Mention) -> bool:
    """“十百千万”工程，打造10个健康乡镇、100个健康社区（村）、1000个健康单位、10000名健康达人: a numeral code
    spelled out in its sentence by as many amounts, one per character in order (see
    `patterns.slogans.amounts_pattern`)."""
    pattern = rules.amounts_pattern(_name(slogan))
    found = pattern.search(doc.text, slogan.span.end, slogan.sentence.span.end) if pattern else None
    if not found:
        return False
    _emit_components(doc, slogan, [found.span(i) for i in range(1, pattern.groups + 1)])
    return True


def _components_from_paragraphs(doc: Document, slogan: Mention) -> bool:
    """全力打造“四个高地”。⏎全力打造更有活力的创新高地。…⏎全力打造更有实力的产业高地。…: a slogan closing its
    paragraph, spelled out by the paragraphs after it, each opening with a phrase named by the slogan's
    head noun (see `patterns.slogans.head_item`, a head of two characters at least); exactly as many
    such paragraphs in a row as announced, the one after them not named so."""
    count, head = slogan.attrs.get("count"), _head_noun(_name(slogan))
    if not count or count < 2 or not head or len(head) < 2:
        return False
    paragraphs = _paragraph_openings(doc, slogan.sentence, count + 1)
    items = []
    for sentence in paragraphs:
        clause = re.match(r"[—\s]*([^，。；：,;:]+)", sentence.text)  # ——经济振兴取得突破: after the dash
        found = rules.head_item(clause[1], head) if clause else None
        if not found:
            break
        offset = sentence.span.start + clause.start(1)
        items.append((offset + found[0], offset + found[1]))
    if len(items) != count or not _plausible_items(doc.text, items):
        return False
    _emit_components(doc, slogan, _without_governing_verb(doc, slogan, items))
    return True


def _without_governing_verb(doc: Document, slogan: Mention, items):
    """（八）增强“四个能力”…⏎增强忠诚履职能力。…⏎增强依法行政能力。…: the verb governing the name opens its items too, which
    start after it (忠诚履职能力); so does a verb of one character opening them all that the governing one starts with
    (用好“三种思维”…⏎用系统思维治理… → 系统思维)."""
    text, name_start = doc.text, slogan.span.start - (doc.text[slogan.span.start - 1:slogan.span.start] == "“")
    clause_start = max((text.rfind(mark, slogan.sentence.span.start, name_start) for mark in "，,；;：:）)"),
                       default=-1)
    words = names.tag_words(text[max(clause_start + 1, slogan.sentence.span.start):name_start])
    if not words or words[-1][1] != "v":
        return items
    verb = words[-1][0]
    items = [(s + len(verb), e) if text.startswith(verb, s) and e - s - len(verb) >= 2 else (s, e) for s, e in items]
    if len(verb) > 1 and all(text.startswith(verb[0], s) and names.cut_words(text[s:e])[0] == verb[0] and e - s > 3
                             for s, e in items):
        items = [(s + 1, e) for s, e in items]
    return items


def _closes_paragraph(doc: Document, sentence) -> bool:
    """True when a line break follows `sentence` (nothing but blanks between)."""
    rest = doc.text[sentence.span.end:sentence.span.end + 4]
    return rest.lstrip(" \t\u3000").startswith("\n") or not rest


def _paragraph_openings(doc: Document, sentence, limit: int) -> list:
    """The first sentences of up to `limit` body paragraphs after the one `sentence` closes, within its
    section (a heading ends them)."""
    if not _closes_paragraph(doc, sentence):
        return []
    openings, previous = [], sentence
    for after in doc.sentences[sentence.index + 1:]:
        if after.kind != "body" or after.section is not sentence.section:
            break
        if "\n" in doc.text[previous.span.end:after.span.start]:
            openings.append(after)
            if len(openings) == limit:
                break
        previous = after
    return openings


_ITEMS_LEAD = re.compile(r"”?[\u4e00-\u9fff]{0,4}[：:]|”?[。；]")
"""What may stand between a slogan and the 一是… that spells it out: its head and a colon
(突出了“六抓”：一是…), or the end of the sentence right after the name (…抓好“三个一”。一是…). Not a
predicate (三大攻坚战成果丰硕。一是… reviews the results of each, it does not name them)."""


_CLOSING_REST = re.compile(r"”?(?!、)[^。；：:\n“”]{1,30}[。：:]\s*\n")
"""The rest of a sentence closing its paragraph after a name, naming nothing else (…“三优三安四提升”100项民生实事项目。⏎;
持续推进“四个一批”，为高质量发展提供…支撑。⏎; not 严控“两高”、优化其他，…。⏎: a list's item, nor 狠抓“三个坚决”，严控“两高”…)."""


def _numbered_items_after(doc: Document, slogan: Mention) -> bool:
    """突出了“六抓”：一是常规农业抓科技，…；二是特色农业抓项目，… / 在“七个作模范”上体现担当。一要用行动
    体现忠诚，…二要…: items numbered 一是 (一要, 一抓…) right after the slogan, in its paragraph, each
    up to its first clause break; exactly as many as announced."""
    count = slogan.attrs.get("count")
    lead = _ITEMS_LEAD.match(doc.text, slogan.span.end)
    if count and count >= 2 and not lead and (closing := _CLOSING_REST.match(doc.text, slogan.span.end)):
        return _items_on_following_lines(doc, slogan, closing.end() - 1, count, agreeing=True)  # …“三优三安四提升”
        # 100项民生实事项目。⏎一是推动教育布局优化。⏎二是…: the rest of a paragraph's last sentence before the numbered
        # paragraphs, whose items must hold their parts' words (not 为“两个率先”提供有力保障。⏎一是加快转变政府职能…)
    if not count or count < 2 or not lead:
        return False
    start = lead.end()
    stop = doc.text.find("\n", start)
    if not doc.text[start:stop].strip():
        return _items_on_following_lines(doc, slogan, stop, count)
    paragraph = doc.text[start:stop if stop >= 0 else len(doc.text)]
    found = inline_items(paragraph)
    first = headings.INLINE_ITEM.match(paragraph.lstrip())
    if len(found) <= 1 and first and ordinal_value(first[1]) == 1 and stop >= 0:
        return _items_on_following_lines(doc, slogan, start, count)  # 把握以下八个着力点： 一是…⏎二是…⏎: the first
        # item on the name's line, the others opening the paragraphs after it
    if len(found) != count or found[0][1] != 0:
        return False
    items = []
    for _, item_start, item_end in found:
        marker = headings.INLINE_ITEM.match(paragraph, item_start)
        clause = re.search(r"[，。；：,;:]", paragraph[marker.end():item_end])  # 二是水网工程:建成…
        end = marker.end() + (clause.start() if clause else item_end - marker.end())
        items.append(_trim(doc.text, start + marker.end(), start + end))
    if any(e <= s for s, e in items) or not _plausible_items(doc.text, items):
        return False
    _emit_components(doc, slogan, _without_item_verbs(doc.text, items, _head_noun(_name(slogan))))
    return True


def _without_item_verbs(text: str, items, head: str | None):
    """Numbered items closed by the name's head noun lose the verb leading them, as `patterns.slogans.head_item` reads
    such items (打好“六个硬仗”。一是打好大气环境整治硬仗。… → 大气环境整治硬仗); other items keep it (一是推动教育布局优化)."""
    if not head or not all(text[s:e].endswith(head) for s, e in items):
        return items
    return [(s + len(verb), e) if (verb := next((v for v in rules.ITEM_VERBS if text.startswith(v, s)), ""))
            and e - s - len(verb) > len(head) else (s, e) for s, e in items]


OWN_LIST_REACH = 1500
"""Characters around a name counting one character within which `_own_character_list_near` looks for its items."""
_LIST_CLAUSE = re.compile(r"[^，,。；;：:！？\n“”（）()]+")


def _own_character_list_near(doc: Document, slogan: Mention) -> bool:
    """实施绿化、美化、亮化、净化工程，…荣获城市“四化”竞赛 / 推进“五化”同步发展。…（一）…协同推进新型工业化、信息化、城镇化、
    农业现代化和绿色化: a name counting one character (化) whose items the report lists unnamed near it, before or after:
    the nearest clause listing exactly as many items, each a short word ending with that character (the last may run on
    into a head noun: 净化工程 → 净化; the first loses the clause's lead verb: 协同推进新型工业化 → 新型工业化). Three
    items at least: a pair ending alike is too common to name a set."""
    mark, count = _mark(slogan), slogan.attrs.get("count")
    if not mark or not count or not 3 <= count <= 8:
        return False
    text = doc.text

    def fitted(clause, items):
        start, end = items[-1]
        cut = text.rfind(mark, start, end)
        if cut < 0 or end - cut - 1 > 4:
            return None
        items[-1] = (start, cut + 1)
        items[0] = _without_lone_lead(text, items)
        if not all(text[e - 1] == mark and 2 <= e - s <= 6 for s, e in items) or len({text[s:e] for s, e in items}) < count:
            return None
        return items

    return _nearest_list(doc, slogan, count, OWN_LIST_REACH, fitted)


PARALLEL_TITLE_MAX = 20
"""Characters of a one-clause sentence standing as an item's title in the sentences after its name (`_titles_after`)."""
TITLE_SCOPE_MAX = 40
"""Sentences after a name read for its titled items (`_titles_after`)."""


def _titles_after(doc: Document, slogan: Mention) -> bool:
    """Items told one by one as titles of the sentences or paragraphs after the name, other sentences between them, exactly
    as many as announced (dev9, 2000–2012 reports):

        深入实施“五大战役”…。重点项目建设战役，418个项目…。其中，…。新增长区域发展战役，…    a first clause that is
            a phrase ending with the head noun (重点项目建设战役, …);
        重点推进“四个一批”的工作：要下决心淘汰关闭一批落后产能。在巩固…。要下本钱改造提升一批传统产业。…  one-clause
            sentences opening alike and holding the name's word (一批), from the verbs before it (淘汰关闭一批落后产能);
        （二）着力实施“三化融合”，…⏎数字产业化全国领先。…产业数字化持续升级。…城市数字化扩面提质。…  the short title
            sentences under a heading, each holding the counted character (化) before a short predicate: to it.

    The sentences read run from the name's (past a colon after it) to the next heading, within its paragraph unless the
    name closes its paragraph or heads a section."""
    count, parts = slogan.attrs.get("count"), rules.slogan_shape(_name(slogan))
    if not count or not 2 <= count <= 10 or not parts or len(parts) != 1:
        return False
    text, word = doc.text, parts[0][1]
    spans = []
    colon = re.compile(r"[：:]").search(text, slogan.span.end, slogan.sentence.span.end)
    if colon and slogan.sentence.kind != "heading" and slogan.sentence.span.end - colon.end() >= 4:
        spans.append((colon.end(), slogan.sentence.span.end))
    whole = slogan.sentence.kind == "heading" or _closes_paragraph(doc, slogan.sentence)
    previous = slogan.sentence
    for after in doc.sentences[slogan.sentence.index + 1:slogan.sentence.index + 1 + TITLE_SCOPE_MAX]:
        new_line = "\n" in text[previous.span.end:after.span.start]
        if after.kind == "heading" or (new_line and not whole):
            break
        spans.append((after.span.start, after.span.end))
        previous = after
    items = (_clauses_named_by_head(text, spans, word, count) or _alike_sentences_holding(text, spans, word, count)
             or (_paragraph_titles_holding(text, spans, _name(slogan), count)
                 if slogan.sentence.kind == "heading" else []))
    if len(items) != count or not _plausible_items(text, items):
        return False
    _emit_components(doc, slogan, items)
    return True


TOPIC_TITLE_MAX = 14
"""Characters of a one-clause sentence opening a paragraph as its title (`_topic_titles_after`)."""
TOPIC_SCOPE_MAX = 80
"""Sentences after a name read for the titles of its items (`_topic_titles_after`)."""


def _topic_titles_after(doc: Document, slogan: Mention) -> bool:
    """Items told as the topics of the review's title sentences after the name, their head noun not repeated, exactly as
    many as announced (out3 西藏 2019, dev4 湛江 2019, out2 沧州 2025):

        一、坚持打好“三大攻坚战”⏎脱贫攻坚取得决定性进展。…⏎金融风险防范有效。…⏎污染防治攻坚战成效显著。…   a heading
            naming the set, each paragraph of its section opening with a short title sentence: its topic, without the
            predicate reviewing it (`patterns.slogans.topic_of_title`);
        （一）“三件大事”成效更加显著。坚持…。协同发展走深走实。…港口建设提速突破。…⏎…盐碱地综合利用提质增效。…   a
            heading opening a paragraph: the sentences up to the next heading written as titles with a predicate of
            review, exactly as many; within its paragraph only for a name in a title that is no heading.

    Read last (`extract_slogans`): the name standing in a title of one clause, or in a heading."""
    count, sentence, text = slogan.attrs.get("count"), slogan.sentence, doc.text
    if not count or not 2 <= count <= 8:
        return False
    own_line = sentence.kind == "heading" and _closes_paragraph(doc, sentence)  # else titled paragraph by paragraph
    if not own_line and (re.search(r"[，,；;：:]", sentence.text)
                         or not (sentence.kind == "heading" or _opens_line(doc, sentence.span.start))):
        return False
    titles, previous = [], sentence
    for after in doc.sentences[sentence.index + 1:sentence.index + 1 + TOPIC_SCOPE_MAX]:
        new_line = "\n" in text[previous.span.end:after.span.start]
        if after.kind == "heading" or (new_line and sentence.kind != "heading"):
            break  # (a title of the review itself, ——三大攻坚战取得关键进展。…, reads its own paragraph only)
        previous = after
        title = _title_sentence(text, after)
        if title and rules.topic_of_title(text[slice(*title)]) == (0, title[1] - title[0]):
            title = None  # (not 推进现代农业发展 under 三、着力解决“两农”问题: a plan's title, no topic reviewed)
        if own_line and new_line and title is None and titles:
            return False  # an untitled paragraph among the titled ones: not a list told paragraph by paragraph
        if title and (new_line or not own_line):
            titles.append(title)
    items = []
    for start, end in titles:
        topic_start, topic_end = rules.topic_of_title(text[start:end])
        items.append((start + topic_start, start + topic_end))
    if (len(items) != count or len({text[s:e] for s, e in items}) != count or any(e - s < 2 for s, e in items)
            or not _plausible_items(text, items)):
        return False
    _emit_components(doc, slogan, items)
    return True


def _title_sentence(text: str, sentence) -> tuple[int, int] | None:
    """The span of `sentence` without its full stop when it is one short clause (`TOPIC_TITLE_MAX`) standing as a title;
    None otherwise."""
    start, end = sentence.span.start, sentence.span.end
    if text[end - 1:end] != "。":
        return None
    end -= 1
    if not 4 <= end - start <= TOPIC_TITLE_MAX or re.search(r"[^\u4e00-\u9fff]", text[start:end]):
        return None
    return start, end


def _clauses_named_by_head(text: str, spans, head: str, count: int) -> list[tuple[int, int]]:
    """The first clauses of sentences that are a phrase ending with the head noun, and nothing more (重点项目建设战役，…),
    or such a phrase written as an aspect (推动“三城”建设成势见效…。科技城方面，…。文旅城方面，…。空港城方面，… — trace-dev5
    黄冈 2025: `realising.ASPECT`), when exactly `count` sentences open so; [] otherwise. A head of two characters at least,
    or of one in an aspect, which says the phrase is a topic of its own."""
    items = []
    for start, end in spans:
        clause = re.compile(r"[，,：:]").search(text, start, end)
        phrase = text[start:clause.start()] if clause else ""
        aspect = realising.ASPECT.fullmatch(text, start, clause.end()) if clause else None
        if aspect and aspect["topic"].endswith(head) and len(aspect["topic"]) > len(head):
            phrase = aspect["topic"]
        elif len(head) < 2 or not 4 <= len(phrase) <= 16 or not phrase.endswith(head):
            continue
        if (not re.search(r"[“”、。；;\d]", phrase) and not rules.ITEM_OPENING.match(phrase)
                and names.tag_words(phrase)[0][1] != "v"):
            items.append((text.index(phrase, start), text.index(phrase, start) + len(phrase)))
            # (not 一是坚定不移落实创新发展理念，…: numbered, a verb's object)
    return _past_shared_verb(text, items) if len(items) == count and len({text[s:e] for s, e in items}) == count else []


def _past_shared_verb(text: str, items) -> list[tuple[int, int]]:
    """Items written in parallel, each a word of manner and the same verb before its object, past that verb (“三个集中”：
    强力推进工业向集中发展区集中。…梯度推进农民向城镇…集中。…稳步推进土地向…集中 → 工业向集中发展区集中, …: the segmenter
    tags 强力 and 梯度 as nouns); as they are otherwise."""
    openings = [names.tag_words(text[s:e])[:2] for s, e in items]
    if len(items) < 2 or any(len(words) != 2 or len(words[0][0]) != 2 for words in openings):
        return items
    verbs = {tuple(words[1]) for words in openings}
    if len(verbs) != 1:
        return items
    verb, tag = verbs.pop()
    if tag != "v" or len(verb) < 2 or any(e - s - 2 - len(verb) < 4 for s, e in items):
        return items
    return [(s + 2 + len(verb), e) for s, e in items]


def _alike_sentences_holding(text: str, spans, word: str, count: int) -> list[tuple[int, int]]:
    """One-clause sentences (`PARALLEL_TITLE_MAX`) holding the name's word of two characters once, opening with the same
    two characters at least, the first of them right after the name, exactly `count` of them: each from the verbs written right before the word (four characters tagged verbs or
    adjectives: 淘汰关闭, 做大做强), else past the opening they share; [] otherwise."""
    if len(word) < 2:
        return []
    found = []
    for start, end in spans:
        end -= text[end - 1:end] in "。！!"
        if (end - start <= PARALLEL_TITLE_MAX and text.count(word, start, end) == 1
                and not re.search(r"[，,；;：:、“”]", text[start:end])):
            found.append((start, end))
    if len(found) != count or not spans or found[0][0] != spans[0][0]:
        return []  # the first item right after the name (its sentence past a colon, or the next one)
    shared = len(os.path.commonprefix([text[s:e] for s, e in found]))
    if shared < 2:
        return []  # sentences written in parallel open with the same words (要下…, 继续实施…, ——…)
    verbs = []
    for start, end in found:
        at = text.index(word, start, end)
        tags = names.tag_words(text[at - 4:at]) if at - 4 >= start + shared else []
        if tags and all(tag in ("v", "vn", "a") for _, tag in tags):
            verbs.append((at - 4, end))
    if len(verbs) == count:
        return verbs  # every item from its verbs, or none (——文化建设实现新突破 among ——外源型经济实现新突破: past ——)
    items = [(start + shared, end) for start, end in found]
    return items if all(e - s >= 4 for s, e in items) else []


def _paragraph_titles_holding(text: str, spans, name: str, count: int) -> list[tuple[int, int]]:
    """The short sentences under a heading (`TITLE_SENTENCE_MAX`, one clause) standing as titles: a word ending with the
    character the name counts right after its numeral (化 of 三化融合), then a predicate of two to six characters, exactly
    `count` of them: each to that character (数字产业化全国领先 → 数字产业化); [] otherwise."""
    parts = rules.slogan_shape(name)
    numeral = re.match(rf"[{rules.NUMERAL_CHARS}]+", name)
    if not numeral or not parts or name[numeral.end():numeral.end() + 1] != parts[0][1][0]:
        return []
    mark, items = parts[0][1][0], []
    for start, end in spans:
        stop = end - (text[end - 1:end] == "。")
        at = text.find(mark, start + 2, stop)
        if (stop - start > TITLE_SENTENCE_MAX or re.search(r"[，,；;：:、“”]", text[start:stop]) or at < 0
                or not 2 <= stop - at - 1 <= 6 or at + 1 - start not in {e for _, e in names.word_spans(text[start:stop])}):
            continue  # (not 推进现代农业… for 三农: the character inside a word)
        items.append((start, at + 1))
    return items if len(items) == count and len({text[s:e] for s, e in items}) == count else []


def _nearest_list(doc: Document, slogan: Mention, count: int, reach: int, fitted) -> bool:
    """Give `slogan` the items of the nearest clause, within `reach` characters before or after it, that lists exactly
    `count` items separated by 、 (the last two maybe joined by 和 / 及) and that `fitted(clause, items)` accepts (it
    returns the items as cut, or None); False when none does."""
    text, best = doc.text, None
    low, high = max(0, slogan.span.start - reach), min(len(text), slogan.span.end + reach)
    for clause in _LIST_CLAUSE.finditer(text, low, high):
        if clause[0].count("、") < count - 2:
            continue
        distance = slogan.span.start - clause.end() if clause.end() <= slogan.span.start else clause.start() - slogan.span.end
        if distance < 0:  # the clause holding the name
            continue
        items = split_items(text, clause.start(), clause.end(), "、")
        if len(items) + 1 == count:
            items = split_last_on_and(text, items)
        if len(items) == count and (items := fitted(clause, items)) is not None and (best is None or distance < best[0]):
            best = (distance, items)
    if best is None:
        return False
    _emit_components(doc, slogan, best[1])
    return True


PARTS_LIST_REACH = 6000
"""Characters around a name within which `_list_of_parts_elsewhere` looks for its items."""
PARTS_ITEM_RUN_ON = 2
"""Characters an item of `_list_of_parts_elsewhere` may hold after its part's word (东北亚国际化中心城市 of 四个中心)."""
PARTS_LAST_RUN_ON = 5
"""Characters after the last item's word that name the whole list and are cut (…桥头堡战略目标, …中心的宏伟目标)."""
NATIONAL_SET_REPORTS = 2
"""National reports of the real set using a name (`slogan_stats.tsv`) from which it is the centre's set, whose items a
report does not spell out away from the name (四个意识: 12)."""


def _list_of_parts_elsewhere(doc: Document, slogan: Mention) -> bool:
    """围绕“四个中心”建设 … 聚焦建设甲国际化中心城市、科技创新中心、乙制造中心、丙服务中心的宏伟目标 / 加快建设“两强一堡”
    … 紧紧围绕建设甲强省、乙强省和丙桥头堡战略目标 / 持续壮大“三大经济” … 大力发展资源经济、园区经济、口岸经济: a name
    whose parts are words (中心; 强, 强, 堡) given by a list written elsewhere in the report without the name: the
    nearest clause listing exactly as many items, each holding its part's word at its end (two characters may follow:
    中心城市), the last cut after its word when a few words naming the whole list follow (战略目标), the first past the
    clause's lead verb. Three items at least, a word of two characters for a name of one part (one character of one part
    is `_own_character_list_near`'s)."""
    count, parts = slogan.attrs.get("count"), rules.slogan_shape(_name(slogan))
    if not count or not parts or not 3 <= count <= 8 or (len(parts) == 1 and len(parts[0][1]) < 2):
        return False
    if rules.real_set_usage().get(_name(slogan), rules.Usage(0, 0, 0)).national >= NATIONAL_SET_REPORTS:
        return False  # 强化市场意识、协调发展意识、…、安全意识 is not the centre's “四个意识” named far from it
    words = [word for value, word in parts for _ in range(value)]
    if len(words) != count:
        return False
    text = doc.text

    def fitted(clause, items):
        start, end = items[-1]
        cut = text.rfind(words[-1], start, end) + len(words[-1])
        if cut < len(words[-1]) or end - cut > PARTS_LAST_RUN_ON:
            return None
        if end - cut > PARTS_ITEM_RUN_ON or _token_ends_at(text, start, end, cut):
            items[-1] = (start, cut)  # (农产品地理标志 stays whole for 标: 标志 is one word)
        if text[clause.start() - 1:clause.start()] != "“":  # (a quoted list has no lead: “承接产业转移示范区、…”)
            items[0] = _past_list_leads(text, *items[0], items[1:])
        if not all(0 <= e - (text.rfind(word, s, e) + len(word)) <= PARTS_ITEM_RUN_ON and text.rfind(word, s, e) > s
                   and e - s <= 16 for (s, e), word in zip(items, words)):
            return None
        if len({text[s:e] for s, e in items}) < count or not _plausible_items(text, items):
            return None
        return items

    return _nearest_list(doc, slogan, count, PARTS_LIST_REACH, fitted)


QUOTES_OPENING_REACH = 8000
"""Characters after a name within which `_quotes_opening_with_word` looks for its quoted items."""


def _quotes_opening_with_word(doc: Document, slogan: Mention) -> bool:
    """把…“五个必须”的规律性认识…结合起来 … （一）准确把握“必须把甲作为乙”的重要要求 … （二）准确把握“必须坚持丙”…: a name counting
    one word (必须, 坚持) whose items the report then quotes one by one, each opening with that word: the quotes after it
    opening so, when they number exactly as announced (three at least) and say different things."""
    count, parts = slogan.attrs.get("count"), rules.slogan_shape(_name(slogan))
    if not count or count < 3 or not parts or len(parts) != 1 or len(parts[0][1]) < 2:
        return False
    word = parts[0][1]
    pattern = re.compile(f"“({re.escape(word)}[^“”{rules.NUMERAL_CHARS}]{{4,40}})”")
    end = min(len(doc.text), slogan.span.end + QUOTES_OPENING_REACH)
    items = [m.span(1) for m in pattern.finditer(doc.text, slogan.span.end, end)]
    if len(items) != count or len({doc.text[s:e] for s, e in items}) != count or not _plausible_items(doc.text, items):
        return False
    _emit_components(doc, slogan, items)
    return True


def _past_list_leads(text: str, start: int, end: int, others=()) -> tuple[int, int]:
    """The first item of a list past the clause's leads: a doubled adverb (紧紧, 牢牢) and the verbs opening a list
    (`patterns.slogans.VERB_BEFORE_LIST`) or tagged as verbs (围绕), while four characters at least remain
    (紧紧围绕建设甲强省 → 甲强省)."""
    for _ in range(4):
        item = text[start:end]
        lead = rules.VERB_BEFORE_LIST.match(item) or rules.BODY_LEADS.match(item)
        word, tag = names.tag_words(item)[0]
        size = (lead.end() if lead else 2 if re.match(r"([\u4e00-\u9fff])\1", item)
                else len(word) if tag in ("d", "p") or word in realising.carrying_out_words()
                else names.leading_verb(item) if tag == "v" else 0)  # (重点增强学习本领: 重点 is tagged a noun)
        if not size or end - start - size < 4:
            break
        start += size  # (以建设甲示范区 → 甲示范区: a preposition too)
    space = max(text.rfind(" ", start, end), text.rfind("\u3000", start, end))
    if space >= 0 and end - space - 1 >= 2:
        start = space + 1  # “三品一标”农产品 无公害农产品、… → 无公害农产品: a title before a space
    own = text.rfind("的", start, end)  # 提升城市的功能品质、服务品质… → 功能品质: a qualifier of the first item alone is
    if own >= 0 and end - own - 1 >= 4 and not any("的" in text[s:e] for s, e in others):  # the whole list's
        start = own + 1
    return start, end


def _token_ends_at(text: str, start: int, end: int, at: int) -> bool:
    """True when a word of text[start:end] (`patterns.names.tag_words`) ends at offset `at`."""
    pos = start
    for word, _ in names.tag_words(text[start:end]):
        pos += len(word)
        if pos == at:
            return True
    return False


def _items_on_following_lines(doc: Document, slogan: Mention, pos: int, count: int, *, agreeing: bool = False) -> bool:
    """实施“三大行动”。⏎一是产业升级行动。…⏎二是…: a slogan closing its paragraph, spelled out by the
    paragraphs after it, each opening with the next number (一是, 二要…) — its item up to the first clause
    break; exactly as many as announced."""
    items = []
    for expected in range(1, count + 1):
        while 0 <= pos < len(doc.text) and doc.text[pos] in " \t\u3000\n":
            pos += 1
        marker = headings.INLINE_ITEM.match(doc.text, pos)
        if not marker or ordinal_value(marker[1]) != expected:
            return False
        clause = re.compile(r"[，。；：,;:\n]").search(doc.text, marker.end())
        end = clause.start() if clause else len(doc.text)
        items.append(_trim(doc.text, marker.end(), end))
        line_end = doc.text.find("\n", marker.end())
        pos = line_end if line_end >= 0 else len(doc.text)
    if any(e <= s for s, e in items) or not _plausible_items(doc.text, items):
        return False
    words = [word for value, word in rules.slogan_shape(_name(slogan)) or [] for _ in range(value)]
    if agreeing and (len(words) != count or 2 * sum(w in doc.text[s:e] for (s, e), w in zip(items, words)) < count):
        return False  # (with `agreeing`: at least half the items hold the word of their part, 一批 of 攻克一批创新技术)
    _emit_components(doc, slogan, _with_parallel_second_clause(doc.text, items))
    return True


PARALLEL_CLAUSE_MAX = 24
"""Characters of a second clause that `_with_parallel_second_clause` joins to its item."""


def _with_parallel_second_clause(text: str, items):
    """一是必须突出结构调整，促使经济发展方式转变。⏎二是必须…，促使产业实力提高。⏎: numbered items whose opening sentences
    all run on in one more clause opening with the same word (促使) are those whole sentences: the pair is each item's
    statement, written in parallel. Else the items as they are (up to their first clause break)."""
    if len(items) < 3:
        return items
    joined = []
    for start, end in items:
        rest = re.compile(r"[。；;！？\n，,：:]").search(text, end + 1)
        if text[end:end + 1] not in "，," or not rest or text[rest.start()] not in "。；;！？\n":
            return items
        if not 4 <= rest.start() - end - 1 <= PARALLEL_CLAUSE_MAX:
            return items
        joined.append((start, rest.start()))
    if len({text[e + 1:e + 3] for _, e in items}) != 1:
        return items
    return joined


def _single_item(text: str, expected: int):
    """An item sentence 二是城市经营行动。 standing alone (structure splits items at 。)."""
    match = re.match(rf"([{rules.NUMERAL_CHARS}]+)是", text)
    if match and rules.chinese_to_int(match[1]) == expected:
        return [(expected, 0, len(text))]
    return []


def _name(slogan: Mention) -> str:
    """The slogan's name without its qualifier (十大行动 for 财源建设十大行动)."""
    return slogan.attrs.get("aliases", [slogan.label])[0]


def _head_noun(label: str) -> str | None:
    parts = rules.slogan_shape(label)
    return parts[-1][1] if parts and len(parts) == 1 else None


QUOTED_LIST_MAX = 120
"""The longest quoted list read as a slogan's items: at most half as many items (one character each at least, 、 between)."""


def _components_from_quoted_lists(doc: Document, slogans: list[Mention]) -> None:
    """A quoted list whose items end as a slogan's parts say: “…示范区、…先行区、…、…新城” → 四区两城."""
    by_label = {}  # label → (a mention, the last character of each item, in order)
    for mention in slogans:
        parts = rules.slogan_shape(_name(mention))
        if (parts and len(parts) > 1 and sum(value for value, _ in parts) <= QUOTED_LIST_MAX // 2
                and not _has_components(doc, mention)):
            by_label.setdefault(mention.label, (mention, [word[-1] for value, word in parts for _ in range(value)]))
    for match in re.finditer(rf"“([^“”\n]{{6,{QUOTED_LIST_MAX}}})”", doc.text):
        items = split_items(doc.text, match.start(1), match.end(1), "、")
        for mention, endings in by_label.values():
            if len(items) == len(endings) and all(doc.text[e - 1] == end for (_, e), end in zip(items, endings)):
                _emit_components(doc, mention, items, evidence=doc.sentence_at(match.start(1)))


def _has_components(doc: Document, slogan: Mention) -> bool:
    return slogan.attrs.get("components", 0) > 0


def _emit_components(doc: Document, slogan: Mention, items: list[tuple[int, int]], evidence=None) -> None:
    count = slogan.attrs.get("count")
    if count and len(items) not in (count, rules.paired_size(rules.slogan_shape(_name(slogan)))):
        doc.warnings.append(f"slogan {slogan.label} announces {count} components, the text gives {len(items)}")
    items = _from_shared_opening(doc.text, _counted_names_of_code(doc.text, items, _name(slogan)))
    items = _without_trailing_head(doc.text, items, _mark(slogan), _name(slogan))
    items = _without_system_head(doc.text, items, _name(slogan))
    parts = rules.slogan_shape(_numeral_count(_name(slogan)))
    if parts and len(parts) == 1 and not 0 <= slogan.span.start - items[-1][1] <= LIST_TO_NAME:
        items = _without_shared_head(doc.text, items, _head_words(doc, slogan))  # not A、B、C工程等“十大工程”,
        # nor the parts of a name of several (一屏观全域、一网管全城)
    items = [(start + rules.strip_leading_verb(doc.text[start:end]), end) for start, end in items]
    items = _without_item_frames(doc.text, [(start, _without_closing_gloss(doc.text, start, end)) for start, end in items])
    for position, (start, end) in enumerate(items, 1):
        sentence = doc.sentence_at(start) or slogan.sentence
        component = Mention("component", doc.text[start:end], Span(start, end), sentence,
                            {"slogan": slogan.label, "position": position})
        doc.mentions.append(component)
        doc.links.append(Link("hasComponent", slogan, component, evidence or slogan.sentence, {"position": position}))
    slogan.attrs["components"] = len(items)


_FRAME_CLOSINGS = {"在": "上"}
"""A preposition opening a list's first item and the word closing its last one (在A、B、C上夯基发力)."""

_ACTING_VERBS = ("进行", "实施", "开展", "推进")
"""Verbs of a description before a list's first item, closed by 的 (对传统产业进行的高端化、智能化、绿色化改造 → 高端化)."""

_ONE_CHARACTER_LEADS = {"在", "以"}
"""Prepositions taken as the lead of a first item (以武荆高速…, 在A、B、C上)."""


@functools.cache
def _lead_words() -> frozenset[str]:
    """Verbs written before what they govern: the real set's verbs before list names (`slogan_verbs.tsv`, with
    `patterns.slogans.QUALIFIER_HAND_VERBS`) and two prepositions. Not the verbs that open names (承接 of 承接产业转移示范区,
    `lead_words.tsv`), nor adverbs (全面 of 全面深化改革开放试验区)."""
    return frozenset(rules._qualifier_verbs()) | _ONE_CHARACTER_LEADS


def _without_item_frames(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A list's items without the words its sentence writes around it, on its first and last items only (dev10 兰州 2026
    glossary): a verb or preposition opening the first item that no other item opens with (聚焦A端、B端、…、F端协同发力 →
    A端; 做到甲时必访、乙时必访… → 甲时必访; 在A、B、C上 → A, C), a description of the action ending in 的 before the first
    item when no other item holds one (对传统产业进行的高端化、智能化、绿色化改造 → 高端化), and what follows the ending the middle items
    share on the last item (…、问题端、监督端协同 → 监督端). Each trimmed item keeps at least the length of the shortest other
    one (加快发展、科学发展 keeps 加快发展).

    >>> text = "聚焦发展端、财政端、国资端、金融端、问题端、监督端协同"
    >>> [text[s:e] for s, e in _without_item_frames(text, [(0, 5), (6, 9), (10, 13), (14, 17), (18, 21), (22, 27)])]
    ['发展端', '财政端', '国资端', '金融端', '问题端', '监督端']
    >>> text = "加快发展、科学发展、绿色发展"
    >>> [text[s:e] for s, e in _without_item_frames(text, [(0, 4), (5, 9), (10, 14)])]
    ['加快发展', '科学发展', '绿色发展']
    """
    if len(items) < 3:
        return items
    items = list(items)
    words = [text[s:e] for s, e in items]
    shortest = min(len(w) for w in words[1:])
    first, last = words[0], words[-1]
    lead = max((w for w in _lead_words() if first.startswith(w) and not any(o.startswith(w) for o in words[1:])),
               key=len, default="")
    opened = next((w for w in _FRAME_CLOSINGS if text.startswith(w, items[0][0] - len(w))), "")  # (the first item
    # already past its preposition)
    led = sum(any(o.startswith(w) for w in _lead_words()) for o in words[1:])
    predicates = len(os.path.commonprefix([w[::-1] for w in words])) >= 2 and names.tag_words(first)[-1][1] == "v"  # (落实
    # 人员职责到位、…到位: clauses closed by one verb, the first one's own verb kept, in-sample gold; 做到企业创新孵化时必访、…
    # alike; not 提升组织保障水平、基础设施水平…, nouns)
    if lead and len(first) - len(lead) >= max(2, shortest) and (
            (2 * led < len(words) - 1 and not predicates) or lead in _FRAME_CLOSINGS):  # (not a list of verb
        # phrases, 落实A增强B、推进C…: the first verb is the item's own)
        start = items[0][0] + len(lead)
        items[0] = (start + rules.strip_leading_verb(text[start:items[0][1]]), items[0][1])  # 在全面实施A → A
        opened = lead if lead in _FRAME_CLOSINGS else opened
    elif "的" in first and not any("的" in w for w in words[1:]):
        rest = first[first.rindex("的") + 1:]
        acted = first[:first.rindex("的")].endswith(_ACTING_VERBS)  # (not 具备条件的建制村通…路全覆盖)
        if acted and shortest <= len(rest) <= max(len(w) for w in words[1:]) + 2:
            items[0] = (items[0][1] - len(rest), items[0][1])
    closing = _FRAME_CLOSINGS.get(opened)
    if closing and last.endswith(closing) and len(last) - len(closing) >= max(2, shortest):
        items[-1] = (items[-1][0], items[-1][1] - len(closing))
        last = last[:-len(closing)]
    if len(items) >= 4:
        shared = os.path.commonprefix([w[::-1] for w in words[1:-1]])[::-1]
        cut = last.rfind(shared) if shared else -1
        if cut > 0 and not last.endswith(shared) and 0 < len(last) - cut - len(shared) <= 2 and (
                cut + len(shared) >= shortest):
            items[-1] = (items[-1][0], items[-1][0] + cut + len(shared))
    return items


def _without_closing_gloss(text: str, start: int, end: int) -> int:
    """Where an item ends before a bracket closing it that glosses it (修好一条路（乡村公路）, 引大济岷（含引青济岷）): the
    bracket says what the item is, the item is the words before it. A bracket inside the item stays (乡镇（街道）综合
    文化站, 自由贸易（港）区), and so does an item that would keep fewer than two characters."""
    if end - start < 4 or text[end - 1] not in "）)":
        return end
    depth = 0
    for i in range(end - 1, start - 1, -1):
        depth += text[i] in "）)"
        depth -= text[i] in "（("
        if depth == 0:
            return i if i - start >= 2 and end - i - 2 >= 2 else end  # (100个健康社区（村）: one character is
            # an alternative, not a gloss)
    return end


_COUNTED_NAME = re.compile(r"(?P<num>[一二两三四五六七八九十])[大个项条种类][\u4e00-\u9fff]{1,4}$")


def _counted_names_of_code(text: str, items, name: str):
    """A code of digits whose items each end with a counted name of that digit, in order (“3783”：履行三大职责、
    抓实七大任务、健全八大机制、拓展三大载体): the items are those names (三大职责, …), the verbs before them are
    the code's wording, as a nested name is (2614 → 两覆盖, 六到位…)."""
    if not re.fullmatch(r"\d{2,6}", name) or len(items) != len(name):
        return items
    names = [_COUNTED_NAME.search(text, s, e) for s, e in items]
    if not all(names) or [ordinal_value(m["num"]) for m in names] != [int(d) for d in name]:
        return items
    return [m.span() for m in names]


LIST_TO_NAME = 12
"""Characters between a list and the name written after it (A、B、C等乡村振兴“十大工程”): such a name
restates the head itself, so the last item keeps its own (脱贫奔康工程)."""


def _head_words(doc: Document, slogan: Mention) -> tuple[str, str]:
    """The words a list may share with its last item: the name without its numbers (行动计划 of
    八大行动计划, 方责任 of 四方责任) and the word written right after the quoted name (整治 of “十大乱象”整治)."""
    words = re.sub(f"[{rules.NUMERAL_CHARS}{rules.MEASURES}\\d“”]", "", _name(slogan))
    after = re.compile(r"”?([\u4e00-\u9fff]{2,4})").match(doc.text, slogan.span.end)
    return words, after[1] if after else ""


def _without_shared_head(text: str, items, heads: tuple[str, str]):
    """A head noun written once after the last item belongs to every item (A、B、C行动 for “三大行动”;
    …垃圾乱扔整治 for “十大乱象”整治): when only the last item holds a word closing it that opens or ends
    the name, or opens the word after it, that word is dropped from it (C). Not when another item holds
    the word too (汉族离不开少数民族、…、各少数民族之间也相互离不开 for “三个离不开”), nor when a count is left
    (做好五项工作). A word opening a long name is no head (信息基础 of 八大基础设施工程 keeps its 基础)."""
    if len(items) < 2:
        return items
    name, after = heads
    start, end = items[-1]
    last = text[start:end]
    for size in range(min(4, len(last) - 2), 1, -1):
        tail = last[-size:]
        if any(tail in text[s:e] for s, e in items[:-1]) or last[-size - 1] in rules.MEASURES + rules.NUMERAL_CHARS:
            continue
        if len(name) >= 2 and (name.startswith(tail) and len(name) <= 4 or name.endswith(tail)) or after.startswith(tail):
            return [*items[:-1], (start, end - size)]
    return items


def _without_system_head(text: str, items, name: str):
    """A system noun written once after the last of three items or more (医疗卫生、药品生产流通、医疗保险、医疗救助体制
    “四改联动”; 农村承包地、宅基地、集体经营性建设用地管理制度改革) belongs to every item: dropped from the last when no
    other item holds it and two characters at least remain (see `patterns.slogans.SYSTEM_NOUN_CLOSING`). Not items
    each opening with a number or with the name's own character (一套保障机制 of “三个一”, 建长效机制 of “三清两改一建”):
    each is a phrase of its own."""
    if len(items) < 3 or all(text[s] in name or text[s] in rules.NUMERAL_CHARS for s, _ in items):
        return items
    start, end = items[-1]
    if re.search(f"[{rules.NUMERAL_CHARS}][个支套项条名]", text[start:end]):
        return items  # 完善一个国防动员运行机制 of “五个一”: a phrase counting its own thing
    closing = rules.SYSTEM_NOUN_CLOSING.search(text, start, end)
    if not closing or closing.start() - start < 2 or any(
            rules.SYSTEM_NOUN_CLOSING.search(text[s:e]) or closing["noun"] in text[s:e] for s, e in items[:-1]):
        return items
    return [*items[:-1], (start, closing.start())]


SHARED_OPENING = 2
SHARED_OPENING_REACH = 8
SHARED_OPENING_ITEM = 8
"""Items written in parallel are short words (稳中求进, 高于全国); clauses of ten characters and more that open
alike (审批服务科室向政务服务中心集中, 审批服务事项向电子政务平台集中) do not cut the one before them."""


def _from_shared_opening(text: str, items):
    """Items written in parallel open alike (稳中求进、稳中向好、稳中提质，增速高于全国、高于全省): an item
    followed by two that open with the same two characters, which it holds a little later, starts
    there (主要经济指标稳中求进 → 稳中求进, 增速高于全国 → 高于全国)."""
    items = list(items)
    for i in range(len(items) - 2):
        (start, end), (s1, e1), (s2, e2) = items[i], items[i + 1], items[i + 2]
        if max(e1 - s1, e2 - s2) > SHARED_OPENING_ITEM:
            continue  # 部门审批服务事项向一个科室集中、审批服务科室向…集中: long clauses opening alike by chance
        opening = text[s1:s1 + SHARED_OPENING]
        if text[s2:s2 + SHARED_OPENING] != opening or text.startswith(opening, start):
            continue
        shift = text.find(opening, start, min(end, start + SHARED_OPENING_REACH + SHARED_OPENING))
        if shift > start and end - shift > SHARED_OPENING:
            items[i] = (shift, end)
    return items


# --- splitting -------------------------------------------------------------------------------

def split_items(text: str, start: int, end: int, separators: str) -> list[tuple[int, int]]:
    """Items of text[start:end] split at `separators` outside quotes and brackets, trimmed."""
    items, depth, item_start = [], 0, start
    for i in range(start, end):
        ch = text[i]
        if ch in "“‘（(《":
            depth += 1
        elif ch in "”’）)》":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators:
            items.append((item_start, i))
            item_start = i + 1
    items.append((item_start, end))
    kept = [_trim(text, s, e) for s, e in items]
    return [(s, e) for s, e in kept if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop blanks and closing punctuation (。 等) around an item."""
    return trimmed(text, start, end, closing="。；;，,、等")


def split_last_on_and(text: str, items):
    """A、B和C: the last item holds two (三线一单: …资源利用上线和生态环境准入清单)."""
    if not items:
        return items
    start, end = items[-1]
    match = next((m for m in re.finditer(r"[和及与]", text[start:end]) if m.start() >= 2), None)  # (not the 及 of
    # 涉及: 案件数、涉及人数和金额“三下降”, 山西 2026)
    if not match or end - start - match.end() < 2:
        return items
    later = text.find("及", start + match.end(), end) if match[0] != "及" else -1
    if later - start - match.end() >= 2 and end - later - 1 >= 2:  # A和B及C: 及 joins the last item (dev9 酒泉 2021:
        return items[:-1] + [(start, later), (later + 1, end)]  # …、东西扶贫协作和中央单位定点扶贫及兜底保障)
    return items[:-1] + [(start, start + match.start()), (start + match.end(), end)]


def _parallel(text: str, items, mark: str = ""):
    """Trim words before a parallel list: 采用盯包干领导、盯责任部门、盯企业 → 盯包干领导, …

    When all items but the first start with the same character and the first holds it a little
    later, the first item starts there; with two items only when that character is the slogan's
    own (`mark`: 加快非主业、非优势业务“两非” → 非主业). A trailing 的 (…盯企业的“三盯”方法) is dropped.
    """
    items = [(s, e - 1) if text[e - 1] == "的" and e - s > 2 else (s, e) for s, e in items]
    firsts = {text[s] for s, _ in items[1:]}
    start, end = items[0]
    if (len(items) > 2 or firsts == {mark}) and len(firsts) == 1 and text[start] not in firsts:
        shift = text.find(firsts.pop(), start, min(end, start + 6))
        if shift > start:
            items[0] = (shift, end)
    return items


def _without_trailing_head(text: str, items, mark: str, name: str):
    """Items of one length (give or take a character), the last running on into the head noun or predicate they share,
    cut to that length at a word's end; other items as they are. Either every item opens with the slogan's own
    character (实施新产品、新技术、新肥料、新农药、新机具推广示范工程 for “五新” → 新机具), or the last ends unlike all
    the others with a predicate of three characters at least, closing on a verb (`_shared_predicate`) and its clause,
    and the name counts one kind of item (三医联动：医疗、医保、医药改革联动。 → 医药; 即经济总量、人均均量、运行质量同步
    提升。 → 运行质量; not 风险防范化解 nor 关闭旅游景区, nor the 长江经济带 of “三铁一带”, nor 用水总量、用水效率、
    水功能区限制纳污“三条红线” — dev8: the predicate of the last item only)."""
    if len(items) < 3:
        return items
    sizes = {e - s for s, e in items[:-1]}
    start, end = items[-1]
    if max(sizes) - min(sizes) > 1 or end - start <= max(sizes) + 1 or max(sizes) > 5:
        return items
    opening_alike = mark and {text[s] for s, _ in items} == {mark} and len(sizes) == 1 and max(sizes) <= 4
    ends = {start + e for _, e in names.word_spans(text[start:end])}
    size = next((size for size in sorted(sizes, reverse=True) if start + size in ends), None)
    if size is None or not (opening_alike or (
            len(rules.slogan_shape(name) or ()) == 1 and text[end - 1] not in {text[e - 1] for _, e in items[:-1]}
            and _shared_predicate(text[start + size:end]) and text[end:end + 1] in "。；;，,\n")):
        return items
    return [*items[:-1], (start, start + size)]


def _shared_predicate(tail: str) -> bool:
    """A tail of three characters at least closing on a verb (同步提升, 改革联动, 有保障; not 化解, 重复建设 nor 宗教人士)."""
    words = names.tag_words(tail)
    return len(tail) >= 3 and bool(words) and words[-1][1] == "v" and not re.search(r"[^\u4e00-\u9fff]", tail)


def _opening_alike(text: str, items, mark: str):
    """The last items of a clause holding more than the slogan counts, when they open with the character
    the slogan counts and the first of them holds it near its end (…接入实行零上门、零审批、零投资“三零” →
    零上门, …); else None."""
    if not mark or {text[s] for s, _ in items[1:]} != {mark}:
        return None  # 传统服务业改造提升、服务消费升级…“三百工程”: 服 is no part of the name
    start, end = items[0]
    shift = text.rfind(mark, start, end - 1)
    if shift < 0 or end - shift > max(e - s for s, e in items[1:]) + 2:
        return None
    return [(shift, end), *items[1:]]


def _mark(slogan: Mention) -> str:
    """The one character a slogan of one part counts (非 of 两非, 零 of 三零); "" for other names."""
    parts = rules.slogan_shape(_name(slogan))
    return parts[0][1] if parts and len(parts) == 1 and len(parts[0][1]) == 1 else ""


def _quoted_list(text: str, start: int, end: int) -> tuple[int, int]:
    """A body opening with a quoted list holds its items in the quotes (“两个加快”，即“加快发展、加快脱贫”，…;
    “四大工程”（即“A、B、C、D”）): the span inside them. Else [start, end), also when the opening quote
    holds a single item (即“A”、“B”、“C”) or the list qualifies a noun after it (即“横到边、纵到底”的防控责任网、…)."""
    if text[start:start + 1] != "“":
        return start, end
    close = text.find("”", start, end)
    if close < 0 or "“" in text[start + 1:close] or not re.search("[、，,；;]", text[start + 1:close]):
        return start, end
    if close + 1 < end and text[close + 1] not in "，,。；;）)":
        return start, end
    return start + 1, close


def _quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches inside a definition body (省委…提出的“统筹好…，统筹好…”)."""
    return [(start + m.start(1), start + m.end(1)) for m in re.finditer(r"“([^“”]{8,})”", text[start:end])]


HEAD_CLAUSE_MAX = 8


def _head_clauses(text: str, items, separators: str):
    """Items split at ； that each open with a short clause and go on explaining it (“四改”是：改水，使
    农民…；改厕，…): the opening clauses (改水, 改厕); None when some item does not read so."""
    if "、" in separators or "，" in separators or len(items) < 2:
        return None
    heads = []
    for start, end in items:
        clause = re.compile(r"[，,：:]").search(text, start, end)
        if not clause or not 2 <= clause.start() - start <= HEAD_CLAUSE_MAX:
            return None
        heads.append((start, clause.start()))
    return heads


def _sentence_heads(text: str, start: int, end: int, name: str):
    """A body of sentences each opening with a short clause that names one part of the slogan, in order
    (“六化”：产业规模化，推进…。产品特色化，做强…。…组织现代化，采取…。): those clauses; None unless
    there are as many sentences as announced and each clause ends as its part does (化)."""
    parts = rules.slogan_shape(name)
    endings = [word[-1] for value, word in parts or [] for _ in range(value)]
    heads = _head_clauses(text, split_items(text, start, end, "。"), "。")
    if not heads or len(heads) != len(endings) or any(text[e - 1] != ending for (_, e), ending in zip(heads, endings)):
        return None
    return heads


def _closing_parts(text: str, items, name: str):
    """Clauses that each end by naming one part of the slogan, in order (“两带一区”：以A为重点，发展…，建设
    现代农业经济带；以B…，建设特色农业经济带；…，建设生态农业示范区): the phrase closing each clause
    (现代农业经济带, 特色农业经济带, 生态农业示范区), its lead verb dropped later; None when some clause
    does not close so."""
    parts = rules.slogan_shape(name)
    endings = [word[-1] for value, word in parts or [] for _ in range(value)]
    if len(endings) != len(items) or len(items) < 2:
        return None
    closing = []
    for (start, end), ending in zip(items, endings):
        clause = max(text.rfind(mark, start, end) for mark in "，,")
        if clause < 0 or text[end - 1] != ending or not 2 <= end - clause - 1 <= HEAD_ITEM_MAX:
            return None
        closing.append((clause + 1, end))
    return closing


HEAD_ITEM_MAX = 12


def _quoted_heads(text: str, items):
    """When every item holds exactly one quoted term, the items are those terms
    (强化“一个引领”，推动…；创新“一个例会”，… → 一个引领, 一个例会)."""
    heads = []
    while len(items) > 2 and "“" not in text[items[-1][0]:items[-1][1]] and "“" in text[items[-2][0]:items[-2][1]]:
        items = items[:-1]  # …，以滑雪为重点的“休闲体验带”，并通过规划衔接: the sentence goes on after the list
    for start, end in items:
        quoted = list(re.finditer(r"“([^“”]{1,12})”", text[start:end]))
        if len(quoted) != 1:
            return None
        if quoted[0].start() > 2 and end - start >= 40:
            return None  # a long item merely quoting something is not named by that quote
        heads.append((start + quoted[0].start(1), start + quoted[0].end(1)))
    return heads
