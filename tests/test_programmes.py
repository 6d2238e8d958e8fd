"""Programmes (十大…项目) and their project items, on the corpus and on made-up text.

The item lists below were copied from the reports by reading them (lingling-2024-plan lines 24-34,
yongzhou-2024-gwr line 59)."""

from __future__ import annotations

from test_slogans import corpus_doc, made_up

from tifa.loaders.document import Document, DocumentMeta
from tifa.loaders.extract.programmes import extract_programmes
from tifa.loaders.structure import annotate_structure


def programmes(doc, label):
    return [m for m in doc.mentions_of("programme") if m.label == label]


def included(doc, programme):
    return [l.target for l in doc.links if l.relation == "includesProject" and l.source is programme]


LINGLING_2025 = {
    "十大制造业项目": ["零陵卷烟厂卷包及动力车间就地技术改造", "伍子醉生态链产业园", "稀土冶炼分离项目",
                      "中设新材料（二期）", "科瑞锰业", "中芯能2万吨锂电池正极原材料", "4万吨独居石加工氯化稀土",
                      "钽铌锡等稀有元素综合利用", "稀贵金属综合利用", "循环科技"],
    "十大基础设施项目": ["湘江航道零陵千吨级码头", "柳子街等历史文化街区保护提升", "湖南稀土新材料产业园基础设施",
                        "萍阳北路延伸段", "古城路", "S339黄古山至大忠桥二级公路", "珠山至水口山、珠山至石岩头三级公路",
                        "零道高速（零陵段）", "燃气发电", "交通物流产业园"],
    "十大财源建设项目": ["土地出让", "城市经营", "区属国企赋能增收", "锰矿矿权出让", "林业、水、风光等资源开发利用",
                        "闲置资产处置", "房地产税费清缴及办证", "砂石土矿开发利用", "碳汇开发和交易",
                        "土地整理及林地指标开发和交易"],
    "十大安全守底项目": ["森林防火智慧预警系统建设", "基层综合应急救援能力提升", "道路交通安防工程",
                        "非煤矿山应急预警信息化建设", "病险水库除险加固", "地质灾害防治能力提升",
                        "智慧能源（燃气）平台建设", "愚溪河生态环境综合治理", "电梯应急救援平台建设", "校车安全能力提升"],
}


def test_four_programme_lists_of_2024_plan():
    doc = corpus_doc("lingling-2024-plan")
    for label, items in LINGLING_2025.items():
        (programme,) = programmes(doc, label)
        assert programme.attrs["year"] == 2025 and programme.attrs["count"] == 10
        assert programme.attrs["items"] == items
        projects = included(doc, programme)
        assert [p.label for p in projects] == items
        assert all(p.type == "project" and p.attrs["from"] == "programme" for p in projects)
        assert all(doc.span_text(p.span) == p.label for p in projects)
        assert all(p.label in link.evidence.text for link in doc.links
                   if link.relation == "includesProject" and link.source is programme for p in [link.target])


def test_items_as_following_sentences_and_programme_without_items():
    doc = corpus_doc("yongzhou-2024-gwr")
    # line 59: 滚动实施十大产业项目，总投资245亿元，年度投资90亿元。湖南鲁丽现代家居产业园。…
    industry = [m for m in programmes(doc, "十大产业项目") if m.attrs["items"]]
    assert len(industry) == 1 and industry[0].attrs["year"] == 2024
    assert industry[0].attrs["items"][0] == "湖南鲁丽现代家居产业园"
    assert industry[0].attrs["items"][-1] == "宁远高尔夫产业园项目（一期）"
    assert len(industry[0].attrs["items"]) == 10
    # line 11 (review of 2023): 十大产业项目完成投资110亿元 — named, no items
    reviewed = [m for m in programmes(doc, "十大产业项目") if m.attrs["year"] == 2023]
    assert reviewed and reviewed[0].attrs["items"] == []
    # line 117: exactly ten sentences follow 滚动实施十大民生项目: the items as written (the gold list);
    # they are tasks with quantities, so none of them is a project
    (livelihood,) = [m for m in programmes(doc, "十大民生项目") if m.attrs["items"]]
    assert len(livelihood.attrs["items"]) == 10 and livelihood.attrs["items"][-2] == "新增城区公共停车泊位6000个"
    assert included(doc, livelihood) == []


def test_status_tails_are_dropped_from_the_projects_of_sentence_items():
    doc = corpus_doc("yongzhou-2024-gwr")
    # line 75: …。邵永高铁完成投资20亿元。永州综合交通枢纽及配套工程开工建设。… (ten sentences, ten items)
    infra = [m for m in programmes(doc, "十大基础设施项目") if m.attrs["items"]]
    assert infra[0].attrs["items"][:2] == ["邵永高铁完成投资20亿元", "永州综合交通枢纽及配套工程开工建设"]
    assert len(infra[0].attrs["items"]) == 10 and infra[0].attrs["source"] == "list"
    projects = [p.label for p in included(doc, infra[0])]
    assert projects[:2] == ["邵永高铁", "永州综合交通枢纽及配套工程"]
    assert "新建5G基站1200个" not in projects  # a task, not a project


def test_counted_projects_are_not_programmes():
    doc = made_up("主要引进电子信息、生物医药、新能源三大产业链项目。全年实施17个产业项目。")
    assert doc.mentions_of("programme") == []


def test_made_up_list_with_count_mismatch_and_year_from_part():
    doc = made_up("2026年将重点实施五大民生项目：甲医院；乙学校；丙水厂。")
    (programme,) = doc.mentions_of("programme")
    assert programme.attrs["year"] == 2026 and programme.attrs["items"] == ["甲医院", "乙学校", "丙水厂"]
    assert any("五大民生项目" in w for w in doc.warnings)


def test_programmes_carry_year_and_issuing_region():
    lingling, yongzhou = corpus_doc("lingling-2024-plan"), corpus_doc("yongzhou-2024-gwr")
    for doc in (lingling, yongzhou):
        assert all(m.attrs["scope"] == doc.meta.region and m.attrs["year"] for m in doc.mentions_of("programme"))
    # the same name in two reports names two programmes: (label, scope, year) differ
    keys = {(m.label, m.attrs["scope"], m.attrs["year"])
            for doc in (lingling, yongzhou) for m in programmes(doc, "十大基础设施项目")}
    assert ("十大基础设施项目", "零陵区", 2025) in keys and ("十大基础设施项目", "永州市", 2024) in keys


def test_named_lists_of_works_in_running_text_and_glossaries():
    doc = made_up("2026年，办好十件重点民生实事：甲小学扩建、乙医院新院、丙水厂。加快推进甲水库、乙灌区、丙渠等十大水利工程。"
                  "全面实施“登高、升规、晋位、上市”四大工程。\n名词解释：\n17. 十大产业项目：甲公司新厂、乙大桥、丙水库。")
    (livelihood,) = programmes(doc, "十件重点民生实事")
    assert livelihood.attrs["items"] == ["甲小学扩建", "乙医院新院", "丙水厂"] and livelihood.attrs["partial"]
    (water,) = programmes(doc, "十大水利工程")
    assert water.attrs["items"] == ["甲水库", "乙灌区", "丙渠"]
    assert water.attrs["partial"] and water.attrs["source"] == "text"
    assert not programmes(doc, "四大工程")  # actions: a slogan's components
    assert [m.label for m in doc.mentions_of("slogan")] == ["四大工程"]
    (glossary,) = programmes(doc, "十大产业项目")
    assert glossary.attrs["source"] == "glossary" and glossary.attrs["items"] == ["甲公司新厂", "乙大桥", "丙水库"]


def test_numbered_items_run_to_the_next_number():
    doc = made_up("今年继续办好十件实事：（1）完成甲小学主体工程，确保乙小学、丙中学秋季投入使用。资助困难学生。"
                  "（2）推动城镇新增就业1万人。（3）改造老旧小区50个。\n各位代表！")
    (deeds,) = programmes(doc, "十件实事")
    assert deeds.attrs["items"] == ["完成甲小学主体工程，确保乙小学、丙中学秋季投入使用。资助困难学生",
                                    "推动城镇新增就业1万人", "改造老旧小区50个"]
    assert deeds.attrs["partial"] and deeds.attrs["source"] == "list"
    lines = made_up("办好十件民生实事：\n一是新建甲学校。\n二是改造乙医院。\n三、下一部分")
    assert programmes(lines, "十件民生实事")[0].attrs["items"] == ["新建甲学校", "改造乙医院"]


