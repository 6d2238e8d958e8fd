"""Links from slogans down to what realises them, and up to the slogans they align with.

``Link("realisedBy", component, section | programme)`` when a section heading states the
component (第35章 建设生态宜居新城 realises 生态宜居新城; 全面推进社会治理 realises 社会治理样板区,
see `patterns.realising`), when the lead sentence of a section builds
it (…全力打造承接产业转移示范区…), or when a programme is named after it (安全守底 →
十大安全守底项目); a slogan counting lists is realised by the report's lists of that kind
(四个十大 → 十大产业项目, 十大基础设施项目, …). A heading naming a slogan itself (（一）以“三个高地”建设为引领…) links the slogan.
A paragraph whose lead sentence carries a slogan or a component out (加力落实“两新”行动。…, see
`patterns.realising.carries_out`) realises it: the paragraph becomes a ``paragraph`` section, and
`extract.section_projects` links it to the projects and programmes it names; a review sentence inside a paragraph titling a
slogan carried out (…。“两港两路”建设顺利推进。甲港航道一期竣工。…) opens a sub-paragraph that does the same.
The evidence is the heading, lead sentence or programme sentence.

``Link("alignsWith", lower, higher)`` when one sentence steps down through levels, with an
alignment cue (大力实施“三高四新”战略，聚焦市里“三区两城”定位，全力推进“四区两城”建设 →
四区两城 → 三区两城 → 三高四新): each slogan links to the nearest slogan before it of the next
higher level present, a few clauses back at most (`MAX_ALIGNMENT_GAP`).

Runs after `extract.slogans` and `extract.programmes`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..document import Document, Link, Mention, Section, Span
from ..patterns import slogans as rules
from ..patterns.realising import (ASPECT, CARRYING_OUT_VERBS, ITEM_OPENERS, SUMMING_UP, carrying_out_words, BUILT_AFTER, CARRIED_OUT_TITLE, titles_like, CAMPAIGN_AFTER, FOCUS_CLAUSES, FRAMING_LIST, GROWN_AFTER, GROWN_INDUSTRY, GUIDELINE_HEAD, MECHANISM_AFTER, PART_END, PROBLEM_HEAD, WORKS_NOUNS, carries_out, clauses, component_wordings, defines, heading_states, stands_alone,
                                  states_guidance)
from ..structure import in_glossary, opens_its_line, paragraph_leads, paragraph_section, titles_paragraph
from ..patterns.names import generic_words
from .slogans import is_aligned_clause

MIN_CORE = 4
"""Components shorter than this (医疗, 夜游) are too common to find in headings reliably."""

MAX_TITLE = 40

SKIPPED_STYLES = {"root", "glossary", "glossary-entry", "table"}

FIELD_BEFORE_TITLE = re.compile(r"[\u4e00-\u9fff]{1,2}“")
"""A field of two characters at most before the formulation a title opens with (工业“5+1”…, 农业“10+3”…)."""

MAX_ALIGNMENT_GAP = 60
"""Characters at most between a slogan and the higher one it aligns with: a cascade steps down in
neighbouring clauses (…“三高四新”战略，聚焦市里“三区两城”定位，全力推进“四区两城”…); a guiding
formulation named far earlier in a long sentence (以…“三个代表”重要思想…为指导，…) is no step of it."""


def extract_slogan_links(doc: Document) -> None:
    """Add realisedBy and alignsWith links to `doc`."""
    named = _Named.of(doc)
    _realised_by_sections(doc, named)
    leads = _realised_by_paragraphs(doc, named)
    _realised_by_clauses(doc, named, leads)
    _realised_by_sub_paragraphs(doc, named)
    _realised_by_aspects(doc)
    _realised_by_programmes(doc, named)
    _aligns_with(doc)


def _first_components(doc: Document, min_length: int = MIN_CORE) -> list[Mention]:
    """One component mention per (slogan, label): the first one, if its label is that long."""
    seen, firsts = set(), []
    for mention in doc.mentions_of("component"):
        key = (mention.attrs["slogan"], mention.label)
        if key not in seen and len(mention.label) >= min_length:
            seen.add(key)
            firsts.append(mention)
    return firsts


@dataclass
class _Named:
    """What a report names that a part of it may realise: the first mention of each component,
    every component label of each slogan, and the slogans named in each sentence."""

    components: list[Mention]
    siblings: dict[str, set[str]]
    slogans: dict[int, list[Mention]]
    written: list[tuple[Mention, str]]  # each component with each way a report writes it in full

    @classmethod
    def of(cls, doc: Document) -> _Named:
        siblings: dict[str, set[str]] = {}
        for mention in doc.mentions_of("component"):
            siblings.setdefault(mention.attrs["slogan"], set()).add(mention.label)
        slogans: dict[int, list[Mention]] = {}
        for slogan in doc.mentions_of("slogan"):
            if _realisable(slogan.label):
                slogans.setdefault(slogan.sentence.index, []).append(slogan)
        components = [c for c in _first_components(doc, min_length=1) if _realisable(c.attrs["slogan"])]
        written = [(component, wording) for component in components if not _generic_in_glossary(component)
                   for wording in component_wordings(component.label, component.attrs["slogan"])
                   if len(wording) >= MIN_CORE]
        return cls([c for c in components if len(c.label) >= MIN_CORE], siblings, slogans, written)

    def carried_out(self, sentence, clauses: list[tuple[int, str]]) -> list[Mention]:
        """The slogans named in `sentence` and the components that its `clauses` (offset in the
        sentence, text) carry out; a clause listing two components of one slogan (实施A、B四大行动)
        carries the slogan out, not them."""
        found = []
        for at, clause in clauses:
            start, end = sentence.span.start + at, sentence.span.start + at + len(clause)
            found += [slogan for slogan in self.slogans.get(sentence.index, ())
                      if start <= slogan.span.start and slogan.span.end <= end
                      and carries_out(clause, slogan.span.start - start, slogan.span.end - start)
                      and not MECHANISM_AFTER.match(clause, slogan.span.end - start)]
            for component, wording in self.written:
                where = clause.find(wording)
                if (where >= 0 and carries_out(clause, where, where + len(wording))
                        and stands_alone(clause, where, where + len(wording))
                        and not _lists_components(clause, component, self.siblings)):
                    found.append(component)
        return list(dict.fromkeys(found))


def _generic_in_glossary(component: Mention) -> bool:
    """True for a component the report lists only in its glossary that is a word most reports write (重大项目, of 17.四重清单：
    重大项目、重大政策、重大平台、重大改革四个清单): a clause naming it (落实共建副中心年度重大事项、重大项目，协同推进甲高速… —
    trace-dev6 达州 2023) speaks of the report's own works, not of that list; a heading may still state it (see
    `patterns.realising.heading_states`)."""
    return in_glossary(component.sentence.section) and component.label in generic_words()


def _realisable(slogan: str) -> bool:
    """False for a slogan no part of a report carries out: one naming problems (`PROBLEM_HEAD`), overcome, and a count
    of the plan's own parts (`FRAMING_LIST`), which frames the sections rather than being realised by them."""
    return not PROBLEM_HEAD.search(slogan) and not FRAMING_LIST.match(slogan)


