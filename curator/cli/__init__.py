"""The command line face of Curator: argument parsing and printing around core calls."""
