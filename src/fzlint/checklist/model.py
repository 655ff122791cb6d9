"""Loaded checklists: items that are rules (``CHECKLIST-ID/ITEM-ID``) with a compiled check."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping

from .. import recache
from ..records import field, record
from ..rules import Finding, Message, Rule
from .kinds import Check, Hit
from .selectors import Env, Selector

if TYPE_CHECKING:  # pragma: no cover
    from ..document import Document

PLACEHOLDER = recache.compile(r"\{([a-z_]+)\}")
#: variables every message may use: the report year and the next one
COMMON_VARIABLES = ("year", "next_year", "detail")


def fill(template: str, values: Mapping[str, Any], lang: str) -> str:
    """Fill ``{name}`` placeholders; a (zh, en) pair value is taken in ``lang``."""
    parts = _split_template(template)
    if len(parts) == 1:
        return template
    out = list(parts)
    for i in range(1, len(parts), 2):  # the names sit between the literal parts
        value = values.get(parts[i], "")
        if isinstance(value, tuple):
            value = value[1] if lang == "en" else value[0]
        out[i] = str(value)
    return "".join(out)


@lru_cache(maxsize=1024)
def _split_template(template: str) -> tuple[str, ...]:
    """``template`` split at its placeholders: literal text, name, literal text, ... (parsed once per message)."""
    return tuple(PLACEHOLDER.split(template))


@record(frozen=True)
class Item:
    """One checklist item: its rule (metadata) and its check."""

    rule: Rule
    check: Check
    message: Message

    def message_for(self, hit: Hit) -> Message:
        """The finding message for ``hit`` (item message with the hit's variables filled in)."""
        return self._message(hit.vars)

    def _message(self, variables: Mapping[str, Any]) -> Message:
        zh = fill(self.message.zh, variables, "zh")
        en = fill(self.message.en, variables, "en")
        detail = variables.get("detail")
        if isinstance(detail, tuple):
            if "{detail}" not in self.message.zh:
                zh = f"{zh.rstrip('。')}：{detail[0]}"
            if "{detail}" not in self.message.en:
                en = f"{en.rstrip('.')}: {detail[1]}"
        return Message(zh, en)

    def findings(self, env: Env) -> Iterator[Finding]:
        """Run the check and turn its hits into findings of this item's rule."""
        for hit in self.check.run(env):
            yield self.finding(hit, env)

    def finding(self, hit: Hit, env: Env) -> Finding:
        """The finding of this item's rule for ``hit``, its message filled in."""
        year = env.year
        common = {"year": year if year else ("本", "this"),
                  "next_year": year + 1 if year else ("下一", "next")}
        return self.rule.finding(self._message({**common, **hit.vars}), hit.start, hit.end, hit.suggestion)


@record(frozen=True)
class Checklist:
    """A validated checklist: metadata, named section selectors and items."""

    id: str
    title: str
    description: str
    source: str
    version: str
    path: str
    sections: Mapping[str, Selector] = field(default_factory=dict)
    items: tuple[Item, ...] = ()

    def rules(self) -> list[Rule]:
        """The rules of the items, in checklist order."""
        return [item.rule for item in self.items]

    def check(self, document: "Document", enabled: Callable[[str], bool] = lambda rule_id: True
              ) -> Iterator[Finding]:
        """Run every enabled item over ``document``."""
        env = Env(document, self.sections)
        for item in self.items:
            if enabled(item.rule.id):
                # Item.findings without its generator: most items have no hit
                for hit in item.check.run(env):
                    yield item.finding(hit, env)
