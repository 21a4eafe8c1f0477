"""Everything on disk and every secret: SQLCipher, keyring, keys, migrations. The only SQL."""
