"""Entity resolution: which spellings merge, which stay apart, and how slogans are scoped."""

import pytest

from tifa.store.resolve import admin_level, name_entity, place_entity, resolution_key, resolve_document
from tifa.store.rdf import document_quads
from tifa.loaders.document import Document, DocumentMeta, Link, Mention, Section, Sentence, Span

MERGE = [
    ("project", ["何仙观水库", "何仙观大型水库项目", "永州市零陵区何仙观水库工程", "“何仙观水库”建设项目"]),
    ("park", ["锰系新材料产业园", "零陵区锰系新材料产业园", "湖南省永州市零陵区锰系新材料产业园区"]),
    ("project", ["中设新材料（二期）", "中设新材料二期项目", "中设新材料(二期)工程"]),
    ("indicator", ["地区生产总值", "GDP", "全区地区生产总值", "全市生产总值"]),
    ("slogan", ["“四区两城”", "四区两城", " 四区 两城 "]),
]

APART = [
    ("project", "湘江航道", "湘江大桥"),
    ("project", "中设新材料（二期）", "中设新材料"),
    ("project", "中设新材料一期", "中设新材料二期"),
    ("project", "黄江源水厂", "何仙观水厂"),
    # the admin name is what tells these apart: not stripped when the rest is generic
    ("project", "零陵区人民医院", "永州市人民医院"),
    ("project", "零陵区城北污水处理厂", "冷水滩区城北污水处理厂"),
    ("project", "零陵区农贸市场改造", "东安县农贸市场改造"),
]


@pytest.mark.parametrize("type_,labels", MERGE)
def test_spellings_of_one_entity_share_a_key(type_, labels):
    keys = {resolution_key(type_, label) for label in labels}
    assert len(keys) == 1, keys


@pytest.mark.parametrize("type_,a,b", APART)
def test_different_entities_sharing_words_stay_apart(type_, a, b):
    assert resolution_key(type_, a) != resolution_key(type_, b)


@pytest.mark.parametrize("label,key", [
    ("永州市零陵区何仙观水库工程", "何仙观水库"),
    ("何仙观大型水库项目", "何仙观水库"),
    ("中设新材料（二期）", "中设新材料二期"),
    ("工业园区污水处理厂", "工业园区污水处理厂"),  # 工业园区 is no administrative name
    ("东安县城污水处理厂", "东安县城污水处理厂"),  # 县城 is the county seat, not 县 + 城…
    ("零陵区水厂", "零陵区水厂"),  # too little would remain: the region scopes the rest
    ("水库工程", "水库工程"),  # a generic suffix is kept when nothing would remain
])
def test_project_labels_read_as_names(label, key):
    assert name_entity("project", label).label == key


@pytest.mark.parametrize("type_, a, region_a, b, region_b, same", [
    # the case: one city's 高新技术产业开发区 is not another's
    ("park", "零陵区高新技术产业开发区", None, "高新技术产业开发区", "冷水滩区", False),
    ("park", "零陵区高新技术产业开发区", None, "高新技术产业开发区", "零陵区", True),
    # a bare 高新区 in a 零陵区 report is 零陵区's, as is 零陵高新区 anywhere
    ("park", "高新区", "零陵区", "零陵高新区", "永州市", True),
    ("park", "高新区", "零陵区", "高新区", "祁阳市", False),
    ("project", "人民医院", "零陵区", "零陵区人民医院", "永州市", True),
    ("project", "市人民医院", "永州市", "永州市人民医院", "零陵区", True),
    # a distinctive name is one entity whichever region's report names it
    ("project", "何仙观水库", "零陵区", "永州市零陵区何仙观水库工程", "永州市", True),
    ("park", "锰系新材料产业园", "零陵区", "锰系新材料产业园", "永州市", True),
])
def test_keys_are_scoped_by_region_where_the_name_is_not(type_, a, region_a, b, region_b, same):
    assert (resolution_key(type_, a, region_a) == resolution_key(type_, b, region_b)) is same


def test_places_several_units_bear_are_scoped_by_the_nearest():
    lingling = DocumentMeta(region="零陵区", parent_region="永州市", level="district")
    xuanen = DocumentMeta(region="宣恩县", parent_region="恩施土家族苗族自治州", level="district")
    assert place_entity("珠山镇", lingling).key == "珠山镇@零陵区"
    assert place_entity("珠山镇", xuanen).key == "珠山镇@宣恩县"
    assert place_entity("珠山镇", lingling).label == "珠山镇"
    assert place_entity("零陵区", xuanen).key == "零陵区"  # one unit bears the name: no scope
    beijing = DocumentMeta(region="北京市", level="province")
    changchun = DocumentMeta(region="长春市", parent_region="吉林省", level="city")
    assert place_entity("朝阳区", beijing).key != place_entity("朝阳区", changchun).key