def _realised_by_sections(doc: Document, named: _Named) -> None:
    """Headings stating a component (or naming a slogan) realise it, and so do the sections whose
    lead sentence carries it out (…全力打造承接产业转移示范区…; a slogan only when the section has
    no headed sub-sections: over them, the lead previews what each of them carries out), unless the lead
    only titles the first of the section's paragraphs (全力推进“双招双引”。深入推进…).

    One pass over the sections, each looking only at its own heading and lead sentence, so the
    time grows with the number of headings, not with its square."""
    starts = [sentence.span.start for sentence in doc.sentences]
    heads = {slogan.label: _head_noun(slogan) for slogan in doc.mentions_of("slogan")}
    for section in doc.sections():
        if section.heading is None or section.style in SKIPPED_STYLES or in_glossary(section):
            continue
        heading = doc.sentence_at(section.heading.start)
        title = re.split(r"[:：]", section.title)[0]
        if heading is None or len(title) > MAX_TITLE or defines(section.title):
            continue  # a long "heading" is a paragraph, and one defining a term a glossary line: naming something there is not realising it
        heading_text = doc.text[section.heading.start:section.heading.end]
        linked = set()
        for component in named.components:
            if (heading_states(title, component.label, heads.get(component.attrs["slogan"]),
                               glossary_only=in_glossary(component.sentence.section))
                    and not _lists_components(heading_text, component, named.siblings)):
                doc.links.append(Link("realisedBy", component, section, heading))
                linked.add(id(component))
        for slogan in named.slogans.get(heading.index, ()):  # in the heading, also an inline one (二是更加深入推进“三大品牌”建设)
            if section.heading.start <= slogan.span.start < section.heading.end and _names_alone(title, slogan.label):
                doc.links.append(Link("realisedBy", slogan, section, heading))
                linked.add(id(slogan))
        lead = _lead_sentence(doc, section, starts)
        if lead is None or defines(lead.text) or states_guidance(lead.text) or titles_paragraph(doc, lead):
            continue  # (a lead titling its paragraph realises that paragraph: `_realised_by_paragraphs`)
        container = any(child.style not in ("inline", "paragraph") for child in section.children)
        carried = named.carried_out(lead, clauses(lead.text))
        slogans = [m for m in carried if m.type == "slogan"]
        previews = container or (len({m.label for m in slogans}) > 1 and _paragraph_of_its_own(doc, section, lead)
                                 and not all(m.attrs.get("level") == doc.meta.level for m in slogans))
        for mention in carried:
            if mention.type == "slogan" and (previews or GUIDELINE_HEAD.search(mention.label)):
                continue  # a lead over sub-sections previews what they carry out (坚决打好…三大战役，…), and so does a
                # paragraph of its own carrying out several slogans (落实城市工作“一个尊重”、“五个统筹”，开展…“三评三比”，
                # 提高…。\n加强和改进城市管理。…): none of them is the section's topic, unless all are the report's own
                # strategies ((三)加快构建现代产业体系。持续做好“三篇大文章”，抓实“五头五尾”，… — trace-dev5 黑龙江 2021)
            if id(mention) not in linked and not (mention.type == "component"
                                                  and _lists_components(heading_text, mention, named.siblings)):
                doc.links.append(Link("realisedBy", mention, section, lead))


