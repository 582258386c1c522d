"""Surveys that reach the customer (issue 12): after a conversation resolves, an
invitation in the channel they used (email link to the survey page, the chat page's
rating step, an email after a call when we know an address); one answer per contact."""
