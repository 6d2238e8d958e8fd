"""Places with administrative levels: corpus passages and made-up text."""

from pathlib import Path

import pytest

from tifa.loaders.document import Document
from tifa.loaders.extract.places import extract_places
from tifa.loaders.patterns.places import places_in
from tifa.loaders.pipeline import load_report
from tifa.loaders.structure import annotate_structure

CORPUS = Path(__file__).resolve().parents[1] / "tifa" / "corpus"
DEVSET = Path(__file__).resolve().parents[2] / "shared" / "devset"


def found(text):
    return [(p.label, p.admin_level) for p in places_in(text)]


def test_levels_and_chains():
    assert found("永州市零陵区珠山镇何家坪村") == [("永州市", "city"), ("零陵区", "district"), ("珠山镇", "town"),
                                                ("何家坪村", "village")]
    assert found("湖南省江华瑶族自治县大庆坪乡") == [("湖南省", "province"), ("江华瑶族自治县", "county"),
                                                  ("大庆坪乡", "township")]


def test_lead_verbs_are_not_part_of_the_name():
    assert found("项目选址珠山镇原上田工业园") == [("珠山镇", "town")]
    assert found("在富家桥镇建设风电场") == [("富家桥镇", "town")]


@pytest.mark.parametrize("text", ["区委区政府高度重视", "全区上下", "稳居全市前列", "老旧小区改造", "美丽乡村建设",
                                  "送戏下乡", "城中村改造", "产业强区", "市场主体", "县级以上",
                                  "科教兴区", "产业兴村", "三八红旗手", "信用乡创建"])
def test_words_that_are_not_places(text):
    assert found(text) == []


def test_corpus_places():
    doc = load_report(CORPUS / "lingling-14th-fyp.txt")
    levels = {m.label: m.attrs["admin_level"] for m in doc.mentions_of("place")}
    assert levels["珠山镇"] == "town" and levels["零陵区"] == "district" and levels["永州市"] == "city"
    assert levels["湖南省"] == "province"
    assert not any(label.startswith(("全", "区委")) for label in levels)


def test_extract_places_spans():
    doc = Document(id="t", text="零陵区黄田铺镇建成一座水厂。区委召开会议。")
    annotate_structure(doc)
    mentions = extract_places(doc)
    assert [(m.label, doc.span_text(m.span)) for m in mentions] == [("零陵区", "零陵区"), ("黄田铺镇", "黄田铺镇")]


@pytest.mark.skipif(not DEVSET.exists(), reason="devset absent")
def test_devset_city_report_names_its_counties():
    doc = load_report(DEVSET / "hengyang-2023-gwr.txt")
    levels = {m.label: m.attrs["admin_level"] for m in doc.mentions_of("place")}
    assert levels.get("衡阳市") == "city" and levels.get("衡南县") == "county" and levels.get("南岳区") == "district"


def test_one_character_counties_and_lead_verbs():
    assert found("推进道县、江永县和宁远县发展，支持祁阳市创建") == [
        ("道县", "county"), ("江永县", "county"), ("宁远县", "county"), ("祁阳市", "city")]
    assert found("接履桥街道") == [("接履桥街道", "street")]
    # 全县, 各县, 该县, 区县: quantifiers and pairs are not one-character names
    assert found("全县、各县、该县、两县，市县区县联动") == []


def test_chained_places_are_located_in_their_parent():
    doc = Document(id="t", text="项目位于湖南省永州市零陵区珠山镇，与东安县相邻。")
    annotate_structure(doc)
    extract_places(doc)
    assert [(l.source.label, l.target.label) for l in doc.links if l.relation == "locatedIn"] == [
        ("永州市", "湖南省"), ("零陵区", "永州市"), ("珠山镇", "零陵区")]


def listed(text):
    from tifa.loaders.patterns.places import listed_places
    return [(p.label, p.admin_level) for p in listed_places(text, places_in(text))]