def test_programmes_counted_in_digits_quoted_or_numbered_after_a_full_stop():
    doc = made_up("今年我们将继续办好10件民生实事。一是就业创业方面，新增就业1万人。二是教育惠民方面，新建甲小学。\n"
                  "重点抓好“两大重点建设项目”:一是城市道路骨干建设。主要是扩建甲路；二是老城区改造。\n"
                  "办好20项为民办实事。全年37项省市重点民生实事全面完成。17个产业项目开工。\n"
                  "5．三大工程：《甲市实施方案》提出，实施甲水库工程、乙大桥工程、丙灌区工程。")
    (deeds,) = programmes(doc, "10件民生实事")
    assert deeds.attrs["items"] == ["就业创业方面，新增就业1万人", "教育惠民方面，新建甲小学"]
    assert deeds.attrs["count"] == 10 and deeds.attrs["partial"]
    (works,) = programmes(doc, "两大重点建设项目")
    assert works.attrs["items"] == ["城市道路骨干建设", "老城区改造"]  # an item's title sentence names it
    assert programmes(doc, "20项为民办实事")[0].attrs["source"] == "text"  # named only
    labels = {m.label for m in doc.mentions_of("programme")}
    assert not any("省市" in label or "17个" in label for label in labels)  # two issuers' lists; a count
    (three,) = programmes(doc, "三大工程")
    assert three.attrs["items"] == ["甲水库工程", "乙大桥工程", "丙灌区工程"]  # the lead clause and verb dropped


def test_programme_lists_told_in_running_text_and_on_numbered_lines():
    doc = made_up("加快实施三大产业项目，包括甲钢铁技改项目、乙新材料项目、丙物流园项目。\n"
                  "继续集中财力办三件惠民实事、好事。1.教育惠民。资助学生1万名。2.卫生惠民。3.安居惠民。新建住房500套。\n"
                  "今年继续办好三件为民实事。\n（一）新建甲小学。增加学位2000个。\n（二）改造乙医院。\n（三）建设丙公园。新增绿地。\n")
    assert programmes(doc, "三大产业项目")[0].attrs["items"] == ["甲钢铁技改项目", "乙新材料项目", "丙物流园项目"]
    assert programmes(doc, "三件惠民实事")[0].attrs["items"] == ["教育惠民", "卫生惠民", "安居惠民"]
    assert programmes(doc, "三件为民实事")[0].attrs["items"] == ["新建甲小学", "改造乙医院", "建设丙公园"]


def test_partial_lists_in_brackets_and_lists_named_in_full():
    doc = made_up("以“两个十大”项目（甲铁路项目、乙公路项目等10大交通项目，丙园区项目等10大产业项目）为抓手。"
                  "开工甲片区、乙片区、丙片区等三大片区改造项目。实施三大交通项目14个。甲机场扩建完成。消费回暖向好。")
    (transport,) = programmes(doc, "10大交通项目")
    assert transport.attrs["items"] == ["甲铁路项目", "乙公路项目"] and transport.attrs["partial"]
    (areas,) = programmes(doc, "三大片区改造项目")
    assert areas.attrs["items"] == ["甲片区", "乙片区", "丙片区"] and not areas.attrs["partial"]  # 等 closing a full list
    assert programmes(doc, "三大交通项目")[0].attrs["items"] == []  # a count after the name introduces no list


def test_glossary_programmes_take_the_plan_year_and_a_last_item_holding_two():
    doc = Document(id="t", text="推进各项工作。\n名词解释\n1.三大能力提升工程：是指甲医院标准化提升工程、乙中心创新工程和"
                                "丙县医疗促进工程。\n", meta=DocumentMeta(region="甲市", reviewed_year=2024, plan_year=2025))
    annotate_structure(doc)
    extract_programmes(doc)
    (glossary,) = programmes(doc, "三大能力提升工程")
    assert glossary.attrs["source"] == "glossary" and glossary.attrs["year"] == 2025
    assert glossary.attrs["items"] == ["甲医院标准化提升工程", "乙中心创新工程", "丙县医疗促进工程"]


def test_programme_lists_under_a_title_line_or_after_a_listing_word():
    doc = made_up("2025年三件民生实事\n（一）教育提质工程。新建学校5所。\n（二）医疗惠民工程。\n（三）安居工程。\n"
                  "集中力量办好三件为民实事，即：新建甲小学、改造乙医院、建设丙公园。"
                  "继续实施“三大民生工程”，主要是：甲安居工程、乙饮水工程、丙助学工程。")
    assert programmes(doc, "三件民生实事")[0].attrs["items"] == ["教育提质工程", "医疗惠民工程", "安居工程"]
    assert programmes(doc, "三件为民实事")[0].attrs["items"] == ["新建甲小学", "改造乙医院", "建设丙公园"]
    assert programmes(doc, "三大民生工程")[0].attrs["items"] == ["甲安居工程", "乙饮水工程", "丙助学工程"]
    assert not [m for m in doc.mentions_of("slogan") if m.label == "三大民生工程"]  # a list of works, no slogan


def test_items_are_split_outside_brackets():
    doc = made_up("实施三大民生项目：甲水库（一期、二期）、乙大桥、丙公路。")
    assert programmes(doc, "三大民生项目")[0].attrs["items"] == ["甲水库（一期、二期）", "乙大桥", "丙公路"]


def test_lists_of_fifty_works_or_more_are_programmes_without_items():
    doc = made_up("推进“百大工程”建设。实施文物保护百项工程，启动博物馆规划建设。推进五十大工程建设。推进十大重点工程建设。")
    for label, count in (("百大工程", 100), ("百项工程", 100), ("五十大工程", 50)):
        (programme,) = programmes(doc, label)
        assert programme.attrs["count"] == count and programme.attrs["items"] == []
    labels = {m.label for m in doc.mentions_of("slogan")}
    assert "五十大工程" not in labels and "十大重点工程" in labels  # ten actions may be a slogan's
    assert not programmes(doc, "十大重点工程")


def test_a_list_named_gongcheng_of_generic_tasks_is_a_slogan_not_a_programme():
    doc = made_up("名词解释\n9.教育振兴行动计划七大重点工程：义务教育均衡发展工程、高中阶段教育突破发展工程、现代职业教育发展工程、"
                  "学前教育发展工程、教师队伍建设工程、教育信息化建设工程、教育扶贫富民工程。\n"
                  "10.三大水利工程：甲水库工程、乙灌区续建工程、丙安居工程。\n")
    assert not programmes(doc, "七大重点工程")  # generic words before 工程: tasks
    assert [m for m in doc.mentions_of("slogan") if m.label.endswith("七大重点工程")]
    assert programmes(doc, "三大水利工程")[0].attrs["items"] == ["甲水库工程", "乙灌区续建工程", "丙安居工程"]  # kinds or names


def test_made_up_items_that_are_tasks_led_by_a_verb_are_no_projects():
    # 办好十件民生实事。一是促进学前教育普惠健康发展。…十是市区学府大桥项目建设。
    doc = Document(id="t", text="今年办好三件民生实事。一是促进学前教育普惠健康发展。二是加强公共安全视频监控系统建设。"
                                "三是柳塘大桥项目建设。", meta=DocumentMeta())
    annotate_structure(doc)
    extract_programmes(doc)
    (programme,) = programmes(doc, "三件民生实事")
    assert len(programme.attrs["items"]) == 3
    assert [p.label for p in included(doc, programme)] == ["柳塘大桥项目建设"]


def test_made_up_items_of_deeds_and_fields_name_no_works():
    # 十件实事: 5、加强扶残济困。 8、关爱妇女儿童。; 20件民生实事: 老年人就医 — deeds, no works; 甲水厂 is one
    from tifa.loaders.extract.programmes import _names_a_work
    assert [_names_a_work(item) for item in ("加强扶残济困", "关爱妇女儿童", "老年人就医", "柳塘水厂")] \
        == [False, False, False, True]


