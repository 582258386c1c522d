"""The ACD (automatic call distribution): which agent gets which contact, and the work
that follows.

It sits above the domains (``server.domains``) because routing coordinates several of
them in one transaction: it reads presence and conversations, writes offers, assigns the
conversation, answers the call through the switch and moves presence to busy and after-call
work. Domains still never import each other; the ACD is the one place that may compose
them, as channels do. Its own kinds (offers, routing profiles, queue settings, callbacks)
are registered like a domain's (:mod:`.domain`).

- :mod:`.tables`: its tables; :mod:`.entities`: rows as protocol entities.
- :mod:`.choose`: the pure decision (which agent for this contact, and why).
- :mod:`.rounds`: one routing round in one write transaction (timeouts, endings, ACW,
  new contacts, offers); :mod:`.endings`: work that ends, into and out of after-call work.
- :mod:`.engine`: the task that runs rounds when the log moves or a deadline comes.
- :mod:`.work`: the agent's commands (accept, decline, wrap-up, take next, claim).
- :mod:`.switch`: call control (hold, transfer, DTMF...) for calls without a telephony
  adapter of their own (the simulator, the demo).
- :mod:`.callbacks`: scheduled call-backs.
"""
