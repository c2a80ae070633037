"""The HTTP front-end of API v2: routing, parsing, auth, validation, rendering, control API."""
