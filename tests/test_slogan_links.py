"""Links from slogans down to what realises them: lists of lists, topics, glossaries (issue #8)."""

import sys
import tempfile
from importlib.resources import files
from pathlib import Path

import pytest

from tifa.loaders.pipeline import load_corpus, load_report
from tifa.loaders.structure import in_glossary

from test_heading_links import annotated

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import realset  # noqa: E402  (the benchmarks' reader of ../shared/realset)

needs_realset = pytest.mark.skipif(not realset.available(), reason="needs ../shared/realset")


def load_text(text: str, doc_id: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{doc_id}.txt"
        path.write_text(text, "utf-8")
        return load_report(path, doc_id=doc_id)


def realised(doc):
    return {(link.source.label, getattr(link.target, "title", None) or link.target.label)
            for link in doc.links if link.relation == "realisedBy"}


def test_a_slogan_counting_lists_is_realised_by_the_lists_of_that_kind():
    doc = annotated("2025年，全力推进“四个十大”。\n实施十大产业项目：甲公司新厂；乙大桥。\n实施十大基础设施项目：丁路；戊港。\n"
                    "实施十大民生实事：己学校；庚医院。\n推进“三个一百”。")
    assert {target for source, target in realised(doc) if source == "四个十大"} == {
        "十大产业项目", "十大基础设施项目", "十大民生实事"}


def test_a_component_is_stated_by_a_heading_through_its_topic():
    doc = annotated("深入开展“三大攻坚战”：宜商银川攻坚战、降碳扩绿攻坚战、平安银川攻坚战。\n"
                    "（一）聚焦平安银川建设，在深化治理上奋勇争先\n推进甲乙丙工程。\n（二）推进平安建设\n推进丁戊工程。")
    assert ("平安银川攻坚战", "聚焦平安银川建设，在深化治理上奋勇争先") in realised(doc)
    assert not any(target == "推进平安建设" for _, target in realised(doc))  # 平安 alone is not the topic


def test_glossary_entries_never_realise_a_component():
    for doc in load_corpus(files("tifa.corpus")):
        sections = [link.target for link in doc.links if link.relation == "realisedBy" and hasattr(link.target, "style")]
        assert sections and not any(in_glossary(section) for section in sections)


def test_alignment_steps_down_in_neighbouring_clauses_only():
    from tifa.loaders.document import Document, DocumentMeta
    from tifa.loaders.extract.slogan_links import extract_slogan_links
    from tifa.loaders.extract.slogans import extract_slogans
    from tifa.loaders.structure import annotate_structure
    text = ("坚持以“三个代表”重要思想为指导，全面贯彻党的基本理论、基本路线、基本方略，统筹推进经济建设、政治建设、"
            "文化建设、社会建设、生态文明建设，锚定“三高四新”，聚焦市里“三区两城”定位，全力推进“四区两城”建设。")
    doc = Document(id="t", text=text, meta=DocumentMeta(level="district", region="零陵区", parent_region="永州市"))
    annotate_structure(doc)
    extract_slogans(doc)
    extract_slogan_links(doc)
    pairs = {(l.source.label, l.target.label) for l in doc.links if l.relation == "alignsWith"}
    assert ("三区两城", "三高四新") in pairs and ("四区两城", "三区两城") in pairs
    assert not any(target == "三个代表" for _, target in pairs)  # named far back, as a guide: no step


# -- paragraphs carrying a slogan out (issue #8: the trace on reports nobody tuned on) ---------------

def _realisers(doc, label):
    """The sections realising `label` and, for each, what it includes."""
    realisers = [l.target for l in doc.links if l.relation == "realisedBy" and l.source.label == label]
    return {section.title: {l.target.label for l in doc.links if l.source is section
                            and l.relation in ("includesProject", "includesProgramme")} for section in realisers}


def test_a_paragraph_carrying_a_slogan_out_realises_it_with_the_projects_it_names():
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "加力落实“两新”行动。推进何仙观水库、绿影大道建设，开工潇湘文化旅游度假区项目。\n"
                    "稳定就业。新增就业2000人，推进张飞游乐园项目。\n")
    assert _realisers(doc, "两新") == {"加力落实“两新”行动": {"何仙观水库", "绿影大道", "潇湘文化旅游度假区项目"}}
    link = next(l for l in doc.links if l.relation == "realisedBy" and l.source.label == "两新")
    assert link.evidence.text == "加力落实“两新”行动。" and link.target.style == "paragraph"
    assert doc.text[link.target.span.start:link.target.span.end].endswith("度假区项目。")  # the paragraph, no further


