"""Allow ``python -m fzlint``."""

from .cli import main

raise SystemExit(main())
