"""Where a wheel installs the top-level resources/ and sample_docs/ of the repository (see setup.py)."""
