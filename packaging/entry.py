"""The script PyInstaller freezes: the same ``main`` as the ``womenscentre`` console script.

Kept apart from ``ui/launcher.py`` so the bundle starts exactly as a pip install does, and
nothing in the app has to know whether it is frozen (``womenscentre.paths`` alone does).
"""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
