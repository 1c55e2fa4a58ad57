"""Taggers: the spans of a sentence (dates, clock times, meeting words, names, places),
found with a language pack and the places module."""
