"""Item models: one ``QAbstractItemModel`` per view, each reset to empty on lock."""
