"""Keys, key derivation and sealing. Knows nothing of tables or Qt."""