def test_a_paragraph_naming_a_slogan_in_passing_does_not_realise_it():
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "推进漓江生态保护和修复。深化“两新”工作，推进何仙观水库、绿影大道建设。\n"
                    "“两新”工作成效明显，何仙观水库开工建设。\n")
    assert {m.label for m in doc.mentions if m.type == "slogan"} == {"两新"}
    assert _realisers(doc, "两新") == {}


def test_a_short_opening_sentence_carrying_a_slogan_out_in_a_later_clause_realises_its_paragraph():
    # 贵州 2020: 第一，全力打好“六网会战”。完成全社会交通固定资产投资…，建成兴义环城高速公路…; 梧州 2014: 以振兴工业为重点，加快
    # 推进经济发展“三步棋”。…全力推进…毅德商贸物流城…等重点项目建设 (the opening sentence titles its paragraph as a whole)
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "坚持工业强市不动摇，深入实施“工业五项工程”。推进何仙观水库、绿影大道建设。\n"
                    "全年完成投资120亿元，新增就业2000人，城乡居民收入稳步增长，深入实施“三大行动”。推进潇湘大桥项目。\n")
    assert _realisers(doc, "工业五项工程") == {"深入实施“工业五项工程”": {"何仙观水库", "绿影大道"}}
    assert _realisers(doc, "三大行动") == {}


def test_a_clause_carrying_out_a_works_slogan_realises_the_works_after_it_up_to_a_semicolon():
    # 湖北 2024: …强力推进“十百千万”工程，加快建设三峡水运新通道、集度汽车等10个五百亿级项目…; 宿迁 2023:
    # 实施名院、名科、名医“三名”工程，加快市妇幼医院…等公办医院建设
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "坚持供需协同发力。开展攻坚年活动，强力推进“十百千万”工程，加快建设何仙观水库、绿影大道等10个项目；"
                    "推进张飞游乐园项目。\n")
    assert _realisers(doc, "十百千万") == {"强力推进“十百千万”工程": {"何仙观水库", "绿影大道"}}
    link = next(l for l in doc.links if l.relation == "realisedBy" and l.source.label == "十百千万")
    assert link.evidence.text.startswith("开展攻坚年活动")


def test_a_clause_building_a_slogan_realises_the_works_after_it_but_not_a_fund_it_names():
    # 新疆 2022: 推进“三基地一通道”建设，重点推动…光伏制氢等一批重大项目建设; 昆明 2017: 设立…“五网”建设基金，启动…高速公路
    # (a campaign carried out, 打好“五网”建设五年大会战, realises the works after it: see the test of campaigns below)
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "坚持供需协同发力。加快推进“三区一港”建设，加快建设何仙观水库、绿影大道等10个项目；推进张飞游乐园项目。"
                    "设立“五网”建设基金，启动潇湘大桥项目。\n")
    assert _realisers(doc, "三区一港") == {"加快推进“三区一港”建设": {"何仙观水库", "绿影大道"}}
    assert _realisers(doc, "五网") == {}


