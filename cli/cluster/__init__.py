"""``frontline cluster``: a centre of one machine, several server processes on one
PostgreSQL database behind nginx.

Kept out of ``server/`` on purpose: the launcher only runs programs (``initdb``/``pg_ctl``,
``frontline server``, ``nginx``) and never imports the server, so a crash in a server
process can never take the supervisor with it. Pure Python, no Qt.

- :mod:`cli.cluster.localpg`: a local PostgreSQL 15 cluster in a directory (``--pg-dir``).
- :mod:`cli.cluster.nginx`: the balancer's configuration and its process.
- :mod:`cli.cluster.launcher`: starts everything, restarts dead server processes, stops
  everything on SIGTERM/SIGINT.
"""
