"""The OpenAPI document: valid 3.1, the same routes as the app, and true to real responses."""

from __future__ import annotations

import re
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from webdata import fill_all

from diplocal.store import Store


@pytest.fixture
def document(client: FlaskClient) -> dict[str, Any]:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/json"
    return response.get_json()  # type: ignore[no-any-return]


def test_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    assert document["openapi"] == "3.1.0"
    validate(document)
    assert document["servers"] == [{"url": "https://diplocal.example"}]


def api_rules(app: Flask) -> dict[str, set[str]]:
    """Each /api/ route in OpenAPI's path syntax, with its methods (less HEAD and OPTIONS)."""
    rules: dict[str, set[str]] = {}
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule)
            rules.setdefault(path, set()).update(m.lower() for m in set(rule.methods or ()) - {"HEAD", "OPTIONS"})
    return rules


def test_every_route_is_documented_and_every_documented_route_exists(app: Flask, document: dict[str, Any]) -> None:
    served = api_rules(app)
    documented = {path: set(operations) for path, operations in document["paths"].items()}
    assert served == documented


def test_every_path_parameter_is_declared(document: dict[str, Any]) -> None:
    for path, operations in document["paths"].items():
        for operation in operations.values():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == set(re.findall(r"{([a-z_]+)}", path)), path


def test_documented_query_parameters_are_the_ones_accepted(client: FlaskClient, document: dict[str, Any]) -> None:
    """A parameter the document names is accepted; a route refuses any it does not name."""
    for path, operations in document["paths"].items():
        if "{" in path or "get" not in operations:
            continue
        names = [p["name"] for p in operations["get"].get("parameters", []) if p["in"] == "query"]
        assert client.get(path + "?not_a_parameter=1").status_code == 400, path
        for name in names:
            response = client.get(f"{path}?{name}=")  # empty means "not given", but the name must be known
            assert response.status_code == 200, (path, name, response.get_data(as_text=True))


@pytest.fixture
def check(document: dict[str, Any]) -> Any:
    """A function validating a body against a component schema of the document."""
    registry: Registry[Any] = Registry().with_resource(
        "urn:diplocal:openapi", Resource.from_contents(document, default_specification=DRAFT202012)
    )

    def run(body: Any, schema: str) -> None:
        validator = Draft202012Validator(
            {"$ref": f"urn:diplocal:openapi#/components/schemas/{schema}"}, registry=registry
        )
        errors = sorted(validator.iter_errors(body), key=str)
        assert not errors, "\n".join(str(e.message) for e in errors)

    return run


def response_schema(document: dict[str, Any], path: str, status: str) -> str:
    response = document["paths"][path]["get"]["responses"][status]
    if "$ref" in response:
        response = document["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    ref: str = response["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[1]


def test_real_responses_match_their_schemas(
    client: FlaskClient, store: Store, document: dict[str, Any], check: Any
) -> None:
    ids = fill_all(store)
    some_id = next(iter(ids.values()))
    urls = {
        "/api/meetings": "/api/meetings?from=2021-01-01&limit=3",
        "/api/meetings/{meeting_id}": "/api/meetings/" + some_id,
        "/api/meetings/{meeting_id}/history": f"/api/meetings/{some_id}/history",
        "/api/organisations": "/api/organisations?from=2021-01-01",
        "/api/countries": "/api/countries?from=2021-01-01",
        "/api/places": "/api/places?from=2021-01-01",
    }
    for path, url in urls.items():
        check(client.get(url).get_json(), response_schema(document, path, "200"))
    for meeting_id in ids.values():  # every kind of meeting: timed, month-only, cancelled, hostile
        check(client.get("/api/meetings/" + meeting_id).get_json(), "Meeting")
    # The ingest routes' responses are checked in tests/test_post_articles.py.
    assert set(urls) | {"/api/openapi.json", "/api/sources", "/api/articles"} == set(document["paths"])


@pytest.mark.parametrize(
    ("url", "status"),
    [("/api/meetings?limit=0", "400"), ("/api/meetings/nope", "404"), ("/api/places?from=x", "400")],
)
def test_error_bodies_match_the_error_schema(
    client: FlaskClient, document: dict[str, Any], check: Any, url: str, status: str
) -> None:
    response = client.get(url)
    assert str(response.status_code) == status
    check(response.get_json(), "Error")


def test_schema_check_can_fail(check: Any) -> None:
    with pytest.raises(AssertionError, match="'links' is a required property"):
        check({"id": "x"}, "Meeting")