def test_a_clause_carrying_out_a_campaign_plan_or_strategy_realises_the_works_after_it_up_to_a_semicolon():
    # trace dev2 杭州 2019: 打好“5433”现代综合交通大会战，加快建设萧山机场T4航站楼，…；trace dev 合肥 2024: 深入推进“1155”
    # 大交通计划，建成下塘工业园…; trace dev3 湛江 2016: 实施“一县一港区”战略，启动雷州乌石临港工业园货运码头…等县域港口工程
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "加快重大项目建设。打好“5433”现代综合交通大会战，加快建设何仙观水库、绿影大道；推进张飞游乐园项目。"
                    "设立“五网”建设基金，启动潇湘大桥项目。实施“一县一港区”战略，启动甲乙港码头等县域港口工程。\n")
    assert _realisers(doc, "5433") == {"打好“5433”现代综合交通大会战": {"何仙观水库", "绿影大道"}}
    assert _realisers(doc, "一县一港区") == {"实施“一县一港区”战略": {"甲乙港码头"}}
    assert _realisers(doc, "五网") == {}


def test_a_campaign_realises_no_goal_stated_after_it():
    # trace dev 昆明 2017: 打好“五网”建设五年大会战，高速公路通车总里程超过1000公里，实现市内县县通高速、滇中城市双高速
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "加快重大项目建设。打好“五网”建设五年大会战，建成何仙观水库，实现绿影大道全线贯通。\n")
    assert _realisers(doc, "五网") == {"打好“五网”建设五年大会战": {"何仙观水库"}}


def test_a_clause_naming_the_plan_works_follow_realises_the_works_after_it():
    # trace dev2 南阳 2016: 按照“三区三带”生态建设格局，重点实施南水北调中线生态廊道、白河两岸、高速通道等绿化工程
    doc = annotated("（一）抓生态\n全年造林10万亩。\n"
                    "推进生态工程建设。按照“三区三带”生态建设格局，重点实施何仙观廊道、绿影大道等绿化工程；推进张飞游乐园项目。"
                    "按照“四个全面”要求，推进潇湘大桥项目。\n")
    assert _realisers(doc, "三区三带") == {"按照“三区三带”生态建设格局": {"何仙观廊道", "绿影大道"}}
    assert _realisers(doc, "四个全面") == {}


def test_a_clause_naming_works_that_focus_on_a_slogan_realises_the_works_after_it():
    # trace dev3 昆明 2021: 以“两新一重”项目、补短板项目、产业集群项目为重点，切实抓好…要素保障，…确保长龙高速、罗泊河水库
    # （清水海二期）等240个重大新开工项目完成投资不低于700亿元
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "持续扩大有效投资。强化项目包装。以“两新一重”项目、补短板项目为重点，抓好要素保障，确保何仙观水库、绿影大道等"
                    "240个重大项目完成投资700亿元。以“三个城市”建设为目标，推进潇湘大桥项目。\n")
    assert _realisers(doc, "两新一重") == {"以“两新一重”项目、补短板项目为重点": {"何仙观水库", "绿影大道"}}
    assert _realisers(doc, "三个城市") == {}


def test_a_clause_growing_a_slogans_industries_realises_the_firms_and_works_after_it():
    # trace dev2 武威 2021: 大力发展“8+N”优势主导产业，引进实施了牧原生猪、海升现代农业…等一批扎根落地的大项目好项目
    doc = annotated("（一）抓产业\n全年完成投资120亿元。\n"
                    "现代农业方面，大力发展“8+N”优势主导产业，建成何仙观水库、绿影大道等10个项目；推进张飞游乐园项目。"
                    "大力发展“三大”文化，建成潇湘大桥项目。\n")
    assert _realisers(doc, "8+N") == {"大力发展“8+N”优势主导产业": {"何仙观水库", "绿影大道"}}


def test_a_way_of_working_carried_out_realises_no_part():
    # trace dev 咸宁 2025: （一）抓实抓细产业倍增行动，…。…，推进“三线并进”工作机制，筑牢高质量发展基石。(the section's works
    # are the action's, not the mechanism's)
    doc = annotated("（一）抓项目促投资\n坚持项目为王，推进“三线并进”工作机制，筑牢发展基石。\n"
                    "大力推进招商引资。建成何仙观水库，开工绿影大道。\n"
                    "（二）抓民生\n加快构建“两横两纵”路网。建成潇湘大桥。\n")
    assert _realisers(doc, "三线并进") == {}
    assert _realisers(doc, "两横两纵") == {"加快构建“两横两纵”路网": {"潇湘大桥"}}


