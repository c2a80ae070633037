"""The version of the ``transmitsms`` distribution: the one place it is written.

The build reads it (``generated_client/pyproject.toml``: ``[tool.hatch.version]``) and the package
exports it as ``transmitsms.__version__``; ``CHANGELOG.md`` beside the package says what each
version changed. It moves with the client's own changes, independently of the spec's version
(``transmitsms.__spec_version__``).
"""

from __future__ import annotations

__version__ = "0.3.0"
