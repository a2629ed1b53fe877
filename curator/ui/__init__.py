"""The Qt face of Curator: views, Qt models over core reads, undo commands over core services."""