def test_a_clause_carrying_out_a_policy_does_not_take_the_works_after_it():
    doc = annotated("（一）抓项目促投资\n全年完成投资120亿元。\n"
                    "推进漓江生态保护。深化“两新”工作，推进何仙观水库建设。稳步实施“三大行动”，推进绿影大道建设。\n")
    assert _realisers(doc, "两新") == {} and _realisers(doc, "三大行动") == {}


def test_an_item_paragraph_on_its_own_line_carries_out():
    doc = annotated("一、2024年工作回顾\n全年完成投资120亿元。\n"
                    "四是大力推进“两重”建设和“两新”工作，内需潜力进一步释放。加快何仙观水库建设。\n")
    assert _realisers(doc, "两新") == {"四是大力推进“两重”建设和“两新”工作": {"何仙观水库"}}


def test_a_component_carried_out_in_full_with_its_slogan_head_noun():
    doc = annotated("加快打造教育、医疗、文化、商贸“四大高地”。\n（一）抓民生\n全年完成投资120亿元。\n"
                    "加快建设教育高地。推进何仙观水库建设。\n推进文化事业。建成绿影大道。\n")
    assert _realisers(doc, "教育") == {"加快建设教育高地": {"何仙观水库"}}
    assert _realisers(doc, "文化") == {}  # 推进文化事业 is not the 文化高地


def test_a_glossary_line_outside_a_glossary_realises_nothing():
    doc = annotated("（一）脱贫攻坚\n全年完成投资120亿元。\n"
                    "2.“十大清零”：滞销农产品销售清零、教育扶贫问题清零、健康扶贫问题清零。\n"
                    "旅游“双创”：指创建全域旅游示范区和广西特色旅游名县。\n")
    assert not [l for l in doc.links if l.relation == "realisedBy"]


def test_a_sentence_stating_guidance_carries_none_of_its_formulations_out():
    doc = annotated("（一）总体要求\n全年完成投资120亿元。\n"
                    "坚持以习近平新时代中国特色社会主义思想为指导，全力推进“四区两城”建设，推进何仙观水库建设。\n")
    assert _realisers(doc, "四区两城") == {}


def test_the_shipped_corpus_reaches_projects_through_a_paragraph():
    doc = next(d for d in load_corpus(files("tifa.corpus")) if d.id == "lingling-2022-plan")
    # line 78: 全力建设文化旅游名城。坚持以零陵古城为龙头，…加速推进滨江新城康养综合体…张飞游乐园项目…
    reached = _realisers(doc, "文化旅游名城")["全力建设文化旅游名城"]
    assert {"张飞游乐园项目", "滨江新城康养综合体"} <= reached


@needs_realset
def test_unseen_reports_reach_projects_through_paragraphs_and_not_in_passing():
    texts = realset.read_texts(["province/广东省/2025.txt", "city/汕头市/2021.txt"])
    guangdong = load_text(texts["province/广东省/2025.txt"], "guangdong")
    shantou = load_text(texts["city/汕头市/2021.txt"], "shantou")
    # 四是大力推进“两重”建设和“两新”工作，…梅龙高铁…
    assert any("梅龙高铁" in projects for projects in _realisers(guangdong, "两新").values())
    # 深入实施“湾区通”工程。加快…，深化轨道交通“四网融合”，做好广珠澳高铁…: named in passing
    assert _realisers(guangdong, "四网融合") == {}
    # 加快建设区域教育高地。…汕头大学东校区一期…
    assert any("汕头大学东校区一期" in projects for projects in _realisers(shantou, "教育").values())


def test_a_paragraph_written_on_its_headings_line_is_realised_by_its_title_sentence_alone():
    # trace-dev3 湛江 2016: （五）加强生态环境保护，促进绿色低碳循环发展。扎实推进“三个城市”建设。动工建设…\n加快实施主城区治水工程。…
    doc = annotated("（五）加强生态环境保护。扎实推进“三个城市”建设。建设何仙观水库，改造绿影大道。\n"
                    "加快实施治水工程。新建张飞游乐园项目。\n")
    assert _realisers(doc, "三个城市") == {"扎实推进“三个城市”建设": {"何仙观水库", "绿影大道"}}


