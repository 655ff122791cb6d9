"""fzlint: a compliance-checklist linter for 法治政府建设年度报告 (rule-of-law government annual reports).

The core (this package) reads reports into a :class:`~fzlint.document.Document`, loads plugins
through pluggy (entry-point group ``fzlint``), runs them and writes findings as text, JSON or
SARIF.  It contains no rules: those live in plugins and checklists.
"""

__version__ = "0.1.0"
