"""diplocal: turns news articles into a trustworthy calendar of upcoming diplomatic meetings."""

__version__ = "0.1.0"
