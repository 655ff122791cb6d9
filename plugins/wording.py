"""wording rules (being written; see issues #3 and #4)."""