# --- lists of 实事 and works told in other ways (dev-programmes, see benchmarks/gold/dev-programmes/README.md) ---


def test_a_bare_count_of_projects_names_the_numbered_list_after_it():
    # 通化 2014: 市区重点抓好十个项目：1.科技文化活动中心投入使用；2.…
    doc = made_up("城区重点抓好三个项目：1.甲馆投入使用；2.完成乙中新建校舍搬迁；3.新建丙公园。实施三个项目。")
    (listed,) = programmes(doc, "三个项目")
    assert listed.attrs["items"] == ["甲馆投入使用", "完成乙中新建校舍搬迁", "新建丙公园"]


def test_livelihood_matters_and_works_are_lists_whatever_their_items():
    # 四川 2015: 要突出办好20件民生大事：改善农村通村公路1.5万公里；…; 10、十项民生工程：即就业促进、…和文化体育工程。
    doc = made_up("要突出办好3件民生大事：改善甲路10公里；全面解决乙村饮水；为1万名老人提供养老服务。中央交办的三件大事基本完成。\n"
                  "名词解释\n10、三项民生工程：即就业促进、扶贫解困和文化体育工程。\n")
    assert programmes(doc, "3件民生大事")[0].attrs["items"] == ["改善甲路10公里", "全面解决乙村饮水", "为1万名老人提供养老服务"]
    assert not programmes(doc, "三件大事")
    (works,) = programmes(doc, "三项民生工程")
    assert works.attrs["items"] == ["就业促进", "扶贫解困", "文化体育工程"]
    assert not [m for m in doc.mentions_of("slogan") if m.label == "三项民生工程"]


def test_items_before_a_quoted_name_and_proper_names_before_a_count():
    # 新疆 2021: 深入实施扩大就业、…、稳定惠民等“十项惠民工程”; 重庆 2008: 实施上汽依维柯红岩商用车、…、国虹数码十大年度工业投资项目;
    # 建成大足玉滩水库和铜罐驿、松既、琼江三大提水工程
    doc = made_up("深入实施扩大就业、增收致富、稳定惠民等“三项惠民工程”。实施甲钢铁集团新厂、华宇钢铁、鹤翔集团三大年度工业投资项目。"
                  "五年建成甲水库和黄家坝、柳溪、梅江三大提水工程。统筹推进路美、水清、岸绿、林秀四大工程。智慧甲城、诚信甲城两大基础性工程不断拓展。"
                  "引进电子信息、生物医药、新能源三大产业链项目。")
    assert programmes(doc, "三项惠民工程")[0].attrs["items"] == ["扩大就业", "增收致富", "稳定惠民"]
    assert programmes(doc, "三大年度工业投资项目")[0].attrs["items"] == ["甲钢铁集团新厂", "华宇钢铁", "鹤翔集团"]
    assert programmes(doc, "三大提水工程")[0].attrs["items"] == ["黄家坝", "柳溪", "梅江"]  # 甲水库 is another object
    assert not programmes(doc, "四大工程") and not programmes(doc, "两大基础性工程")  # a formula's parts
    assert not programmes(doc, "三大产业链项目")  # categories counted


def test_a_list_after_a_short_predicate_or_in_the_next_sentence():
    # 云南 2005: 承诺的10件实事基本完成：建设了500个安居温饱村…；…; 重庆 2008: 改善民生要办好“十件实事”。五年城镇新增就业120万人…；…
    doc = made_up("去年承诺的3件实事基本完成：新建了甲学校；改造了乙医院；修建了丙路。\n"
                  "改善民生要办好“三件实事”。新增就业1万人；建立社会保障体系；全部解决饮水安全问题。\n"
                  "坚持每年为民办两件实事。今年继续办好两件实事：新建丁小学；改造戊医院。\n")
    (reviewed,) = [m for m in programmes(doc, "3件实事")]
    assert reviewed.attrs["items"] == ["新建了甲学校", "改造了乙医院", "修建了丙路"]
    assert programmes(doc, "三件实事")[0].attrs["items"] == ["新增就业1万人", "建立社会保障体系", "全部解决饮水安全问题"]
    first, second = programmes(doc, "两件实事")
    assert first.attrs["items"] == [] and second.attrs["items"] == ["新建丁小学", "改造戊医院"]


def test_numbered_items_keep_their_style_and_accept_circled_and_spaced_numbers():
    # 新余 2014: 为民办60件实事⏎1．扩大就业促进创业。重点办好 7件实事：（ 1）…; 陇南 2014: 办好10件民生实事：⑴建设…。⑵…
    doc = made_up("2014年为民办两件实事\n1．扩大就业。重点办好2件实事：（ 1）新增就业1万人。（ 2）帮助100人就业。\n"
                  "2．改善住房。重点办好2件实事：（1）新建住房100套。（2）改造危房50户。\n"
                  "集中力量办好3件民生实事：⑴建设甲示范点。⑵建设乙客运站。⑶完成丙路建设。\n")
    assert programmes(doc, "两件实事")[0].attrs["items"] == ["扩大就业", "改善住房"]
    assert [m.attrs["items"] for m in programmes(doc, "2件实事")] == [["新增就业1万人", "帮助100人就业"],
                                                                     ["新建住房100套", "改造危房50户"]]
    assert programmes(doc, "3件民生实事")[0].attrs["items"] == ["建设甲示范点", "建设乙客运站", "完成丙路建设"]


def test_sentences_after_a_name_are_its_items_only_in_its_own_paragraph_and_clause():
    # 甘肃 2012: 继续实施“十大惠民工程”，不断提高…。  保持市场价格基本稳定。… (the next paragraph, on the same line);
    # 白城 2014: 抓好十项文化惠民工程提升，推进…; 日喀则 2023: 坚持推进“十大民生工程”，…。扎实推进就业创业工程。…
    doc = made_up("继续实施三大惠民工程，提高生活水平。  保持价格稳定。加强产销衔接。稳定药品价格。\n"
                  "抓好三项文化惠民工程提升，推进甲基地建设。深化改革。开展活动。\n"
                  "坚持推进“三大民生工程”，取得新成效。扎实推进就业工程。新增就业1000人。\n"
                  "26.三项民生工程：统筹推进甲改造、乙提升，加强丙建设，推进丁配套。\n")
    for label in ("三大惠民工程", "三项文化惠民工程", "三大民生工程", "三项民生工程"):
        assert [m.attrs["items"] for m in programmes(doc, label)] == [[]], label


def test_items_numbered_in_words_may_be_parted_by_commas():
    # 山西 2017: 省政府将再办好六件民生实事：一是实施…项目，二是对36个贫困…
    doc = made_up("今年再办好三件民生实事：一是实施甲康复项目，二是对乙县学生免费体检，三是新建丙养老院。")
    assert programmes(doc, "三件民生实事")[0].attrs["items"] == ["实施甲康复项目", "对乙县学生免费体检", "新建丙养老院"]


def test_named_items_of_a_list_named_gongcheng_need_a_topic_and_unlike_shapes():
    # 晋城 2020: 开门见绿、游园见景、空地见翠…六大工程; 江门 2020: “广东技工”“粤菜师傅”“南粤家政”三大工程 (a slogan's parts)
    doc = made_up("实施开门见绿、游园见景、空地见翠三大工程。推进“甲城技工”、“乙菜师傅”、“丙南家政”三大工程。"
                  "建设黄家坝、柳溪港、梅江新区三大引调水工程。")
    assert not programmes(doc, "三大工程")
    assert programmes(doc, "三大引调水工程")[0].attrs["items"] == ["黄家坝", "柳溪港", "梅江新区"]


def test_a_partial_list_may_name_one_work_before_its_name():
    # 杭州 2022: 推进杭州未来文化中心等十大项目建设; not 用心用力办好校园周边交通秩序整治等30件民生实事 (a task)
    doc = made_up("推进甲城未来文化中心等十大项目建设。用心用力办好校园周边交通秩序整治等30件民生实事。")
    (ten,) = programmes(doc, "十大项目")
    assert ten.attrs["items"] == ["甲城未来文化中心"] and ten.attrs["partial"]
    assert programmes(doc, "30件民生实事")[0].attrs["items"] == []


