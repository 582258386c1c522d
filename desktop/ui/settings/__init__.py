"""The desk's settings dialog: one tab per concern (keyboard, alerts, appearance), each
declared in :mod:`desktop.ui.settings.tabs` and stored in ``desk.ini`` (QSettings)."""
