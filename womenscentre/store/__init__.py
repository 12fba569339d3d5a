"""SQLAlchemy models, engine set-up and migrations. Only sealed blobs and the
plaintext budget of design §2 ever reach these tables."""