# --- lists told in other ways (dev-programmes2, see benchmarks/gold/dev-programmes2/README.md) ---


def test_a_count_in_digits_with_a_topic_names_the_numbered_list_after_it():
    # 通化 2021: 市区实施10个方面的民生项目：一是完成45个…改造任务。二是建成市调峰储配气源厂，启动…。
    doc = made_up("城区实施3个方面的民生项目：一是完成甲小区改造。二是建成乙气源厂，启动丙热源厂工程。三是丁小学建成使用。\n"
                  "实施12个方面的民生项目。")
    (listed,) = programmes(doc, "3个方面的民生项目")
    assert listed.attrs["items"] == ["完成甲小区改造", "建成乙气源厂，启动丙热源厂工程", "丁小学建成使用"]
    assert not programmes(doc, "12个方面的民生项目")


def test_items_in_brackets_right_after_the_name():
    # 南昌 2003: 落实四个大项目（沃尔玛、大润发、百脑汇、欧洲商城）; not 推进“六大工程”（环境整治、城市绿化、…） (areas)
    doc = made_up("培育商场，落实三个大项目（甲超市、乙商城、丙广场）。推进“三大工程”（环境整治、城市绿化、美化亮化）。"
                  "落实三个大项目（甲超市、乙商城）。")
    first, second = programmes(doc, "三个大项目")
    assert first.attrs["items"] == ["甲超市", "乙商城", "丙广场"] and second.attrs["items"] == []
    assert not programmes(doc, "三大工程")


def test_a_full_list_of_fields_before_a_livelihood_list_is_its_items():
    # 延边 2015: 在去年已经实施的“六大民生工程”基础上，抓好创业就业、城市地下管网改造、城市供水、扶贫攻坚四个新的民生工程
    doc = made_up("在去年已经实施的“两大民生工程”基础上，抓好创业就业、城市供水、扶贫攻坚三个新的民生工程。"
                  "引进电子信息、生物医药、新能源三大产业链项目。",)
    doc.meta.reviewed_year, doc.meta.plan_year = 2014, 2015
    (new,) = programmes(doc, "三个新的民生工程")
    assert new.attrs["items"] == ["创业就业", "城市供水", "扶贫攻坚"]
    assert not programmes(doc, "三大产业链项目")  # categories counted, still


def test_a_programme_of_last_year_named_in_the_plan_takes_the_reviewed_year():
    # 延边 2015: 在去年已经实施的“六大民生工程”基础上，…
    doc = Document(id="d", text="今年要做好以下工作。在去年已经实施的“两大民生工程”基础上，实施三件民生实事。",
                   meta=DocumentMeta(reviewed_year=2014, plan_year=2015))
    annotate_structure(doc)
    extract_programmes(doc)
    assert programmes(doc, "两大民生工程")[0].attrs["year"] == 2014


def test_a_partial_list_may_name_the_area_it_covers_after_deng():
    # 山西 2012: 煤炭交易中心、大剧院、科技馆、博物馆、美术馆等省城十大建筑全部竣工
    doc = made_up("甲交易中心、乙剧院、丙科技馆等省城十大建筑全部竣工。重点抓好丁市场新区、戊商城等市区十大商贸设施项目建设。")
    (buildings,) = programmes(doc, "十大建筑")
    assert buildings.attrs["items"] == ["甲交易中心", "乙剧院", "丙科技馆"] and buildings.attrs["partial"]
    assert programmes(doc, "十大商贸设施项目")[0].attrs["items"] == ["丁市场新区", "戊商城"]


def test_items_parted_by_commas_only_when_as_many_as_the_name_counts():
    # 重庆 2015: 重点办好25件民生实事:完成高山生态扶贫搬迁15万人，全面实现2606个撤并村公路通达，建成4000公里村社便道，…
    doc = made_up("重点办好3件民生实事：完成甲村搬迁1万人，全面实现乙村公路通达，建成100公里村社便道。"
                  "办好4件实事：完成甲村搬迁，建成乙路。")
    assert programmes(doc, "3件民生实事")[0].attrs["items"] == ["完成甲村搬迁1万人", "全面实现乙村公路通达", "建成100公里村社便道"]
    assert programmes(doc, "4件实事")[0].attrs["items"] == []
    # 江西 2009: 着力办好3件实事：继续实施…扶贫，完成…搬迁，启动…工作。大力实施…。推进…。 (the paragraph's sentences)
    doc = made_up("着力办好3件实事：继续实施甲扶贫，完成乙村搬迁，启动丙工作。大力实施丁计划。推进戊扶贫。\n")
    assert programmes(doc, "3件实事")[0].attrs["items"] == ["继续实施甲扶贫，完成乙村搬迁，启动丙工作", "大力实施丁计划", "推进戊扶贫"]


def test_a_livelihood_topic_before_the_count_names_a_list_of_works():
    # 成都 2026: 19．幸福美好生活十大工程：“十四五”时期，成都市实施了居民收入水平提升工程、高品质公共服务倍增工程、…
    doc = made_up("名词解释\n1．幸福美好生活三大工程：“十四五”时期，甲市实施了居民收入水平提升工程、高品质公共服务倍增工程、"
                  "城市通勤效率提升工程。\n2．八大工程：产业升级工程、平台建设工程、人才引育工程。\n")
    (works,) = programmes(doc, "幸福美好生活三大工程")
    assert works.attrs["items"] == ["居民收入水平提升工程", "高品质公共服务倍增工程", "城市通勤效率提升工程"]
    assert not programmes(doc, "八大工程")  # tasks: a slogan's


def test_a_verb_complement_is_dropped_and_a_list_restating_its_name_is_no_list():
    # 新疆 2025: 大力实施好自治区今年确定的天山北坡城市群大气环境整治、…等十件民生实事;
    # 江西 2024: 7.10件民生实事：2023年10件民生实事为加大…，…；2024年10件民生实事为支持…，…
    doc = made_up("大力实施好甲城大气环境整治、乙管道扩建工程、丙服务等三件民生实事。\n"
                  "名词解释\n7.2件民生实事：2023年2件民生实事为加大甲扶持，提高乙标准；2024年2件民生实事为支持丙就业，提高丁标准。\n")
    assert programmes(doc, "三件民生实事")[0].attrs["items"] == ["甲城大气环境整治", "乙管道扩建工程", "丙服务"]
    assert programmes(doc, "2件民生实事")[0].attrs["items"] == []


def test_a_list_stops_where_the_next_list_of_its_sentence_opens():
    # 昆明 2013: 十大片区：…；十大项目：昆都广场、三个半岛会展度假区、…、东风广场中央商务区；十大基础设施：环滇池生态湿地公园，…
    doc = made_up("名词解释\n1.甲计划 即规划建设三大片区、三大项目。三大片区：甲区、乙区、丙区；三大项目：甲广场、乙度假区、丙产业园；"
                  "三大基础设施：丁公园，戊大道。\n")
    assert programmes(doc, "三大项目")[0].attrs["items"] == ["甲广场", "乙度假区", "丙产业园"]


def test_rankings_and_counts_of_works_in_jian_are_no_programmes():
    # 湛江 2019: 成为新时代中国对外开放两大标志性项目之一; 曲靖 2023: 新开工92件重点水利工程
    doc = made_up("甲项目成为对外开放两大标志性项目之一。新开工92件重点水利工程。乙项目作为十大产业项目之一加快建设。")
    assert not programmes(doc, "两大标志性项目") and not programmes(doc, "92件重点水利工程")
    assert programmes(doc, "十大产业项目")


