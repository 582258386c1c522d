"""Calls: phone calls as a provider-neutral state machine (:mod:`.machine`), their rows and
events, recorded from the CTI API (``server/channels/cti.py``). Registration in
:mod:`.domain`; the API is described in ``docs/cti.md``."""
