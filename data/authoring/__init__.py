"""Authoring of the built-in problem set: problem definitions with Python oracles, rendered to JSONL."""