def test_xiang_shishi_without_topic_and_a_number_alone_on_its_line():
    # 湖南 2012: 集中力量办好…的18项实事：建设农村公路6000公里；除险加固病险水库457座；…
    # 湖南 2022: 竭尽全力办好十大民生实事：①⏎增加公办义务教育学位；②职业教育楚怡行动；③…
    doc = made_up("集中力量办好3项实事：建设农村公路60公里；除险加固病险水库4座；解决3万农村人口饮水问题。\n"
                  "办好三大民生实事：①\n\n增加公办义务教育学位；②职业教育甲行动；③特殊群体健康保障。\n")
    assert programmes(doc, "3项实事")[0].attrs["items"] == ["建设农村公路60公里", "除险加固病险水库4座", "解决3万农村人口饮水问题"]
    assert programmes(doc, "三大民生实事")[0].attrs["items"] == ["增加公办义务教育学位", "职业教育甲行动", "特殊群体健康保障"]
    doc = made_up("办好十件实事：①甲；②乙；③丙；④丁；⑤戊；⑥己；⑦庚；⑧辛；⑨壬建设；⑩癸保障及灌溉能力提升。\n")
    assert programmes(doc, "十件实事")[0].attrs["items"][-2:] == ["壬建设", "癸保障及灌溉能力提升"]


# --- lists told in other ways (dev-programmes3, see benchmarks/gold/dev-programmes3/README.md) ---


def test_a_list_under_its_title_line_has_numbered_items_with_bodies():
    # 普洱 2022, an appendix: 2022年10件惠民实事⏎一、农村供水保障3年专项行动⏎目标任务：建设…⏎主办单位：…⏎二、…
    doc = made_up("继续办好3件惠民实事。\n\n附件\n\n2022年3件惠民实事\n\n一、农村供水保障专项行动\n\n目标任务：建设12件集中供水工程。\n\n"
                  "主办单位：市水务局\n\n二、农村公路建设\n\n目标任务：新建农村公路150公里。\n\n1.甲乡公路。\n\n"
                  "三、学前教育普及普惠项目\n\n目标任务：新建3所幼儿园。\n")
    titled = [m for m in programmes(doc, "3件惠民实事") if m.attrs["items"]]
    assert titled[0].attrs["items"] == ["农村供水保障专项行动", "农村公路建设", "学前教育普及普惠项目"]
    # 济南 2013: 2012年为民办10件实事完成情况⏎一、加强保障性住房建设。新开工…⏎完成情况：…⏎二、… (title sentences)
    doc = made_up("2012年为民办2件实事完成情况\n一、加强保障性住房建设。新开工公共租赁住房1万套。\n完成情况：已开工。\n"
                  "二、提高新农合补助标准。补助标准提高到240元。\n完成情况：已提高。\n")
    assert programmes(doc, "2件实事")[0].attrs["items"] == ["加强保障性住房建设", "提高新农合补助标准"]
    # the list stops at a line numbered otherwise in its style (the report's next part: 三、…)
    doc = made_up("2022年2件实事\n一、甲路建设\n目标任务：建成甲路。\n三、2023年工作安排\n二、乙厂建设\n")
    assert programmes(doc, "2件实事")[0].attrs["items"] == []


def test_sentences_going_on_an_item_of_a_list_told_in_sentences():
    # 河北 2011: 重点办好十个方面的实事：稳控市场价格，…。…完善文化体育设施，…。加快省会体育中心等体育设施建设，深入开展全民健身运动。
    # 加强基层医疗和计生服务，…。继续做好人口计生工作，…。切实抓好安全生产和食品药品安全，…。
    doc = made_up("重点办好三个方面的实事：稳控市场价格，加强价格监管。完善文化体育设施，确保甲馆开馆。"
                  "加快甲体育中心等体育设施建设，开展全民健身。加强基层医疗和计生服务，建设乙卫生院。"
                  "继续做好人口计生工作，控制人口增长。\n")
    items = programmes(doc, "三个方面的实事")[0].attrs["items"]
    assert [item.split("，")[0] for item in items] == ["稳控市场价格", "完善文化体育设施", "加强基层医疗和计生服务"]


def test_a_bank_of_projects_is_no_programme():
    # 嘉峪关 2021: 建立十大类总投资近百亿元项目库
    doc = made_up("启动甲公园详规编制，建立十大类总投资近百亿元项目库。")
    assert not doc.mentions_of("programme")


def test_a_count_in_digits_closing_a_full_list_of_works_names_it():
    # 普洱 2022: 完成大地、江边、营盘山、阿墨江4个光伏项目及接网工程建设; not a count (17个产业项目), a partial list
    # (甲、乙等3个项目) nor a list of counts (确保2个农场、5个独立工矿区污水处理厂和2个污水处理提标改造项目)
    doc = made_up("完成甲地、乙边、丙山3个光伏项目及接网工程建设。实施17个产业项目。推进丁厂、戊厂等3个技改项目。"
                  "确保2个农场、5个工矿区污水处理厂和2个提标改造项目完工。")
    (listed,) = doc.mentions_of("programme")
    assert listed.label == "3个光伏项目" and listed.attrs["items"] == ["甲地", "乙边", "丙山"]


# --- lists told in other ways (dev-programmes4, see benchmarks/gold/dev-programmes4/README.md) ---


def test_a_numbered_list_after_a_purpose_clause_closing_the_names_sentence():
    # 海口 2012: 办好“十大民生实事”，建设百姓的幸福家园。一是完善…。二是保质保量…。 (as many items as the name counts)
    doc = made_up("办好“三大民生实事”，建设幸福家园。一是新增就业3万人。二是建设保障房1000套。三是新建公交线路5条。\n")
    assert programmes(doc, "三大民生实事")[0].attrs["items"] == ["新增就业3万人", "建设保障房1000套", "新建公交线路5条"]
    # fewer numbered parts than the name counts (南阳 2016: 实施十项民生工程，让…。一是…五是…): no items, and the numbered
    # sentences are not read as the list either
    doc = made_up("持续实施五项民生工程，让群众更有获得感。一是打好脱贫攻坚战。实施甲计划。二是稳定扩大就业。新增就业6万人。"
                  "三是强化社会保障。实施乙保险。\n")
    assert all(not m.attrs["items"] for m in programmes(doc, "五项民生工程"))


PLAN = "一、2022年工作回顾\n\n过去一年，经济平稳。\n\n二、2023年工作安排\n\n"


def test_the_clauses_after_a_comma_closing_a_name_are_its_items_in_the_plan():
    # 娄底 2023: 继续抓好十件市定重点民生实事，新生儿…筛查1.5万例以上，完成…改造1.2万户以上，…，建成投运社会公共充电桩1100个。
    doc = made_up(PLAN + "继续抓好四件重点民生实事，新增学位5000个，完成老旧小区改造250个，建成就业帮扶车间30个，新建充电桩1100个。\n")
    (listed,) = programmes(doc, "四件重点民生实事")
    assert listed.attrs["items"] == ["新增学位5000个", "完成老旧小区改造250个", "建成就业帮扶车间30个", "新建充电桩1100个"]
    # a glossary's 即 after the comma is dropped (兰州 2013: 五件实事，即加强村级基层组织建设，…)
    doc = made_up(PLAN + "办好三件实事，即加强村级组织建设，加大危房改造力度，推进土地流转。\n")
    assert programmes(doc, "三件实事")[0].attrs["items"] == ["加强村级组织建设", "加大危房改造力度", "推进土地流转"]


def test_the_clauses_after_a_comma_closing_a_name_in_the_review_are_no_items():
    # 成都 2022 (review): 实施农民工服务保障“五件实事”，职业技能培训115.6万人，城镇新增就业26.4万人，…: what was achieved
    doc = made_up("一、2021年工作回顾\n\n实施服务保障“三件实事”，职业技能培训11万人，城镇新增就业2万人，居民消费价格上涨0.5%。\n")
    assert all(not m.attrs["items"] for m in programmes(doc, "三件实事"))


def test_a_glossary_list_of_works_parted_by_commas():
    # 海南 2021, glossary: 医疗健康产业九大工程：博鳌乐城…先行区工程，…，南药产业规范化、规模化提升工程，… (an item holds a 、);
    # 十大标志性公共文化设施工程：省艺术中心，…，省群众艺术馆、省琼剧会馆（…），… (two items in one comma part)
    doc = made_up("名词解释\n\n[3]三大工程：甲先行区工程，乙基地建设工程，丙产业规范化、规模化提升工程。\n\n"
                  "[4]四大文化设施工程：省艺术中心，省美术馆，省群众艺术馆、省琼剧会馆（合并为省展示中心）。\n")
    assert programmes(doc, "三大工程")[0].attrs["items"] == ["甲先行区工程", "乙基地建设工程", "丙产业规范化、规模化提升工程"]
    assert programmes(doc, "四大文化设施工程")[0].attrs["items"] == ["省艺术中心", "省美术馆", "省群众艺术馆",
                                                               "省琼剧会馆（合并为省展示中心）"]
    # prose after the colon, its clauses opening with verbs, is no list
    doc = made_up("实施三项民生工程：统筹推进甲改造、乙提升，加强丙建设，推进丁配套。\n")
    assert all(not m.attrs["items"] for m in programmes(doc, "三项民生工程"))


