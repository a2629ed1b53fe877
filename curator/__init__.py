"""Curator: annotate and curate multilingual news with entity and event tags."""

__version__ = "0.1.0"
