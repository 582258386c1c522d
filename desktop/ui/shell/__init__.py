"""The desk's frame around its pages: the main window, the page registry that builds the
mode bar and the shortcuts, the status bar, the core-to-signal bridge, the ops helper, the
sign-in dialog, the Qt-thread garbage collector and the style."""
