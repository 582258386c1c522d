"""Host names and addresses as the server judges them.

One test of "is this host this machine" for every place that relaxes a rule for loopback
(binding without ``--allow-remote``, plain SMTP to a local relay), so they cannot drift.
"""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