def _names_alone(title: str, label: str) -> bool:
    """True when a heading `title` names the slogan `label` as what it carries out, standing alone in a clause (quoted, or
    after a verb of carrying out: 打好三大攻坚战), not as a modifier of another noun (一是强化三大战略支撑产业: the industries that
    support the province's three strategies — trace-dev3 河北 2007; see `patterns.realising.stands_alone`).

    >>> _names_alone("加快建设“五个中心”，全力打响“四大品牌”", "四大品牌"), _names_alone("打好三大攻坚战", "三大攻坚战")
    (True, True)
    >>> _names_alone("强化三大战略支撑产业", "三大战略"), _names_alone("坚决贯彻“巩固、增强、提升、畅通”八字方针", "八字方针")
    (False, True)

    A count right after a quoted list names the list (“巩固、增强、提升、畅通”八字方针 — trace-dev4 克拉玛依 2020), and a label
    closing a clause of adverbs before it is that clause's object (坚持九城同创，城乡面貌呈现新变化 — 亳州 2016, random check
    of seed 20313002):
    >>> _names_alone("坚持九城同创，城乡面貌呈现新变化", "九城同创"), _names_alone("坚持九城同创示范", "九城同创")
    (True, False)
    >>> _names_alone("围绕打好三大攻坚战", "三大攻坚战"), _names_alone("融入国内国际双循环", "双循环")
    (True, False)
    """
    return any(stands_alone(clause, at, at + len(label)) or clause[at - 1:at] == "”"
               or (_ADVERBS_ONLY.fullmatch(clause[:at]) is not None and not clause[at + len(label):].strip("”"))
               for _, clause in clauses(title) for at in (m.start() for m in re.finditer(re.escape(label), clause)))


_ADVERBS_ONLY = re.compile(rf"(?:{ITEM_OPENERS})?(?:{'|'.join(sorted(carrying_out_words(), key=len, reverse=True))}"
                           rf"|{'|'.join(CARRYING_OUT_VERBS + SUMMING_UP)})+“?")
"""A clause's opening of the words before a verb of carrying out (坚持, 深入…; see `patterns.realising.carrying_out_words`),
such verbs and words summing up only (围绕打好三大攻坚战 — 松原 2020, random check of seed 20313002)."""


