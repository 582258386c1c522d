"""Read queries over the cache, one module per domain, mixed into one reader.

Each module holds a ``...Reads`` class that needs only ``self.conn`` (a read-only WAL
connection). :class:`desktop.store.reader.CacheReader` owns that connection and inherits
every domain's reads, so the composition root opens one reader and hands it to the UI,
and a view's constructor names the domain reads it uses (``ConversationReads``,
``CustomerReads``, ``KnowledgeReads``). All SQL the desk's UI needs lives here: the UI
layer may not import ``sqlite3`` (an import-linter contract).

Adding a domain: a ``<domain>.py`` here with a ``<Domain>Reads`` class (methods return
frozen values from ``desktop.models``), one more base of ``CacheReader``, and a test in
``tests/desktop``.
"""
