"""The ``transmitsms`` command (hand-written; the generator never writes here).

Installed with the client distribution as its ``transmitsms`` console script. It needs the
``cli`` extra (rich, for tables and progress bars): without it, ``main`` says in one line how to
install it and exits 3, without importing anything of the command itself. See ``app`` for the
command tree and ``errors.EXIT_CODES`` for what each exit status means.

The command lives beside the runtime rather than in it: it imports the generated client (its
resources, models and ``operations`` table), which the runtime may never do.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence

#: Printed (to stderr) when rich is missing.
MISSING_EXTRA = 'transmitsms: the command needs its extra: pip install "transmitsms[cli]"'


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default ``sys.argv[1:]``) and return its exit status."""
    if importlib.util.find_spec("rich") is None:
        print(MISSING_EXTRA, file=sys.stderr)
        return 3
    from .app import run

    return run(list(sys.argv[1:] if argv is None else argv))


def entry_point() -> None:
    """The console script: ``sys.exit(main())``."""
    sys.exit(main())
