"""The API docs' examples are real: each `curl` in README's "HTTP API" section and in
docs/api.md is run against a fixed store and must print exactly the JSON written under it.

After a deliberate change, rewrite the examples with ``DIPLOCAL_UPDATE_DOCS=1 pytest tests/test_api_docs.py``
and read the diff.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from webdata import fill_sample

from diplocal.settings import Settings
from diplocal.store import Store
from diplocal.web import create_app

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
API_DOC = ROOT / "docs" / "api.md"
SERVER = "http://127.0.0.1:5000"
# A curl command in its own sh block, then the JSON it prints in a json block.
EXAMPLE = re.compile(r"```sh\n(?P<command>curl [^\n]*)\n```\n+```json\n(?P<body>.*?)\n```", re.DOTALL)


@dataclass(frozen=True)
class Example:
    command: str
    body: str
    span: tuple[int, int]  # of the body in the document


def readme_section(text: str) -> tuple[int, int]:
    """Where the README's "## HTTP API" section starts and ends."""
    start = text.index("\n## HTTP API\n")
    following = text.find("\n## ", start + 1)
    return start, len(text) if following == -1 else following


def examples(text: str, within: tuple[int, int]) -> Iterator[Example]:
    for match in EXAMPLE.finditer(text, *within):
        yield Example(match["command"], match["body"], match.span("body"))


def run(client: FlaskClient, command: str) -> str:
    """What ``command`` (curl with -s and -H only) prints against the fixed store, as pretty JSON."""
    words = shlex.split(command)
    assert words[0] == "curl"
    headers: dict[str, str] = {}
    urls = []
    index = 1
    while index < len(words):
        word = words[index]
        if word == "-s":
            pass
        elif word == "-H":
            index += 1
            name, _, value = words[index].partition(":")
            headers[name.strip()] = value.strip()
        elif word.startswith("-"):
            raise AssertionError(f"the docs test does not know curl option {word!r}: {command}")
        else:
            urls.append(word)
        index += 1
    assert len(urls) == 1, command
    assert urls[0].startswith(SERVER + "/"), f"examples use {SERVER}: {command}"
    response = client.get(urls[0][len(SERVER) :], headers=headers)
    assert response.headers["Content-Type"] == "application/json", command
    return json.dumps(response.get_json(), indent=2, ensure_ascii=False)


@pytest.fixture
def docs_client(tmp_path: Path) -> Iterator[FlaskClient]:
    """The app on a store holding only the sample article's four meetings, on 5 January 2022."""
    url = f"sqlite:///{tmp_path / 'docs.db'}"
    store = Store.open(url)
    fill_sample(store)
    store.close()
    settings = Settings(database_url=url, base_url=SERVER, past_days=None)
    app = create_app({"SETTINGS": settings, "CLOCK": lambda: datetime(2022, 1, 5, 9, 0, tzinfo=UTC), "TESTING": True})
    yield app.test_client()
    app.extensions["diplocal.store"].close()


def check_document(path: Path, client: FlaskClient, *, section: bool) -> int:
    """Compare (or with DIPLOCAL_UPDATE_DOCS=1 rewrite) every example of ``path``; how many."""
    text = path.read_text(encoding="utf-8")
    within = readme_section(text) if section else (0, len(text))
    found = list(examples(text, within))
    wrong = []
    for example in reversed(found):  # from the end, so earlier spans stay valid when rewriting
        actual = run(client, example.command)
        if actual != example.body:
            wrong.append(example.command)
            text = text[: example.span[0]] + actual + text[example.span[1] :]
    if wrong and os.environ.get("DIPLOCAL_UPDATE_DOCS") == "1":
        path.write_text(text, encoding="utf-8")
        return len(found)
    assert not wrong, f"{path.name}: these examples no longer print what the docs say: {wrong[::-1]}"
    return len(found)


def test_readme_examples_are_true(docs_client: FlaskClient) -> None:
    assert check_document(README, docs_client, section=True) >= 3


def test_api_doc_examples_are_true(docs_client: FlaskClient) -> None:
    assert check_document(API_DOC, docs_client, section=False) >= 8


def test_every_route_is_documented(client: FlaskClient) -> None:
    text = API_DOC.read_text(encoding="utf-8")
    paths = client.get("/api/openapi.json").get_json()["paths"]
    for path, operations in paths.items():
        for method in operations:
            heading = f"### `{method.upper()} " + path.replace("{meeting_id}", "<id>") + "`"
            assert heading in text, f"docs/api.md has no section {heading}"
    readme = README.read_text(encoding="utf-8")
    start, end = readme_section(readme)
    for path in paths:
        assert path.replace("{meeting_id}", "<id>") in readme[start:end], f"README's HTTP API table lacks {path}"


def test_a_drifted_example_is_caught(docs_client: FlaskClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIPLOCAL_UPDATE_DOCS", raising=False)
    doc = tmp_path / "drift.md"
    doc.write_text(
        "```sh\ncurl 'http://127.0.0.1:5000/api/countries?from=2022-01-01'\n```\n\n```json\n{}\n```\n", encoding="utf-8"
    )
    with pytest.raises(AssertionError, match="no longer print"):
        check_document(doc, docs_client, section=False)