def test_a_section_lead_carrying_out_several_slogans_realises_none_of_them():
    # trace-dev3 湛江 2016: 贯彻中央城市工作会议精神，落实城市工作“一个尊重”、“五个统筹”，开展城市扩容提质“三评三比”，提高…
    doc = annotated("（四）提高城市建设管理水平\n落实城市工作“一个尊重”、“五个统筹”，开展城市扩容提质“三评三比”，提高城市治理能力。\n"
                    "推进何仙观水库建设。\n")
    for label in ("一个尊重", "五个统筹", "三评三比"):
        assert _realisers(doc, label) == {}, label


def test_a_section_lead_carrying_out_several_of_the_reports_own_strategies_realises_each():
    # trace-dev5 黑龙江 2021: （三）加快构建现代产业体系。持续做好“三篇大文章”，抓实“五头五尾”，推动产业结构优化升级。
    glossary = "名词解释：\n1.“三篇大文章”：甲、乙、丙。\n2.“五头五尾”：油头化尾、煤头电尾、粮头食尾、林头木尾、农头工尾。\n"
    doc = annotated("（三）加快构建现代产业体系。持续做好“三篇大文章”，抓实“五头五尾”，推动产业结构优化升级。\n"
                    "推动何仙观数据中心基地建设。\n" + glossary)
    for label in ("三篇大文章", "五头五尾"):
        assert _realisers(doc, label) == {"加快构建现代产业体系": {"何仙观数据中心基地"}}, label


def test_a_count_of_the_plans_own_tasks_frames_its_sections_and_is_realised_by_none():
    # trace-dev5 长春 2012: 重点抓好以下七项任务：⏎（一）加快工业转型升级⏎…
    doc = annotated("二、2012年主要任务\n重点抓好以下三项任务：\n（一）加快工业转型升级\n推进何仙观汽车厂项目建设。\n"
                    "（二）扎实推动县域经济突破\n建设绿影大道。\n（三）大力发展现代服务业\n建设张飞游乐园。\n")
    assert {m.label for m in doc.mentions_of("component")} >= {"加快工业转型升级", "现代服务业"}
    for label in ("三项任务", "加快工业转型升级", "现代服务业"):
        assert _realisers(doc, label) == {}, label
    # …but a count of actions is a strategy of its own, realised by the sections carrying it out
    doc = annotated("二、2012年主要任务\n重点实施以下三大行动：\n（一）工业转型行动\n推进何仙观汽车厂项目建设。\n"
                    "（二）县域突破行动\n建设绿影大道。\n（三）服务业提速行动\n建设张飞游乐园。\n")
    assert _realisers(doc, "工业转型行动") == {"工业转型行动": {"何仙观汽车厂项目"}}


def test_a_review_paragraph_titled_by_slogans_carried_out_realises_them():
    # trace-dev5 蚌埠 2021: “六稳”“六保”任务高效落地。…康宁药玻、比亚迪刀片电池…等50亿元以上重大产业项目落地。
    doc = annotated("一、2020年工作回顾\n“六稳”“六保”任务高效落地。出台惠企政策204条，何仙观水库、绿影大道等重大项目落地。\n")
    for label in ("六稳", "六保"):
        assert _realisers(doc, label) == {"“六稳”“六保”任务高效落地": {"何仙观水库", "绿影大道"}}, label
    # …not one naming the way another topic is worked on (trace-dev3 丽水 2023: “一业一方案”培育五大…支柱产业。)
    doc = annotated("（一）做强产业\n“一业一方案”培育五大支柱产业。加快推进何仙观产业基地、绿影现代农业示范园建设。\n")
    assert _realisers(doc, "一业一方案") == {}


