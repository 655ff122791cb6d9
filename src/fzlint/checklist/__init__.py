"""YAML checklists: loader, JSON Schema and declarative item kinds (issue #3).

A checklist says what a compliant report must contain; users write their own without Python.
Every item becomes a rule ``CHECKLIST-ID/ITEM-ID``.  The first-party plugin
``fzlint_plugins.checklist`` turns the configured checklists into rules and runs them.

Modules: :mod:`.loader` (safe YAML with line numbers, schema validation, compilation),
:mod:`.kinds` (registry and compiler), :mod:`.selectors` (section selectors),
:mod:`.patterns` (phrase matching), and one module per concern for the item kinds:
:mod:`.sections`, :mod:`.phrases`, :mod:`.evidence`, :mod:`.title`, :mod:`.frame`, :mod:`.coverage`.
"""

from .errors import ChecklistError
from .kinds import KINDS
from .loader import bundled_ids, load, load_file, load_text, locate, schema, validate_file
from .model import Checklist, Item

__all__ = ["Checklist", "ChecklistError", "Item", "KINDS", "bundled_ids", "load", "load_file",
           "load_text", "locate", "schema", "validate_file"]
