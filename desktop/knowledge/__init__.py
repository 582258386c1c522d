"""Knowledge base, call scripts and agent assist (pure Python: no Qt, see pyproject).

- ``articles``: Markdown articles with YAML front matter; ``load_folder`` reports bad files.
- ``index``: ``KnowledgeIndex``, multilingual search over SQLite FTS5 (``analysis`` does
  the Chinese folding, stemming and typo vocabulary; ``text`` the snippets).
- ``scripts``: YAML call scripts and the ``ScriptRun`` state machine.
- ``assist``: ``Assistant``, suggestions for the open conversation.
"""
