"""The review desk: accounts, sessions, decisions and the local web app (``zcaudit desk``).

``ledger`` (tables: users, sessions, the append-only audit log, locks) and
``auth`` (passwords, sessions, CSRF) are plain functions over the database;
``app`` is the Starlette application; ``commands`` are the CLI entry points.
"""