def test_places_keep_their_admin_suffix_and_level():
    assert resolution_key("place", "零陵区") == "零陵区"
    assert [admin_level(p) for p in ("湖南省", "永州市", "零陵区", "东安县", "珠山镇", "湘江", "中国")] == [
        "province", "city", "district", "county", "town", "unknown", "country"]


# ----------------------------------------------------------------- slogans and their components

def _slogan_doc(region, parent, level, slogan, items, slogan_level=None):
    """A one-sentence document listing a slogan's items: “四区两城”：A、B、C。"""
    text = f"“{slogan}”：" + "、".join(items) + "。"
    root = Section("s", 0, "root", None, "", None, Span(0, len(text)))
    sentence = Sentence(0, Span(0, len(text)), text, root)
    doc = Document(id=f"{region}-{slogan}", text=text, sentences=[sentence], root=root,
                   meta=DocumentMeta(region=region, parent_region=parent, level=level))
    start = text.index(slogan)
    attrs = {"level": slogan_level} if slogan_level else {}
    head = Mention("slogan", slogan, Span(start, start + len(slogan)), sentence, attrs)
    doc.mentions.append(head)
    for position, item in enumerate(items, 1):
        at = text.index(item)
        component = Mention("component", item, Span(at, at + len(item)), sentence)
        doc.mentions.append(component)
        doc.links.append(Link("hasComponent", head, component, sentence, {"position": position}))
    return doc


def _entities(doc, type_):
    return [e for m, e in resolve_document(doc).items() if m.type == type_]


def test_a_local_slogan_is_scoped_to_the_region_that_issued_it():
    lingling = _entities(_slogan_doc("零陵区", "永州市", "district", "四区两城", ["甲区", "乙城"]), "slogan")[0]
    other = _entities(_slogan_doc("祁阳市", "永州市", "district", "四区两城", ["丙区", "丁城"]), "slogan")[0]
    assert lingling.iri != other.iri
    assert lingling.label == other.label == "四区两城"


def test_a_city_slogan_is_the_same_in_the_city_report_and_in_a_district_report():
    in_city = _entities(_slogan_doc("永州市", "湖南省", "city", "三区两城", ["甲", "乙"]), "slogan")[0]
    in_district = _entities(
        _slogan_doc("零陵区", "永州市", "district", "三区两城", ["甲", "乙"], slogan_level="city"), "slogan")[0]
    assert in_city.iri == in_district.iri


def test_a_province_slogan_is_keyed_by_its_province_and_a_national_one_by_label_alone():
    a = _entities(_slogan_doc("零陵区", "永州市", "district", "三高四新", ["甲"], "province"), "slogan")[0]
    b = _entities(_slogan_doc("永州市", "湖南省", "city", "三高四新", ["甲"], "province"), "slogan")[0]
    elsewhere = _entities(_slogan_doc("成都市", "四川省", "city", "三高四新", ["甲"], "province"), "slogan")[0]
    assert a.iri == b.iri and a.key == "三高四新@湖南省" and a.level == "province"
    assert elsewhere.key == "三高四新@四川省"
    national = _entities(_slogan_doc("零陵区", "永州市", "district", "两个维护", ["甲"], "national"), "slogan")[0]
    assert national.key == "两个维护" and national.level == "national"


def test_one_label_of_one_region_is_one_entity_with_one_level():
    """一区三园 in 零陵区's plan for 2024 (district) and for 2022 (level not told) is one slogan;
    only the report that tells the level states it, so the entity never has two."""
    told = _entities(_slogan_doc("零陵区", "永州市", "district", "一区三园", ["甲"], "district"), "slogan")[0]
    untold = _entities(_slogan_doc("零陵区", "永州市", "district", "一区三园", ["甲"], "unknown"), "slogan")[0]
    assert told.iri == untold.iri
    assert (told.level, untold.level) == ("district", "unknown")
    quads = document_quads(_slogan_doc("零陵区", "永州市", "district", "一区三园", ["甲"], "unknown"))
    assert not [q for q in quads if q.predicate.value.endswith("#level") and "slogan/" in q.subject.value]


def test_a_level_the_region_does_not_have_is_not_stated():
    """A city report calling a slogan a district's does not say which district: not told."""
    found = _entities(_slogan_doc("永州市", "湖南省", "city", "五力零陵", ["甲"], "district"), "slogan")[0]
    assert found.key == "五力零陵@永州市" and found.level == "unknown"


def test_components_are_keyed_by_position_not_wording():
    y2022 = _slogan_doc("零陵区", "永州市", "district", "四区两城", ["承接产业转移示范区", "科教创新引领区"])
    y2024 = _slogan_doc("零陵区", "永州市", "district", "四区两城", ["承接产业转移示范区", "科教引领示范区"])
    a, b = _entities(y2022, "component"), _entities(y2024, "component")
    assert [e.iri for e in a] == [e.iri for e in b]
    # the canonical label depends on the key only, never on a document's wording
    assert [e.label for e in a] == [e.label for e in b] == ["四区两城·1", "四区两城·2"]
    assert [e.position for e in a] == [1, 2]
