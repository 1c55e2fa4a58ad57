"""HTML pages: the main text by trafilatura; title, publication date and language from markup."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sources.localweb import HERE

from diplocal.errors import UnreadableArticle
from diplocal.sources.html import article_from_html, fragment_text, language_code


def page(name: str) -> bytes:
    return (HERE / name).read_bytes()


CEST = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    ("name", "title", "published", "language", "publisher", "url"),
    [
        (  # article:published_time, og:title, og:site_name, canonical link, lang="en-GB"
            "page_meta.html",
            "EU foreign ministers to meet on sanctions",
            datetime(2024, 3, 10, 8, 0, tzinfo=UTC),
            "en",
            "Northwind News",
            "https://news.example/world/eu-ministers-sanctions",
        ),
        (  # JSON-LD in an @graph: headline, datePublished, inLanguage, publisher; a broken block beside it
            "page_jsonld.html",
            "NATO defence ministers to review air defence",
            datetime(2024, 5, 28, 14, 15, tzinfo=CEST),
            "en",
            "Harbour Times",
            None,
        ),
        (  # <time datetime> in the byline; the <time> in the story is the meeting, not the publication
            "page_time.html",
            "G7 finance ministers to meet in Rome",
            datetime(2024, 9, 2, 10, 30, tzinfo=CEST),
            "en",
            None,
            None,
        ),
    ],
)
def test_metadata_of_test_pages(
    name: str, title: str, published: datetime, language: str, publisher: str | None, url: str | None
) -> None:
    article = article_from_html(page(name), where=name, default_id=Path(name).stem)
    assert article.title == title
    assert article.published == published
    assert article.published_basis is None  # from metadata, not inferred
    assert article.language == language
    assert article.publisher == publisher
    assert article.url == url
    assert article.id == (url or Path(name).stem)


def test_main_text_leaves_out_navigation_and_keeps_dates_inside_time_elements() -> None:
    article = article_from_html(page("page_time.html"), where="page_time.html")
    assert article.text.startswith("G7 finance ministers will meet in Rome on September 12 to discuss debt relief")
    assert "Economy" not in article.text
    assert not article.text.startswith(article.title)  # the headline is the title, not the first line of text

    eu = article_from_html(page("page_meta.html"), where="page_meta.html")
    assert eu.text.startswith("EU foreign ministers will meet in Brussels on March 14 to discuss sanctions")
    assert "Copyright" not in eu.text
    assert "Sport" not in eu.text


STORY = "<p>" + "Foreign ministers of the group will meet in Geneva on May 2 to discuss the ceasefire. " * 3 + "</p>"


def wrap(head: str, body: str = STORY, html_attrs: str = "") -> bytes:
    document = f"<!DOCTYPE html><html{html_attrs}><head><meta charset='utf-8'>{head}</head>"
    return (document + f"<body><article>{body}</article></body></html>").encode()


JSON_LD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-02T00:00:00Z"}</script>'
)


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        # article:published_time wins over JSON-LD and <time>
        (
            '<meta property="article:published_time" content="2024-01-01T10:00:00Z">' + JSON_LD,
            '<time datetime="2024-03-03">3 March</time>' + STORY,
            datetime(2024, 1, 1, 10, tzinfo=UTC),
        ),
        # JSON-LD wins over itemprop and <time>
        (JSON_LD + '<meta itemprop="datePublished" content="2024-04-04">', STORY, datetime(2024, 2, 2, tzinfo=UTC)),
        # a <time pubdate> wins over an earlier plain <time>
        (
            "",
            '<div><time datetime="2023-12-24">Christmas</time></div>'
            + '<time pubdate datetime="2024-05-05T05:00:00Z">x</time>'
            + STORY,
            datetime(2024, 5, 5, 5, tzinfo=UTC),
        ),
        # a <time> inside a paragraph is what the story is about, not when it was published
        ("", '<p>Talks on <time datetime="2024-06-06">June 6</time> were called off.</p>' + STORY, None),
        # a date without a zone is taken as UTC
        ('<meta name="pubdate" content="2024-07-07 12:30">', STORY, datetime(2024, 7, 7, 12, 30, tzinfo=UTC)),
        # no date anywhere: left for inference from the text
        ("", STORY, None),
    ],
)
def test_publication_date_precedence(head: str, body: str, published: datetime | None) -> None:
    article = article_from_html(wrap(head, body), where="page.html")
    assert article.published == published


@pytest.mark.parametrize(
    ("head", "html_attrs", "language"),
    [
        ("", ' lang="fr-FR"', "fr"),
        ("", ' xml:lang="de"', "de"),
        ('<meta http-equiv="Content-Language" content="es">', "", "es"),
        ('<script type="application/ld+json">{"@type": "Article", "inLanguage": "pt-BR"}</script>', "", "pt"),
        ('<meta property="og:locale" content="it_IT">', "", "it"),
        ("", "", None),  # nothing declared: no guess here, the extractor detects it from the text
    ],
)
def test_language_from_markup(head: str, html_attrs: str, language: str | None) -> None:
    assert article_from_html(wrap(head, html_attrs=html_attrs), where="page.html").language == language


@pytest.mark.parametrize(
    ("value", "code"),
    [("en-GB", "en"), ("EN", "en"), ("pt_BR", "pt"), ("", None), (None, None), ("english", None), ("zh-Hant-TW", "zh")],
)
def test_language_code(value: str | None, code: str | None) -> None:
    assert language_code(value) == code


def test_declared_charset_is_used() -> None:
    latin = (
        "<html><head><meta charset='iso-8859-1'><title>Réunion à Genève</title></head><body><article>"
        + "<p>Les ministres des affaires étrangères se réuniront à Genève le 2 mai pour discuter du cessez-le-feu.</p>"
        * 2
        + "</article></body></html>"
    ).encode("iso-8859-1")
    article = article_from_html(latin, where="latin.html")
    assert article.title == "Réunion à Genève"
    assert "étrangères" in article.text
    from_header = article_from_html(latin.replace(b"iso-8859-1", b"nothing"), where="x", charset="latin-1")
    assert from_header.title == "Réunion à Genève"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\t ", "file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "file is binary, not HTML"),
        (
            "<html><body><p>Caf\u00e9 ministers will meet.</p></body></html>".encode("latin-1"),
            "page is not valid utf-8 (no charset declared; bad byte at offset 18)",
        ),
        (b"<html><head><meta charset='klingon'></head></html>", "page declares an unknown charset 'klingon'"),
        (page("page_no_article.html"), "no article text found in the page (42 characters of main text)"),
        (
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
            "no article text found in the page (4 characters of main text)",
        ),
    ],
)
def test_unreadable_pages_give_one_line_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(UnreadableArticle) as caught:
        article_from_html(data, where="bad.html")
    assert caught.value.message == reason
    assert caught.value.where == "bad.html"
    assert "\n" not in str(caught.value)


def test_oversized_page_is_refused() -> None:
    big = wrap("", STORY * 40_000)
    with pytest.raises(UnreadableArticle, match=r"page is \d+ bytes, over the 5242880-byte limit"):
        article_from_html(big, where="big.html")


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<p>One.</p><p>Two\n lines.</p>", "One.\nTwo lines."),
        ("Plain &amp; simple", "Plain &amp; simple"),
        ("Line one<br>line two", "Line one\nline two"),
        ("<div>Block</div>tail <b>bold</b>", "Block\ntail bold"),
        ("<script>alert(1)</script><p>Kept</p>", "Kept"),
        ("", ""),
    ],
)
def test_fragment_text(markup: str, text: str) -> None:
    assert fragment_text(markup) == text
