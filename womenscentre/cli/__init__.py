"""The ``womenscentre`` command line: scriptable, and never shows a traceback."""
