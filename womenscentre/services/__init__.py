"""One facade per capability. The desktop app and the CLI talk only to these."""
