"""Test pages and feeds written for the source tests, and the helpers that serve them."""
