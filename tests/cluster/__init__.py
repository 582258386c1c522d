"""Several server processes on one PostgreSQL database (issue 13): run once, on the
first pass of scripts/test, each module with its own database in the test cluster."""
