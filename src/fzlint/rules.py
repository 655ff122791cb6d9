"""Rules and findings: the vocabulary shared by the core, plugins and formatters.

A :class:`Rule` is metadata only (id, category, severity, bilingual summary,
documentation under fixed headings).  Plugins yield :class:`Finding` objects
that point at character offsets of a :class:`~fzlint.document.Document`; the
core turns offsets into lines and columns when it reports them.
"""

from __future__ import annotations

import enum
from typing import Optional

from .records import field, record, replace


class Severity(str, enum.Enum):
    """How serious a finding is; ``error`` > ``warning`` > ``info``."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Numeric rank used for ``--fail-on`` comparisons (higher is worse)."""
        return {"info": 1, "warning": 2, "error": 3}[self.value]

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        """Parse a severity name, raising ``ValueError`` with the allowed names."""
        if isinstance(value, Severity):
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None


class Category(str, enum.Enum):
    """The family a rule belongs to.  Plugins use exactly one of the first seven."""

    CONTENT = "content"
    STRUCTURE = "structure"
    PUNCTUATION = "punctuation"
    NUMBERS = "numbers"
    WORDING = "wording"
    TERMINOLOGY = "terminology"
    HYGIENE = "hygiene"
    #: reserved for the core's own diagnostics (internal errors, unused suppressions)
    CORE = "core"


RULE_CATEGORIES = tuple(c for c in Category if c is not Category.CORE)


@record(frozen=True)
class Message:
    """A finding's message in Chinese (the default) and English."""

    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        """Return the message in ``lang`` ("zh" or "en")."""
        return self.en if lang == "en" else self.zh


@record(frozen=True)
class RuleDoc:
    """Rule documentation under ruff's fixed headings (bilingual where it matters)."""

    what: str
    why: str
    example: str = ""
    use_instead: str = ""
    source: str = ""

    def sections(self) -> list[tuple[str, str]]:
        """Return (heading, body) pairs in display order, skipping empty bodies."""
        pairs = [
            ("What it checks / 检查内容", self.what),
            ("Why / 依据", self.why),
            ("Example / 示例", self.example),
            ("Use instead / 应改为", self.use_instead),
            ("Source / 出处", self.source),
        ]
        return [(h, b) for h, b in pairs if b]

    def markdown(self) -> str:
        """Render the documentation as Markdown (used by SARIF ``help`` and ``explain``)."""
        return "\n\n".join(f"## {h}\n\n{b}" for h, b in self.sections())


@record(frozen=True)
class Rule:
    """Metadata of one rule.  ``id`` is ``family/name`` (e.g. ``heading/sequence``)."""

    id: str
    category: Category
    severity: Severity
    summary_zh: str
    summary_en: str
    doc: RuleDoc
    fixable: bool = False
    #: the plugin that declared the rule (filled in by the plugin manager)
    plugin: str = ""

    def __post_init__(self) -> None:
        if "/" not in self.id or self.id.startswith("/") or self.id.endswith("/"):
            raise ValueError(f"rule id {self.id!r} must look like 'family/name'")
        object.__setattr__(self, "category", Category(self.category))
        object.__setattr__(self, "severity", Severity.parse(self.severity))

    @property
    def family(self) -> str:
        """The part of the id before the last slash (``heading`` for ``heading/sequence``)."""
        return self.id.rsplit("/", 1)[0]

    def summary(self, lang: str = "zh") -> str:
        """One-line description in ``lang``."""
        return self.summary_en if lang == "en" else self.summary_zh

    def finding(
        self,
        message: Message,
        start: Optional[int] = None,
        end: Optional[int] = None,
        suggestion: Optional[str] = None,
    ) -> "Finding":
        """Build a finding of this rule at offsets ``start``..``end`` (or document-level)."""
        return Finding(self.id, self.severity, message, start, end, suggestion)


@record(frozen=True)
class Finding:
    """One problem found in a document.

    ``start``/``end`` are character offsets into ``Document.text`` (end exclusive);
    both ``None`` means a document-level finding.  ``suggestion`` is the text
    that should replace ``text[start:end]`` when the fix is mechanical.
    """

    rule_id: str
    severity: Severity
    message: Message
    start: Optional[int] = None
    end: Optional[int] = None
    suggestion: Optional[str] = None
    #: core-filled: which plugin produced it
    plugin: str = field(default="", compare=False)

    @property
    def is_document_level(self) -> bool:
        """True when the finding has no location in the text."""
        return self.start is None

    def with_severity(self, severity: Severity) -> "Finding":
        """Return a copy with another severity (used for config overrides)."""
        return replace(self, severity=severity)

    def sort_key(self) -> tuple:
        """Order findings by position (document-level first), then rule id."""
        return (-1 if self.start is None else self.start, self.rule_id, self.message.zh)


def msg(zh: str, en: str) -> Message:
    """Shorthand for :class:`Message`."""
    return Message(zh, en)
