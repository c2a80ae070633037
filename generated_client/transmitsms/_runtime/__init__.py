"""The hand-written runtime of the generated ``transmitsms`` package.

This directory is the one place under ``generated_client/`` that people edit: the generator never
writes or deletes anything here (``generator/generate.py`` keeps it when it replaces the rest of
the package). Generated modules import from it; it never imports generated modules, so that it
can be tested on its own with ``httpx.MockTransport``.

Users import the public names from ``transmitsms`` (and ``transmitsms.callbacks``), never from
here: module names under ``_runtime`` may change without notice.
"""
