"""``python -m transmitsms_sim``: the same as the ``transmitsms-sim`` command."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
