"""The customer 360 (issue 10): reads and actions that span domains, above them like the
ACD: the profile (every contact, order, complaint, promise and survey of one customer),
and GDPR export and erase."""
