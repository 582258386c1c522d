"""The ``frontline`` command: one console script, one subcommand per job."""
