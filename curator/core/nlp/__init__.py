"""Trained spaCy pipelines of a project: tokenizers, training, evaluation and the model suggester."""