def _paragraph_of_its_own(doc: Document, section: Section, lead) -> bool:
    """True when a section's `lead` ends its line and the section goes on in later paragraphs."""
    line_end = doc.text.find("\n", lead.span.end)
    return line_end >= 0 and not doc.text[lead.span.end:line_end].strip() and bool(
        doc.text[line_end:section.span.end].strip())


def _realised_by_paragraphs(doc: Document, named: _Named) -> set[int]:
    """A paragraph whose lead clause carries a slogan or a component out realises it, and so does one whose
    short opening sentence does in a later clause (坚持工业强市不动摇，深入实施“工业五项工程”。…, see
    `patterns.realising.titles_like`); one merely naming it further on, past its opening sentence (推进漓江生态保护和修复。
    深化漓江“三统”改革，…), does not. Returns the indexes of the lead sentences read."""
    leads = set()
    for lead, span in paragraph_leads(doc):
        leads.add(lead.index)
        if in_glossary(lead.section) or defines(lead.text) or states_guidance(lead.text):
            continue
        first = clauses(lead.text)[:1]
        realised = named.carried_out(lead, first)
        if not realised and titles_like(lead.text) and doc.text[lead.span.end:span.end].strip():
            for clause in clauses(lead.text)[1:]:  # a short opening sentence titling a paragraph does as a whole
                realised = named.carried_out(lead, [clause])
                if realised:
                    first = [clause]
                    break
        if not realised and len(first) == 1 and titles_like(lead.text) and doc.text[lead.span.end:span.end].strip():
            realised = _titled_by(lead, named)
        if realised:
            section = paragraph_section(lead, span, first[0][1])
            for mention in realised:
                doc.links.append(Link("realisedBy", mention, section, lead))
    return leads


def _titled_by(lead, named: _Named) -> list[Mention]:
    """The slogans a paragraph's title sentence of one clause opens with, as its subject, saying they were carried out
    (“六稳”“六保”任务高效落地。…, see `patterns.realising.CARRIED_OUT_TITLE` — trace-dev5 蚌埠 2021), the first after the field
    it is of at most (工业“5+1”产业体系基本构建。 — trace-dev5 四川 2020): the paragraph tells how."""
    if len(clauses(lead.text)) != 1:
        return []
    opening = [m for m in named.slogans.get(lead.index, ()) if m.span.start - lead.span.start <= len(lead.text)]
    titled, at = [], 0
    for slogan in sorted(opening, key=lambda m: m.span.start):
        between = lead.text[at:slogan.span.start - lead.span.start]
        if between not in ("“", "”“", "”、“", "”和“") and not (at == 0 and FIELD_BEFORE_TITLE.fullmatch(between)):
            break
        titled.append(slogan)
        at = slogan.span.end - lead.span.start
    title = lead.text.rstrip("。！!")
    return titled if titled and CARRIED_OUT_TITLE.fullmatch(title, at + 1) else []