def test_bare_places_of_a_typed_list():
    assert listed("提质改造水口山、珠山、黄田铺、石岩头4个乡镇农贸市场") == [
        ("水口山", "town"), ("珠山", "town"), ("黄田铺", "town"), ("石岩头", "town")]
    assert listed("宁远、江华、蓝山等县市区加快发展") == [("宁远", "county"), ("江华", "county"), ("蓝山", "county")]


def test_bare_places_next_to_a_suffixed_one():
    assert listed("道县、新田、江永纳入国家供粤基地") == [("新田", "county"), ("江永", "county")]


def test_lists_that_are_not_places():
    assert listed("发展电子、机械、食品3个县域产业") == []
    assert listed("推进稀土、锰业、食品等产业发展") == []
    assert found("对接国省政策") == []


@pytest.mark.parametrize("text", ["一、\n二、建设何仙观水库。", "一、", "、、、", "县、、乡", "\n、\n"])
def test_empty_list_pieces_never_fail_a_report(text):
    """A bare 一、 line (an empty list piece) once raised IndexError and failed the whole report."""
    doc = Document(id="t", text=text)
    annotate_structure(doc)
    from tifa.loaders.extract.projects import extract_projects
    extract_projects(doc)
    assert all(m.label for m in doc.mentions)


def test_a_village_after_the_short_form_of_its_county_is_two_places():
    assert found("推进南皮双庙村、汨罗西长村美丽乡村建设") == [
        ("南皮", "county"), ("双庙村", "village"), ("汨罗", "city"), ("西长村", "village")]
    doc = Document(id="t", text="建设南皮双庙村光伏电站，南皮加快发展。")
    annotate_structure(doc)
    from tifa.loaders.extract.places import extract_bare_places
    places = extract_places(doc)
    assert [(m.label, m.attrs.get("canonical")) for m in places] == [("南皮", "南皮县"), ("双庙村", None)]
    assert [(l.source.label, l.target.label) for l in doc.links if l.relation == "locatedIn"] == [("双庙村", "南皮")]
    assert [(m.label, m.attrs.get("canonical")) for m in extract_bare_places(doc)] == [("南皮", "南皮县")]


def test_a_featured_town_is_no_township():
    doc = Document(id="t", text="侨港镇加快发展。建设侨港小镇、侨港特色小镇和侨港汽车小镇，侨港建成新码头。")
    annotate_structure(doc)
    from tifa.loaders.extract.places import extract_bare_places
    extract_places(doc)
    bare = extract_bare_places(doc)
    assert [doc.text[m.span.start:m.span.end + 2] for m in bare] == ["侨港建成"]


def test_provinces_and_prefectures_far_from_the_report_named_bare():
    # 做好支援四川灾区; 赴北京、深圳等城市举办招商推介会; not 大太原街 (a street), “安康杯” (a cup), 洛阳江 (a river)
    from tifa.loaders.extract.places import extract_bare_places
    doc = Document(id="t", text="做好支援四川灾区工作，赴北京、深圳等城市举办推介会。推进大太原街改造，开展“安康杯”竞赛，整治洛阳江。")
    annotate_structure(doc)
    extract_places(doc)
    assert [(m.label, m.attrs.get("canonical")) for m in extract_bare_places(doc)] == \
        [("四川", "四川省"), ("北京", "北京市"), ("深圳", "深圳市")]


def test_a_district_named_as_a_new_area():
    # 沈北新区被评为“中国名优食品产业基地”: 新区 starts inside the name, 沈北 is a proper name
    assert found("沈北新区被评为示范基地，高新区加快发展") == [("沈北新区", "district")]


# --- rules read from the fourth names dev set (benchmarks/gold/dev-names4) ---------------------------------

def test_autonomous_units_by_their_plain_names_and_leagues():
    # 抚顺县、清原县和新宾县围绕木材加工 (清原满族自治县, 新宾满族自治县); 对口支援兴安盟等各项工作
    assert found("抚顺县、清原县和新宾县围绕木材加工") == [("抚顺县", "county"), ("清原县", "county"), ("新宾县", "county")]
    assert found("对口支援兴安盟等各项工作，加强联盟建设") == [("兴安盟", "city")]


