"""The client generator: openapi-python-client, pinned, driven by our config and templates.

``python -m generator.generate`` (``make generate``) turns ``dist/openapi.json`` into the
``transmitsms`` package under ``generated_client/``; see ``generator/generate.py`` for the steps.
"""
