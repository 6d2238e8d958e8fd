"""Both languages complete: every page walked in a real browser in Chinese and in ``?lang=en``. Words of
the interface (headings, column captions, buttons, labels, badges, relations, legends, the network's
panel) must be in the page's language; what reports say (names, sentences, titles) may be Chinese on an
English page, and a Chinese page may show a document's id, an IRI or code. Wherever the Chinese interface
names a type or a relation, its English name is there too (a tooltip), and the other way round. A
static pass finds words written into a template in one language only."""

import re
import urllib.parse
from pathlib import Path

import pytest
from test_browser import Session
from test_explorer import get, serving

import tifa.explorer

HUB = "https://w3id.org/tifa/id/place/零陵区"
PAGES = [
    "/", "/browse/slogan", "/browse/project?status=开工", "/browse/indicator", "/browse/document",
    "/entity?label=四区两城", "/entity?label=何仙观水库", "/entity?label=一区三园", "/entity?label=地区生产总值",
    "/entity?label=四区二城", "/reach?label=四区两城", "/search?q=四区二城", "/sentences?q=水库", "/documents",
    "/documents/lingling-2024-plan", "/targets", "/targets?region=零陵区", "/trace?label=四区两城",
    "/trace?label=四区两城&view=projects", "/trace?label=何仙观水库&up=1", "/schema",
    "/sparql-ui?example=overview", "/sparql-ui?query=" + urllib.parse.quote("SELECT ?s WHERE { ?s a tifa:Slogan } LIMIT 3"),
    "/sparql-ui?query=" + urllib.parse.quote("SELECT ?s WHERE {"), "/browse/nothing",
    "/network?" + urllib.parse.urlencode({"focus": HUB}), "/network?trace=四区两城",
]
# words that are the same in both languages: names of formats, languages and tools
NEUTRAL = {"tifa", "SPARQL", "CSV", "JSON", "Excel", "Turtle", "English", "IRI", "TSV", "XML", "Ctrl"}
CJK = re.compile(r"[\u3400-\u9fff]")
ENGLISH_WORD = re.compile(r"[A-Za-z][a-z]{2,}")  # a word of the interface (an acronym in a name is not)

# the text nodes of a page: what they say, whether they belong to the interface (a heading, a caption, a
# button …) rather than to what reports say (an entity's link, a quoted sentence), and attributes read aloud
COLLECT = """() => {
  const DATA = "script,style,code,pre,textarea,.CodeMirror,q,mark,.iri,body [lang=en],body [lang=zh],option,.sentence,.evidence li,#text";
  const UI = "th,button,label,summary,dt,h2,h3,.badge,.relation,.relation-arrow,#legend,#status,.hint,nav,"
           + ".downloads,.pages,.actions,.facets h3,.view-tab,#warning";
  const DATA_LINK = "a[href^='/entity'],a[href^='/documents/'],a[href^='/trace'],a[href^='/reach'],.facet li a";
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    const text = node.textContent.trim(), parent = node.parentElement;
    if (!text || !parent || parent.closest(DATA)) continue;
    texts.push({text: text, ui: !!parent.closest(UI) && !parent.closest(DATA_LINK)});
  }
  const spoken = [...document.querySelectorAll("[aria-label],[placeholder]")].map(e =>
      [e.getAttribute("aria-label"), e.getAttribute("placeholder")]).flat().filter(Boolean);
  return {texts: texts, spoken: spoken};
}"""


@pytest.fixture(scope="module")
def base(store):
    with serving(store) as url:
        yield url


@pytest.fixture(scope="module")
def document_ids(base):
    import json
    return [d["id"] for d in json.loads(get(base, "/documents.json")[2])["rows"]]


def echoed(path: str) -> list[str]:
    """What the reader asked for in `path` (its last segment, its query's values): a page may say it back."""
    url = urllib.parse.urlsplit(path)
    return [urllib.parse.unquote(url.path.rsplit("/", 1)[-1]), *(v for _, v in urllib.parse.parse_qsl(url.query))]


def without(text: str, pieces) -> str:
    for piece in sorted(pieces, key=len, reverse=True):
        if piece:
            text = text.replace(piece, " ")
    return text