def _realised_by_clauses(doc: Document, named: _Named, leads: set[int]) -> None:
    """A clause inside a paragraph that carries out a slogan or a component naming works (`WORKS_NOUNS`:
    …“十百千万”工程), built (`BUILT_AFTER`: 加快推进“三区一港”建设) or a campaign (`CAMPAIGN_AFTER`: 打好“5433”…大会战), a clause
    naming works that focus on it or the plan they follow (`FOCUS_CLAUSES`: 以“两新一重”项目…为重点; 按照“三区三带”生态建设格局), a clause growing its industries (`GROWN_INDUSTRY`), or one carrying it out as its whole object when the next clause
    opens on works (`_closes_clause`: 统筹实施“四压四上”，甲、乙等一批重大项目开工建设), when the clauses after it in its part of the sentence (up to a semicolon) name projects or
    programmes, realises it with them (强力推进“十百千万”工程，加快建设三峡水运新通道、集度汽车等10个五百亿级项目…):
    that stretch becomes a ``paragraph`` section. Projects named before the clause, or past a semicolon, are
    not its own; nor are those after a policy carried out (深化“两新”工作，推进何仙观水库建设)."""
    works = [m for m in doc.mentions if m.type in ("project", "programme")]
    named_at = sorted(m.span.start for m in works)
    opening_works, with_works = set(named_at), {m.sentence.index for m in works}
    for sentence in doc.sentences:
        if (sentence.index not in with_works or not (any(noun in sentence.text for noun in WORKS_NOUNS) or "建设" in sentence.text)
                or sentence.kind != "body" or in_glossary(sentence.section) or defines(sentence.text)
                or states_guidance(sentence.text)):
            continue  # (the cheap tests first: a sentence naming no works, or no word of works, realises none)
        parts = clauses(sentence.text)
        for i, (at, clause) in enumerate(parts):
            if i == 0 and sentence.index in leads:
                continue  # the paragraph's lead clause: the paragraph realises what it carries out
            then_works = i + 1 < len(parts) and sentence.span.start + parts[i + 1][0] in opening_works
            realised = [m for m in named.carried_out(sentence, [(at, clause)])
                        if _names_works(m, clause, at) or (then_works and _closes_clause(m, clause, at))]
            focus = next((match for match in (frame.fullmatch(clause) for frame in FOCUS_CLAUSES) if match), None)
            realised += [m for m in named.slogans.get(sentence.index, ()) if focus and m not in realised
                         and sentence.span.start + at + focus.start("object") <= m.span.start
                         and m.span.end <= sentence.span.start + at + focus.end("object") and _names_works(m, clause, at)]
            grown = GROWN_INDUSTRY.fullmatch(clause)
            realised += [m for m in named.slogans.get(sentence.index, ()) if grown and m not in realised
                         and m.span.start == sentence.span.start + at + grown.start("name")]
            if not realised:
                continue
            part_end = PART_END.search(sentence.text, at + len(clause))
            start, end = sentence.span.start + at, sentence.span.start + (part_end.start() if part_end else len(sentence.text))
            first = bisect.bisect_left(named_at, start + len(clause))
            if first < len(named_at) and named_at[first] < end:
                section = paragraph_section(sentence, Span(start, end), clause)
                for mention in realised:
                    doc.links.append(Link("realisedBy", mention, section, sentence))


def _realised_by_sub_paragraphs(doc: Document, named: _Named) -> None:
    """A review sentence of one clause inside a paragraph (not its lead) titling a slogan carried out (`_titled_by`: “三篇大文章”
    扎实推进。…; 工业“5+1”产业体系基本构建。聚力培育…，甲6代线、乙乘用车等一批重大项目建成投产，… — trace-dev5 四川 2020) opens a
    sub-paragraph realising it. It runs up to the next sentence of one clause naming no works (a sub-title or a statement,
    where the paragraph turns to another topic), the next aspect (`ASPECT`), or the paragraph's end, and becomes a
    ``paragraph`` section when it names works. A sentence naming works itself is no title.

    Not a sentence carrying a slogan out in the plan (着力推动“一心两道”建设。推进…): on the random check (seed 20312921) as many
    of the works after one were another topic's as its own (深入推进“四好农村路”建设。加快推进甲、乙水库建设，…), while the
    review's titles gave 17 right links, 2 wrong and 2 doubtful."""
    works = {m.sentence.index for m in doc.mentions if m.type in ("project", "programme")}
    for sentence in doc.sentences:
        if (sentence.kind != "body" or sentence.index in works or len(clauses(sentence.text)) != 1
                or not titles_like(sentence.text) or opens_its_line(doc, sentence) or in_glossary(sentence.section)
                or defines(sentence.text)):
            continue
        realised = _titled_by(sentence, named)
        if not realised:
            continue
        end = _sub_paragraph_end(doc, sentence, works)
        if any(sentence.index < index and doc.sentences[index].span.start < end for index in works):
            section = paragraph_section(sentence, Span(sentence.span.start, end), sentence.text.rstrip("。！!"))
            for mention in realised:
                doc.links.append(Link("realisedBy", mention, section, sentence))


def _sub_paragraph_end(doc: Document, title, works: set[int]) -> int:
    """Where the sub-paragraph that sentence `title` opens ends: at the next sentence of its line that is of one clause
    and names no works, or that opens an aspect, else at the line's end."""
    line_end = _line_end(doc.text, title.span.start)
    for sentence in doc.sentences[title.index + 1:]:
        if sentence.span.start >= line_end:
            break
        if ((len(clauses(sentence.text)) == 1 and sentence.index not in works) or ASPECT.match(sentence.text)):
            return sentence.span.start
    return line_end


