"""Outbound email: replies, transcripts and survey invitations composed with correct
threading headers and sent through the relay."""