def test_a_slogan_naming_problems_is_overcome_not_realised():
    # trace-dev3 丽水 2023: （一）…，全力突破短期稳增长与长期优结构“双重困难”。
    doc = annotated("（一）全力突破稳增长与优结构“双重困难”\n推进何仙观水库建设。\n")
    assert {m.label for m in doc.mentions if m.type == "slogan"} == {"双重困难"}
    assert _realisers(doc, "双重困难") == {}


def test_a_common_word_listed_only_in_the_glossary_states_no_heading_it_only_modifies():
    doc = annotated("二、2025年工作安排\n第一，大力推进深度贫困县“七个攻坚”行动。落实扶贫计划。\n"
                    "第二，加快构建现代基础设施体系。建设甲乙高速公路。\n第三，推进基础设施建设。建设丙丁水库。\n"
                    "名词解释：\n1.“七个攻坚行动”：在深度贫困地区实施住房、产业、就业、教育、健康、基础设施、生态等攻坚行动。")
    headings = {target for source, target in realised(doc) if source == "基础设施"}
    assert "加快构建现代基础设施体系" not in headings  # the province's infrastructure, not the poverty campaign's
    assert "推进基础设施建设" in headings


def test_an_aspect_that_is_a_component_realises_it_up_to_the_next_aspect():
    # 包头 2015: 三是抓好六大通道建设。畅通电力、航空…和数据六大通道，…。电力通道方面，积极开展甲煤电项目前期工作…。航空通道方面，…
    doc = annotated("二、2015年工作安排\n三是抓好三大通道建设。畅通电力、航空和陆路三大通道。电力通道方面，开工何仙观电厂项目。"
                    "航空通道方面，建设绿影机场。陆路通道方面，推进张飞高速公路建设。提早谋划潇湘大道建设。\n")
    assert _realisers(doc, "电力") == {"电力通道方面": {"何仙观电厂项目"}}
    assert _realisers(doc, "陆路") == {"陆路通道方面": {"张飞高速公路", "潇湘大道"}}  # the last aspect: to the paragraph's end


def test_a_short_component_written_as_an_aspect_needs_a_sibling_aspect_beside_it():
    # 固原 2016: 交通方面，建成…8条公路。…水利方面，中庄水库调试供水…  (of “六个基础”: 交通、水利、…)
    glossary = "名词解释：\n1.“两个基础”：交通、水利。\n"
    doc = annotated("（一）夯实“两个基础”\n全年投资百亿元。交通方面，建设何仙观大桥。水利方面，建设绿影水库。\n" + glossary)
    assert _realisers(doc, "交通") == {"交通方面": {"何仙观大桥"}}
    doc = annotated("（一）发展文旅\n全年投资百亿元。交通方面，建设何仙观大桥。\n" + glossary)
    assert _realisers(doc, "交通") == {}


def test_speeding_up_a_quoted_formulation_carries_it_out_but_not_speeding_up_something_else_about_it():
    # trace-dev4 湖北 2013: 加快“两型”社会建设。…; trace-dev5 黄冈 2025: …，加快“四链融合”，开辟新赛道，塑造新动能。
    doc = annotated("（一）抓生态\n全年完成投资120亿元。\n加快“两型”社会建设。推进何仙观水库建设。\n"
                    "加快补齐“三农”短板。推进绿影大道建设。\n")
    assert _realisers(doc, "两型") == {"加快“两型”社会建设": {"何仙观水库"}}
    assert _realisers(doc, "三农") == {}  # 加快 qualifies 补齐 here: the shortfall is made up, not 三农 carried out


def test_taking_part_in_a_formulation_carries_it_out():
    # trace-dev4 盘锦 2025: 坚持以港兴市不动摇，深度参与“一带一路”建设，…
    doc = annotated("（四）狠抓开放带动。坚持以港兴市，深度参与“一带一路”建设，提升开放水平。\n推进何仙观港区建设。\n")
    assert _realisers(doc, "一带一路") == {"狠抓开放带动": {"何仙观港区"}}
    # …but not joining a pattern among a section's aims (吉林市 2021: 深度融入国内大循环，积极参与国内国际双循环，…; 长沙 2022:
    # 主动融入“双循环”新发展格局，全力建设国家综合交通枢纽中心。)
    doc = annotated("（三）扩大内需\n深度融入国内大循环，积极参与国内国际“双循环”新格局，稳定经济增长。\n推进何仙观商贸中心建设。\n"
                    "（四）建设交通枢纽\n主动融入“双循环”新发展格局，全力建设交通枢纽中心。\n推进绿影高速建设。\n")
    assert _realisers(doc, "双循环") == {}