def _realised_by_aspects(doc: Document) -> None:
    """A sentence opening on an aspect (`ASPECT`) that is a component of a slogan as the report writes it
    (`component_wordings`) realises the component with the sentences after it, up to the next aspect or the paragraph's
    end (畅通电力、航空、陆路、燃气、口岸和数据六大通道。电力通道方面，积极开展甲煤电项目前期工作…。航空通道方面，… — 包头 2015):
    that stretch becomes a ``paragraph`` section. A component of fewer than `MIN_CORE` characters so written (交通方面，) only
    where another component of its slogan opens an aspect of the same paragraph.

    >>> from tifa.loaders.document import DocumentMeta
    >>> from tifa.loaders.structure import annotate_structure
    >>> doc = Document(id="d", text="开展两大行动。交通方面，建设甲大桥。水利方面，建设乙水库。", meta=DocumentMeta(level="city"))
    >>> annotate_structure(doc)
    >>> doc.mentions += [Mention("component", label, Span(0, 0), doc.sentences[0], attrs={"slogan": "两大行动"})
    ...                  for label in ("交通", "水利")]
    >>> _realised_by_aspects(doc)
    >>> [(link.source.label, doc.text[link.target.span.start:link.target.span.end]) for link in doc.links]
    [('交通', '交通方面，建设甲大桥。'), ('水利', '水利方面，建设乙水库。')]
    """
    written: dict[str, list[Mention]] = {}
    for component in _first_components(doc, min_length=2):
        if _realisable(component.attrs["slogan"]):
            for wording in component_wordings(component.label, component.attrs["slogan"]):
                written.setdefault(wording, []).append(component)
    aspects = []
    for sentence in doc.sentences:
        match = ASPECT.match(sentence.text)
        if match and match["topic"] in written and sentence.kind == "body" and not in_glossary(sentence.section):
            aspects.append((sentence, match["topic"], _line_end(doc.text, sentence.span.start), match[0][:-1]))
    paragraphs = {section.id for section in doc.sections() if section.style == "paragraph"}
    for i, (sentence, topic, line_end, title) in enumerate(aspects):
        on_line = [other_topic for other, other_topic, other_end, _ in aspects if other_end == line_end and other is not sentence]
        end = next((other.span.start for other, _, other_end, _ in aspects[i + 1:] if other_end == line_end), line_end)
        if f"{sentence.section.id}.p{sentence.index}" in paragraphs:
            continue  # the sentence opens a paragraph realising something else: that paragraph stands for it
        components = [c for c in written[topic] if len(topic) >= MIN_CORE or any(
            c.attrs["slogan"] in {m.attrs["slogan"] for m in written[other]} for other in on_line if other != topic)]
        if components:
            section = paragraph_section(sentence, Span(sentence.span.start, end), title)
            for component in components:
                doc.links.append(Link("realisedBy", component, section, sentence))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _names_works(mention: Mention, clause: str, at: int) -> bool:
    """True when `mention`, carried out in `clause` (at `at` in its sentence), names works: its label, or the
    word after it there (its closing quote skipped), is one of `WORKS_NOUNS` or `BUILT_AFTER`, or a campaign, plan or
    strategy word closes the clause after it (`CAMPAIGN_AFTER`: 打好“5433”现代综合交通大会战)."""
    after = mention.span.end - mention.sentence.span.start - at
    following = clause[after:].lstrip("”’」") if 0 <= after <= len(clause) else ""
    return (mention.label.endswith(WORKS_NOUNS) or following.startswith(WORKS_NOUNS) or BUILT_AFTER.match(following) is not None
            or (0 <= after <= len(clause) and (CAMPAIGN_AFTER.fullmatch(clause, after) or GROWN_AFTER.fullmatch(clause, after))
                is not None))


