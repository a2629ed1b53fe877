"""Where a project lives, how one is set up, its health check and backups, the error log, the shipped
resources."""
