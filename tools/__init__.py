"""Repository tooling: spec bundling and checks, reference extraction. Not shipped to users."""