def _closes_clause(mention: Mention, clause: str, at: int) -> bool:
    """True when `mention` (at `at` in its sentence) ends `clause`, its closing quote aside: the formulation is the whole
    object carried out (统筹实施“四压四上”，), so a next clause opening on works (甲炼化一体化、乙产业城等一批重大项目开工建设 —
    trace-dev6 山东 2021) tells what carried it out; a next clause opening on a verb (落实“六稳”，推进甲水库建设) is another
    task, and a word after it (深化“两新”工作) makes it a policy, see `_names_works`."""
    return not clause[mention.span.end - mention.sentence.span.start - at:].lstrip("”’」")


def _head_noun(slogan: Mention) -> str | None:
    """The noun a one-part slogan gives all its components (攻坚战 of 八大攻坚战), if it has one of two
    characters or more."""
    parts = rules.slogan_shape(slogan.attrs.get("aliases", [slogan.label])[0])
    return parts[0][1] if parts and len(parts) == 1 and len(parts[0][1]) >= 2 else None


def _lists_components(heading: str, component: Mention, siblings: dict[str, set[str]]) -> bool:
    """A heading naming two or more components of the slogan (实施A、B“两大工程”) lists them and
    realises none; an item heading that is one of them (…“十大行动”。一是土地出让行动) realises it."""
    return sum(label in heading for label in siblings[component.attrs["slogan"]]) > 1


def _lead_sentence(doc: Document, section: Section, starts: list[int]):
    """The sentence right after a section's heading, when it is inside the section (found by
    bisection over the sentence starts, not by a scan); for an item whose heading is the first
    clause of its sentence (一是推动核心产业向全产业链、价值链高端迈进。), the sentence after that one."""
    after = doc.sentence_at(section.heading.end)
    if after is not None and after.span.start <= section.heading.start:
        after = doc.sentences[after.index + 1] if after.index + 1 < len(doc.sentences) else None
    elif after is None:
        i = bisect.bisect_left(starts, section.heading.end)
        after = doc.sentences[i] if i < len(starts) else None
    if after is None or after.section is not section or after.kind == "heading":
        return None
    return after


def _realised_by_programmes(doc: Document, named: _Named) -> None:
    """A component names a programme (安全守底 → 十大安全守底项目); a slogan counting lists names the
    report's lists of that kind (四个十大 → 十大产业项目, 十大基础设施项目, …). Each programme once,
    with the sentence naming it as evidence."""
    programmes = list({(p.label, p.attrs.get("year")): p for p in reversed(doc.mentions_of("programme"))}.values())
    for component in named.components:
        for programme in programmes:
            if component.label in programme.label:
                doc.links.append(Link("realisedBy", component, programme, programme.sentence))
    linked = set()
    for slogan in doc.mentions_of("slogan"):
        lists = rules.LISTS_OF_LISTS.match(slogan.attrs.get("aliases", [slogan.label])[0])
        if lists is None or slogan.label in linked:
            continue
        linked.add(slogan.label)
        for programme in programmes:
            if programme.label.startswith(lists["word"]):
                doc.links.append(Link("realisedBy", slogan, programme, programme.sentence))


def _aligns_with(doc: Document) -> None:
    by_sentence: dict[int, list[Mention]] = {}
    for mention in doc.mentions_of("slogan"):
        by_sentence.setdefault(mention.sentence.index, []).append(mention)
    linked = set()
    for mentions in by_sentence.values():
        known = [m for m in mentions if m.attrs["level"] != "unknown"]
        ranks = [rules.LEVEL_RANK[m.attrs["level"]] for m in known]
        if len(set(ranks)) < 2 or ranks != sorted(ranks, reverse=True):
            continue
        if not any(is_aligned_clause(doc, m) for m in known):
            continue
        for i, lower in enumerate(known):
            rank = rules.LEVEL_RANK[lower.attrs["level"]]
            higher = [m for m in known[:i] if rules.LEVEL_RANK[m.attrs["level"]] > rank]
            if not higher:
                continue
            next_rank = min(rules.LEVEL_RANK[m.attrs["level"]] for m in higher)
            target = [m for m in higher if rules.LEVEL_RANK[m.attrs["level"]] == next_rank][-1]
            if lower.span.start - target.span.end > MAX_ALIGNMENT_GAP:
                continue
            if (lower.label, target.label, lower.sentence.index) not in linked:
                linked.add((lower.label, target.label, lower.sentence.index))
                doc.links.append(Link("alignsWith", lower, target, lower.sentence))