def test_a_review_sentence_titling_a_slogan_inside_a_paragraph_opens_a_sub_paragraph_up_to_the_next_topic():
    # 天津 2007 (random check, seed 20312921): …。“两港两路”建设顺利推进。天津港25万吨级深水航道一期…竣工。…
    doc = annotated("一、2006年工作回顾\n经济运行稳中有进。“两港两路”建设顺利推进。何仙观港深水航道一期竣工。绿影大道建成通车，沿线绿化全部完成。"
                    "新增就业岗位2000个。张飞大桥建成通车，交付使用。\n")
    assert _realisers(doc, "两港两路") == {"“两港两路”建设顺利推进": {"何仙观港深水航道一期", "绿影大道"}}


def test_a_plan_sentence_carrying_a_slogan_out_inside_a_paragraph_opens_no_sub_paragraph():
    # 怒江 2023 (random check, seed 20312921): 深入推进“四好农村路”建设。加快推进腊岔箐、志本河水库建设，… (another topic's works)
    doc = annotated("二、2025年工作安排\n全年完成投资120亿元。\n"
                    "加快补齐短板。深入推进“四好农村路”建设。加快推进何仙观水库建设，推进供水一体化项目建设。\n")
    assert _realisers(doc, "四好农村路") == {}


def test_a_review_sentence_titling_a_slogan_of_a_field_opens_a_sub_paragraph():
    # trace-dev5 四川 2020: …。工业“5+1”产业体系基本构建。聚力培育16个重点产业和数字经济，京东方绵阳6代线、吉利乘用车等一批重大项目建成投产，…
    doc = annotated("一、2019年工作回顾\n经济运行稳中有进。工业“5+1”产业体系基本构建。聚力培育重点产业，何仙观6代线、绿影乘用车等"
                    "一批重大项目建成投产。获批国家数字经济试验区。建成张飞游乐园项目。\n")
    assert _realisers(doc, "5+1") == {"工业“5+1”产业体系基本构建": {"何仙观6代线", "绿影乘用车"}}


def test_a_sentence_inside_a_paragraph_opens_no_sub_paragraph_for_an_activity_a_goal_or_works_named_after_a_slogan():
    # trace-dev 宣城 2025: 坚持开展季度“三比三学三赶超”活动。纳入省开工动员项目105个，…。中煤宣城电厂三期项目正式签约。
    # trace-dev3 丽水 2023: 大力推动城市能级品质“双提升”。…。江滨商务中心等城市地标项目建成开业
    # trace-dev2 武威 2021: 建成古浪战役纪念馆二期、八步沙“两山”实践创新基地等项目。
    doc = annotated("一、2024年工作回顾\n经济运行稳中有进。坚持开展季度“三比三学三赶超”活动。何仙观电厂三期项目正式签约。"
                    "大力推动城市能级品质“双提升”。绿影商务中心等城市地标项目建成开业。"
                    "建成张飞纪念馆二期、八步沙“两山”实践创新基地等项目。潇湘大桥建成通车。\n")
    for label in ("三比三学三赶超", "双提升", "两山"):
        assert _realisers(doc, label) == {}, label


# -- trace-dev6: what the first run on reports nobody tuned on missed or got wrong ------------------------------------

def traced(doc) -> dict[str, set[str]]:
    """slogan → the names of the projects and programmes its trace reaches (as `benchmarks/trace_reach` follows them)."""
    from trace_reach import reached_targets
    return {slogan: {name for _, name in targets} for slogan, targets in reached_targets(doc).items()}