def test_the_plan_a_glossary_list_comes_from_is_no_part_of_its_first_item():
    # 南昌 2012: “十大服务业项目”:指进入《2012年南昌市重大重点项目投资计划》的南昌国际动漫产业园（一期）、…; and the same
    # glossary's list before its count (…的保障性住房建设、…等10项民生工程项目)
    doc = made_up("名词解释\n\n1、“三大服务业项目”:指进入《2012年甲市重大项目投资计划》的甲动漫产业园（一期）、乙物流基地、丙科技产业基地。\n\n"
                  "2、“三大民生项目”:指进入《2012年甲市重大项目投资计划》的丁垃圾处理厂、戊老年公寓、己水厂等3项民生工程项目。\n")
    assert programmes(doc, "三大服务业项目")[0].attrs["items"] == ["甲动漫产业园（一期）", "乙物流基地", "丙科技产业基地"]
    assert [m.attrs["items"] for m in doc.mentions_of("programme") if m.label.startswith("3项")] == [
        ["丁垃圾处理厂", "戊老年公寓", "己水厂"]]


def test_a_list_numbered_on_over_paragraphs_each_opened_by_its_topic():
    # 哈尔滨 2020: 梳理筛选出今年重点办好的40件民生实事。⏎抓好就业和社保工作。（1）持续稳定和扩大就业，…。（2）…⏎改善居住和生活条件。（4）…
    doc = made_up("筛选出今年重点办好的4件民生实事。\n\n抓好就业和社保工作。（1）新增就业3万人。（2）提高低保标准。\n\n"
                  "改善居住和生活条件。（3）改造老旧小区100个。（4）新建公厕50座。\n\n加强城市治理。推进甲工程。\n")
    assert programmes(doc, "4件民生实事")[0].attrs["items"] == ["新增就业3万人", "提高低保标准", "改造老旧小区100个",
                                                             "新建公厕50座"]
    # fewer items than counted: none (the numbers may be those of another list)
    doc = made_up("重点办好的5件民生实事。\n\n抓好就业工作。（1）新增就业3万人。（2）提高低保标准。\n\n改善居住条件。（3）改造小区。\n")
    assert all(not m.attrs["items"] for m in programmes(doc, "5件民生实事"))


def test_the_paragraphs_of_a_list_of_works_after_the_rest_of_the_names_sentence():
    # 宁夏 2024: 扎实推进“八项民生工程”，投入100亿元左右，全力办好…。⏎一是深化就业创业优先工程。…⏎二是深化居民增收致富工程。…
    doc = made_up("扎实推进“三项民生工程”，投入100亿元左右，让发展成果惠及群众。\n\n一是深化就业创业优先工程。新增就业8万人。\n\n"
                  "二是深化居民增收致富工程。提高最低工资。\n\n三是深化教育质量提升工程。新建学校10所。\n")
    assert programmes(doc, "三项民生工程")[0].attrs["items"] == ["深化就业创业优先工程", "深化居民增收致富工程", "深化教育质量提升工程"]
    # titles that are not works of the list's kind, or fewer items than counted: no items
    doc = made_up("扎实推进“三项民生工程”，投入100亿元左右，让发展成果惠及群众。\n\n一是促进就业。新增就业8万人。\n\n"
                  "二是增加收入。提高最低工资。\n\n三是办好教育。新建学校10所。\n")
    assert all(not m.attrs["items"] for m in programmes(doc, "三项民生工程"))


# --- dev-programmes5 (see benchmarks/gold/dev-programmes5/README.md) ---


def test_items_numbered_on_in_brackets_inside_the_topics_of_a_list():
    # 黑龙江 2011: 办好14件实事。⏎一是优先发展教育事业。…（1）…（5）…⏎二是加快发展医疗卫生事业。（6）…; the next list of the report
    # numbers on from the first's last (突出抓好十个方面26件实事。⏎一是抓好“稳价保供”工作。（15）…)
    doc = made_up("办好4件实事。\n\n一是发展教育。教育是大事。（1）新建学校10所。（2）资助学生1万名。\n\n"
                  "二是发展卫生。（3）新建医院2所。（4）培训医生500名。\n\n加强民族工作。\n\n"
                  "抓好两个方面3件实事。\n\n一是稳定物价。（5）落实菜篮子负责制。\n\n二是扩大就业。（6）新增就业3万人。（7）扶持创业。\n")
    assert programmes(doc, "4件实事")[0].attrs["items"] == ["新建学校10所", "资助学生1万名", "新建医院2所", "培训医生500名"]
    assert programmes(doc, "3件实事")[0].attrs["items"] == ["落实菜篮子负责制", "新增就业3万人", "扶持创业"]
    # numbers restarting in each topic, or not as many as the name counts: the topics stay the items
    doc = made_up("办好4件实事。\n\n一是发展教育。（1）新建学校10所。（2）资助学生。\n\n二是发展卫生。（1）新建医院2所。（2）培训医生。\n")
    assert programmes(doc, "4件实事")[0].attrs["items"] == ["发展教育", "发展卫生"]


def test_a_count_of_projects_of_deeds_names_a_list():
    # 湖南 2016: 抓好16项24个重点民生实事项目。1、实现…脱贫；2、…; and its review: 15个重点民生实事项目顺利完成
    doc = made_up("抓好2项3个重点民生实事项目。1、新增就业70万人；2、建设学校500所、幼儿园200所。\n")
    assert programmes(doc, "3个重点民生实事项目")[0].attrs["items"] == ["新增就业70万人", "建设学校500所、幼儿园200所"]
    doc = made_up("一、2015年工作回顾\n\n15个重点民生实事项目顺利完成。\n")
    assert programmes(doc, "15个重点民生实事项目")
    doc = made_up("实施17个产业项目。\n")
    assert not doc.mentions_of("programme")


def test_a_glossary_entry_naming_a_count_of_projects_and_its_sites():
    # 东莞 2024, glossary: 6个整治提升类示范项目：指莞城横坣，东城横岭，南城石鼓、袁屋边，…6个城中村改造重点示范项目。
    doc = made_up("名词注解：\n\n4个整治提升类示范项目：指甲城乙村，丙城丁村、戊村，己城庚村4个城中村改造重点示范项目。\n")
    assert programmes(doc, "4个整治提升类示范项目")[0].attrs["items"] == ["甲城乙村", "丙城丁村", "戊村", "己城庚村"]


def test_a_count_that_closes_a_list_of_other_things_names_no_programme():
    # 东莞 2024: 推进三大森林公园等停车项目落地 — the count is the parks', 等 closes a list: no name
    doc = made_up("推进三大森林公园等停车项目落地。\n")
    assert not doc.mentions_of("programme")


def test_a_list_of_deeds_after_a_clause_listing_its_fields_is_named_all_the_same():
    # 衡水 2022: 在住房保障、交通出行、文化教育、健康养老等方面谋划了25项民生实事; 张家界 2016: 实施十大重点工程、十大产业项目、
    # 三十件民生实事 (the clause lists the fields, or sibling lists, not the items)
    doc = made_up("在住房保障、交通出行、健康养老等方面谋划了12项民生实事，待大会票决。\n")
    assert [m.attrs["items"] for m in programmes(doc, "12项民生实事")] == [[]]
    doc = made_up("全市将实施甲路改造、乙桥新建、二十件民生实事。\n")
    assert programmes(doc, "二十件民生实事")
    # a list of works before a count of other things stays no programme (电子信息、生物医药、新能源三大产业链项目)
    doc = made_up("引进电子信息、生物医药三大产业链项目。\n")
    assert not doc.mentions_of("programme")


