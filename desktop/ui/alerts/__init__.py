"""Alerts: native notifications, the unread badge and repeating tones (issue 9 part 7).

``policy.py`` decides (no Qt), ``player.py`` plays, ``tray.py`` is the tray icon and
``service.py`` wires them to the window."""
