"""``python -m diplocal``: the command line."""

from diplocal.cli import main

main()
