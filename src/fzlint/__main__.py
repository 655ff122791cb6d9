"""Allow ``python -m fzlint``."""

from .cli import run

run()
