"""Knowledge: articles, call scripts, helpful votes and article images. Registration in
:mod:`.domain`."""
