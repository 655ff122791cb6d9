"""YAML checklists: loader, JSON Schema and declarative item kinds (issue #3)."""
