"""Storage: table definitions, the engine and the migration runner."""
