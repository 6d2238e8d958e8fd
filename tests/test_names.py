"""The name engine's word knowledge, read from the real set's statistics (loaders/data, made by
scripts/word_stats.py): generic words, lead words, head words, word boundaries."""

import pytest

from tifa.loaders.patterns import names


def test_generic_words_come_from_many_regions_and_names_from_one():
    generic = names.generic_words()
    for word in ("重点", "产业", "标准化", "基础设施", "跨国公司", "长三角", "振兴", "合作"):
        assert generic.get(word, 0) >= names.GENERIC_REGIONS, word
    # proper names, the gazetteer's provinces and prefectures, counties' short forms few regions write
    for word in ("何仙观", "梁山岐", "湖南", "永州", "北京", "河西", "紫金"):
        assert word not in generic, word
    assert len(generic) > 10_000  # the statistics, not a hand-grown list


def test_regions_count_what_the_reports_write():
    regions = names.word_regions()
    assert regions["城市"] > regions["城北"] >= names.GENERIC_REGIONS
    assert "何仙观" not in regions


@pytest.mark.parametrize("text, distinctive", [
    ("人民医院", 0), ("重点产业", 0), ("何仙观水库", 3), ("锰系新材料产业园", 2), ("时代阳光", 0),
])
def test_distinctive_characters(text, distinctive):
    assert names.distinctive_length(text) == distinctive


def test_company_names_are_judged_with_a_looser_bar():
    # 中国稀土集团 is a company although 稀土 (47 regions) is a generic word for projects
    assert names.distinctive_length("稀土") == 0 and names.distinctive_length("稀土", names.COMPANY_REGIONS) == 2
    assert names.distinctive_length("城投", names.COMPANY_REGIONS) == 0


@pytest.mark.parametrize("text, lead", [
    ("加快推进何仙观水库", "加快"), ("串联东江科技园", "串联"), ("放宽跨国公司", "放宽"), ("我市国联集团", "我市"),
    ("共同建好雄安新区", "共同"), ("中设新材料", ""), ("运达风电", ""), ("东江科技园", ""),
])
def test_leading_words_are_cut_but_brands_the_segmenter_does_not_know_stay(text, lead):
    assert text[:names.leading_verb(text)] == lead


def test_heads_and_leads_are_read_from_the_data():
    assert {"水库", "铁路", "集团", "工业园"} <= names.name_heads()
    assert {"推进", "加快", "依托"} <= names.lead_words()
    assert not names.lead_words() & names.name_heads()


def test_word_spans_cover_the_text():
    text = "永州市场建设何仙观水库"
    spans = names.word_spans(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert (0, 2) in spans  # 永州|市场: no 永州市 here


def test_proper_words_are_rare_names_not_common_words():
    from tifa.loaders.patterns.names import has_proper_word
    assert has_proper_word("哈尔滨磨盘山供水")
    assert not has_proper_word("中水回用") and not has_proper_word("海关监管")


def test_step_adverbs_are_counted_between_a_name_and_its_step_and_are_no_steps_or_phases():
    from tifa.loaders.patterns.projects import EVERY_BUILDING_VERB, EVERY_SITE_STEP, PLAN_STEPS
    adverbs = set(names.step_adverbs())
    assert {"全线", "顺利", "相继", "即将", "已"} <= adverbs
    # the name goes on with 等, 段, a phase; a step or a verb of building is what the adverb leads to
    assert not adverbs & {"等", "段", "一期", "二期", "项目", "工程", *EVERY_SITE_STEP, *EVERY_BUILDING_VERB, *PLAN_STEPS}


def test_work_actions_and_site_leads_are_counted_and_hold_no_step_phase_or_programme_verb():
    from tifa.loaders.patterns.projects import EVERY_SITE_STEP
    actions, leads = set(names.work_actions()), set(names.site_leads())
    assert {"扩能改造", "升级改造"} <= actions and not actions & {"建成通车", "二期扩建", "开工建设", *EVERY_SITE_STEP}
    # the steps that open named works, not the verbs that open programmes as often (实施人才强市工程)
    assert {"建成", "开工建设", "开工"} <= leads and not leads & {"实施", "推进", "启动", "开展", "加快推进"}
