"""Background work: delivering callbacks and fetching files to import."""