def test_a_counted_list_of_graded_units():
    # 抓好和静、若羌2个示范引领县
    from tifa.loaders.patterns.places import listed_places
    assert [p.label for p in listed_places("抓好且末、若羌2个示范引领县", [])] == ["且末", "若羌"]
    assert listed_places("抓好且末、若羌3个示范引领县", []) == []


def test_a_far_place_after_a_verb_that_leads_into_names():
    # 主动融入沈阳现代化都市圈 (an 抚顺 report)
    doc = load_report_text("主动融入沈阳现代化都市圈，助力沈阳建设国家中心城市。", region="抚顺市")
    assert "沈阳" in [m.label for m in doc.mentions_of("place")]


def load_report_text(text, **meta):
    from tifa.loaders.document import DocumentMeta
    from tifa.loaders.extract.projects import extract_projects
    doc = Document(id="t", text=text, meta=DocumentMeta(**meta))
    annotate_structure(doc)
    extract_projects(doc)
    return doc


def test_a_bare_name_after_a_lead_verb_is_a_word_of_its_own():
    # 结合纪念陈嘉庚先生创办集美学校90周年，全面修缮集美学村 (集美学 of 集美学校 is no village)
    doc = load_report_text("结合纪念陈嘉庚先生创办集美学校90周年，全面修缮集美学村。", region="厦门市")
    assert [m.label for m in doc.mentions_of("place")] == ["集美学村"]


# --- rules read from the place precision sample of seed 20289341 and dev-names2 / dev-names4 ---------------------

def test_a_township_tier_zone_is_no_district():
    # 建设临港物流园区; 泉州出口加工区 (units the sources list among townships: parks, not districts)
    assert found("建设临港物流园区，扩大泉州出口加工区") == []
    assert found("零陵区加快发展") == [("零陵区", "district")]


def test_township_and_village_names_written_as_words():
    # 加快小城镇建设 (小城镇 is also a town of 公主岭市); 推进嘎查村集体经济; 银川中关村双创园
    doc = Document(id="t", text="加快小城镇建设，推进嘎查村集体经济。珠山镇何家坪村建成示范村。")
    annotate_structure(doc)
    assert [m.label for m in extract_places(doc)] == ["珠山镇", "何家坪村"]


def test_a_township_word_stays_a_place_in_its_own_prefecture():
    from tifa.loaders import gazetteer
    from tifa.loaders.patterns.places import prefecture_of, word_not_place
    town = places_in("加快小城镇建设")[0]
    home = prefecture_of(gazetteer.ancestors(town.units[0])[0])  # the prefecture of 公主岭市
    assert word_not_place(town, None) and word_not_place(town, prefecture_of(gazetteer.lookup("永州市")[0]))
    assert not word_not_place(town, home)


def test_a_village_of_one_character_after_its_county():
    # 衢江罗樟源水库、江山张村水库 (江山 → 江山市, 张村 a village named after a family); not 集美学村
    assert [p.label for p in places_in("加快衢江罗樟源水库、江山张村水库建设")] == ["江山", "张村"]


def test_a_name_read_across_two_ordinary_words():
    # “雪亮工程”立体安防城区全覆盖 (安防 + 城区, no 防城区); 推进城关区“双创”试点 and 在内蒙古自治区 keep their places
    assert found("立体安防城区全覆盖") == []
    assert [p for p, _ in found("推进城关区试点工作，在内蒙古自治区新建电站")] == ["城关区", "内蒙古自治区"]


def test_place_patterns_do_not_compile_the_project_patterns():
    """The place patterns read the words around works from `work_vocabulary`: importing them leaves the project
    patterns (about 0.3 s of compiling at `tifa trace` start-up) unloaded."""
    import subprocess
    import sys
    code = "import sys, tifa.loaders.patterns.places; print('tifa.loaders.patterns.projects' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