def english_words(text: str, known) -> list[str]:
    """The English words of `text` that are not part of an IRI, a neutral name or one of the `known`
    strings (document ids, what the URL asked for)."""
    text = re.sub(r"https?://\S+|\b\w+:\w+", " ", without(text, known))  # IRIs and prefixed names
    return [w for w in ENGLISH_WORD.findall(text) if w not in NEUTRAL]


def read(page, url):
    page.goto(url)
    page.wait_for_load_state("load")
    if "/network?" in url:
        page.locator("body[data-settled]").wait_for(timeout=30_000)
    return page.evaluate(COLLECT)


def test_every_page_speaks_one_language_in_its_interface(browser, base, document_ids, tmp_path):
    visit = Session(browser, base, tmp_path)
    problems = []
    for path in PAGES:
        joiner = "&" if "?" in path else "?"
        known = [*document_ids, *echoed(path)]
        chinese = read(visit.page, base + path + joiner + "lang=zh")
        visit.shot("zh-" + re.sub(r"\W+", "-", path)[:40])
        for item in chinese["texts"]:
            found = english_words(item["text"], known)
            if found:
                problems.append(f"zh {path}: English {found} in {item['text'][:60]!r}")
        problems += [f"zh {path}: English in label {s!r}" for s in chinese["spoken"] if english_words(s, known)]
        english = read(visit.page, base + path + joiner + "lang=en")
        visit.shot("en-" + re.sub(r"\W+", "-", path)[:40])
        shared = {item["text"] for item in chinese["texts"]}  # what both languages show: names and sentences
        for item in english["texts"]:
            if CJK.search(without(item["text"], known)) and (item["ui"] or item["text"] not in shared):
                problems.append(f"en {path}: Chinese in {'the interface' if item['ui'] else 'a translated text'} "
                                f"{item['text'][:60]!r}")
        problems += [f"en {path}: Chinese in label {s!r}" for s in english["spoken"]
                     if CJK.search(s) and not s.startswith(("e.g.", "Words"))]
    visit.close()
    assert not problems, "\n".join(problems)


def test_types_and_relations_carry_their_name_in_the_other_language(browser, base, tmp_path):
    visit = Session(browser, base, tmp_path)
    page = visit.page
    for lang, other in (("zh", ENGLISH_WORD), ("en", CJK)):
        for path in ("/entity?label=何仙观水库", "/trace?label=四区两城", "/search?q=水库", "/schema"):
            page.goto(f"{base}{path}&lang={lang}" if "?" in path else f"{base}{path}?lang={lang}")
            named = page.locator(".badge, .relation, .relation-arrow").evaluate_all(
                "els => els.filter(e => e.textContent.trim()).map(e => [e.textContent.trim(), e.title])")
            assert named, path
            assert all(other.search(title) for _, title in named), (lang, path, [n for n in named if not other.search(n[1])][:5])
        page.goto(f"{base}/network?{urllib.parse.urlencode({'focus': HUB, 'lang': lang})}")
        page.locator("body[data-settled]").wait_for(timeout=30_000)
        legend = page.locator("#legend li").evaluate_all("els => els.map(e => e.title)")
        assert legend and all(other.search(title) for title in legend)
    visit.close()


def test_no_template_writes_words_in_one_language_only():
    """Templates say every word through t(), type_name(), relation_name() …: any letter left in a
    template's markup or in a shown attribute is a word one of the languages misses."""
    jinja = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
    shown = re.compile(r'(?:placeholder|title|aria-label|alt)="([^"]*)"')
    templates = Path(tifa.explorer.__file__).parent / "templates"
    problems = []
    for template in sorted(templates.glob("*.html")):
        markup = jinja.sub(" ", template.read_text(encoding="utf-8"))
        markup = re.sub(r"<(script|style|code|pre)\b.*?</\1>", " ", markup, flags=re.S)
        words = [*re.findall(r">([^<]+)<", markup), *shown.findall(markup)]
        for text in words:
            found = [w for w in re.findall(r"[A-Za-z]{2,}|[\u3400-\u9fff]+", text) if w not in NEUTRAL | {"提法"}]
            if found:
                problems.append(f"{template.name}: {found} in {text.strip()[:60]!r}")
    assert not problems, "\n".join(problems)
