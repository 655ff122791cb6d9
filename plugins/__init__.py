"""First-party fzlint plugins, one module per rule family.

Each module registers through the ``fzlint`` entry-point group (see ``pyproject.toml``), the
same way a third-party package would.  Word lists and name lists are YAML data files in
``data/`` that users can extend from their configuration (``options: {PLUGIN: {extra: FILE}}``).
"""
