"""Storage: the shared metadata (and the ``meta`` table), the engine and its pragmas,
file privacy, and the migration runner (revisions live in ``server/migrations``)."""
