"""Tests of the knowledge base: articles, search quality, scripts, assist and the CLI."""