def test_a_bare_formulation_carried_out_realises_the_works_opening_the_next_clause():
    doc = load_text("一、2020年工作回顾\n（一）推进动能转换，新动能加快成长。压减粗钢产能300万吨。"
                    "统筹实施“四压四上”，青岚湾炼化一体化项目、北辰重工智造产业城等一批重大项目开工建设。\n"
                    "（二）稳定经济运行\n全年经济平稳。落实“六稳”，推进白石水库建设。深化“两新”工作，红溪水库开工建设。\n", "bare-formulation")
    assert {"青岚湾炼化一体化项目", "北辰重工智造产业城"} <= traced(doc).get("四压四上", set())
    assert not traced(doc).get("六稳") and not traced(doc).get("两新")  # a verb, or a policy word, opens another task


def test_a_project_named_as_the_component_its_heading_realises_is_not_one_of_its_works():
    doc = load_text("二、2023年工作安排\n（一）聚焦战略定位\n加快建设东出北上国际陆港枢纽。加快建设西岭高铁和南山高速，"
                    "启动青石铁路集装箱基地建设。\n名词解释\n1.一区一枢纽一中心：青山天然气综合利用集聚区、东出北上国际陆港枢纽、"
                    "川东北省域经济副中心。\n", "component-heading")
    reached = set().union(*traced(doc).values())
    assert "西岭高铁" in reached and "东出北上国际陆港枢纽" not in reached


def test_a_generic_word_listed_only_in_the_glossary_is_not_carried_out_by_a_clause():
    doc = load_text("二、2023年工作安排\n（八）推进区域合作\n联手南充建设副中心。落实共建副中心年度重大事项、重大项目，"
                    "协同推进南江高速前期工作，共同推进亭山灌区一期建设。\n名词解释\n1.四重清单：重大项目、重大政策、重大平台、"
                    "重大改革四个清单。\n", "generic-component")
    assert not traced(doc).get("四重清单")


def test_a_firm_resolve_opens_a_clause_carrying_a_formulation_out():
    doc = load_text("二、2023年工作安排\n（二）提速新型工业化\n坚定实施“双园驱动”战略。高新区继续在“高”和“新”上做文章，"
                    "大力推动青云无人机、新材料等重大项目落地开工。\n坚定信心，“三大产业”稳步发展。推进红岩水库建设。\n", "firm-resolve")
    assert "青云无人机" in traced(doc).get("双园驱动", set())
    assert not traced(doc).get("三大产业")  # 坚定 is an adverb before a verb of carrying out, not one itself


def test_a_heading_naming_a_slogan_as_a_modifier_does_not_carry_it_out():
    doc = load_text("二、2007年工作安排\n今年要大力实施科教兴省、开放带动、城镇化三大战略。\n（一）加快结构调整\n"
                    "抓住结构调整的核心，培育壮大主导产业。一是强化三大战略支撑产业。石油化工业要加强合作，加快石门化工基地、"
                    "任川石化产业基地建设。二是打好三大攻坚战。推进白沙污水处理厂建设。\n", "modifier-heading")
    assert not traced(doc).get("三大战略")  # the industries supporting the three strategies are the item's topic
    assert "白沙污水处理厂" in traced(doc).get("三大攻坚战", set())
    review = load_text("一、2015年工作回顾\n（五）坚持九城同创，城乡面貌呈现新变化。始终把“九城同创”作为重要抓手，"
                       "建成220千伏青漆变电站、涡河白鹭大道桥。\n", "object-heading")
    assert "涡河白鹭大道桥" in traced(review).get("九城同创", set())  # 坚持 before it: the clause's object


def test_a_formulation_named_beside_the_one_a_clause_carries_out_is_not_its_work():
    doc = load_text("二、2020年工作安排\n（二）抓项目\n深入开展“产业项目建设年”活动，持续推进省定“五个100”项目、市定“2+10”工程建设，"
                    "突出抓好青山新能源汽车、白鹭机器人等重大产业项目。\n", "beside-clause")
    reached = traced(doc).get("2+10", set())
    assert "五个100" not in reached and {"青山新能源汽车", "白鹭机器人"} & reached