def test_the_lists_of_two_issuers_counted_together_are_no_programme():
    # 肇庆 2023: 省、市十件民生实事年度任务全面完成; 南宁 2017: 全面完成区、市共76项为民办实事工程项目; 省市百大项目
    for text in ("省、市十件民生实事全面完成。\n", "全面完成区、市共26项为民办实事。\n", "对省市百大项目建立绿色通道。\n"):
        assert not made_up(text).mentions_of("programme"), text
    assert made_up("全市十件民生实事全面完成。\n").mentions_of("programme")


def test_a_count_in_digits_of_fields_of_deeds_names_a_list():
    # 菏泽 2021: 着力办好10个方面民生实事。（1）开展…培训，完成培训8万人次。（2）新建、改扩建中小学40所、幼儿园35所…
    doc = made_up("着力办好3个方面民生实事。（1）开展职业技能培训8万人次。（2）新建中小学40所。（3）改造老旧小区58个。\n")
    assert programmes(doc, "3个方面民生实事")[0].attrs["items"] == ["开展职业技能培训8万人次", "新建中小学40所", "改造老旧小区58个"]


def test_works_after_a_comma_and_that_is():
    # 湖南 2022: 重点抓好十大基础设施项目，即长赣高铁、常益长高铁、平伍益高速、…
    doc = made_up("重点抓好三大基础设施项目，即甲乙高铁、丙丁高速扩容、戊水库。\n")
    assert programmes(doc, "三大基础设施项目")[0].attrs["items"] == ["甲乙高铁", "丙丁高速扩容", "戊水库"]
    # after a 工程 list's name 即 defines a formula (a slogan's), and a count off gives no items
    assert not programmes(made_up("实施三大工程，即甲工程、乙工程、丙工程。\n"), "三大工程")
    doc = made_up("重点抓好三大基础设施项目，即甲乙高铁、丙丁高速扩容。\n")
    assert all(not m.attrs["items"] for m in programmes(doc, "三大基础设施项目"))


def test_the_titles_of_the_paragraphs_after_a_name_closing_its_line():
    # 锦州 2014: 重点办好 10件民生实事。主要包括：⏎⏎发展义务教育。完成…⏎⏎提供医疗保障。提高…
    doc = made_up("重点办好 3件民生实事。主要包括：\n\n发展义务教育。完成100所学校建设。\n\n提供医疗保障。 提高筹资标准。\n\n"
                  "推动全民健身。新建健身工程20个。\n\n（十）加强政府自身建设\n\n自觉接受监督。\n")
    assert programmes(doc, "3件民生实事")[0].attrs["items"] == ["发展义务教育", "提供医疗保障", "推动全民健身"]
    # not as many paragraphs as counted, or a 工程 list of tasks: no items
    doc = made_up("重点办好 4件民生实事。主要包括：\n\n发展义务教育。完成建设。\n\n提供医疗保障。提高标准。\n\n推动全民健身。新建工程。\n")
    assert all(not m.attrs["items"] for m in programmes(doc, "4件民生实事"))


def test_a_list_of_deeds_named_as_works():
    # 江苏 2006: 推进农村新五件实事工程：一是道路通达工程。…二是教育培训工程。…
    doc = made_up("推进农村新三件实事工程：一是道路通达工程。新建道路1万公里。二是教育培训工程。免收学杂费。三是农民健康工程。建设卫生室。\n")
    assert programmes(doc, "三件实事工程")[0].attrs["items"] == ["道路通达工程", "教育培训工程", "农民健康工程"]


def test_a_numbered_list_after_a_longer_purpose_clause():
    # 广东 2026: 扎扎实实办好十件民生实事，切实让人民群众看到变化、见到成效、得到实惠。⏎⏎一、提高低保…水平。农村低保标准…⏎⏎二、…
    # (items numbered 一、 are their first sentence); 吉林 2014: 完成42项民生实事，切实解决涉及群众切身利益的突出问题。一是富民工程。（1）…
    doc = made_up("扎实办好三件民生实事，切实让人民群众看到变化、见到成效、得到实惠。\n\n一、提高低保水平。农村低保标准提高5%。\n\n"
                  "二、加快建立长期护理保险制度。为失能人员提供照料。\n\n三、提升普通高中办学条件。新建高中10所。\n")
    assert programmes(doc, "三件民生实事")[0].attrs["items"] == ["提高低保水平", "加快建立长期护理保险制度", "提升普通高中办学条件"]
    doc = made_up("完成3项民生实事，切实解决涉及群众切身利益的突出问题。一是富民工程。（1）提高养老金待遇水平。（2）提高医保补助标准。"
                  "二是就业工程。（3）城镇新增就业50万人。\n")
    assert programmes(doc, "3项民生实事")[0].attrs["items"] == ["提高养老金待遇水平", "提高医保补助标准", "城镇新增就业50万人"]


def test_a_list_under_its_title_line_after_one_intro_paragraph():
    # 广东 2017, an appendix: 2017年省十件民生实事⏎⏎2017年，省十件民生实事共安排资金2346.2亿元…。⏎⏎一、巩固提升底线民生保障水平⏎⏎…
    doc = made_up("附件\n\n2017年省三件民生实事\n\n2017年，省三件民生实事共安排资金20亿元。\n\n一、巩固提升底线民生保障水平\n\n"
                  "提高补助标准。\n\n二、加大扶贫济困力度\n\n实施精准扶贫。\n\n三、促进就业和创业\n\n新增就业10万人。\n")
    assert ["巩固提升底线民生保障水平", "加大扶贫济困力度", "促进就业和创业"] in [m.attrs["items"] for m in doc.mentions_of("programme")]


def test_a_numbered_list_after_a_clause_closing_with_a_colon():
    # 无锡 2019: 扎实办好10件民生实事，主要内容有：一是污染防治项目。巩固…二是帮扶济困项目。…
    doc = made_up("扎实办好3件民生实事，主要内容有：一是污染防治项目。整治黑臭河道。二是帮扶济困项目。实施救助。三是重点道桥项目。建设甲路。\n")
    assert programmes(doc, "3件民生实事")[0].attrs["items"] == ["污染防治项目", "帮扶济困项目", "重点道桥项目"]


def test_a_list_numbered_in_brackets_under_its_title_line_after_an_intro_paragraph():
    # 肇庆 2020: 二、2020年市十件惠民实事工作安排⏎2020年，市政府…继续办好十件惠民实事。⏎（一）继续提高底线民生保障水平。…
    doc = made_up("附件\n\n2020年市三件惠民实事工作安排\n\n2020年，市政府继续办好三件惠民实事。\n\n（一）继续提高底线民生保障水平。提高低保。\n\n"
                  "（二）推进教育提升发展。落实拨款。\n\n（三）改善医疗卫生服务。建设医院。\n")
    assert ["继续提高底线民生保障水平", "推进教育提升发展", "改善医疗卫生服务"] in [m.attrs["items"] for m in doc.mentions_of("programme")]


# --- dev-programmes6 (see benchmarks/gold/dev-programmes6/README.md) ---

def test_a_yearly_list_of_works_counted_in_three_digits():
    # 吉林 2016: 总投入130亿元的111项民生实事全部完成 (the year's list, counted in three digits)
    doc = made_up("总投入10亿元的120项民生实事全部完成。办好今年改善民生150件实事。新开工120件重点水利工程。\n")
    assert [m.label for m in doc.mentions_of("programme")] == ["120项民生实事", "150件实事"]
    # 通化 2014: 制定实施第五个民生工作计划，在富民增收…等方面办100件左右实事 (about as many: a plan's count, no list's name)
    assert not made_up("制定实施新的民生工作计划，在就业、社保等方面办120件左右实事。\n").mentions_of("programme")


def test_a_total_over_several_years_is_no_list():
    # 湘西 2021: 在完成省定民生实事的同时，累计完成100件州定民生实事 (a five-year review's total)
    doc = made_up("五年来，累计完成120件市定民生实事，累计实施30件实事。今年办好十件民生实事。\n")
    assert [m.label for m in doc.mentions_of("programme")] == ["十件民生实事"]


