"""An example third-party fzlint plugin (see docs/writing-plugins.md)."""

__version__ = "0.1.0"
