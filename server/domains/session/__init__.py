"""Session: commands about the desk's connection itself (the server's clock). Registration
in :mod:`.domain`."""
