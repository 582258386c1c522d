"""The Inbox page's list: a lazy item model over the cache's conversations and its view."""