def test_the_years_new_items_are_a_partial_list():
    # 潍坊 2021: 办实办好40件民生实事。其中，接续去年28件；今年新增12件，分别是：（1）…（12）…
    doc = made_up("今年，市政府将办实办好10件民生实事。其中，接续去年7件；今年新增3件，分别是：（1）新建甲小学。（2）改造乙路。"
                  "（3）建设丙公园。\n")
    programme = programmes(doc, "10件民生实事")[0]
    assert programme.attrs["items"] == ["新建甲小学", "改造乙路", "建设丙公园"] and programme.attrs["partial"]


# --- dev-programmes7 (see benchmarks/gold/dev-programmes7/README.md) ---

def test_a_formula_of_works_closing_their_list_is_a_programme():
    # 太原 2002: 主要搞好胜利桥、滨河东路延伸、…、柴西路等“一桥五路”和南中环道路、西北环高速路建设
    doc = made_up("主要搞好甲桥、乙路延伸、丙路、丁北路、戊路、己西路等“一桥五路”和庚道路建设。\n")
    programme = programmes(doc, "一桥五路")[0]
    assert programme.attrs["items"] == ["甲桥", "乙路延伸", "丙路", "丁北路", "戊路", "己西路"]
    # 安阳 2016: 林长高速、京港澳高速文峰立交桥等“六桥一互通”全部竣工 (a work by its own kind, 高速; partial after 等)
    doc = made_up("林川高速、京南高速文峰立交桥等“六桥一互通”全部竣工。\n")
    assert programmes(doc, "六桥一互通")[0].attrs["partial"]


def test_a_formula_of_places_or_waters_is_no_programme():
    # 天水 2018: 加快县区现代农业产业园、科技园、创业园和田园综合体等“三园一体”建设 (kinds of parks, no named works)
    doc = made_up("加快现代农业产业园、科技园等“两园一体”建设。建设甲河、乙河等“一湖两河”生态廊道。加强与欧洲、非洲等“一带一路”沿线国家合作，推进项目建设。"
                  "推进甲大桥、乙高架等“十横十纵”快速路网建设。\n")
    assert not doc.mentions_of("programme")


def test_a_code_of_works_takes_its_groups_from_the_next_sentence():
    # 衡水 2016: 实施市政工程“3个10”计划。A、B…等10个已开工项目年内建成投用，C…等10个项目确保开工建设，加快推进D…等10个项目前期工作
    doc = made_up("实施市政工程“3个10”计划。甲路改线、乙街提升等10个已开工项目年内建成投用，丙高速、丁公园等10个项目确保开工建设，"
                  "加快推进戊基地、己轨道交通等10个项目前期工作。\n")
    programme = programmes(doc, "3个10")[0]
    assert programme.attrs["items"] == ["甲路改线", "乙街提升", "丙高速", "丁公园", "戊基地", "己轨道交通"]
    assert programme.attrs["partial"]
    # 北京 2023: 深入推进“3个100”市重点工程 (named only)
    assert programmes(made_up("深入推进“3个100”市重点工程，开工建设一批重大项目。\n"), "3个100")


def test_a_code_of_other_things_or_of_lists_is_no_programme():
    # 东莞 2023: 推动“3个100”，试点推进… (service counts); 怀化 2014: “四个十”工程，即抓好十大产业项目、… (a slogan of lists)
    doc = made_up("推动“3个100”，试点推进社保事项就近办。实施“四个十”工程，即抓好十大产业项目、十大基础设施、十件民生实事、十项重点改革。\n")
    assert not [m for m in doc.mentions_of("programme") if m.label in ("3个100", "四个十")]


def test_a_list_of_works_told_as_sentences_each_opening_with_its_work():
    # 衡水 2016: 实施六大防治工程。实施城中村煤改气工程，对…300多个村实施燃煤改燃气。实施燃煤锅炉淘汰工程，全部淘汰1500台…
    doc = made_up("铁腕治理大气污染，实施四大防治工程。实施甲村煤改气工程，对300多个村实施燃煤改燃气。实施燃煤锅炉淘汰工程，淘汰1500台"
                  "燃煤锅炉。实施人工增雨工程，建设6个作业点。实施“互联网+环保”工程，建立监控平台。加大水污染防治力度。\n")
    assert programmes(doc, "四大防治工程")[0].attrs["items"] == ["甲村煤改气工程", "燃煤锅炉淘汰工程", "人工增雨工程",
                                                            "“互联网+环保”工程"]


def test_tasks_told_as_sentences_are_no_list_of_works():
    # 新余 2016: 实施协同创新人才引领工程，打造人才聚集高地；… (tasks: no quantity, no verb of building)
    doc = made_up("实施四大引领工程。实施甲人才引领工程，打造人才高地。实施乙平台引领工程，打造产业高地。实施丙项目引领工程，打造创新"
                  "高地。实施丁服务引领工程，打造服务高地。\n")
    assert not programmes(doc, "四大引领工程")
    # 宁夏 2025: 深入实施产业链、产业基地、产业园区、产业集群“四大升级工程” (parts of a formula sharing their first word)
    assert not made_up("深入实施产业链、产业基地、产业园区、产业集群“四大升级工程”。\n").mentions_of("programme")


def test_a_quoted_topic_a_list_of_deeds_called_works_and_a_closing_count():
    # 南昌 2014: 加快推进九龙湖万达文化旅游城、绿地国际博览城、联泰智慧城三大“引爆”项目
    doc = made_up("加快推进东湖文化旅游城、绿洲国际博览城、云谷智慧城三大“引爆”项目建设。\n")
    assert programmes(doc, "三大“引爆”项目")[0].attrs["items"] == ["东湖文化旅游城", "绿洲国际博览城", "云谷智慧城"]
    # 宁波 2005: 去年人代会确定的八项实事工程较好完成
    assert programmes(made_up("去年确定的八项实事工程较好完成。\n"), "八项实事工程")
    # 南昌 2014, glossary: 八个方面的民生实事：就业和创业、…、群众生产生活等八个方面。
    doc = made_up("办好三个方面的民生实事：就业和创业、社会保险、群众生产生活等三个方面。\n")
    assert programmes(doc, "三个方面的民生实事")[0].attrs["items"] == ["就业和创业", "社会保险", "群众生产生活"]


def test_a_list_of_works_told_one_paragraph_or_one_number_per_item():
    # 长春 2014: 重点实施“五大工程”：⏎实施路网改造建设工程。…加快建设地铁1、2号线。…⏎实施棚户区改造攻坚工程。…
    doc = made_up("重点实施“三大工程”：\n实施路网改造建设工程。加快建设地铁1号线。续建物流通道。\n实施棚户区改造攻坚工程。改造176处成片"
                  "棚户区。\n实施城市绿化美化工程。新建续建14个公园，植树造林3000公顷。\n（六）推进民生改善\n")
    assert programmes(doc, "三大工程")[0].attrs["items"] == ["路网改造建设工程", "棚户区改造攻坚工程", "城市绿化美化工程"]
    # 南昌 2003: 重点推进“七大工程”：一是城市防洪骨干工程。…二是城市道路骨干工程。…实施甲路…等新建和改造工程。…
    doc = made_up("重点推进“三大工程”：一是城市防洪骨干工程。完成甲防洪保护圈建设。二是城市道路骨干工程。实施甲路、乙大道新建和改造"
                  "工程。三是老城区改造工程。完成30万平方米危旧房改造。\n")
    programme = programmes(doc, "三大工程")[0]
    assert programme.attrs["items"] == ["城市防洪骨干工程", "城市道路骨干工程", "老城区改造工程"]
    assert "三大工程" in [m.label for m in doc.mentions_of("slogan")]  # a programme and a slogan alike (set 2's convention)


def test_an_outside_award_and_a_way_of_working_are_no_programmes():
    # 丽水 2023 (trace-dev3): “中国山水工程”获评十大世界生态恢复旗舰项目; 建立人才科技服务十件实事机制
    doc = made_up("甲工程获评十大世界生态恢复旗舰项目。建立人才科技服务十件实事机制。"
                  "实施十大基础设施项目：何仙观水库、绿影大道、潇湘大桥、甲高速、乙铁路、丙机场、丁港、戊站、己厂、庚园。")
    assert [m.label for m in doc.mentions_of("programme")] == ["十大基础设施项目"]
