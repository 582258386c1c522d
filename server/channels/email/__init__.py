"""Email (issue 12): SMTP in (aiosmtpd, ``inbound/``), replies out through a relay
(aiosmtplib, ``outbound/``), threading ids shared by both (``ids.py``)."""
