"""The old home of :mod:`diplocal.render.jsonview`, kept while the extractor's corpus tests
(``test_dev_corpus``, ``test_heldout``) and ``benchmarks/quality.py`` import from here."""

from diplocal.render.jsonview import found_to_json, meeting_to_json, prediction_to_json

__all__ = ["found_to_json", "meeting_to_json", "prediction_to_json"]
