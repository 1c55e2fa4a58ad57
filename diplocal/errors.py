"""The one exception hierarchy of diplocal: each error names the bad value and what would work."""

from __future__ import annotations


class DiplocalError(ValueError):
    """Base of every error diplocal raises on purpose.

    ``where`` names the file, URL, article or parameter the error is about; ``hint`` says
    what would work instead. ``str(error)`` is one line fit for a CLI or a JSON body.
    """

    def __init__(self, message: str, *, where: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.where = where
        self.hint = hint
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"{text} ({self.hint})" if self.hint else text


class UnreadableArticle(DiplocalError):
    """A file, line or page could not be read as an article."""


class UnknownPublicationDate(DiplocalError):
    """An article gives no publication date and none can be inferred from its text."""


class InvalidDate(DiplocalError):
    """A date given by a user (a CLI option or a query parameter) is not a date."""


class InvalidParameter(DiplocalError):
    """A query parameter or option has a value that cannot be used."""

    def __init__(self, message: str, *, parameter: str, where: str | None = None, hint: str | None = None) -> None:
        self.parameter = parameter
        super().__init__(message, where=where, hint=hint)


class StoreError(DiplocalError):
    """The store cannot be opened, read or written."""


class StoreUnavailable(StoreError):
    """The database server cannot be reached right now; retrying later may work."""


class StoreUnwritable(StoreError):
    """The database refuses writes: its file or folder is read-only, or its disk is full."""


class UnknownMeeting(DiplocalError):
    """No meeting has the requested id."""


class UnsupportedLanguage(DiplocalError):
    """An article is in a language diplocal has no language pack for."""
