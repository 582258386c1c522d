"""The Knowledge page: search, browse tree, lists, the article reader and its rendering."""
