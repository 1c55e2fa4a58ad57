"""Articles in languages diplocal does not read fail one by one, by name, in a batch that
goes on: `diplocal ingest` and `diplocal extract` on a mixed folder (issue 14)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from diplocal.cli import main
from diplocal.errors import UnsupportedLanguage
from diplocal.ingest import prepare, settle_language
from diplocal.model import Article
from diplocal.query import MeetingQuery
from diplocal.settings import Settings
from diplocal.store import Store

STORY = Path(__file__).parent / "stories" / "brics-kazan"
SUPPORTED = "diplocal reads ar (Arabic), de (German), en (English), es (Spanish), fr (French), ru (Russian)"
ITALIAN = """\
Vertice a Roma sulla crisi in Medio Oriente
Published: 2024-10-16

ROMA, 16 ottobre. I ministri degli esteri di Italia, Francia e Germania si incontreranno a Roma il 25 ottobre
per discutere della crisi in Medio Oriente, ha annunciato la Farnesina in una nota diffusa mercoledì.
"""
PORTUGUESE = {
    "id": "pt-1",
    "title": "Cimeira em Lisboa",
    "published": "2024-10-16",
    "language": "pt-PT",
    "text": "Os ministros dos Negócios Estrangeiros reúnem-se em Lisboa a 30 de outubro.",
}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A Russian and an English report of one meeting, an Italian article (detected) and a
    Portuguese one (its language given), in one folder."""
    folder = tmp_path / "mixed"
    shutil.copytree(STORY, folder)
    (folder / "it-farnesina.txt").write_text(ITALIAN, encoding="utf-8")
    (folder / "pt.jsonl").write_text(json.dumps(PORTUGUESE) + "\n", encoding="utf-8")
    return folder


def failures(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("failed: ")]


def expected_failures(folder: Path) -> list[str]:
    return [
        f"failed: {folder / 'it-farnesina.txt'}: detected language 'it' (Italian) is not supported ({SUPPORTED})",
        f"failed: {folder / 'pt.jsonl'}: language 'pt-PT' (Portuguese) is not supported ({SUPPORTED})",
    ]


def test_ingest_stores_what_it_reads_and_names_each_language_it_does_not(
    runner: CliRunner, mixed: Path, db_url: str
) -> None:
    result = runner.invoke(main, ["ingest", str(mixed)])
    assert result.exit_code == 1, result.output
    assert result.output.splitlines()[0].startswith("4 articles read (0 unchanged), 2 meetings found")
    assert result.output.splitlines()[0].endswith("; 2 failed")
    assert sorted(failures(result.output)) == expected_failures(mixed)
    store = Store.open(db_url)
    try:
        [stored] = store.find(MeetingQuery())
        assert sorted(e.language for e in stored.meeting.evidence) == ["en", "ru"]
        assert {a.id: a.language for a in store.articles()} == {"en-wire": "en", "ru-vesti": "ru"}
    finally:
        store.close()


def test_extract_reads_what_it_can_and_names_each_language_it_does_not(runner: CliRunner, mixed: Path) -> None:
    result = runner.invoke(main, ["extract", str(mixed)])
    assert result.exit_code == 1, result.output
    assert "  2024-10-22..2024-10-24  BRICS Summit @ Kazan  (confirmed, 0." in result.output
    assert result.output.count("BRICS Summit") == 2  # the English report too
    assert sorted(failures(result.output)) == expected_failures(mixed)


def test_extract_jsonl_gives_an_empty_line_for_an_unread_language(runner: CliRunner, mixed: Path) -> None:
    result = runner.invoke(main, ["extract", "--jsonl", str(mixed / "pt.jsonl")])
    assert result.exit_code == 1, result.output
    assert json.loads(result.output.splitlines()[0]) == {"id": "pt-1", "events": []}


@pytest.mark.parametrize(
    ("given", "settled"),
    [("ru", "ru"), ("ru-RU", "ru"), ("RU", "ru"), ("en_GB", "en"), (None, "ru")],  # None: detected
)
def test_the_language_is_settled_to_its_packs_code(given: str | None, settled: str) -> None:
    text = (STORY / "ru-vesti.txt").read_text(encoding="utf-8")
    article = Article(id="a", title="", text=text, language=given)
    assert settle_language(article).language == settled


def test_too_little_text_to_tell_asks_for_the_language() -> None:
    article = Article(id="a", title="", text="Talks on Friday.", language=None, source="short.txt")
    with pytest.raises(UnsupportedLanguage, match=r"^short\.txt: the article's language cannot be told"):
        prepare(article)
    given = Article(id="a", title="Talks", text="Talks on Friday.", language="en")
    assert prepare(given, datetime(2024, 10, 16, tzinfo=UTC))[0].language == "en"


def test_a_posted_article_gets_its_language_detected_or_a_400_naming_it(settings: Settings, store: Store) -> None:
    from diplocal.web import create_app

    token = "languages-token"
    client = create_app(
        {"SETTINGS": settings.updated(api_token=token), "CLOCK": lambda: datetime(2024, 10, 16, tzinfo=UTC)}
    ).test_client()
    headers = {"Authorization": f"Bearer {token}"}
    title, _, body = (STORY / "ru-vesti.txt").read_text(encoding="utf-8").partition("\n")
    russian = {"title": title, "text": body.split("\n\n", 1)[1], "published": "2024-10-15"}
    response = client.post("/api/articles", json=russian, headers=headers)
    assert response.status_code == 201, response.get_json()
    document = response.get_json()
    assert document["article"]["language"] == "ru"
    [meeting] = document["meetings"]
    assert (meeting["title"], meeting["title_original"]) == ("BRICS Summit", "Саммит БРИКС")
    assert [s["language"] for s in meeting["sources"]] == ["ru"]
    italian = {"title": "Vertice a Roma", "text": ITALIAN.split("\n\n", 1)[1], "published": "2024-10-16"}
    response = client.post("/api/articles", json=italian, headers=headers)
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == (
        f"POST /api/articles: detected language 'it' (Italian) is not supported ({SUPPORTED})"
    )
    assert len(store.article_hashes()) == 1  # the Russian one only
