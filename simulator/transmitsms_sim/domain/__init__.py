"""The simulator's rules and state, free of HTTP, JSON and XML (see ARCHITECTURE.md)."""
