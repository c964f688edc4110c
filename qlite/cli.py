"""`qlite FILE.q [args]` behaves like `q FILE.q` (load, then read stdin as the console; EOF exits 0);
`qlite` alone is a REPL with the `q)` prompt. `-q` (quiet) is accepted.
"""
from __future__ import annotations

import sys

from .errors import QExit
from .interpreter import Interpreter


def _console(ip: Interpreter, prompt: bool) -> int:
    if prompt:
        try:
            import readline  # noqa: F401  (history and line editing)
        except Exception:
            pass
    while True:
        try:
            line = input("q)" if prompt else "")
        except EOFError:
            return 0
        except KeyboardInterrupt:
            sys.stdout.write("\n")
            continue
        if line.strip() == "\\\\":
            return 0
        try:
            out = ip.repl(line)
        except QExit as e:
            return e.code
        if out:
            if out.startswith("'") and "\n" not in out and out[1:2] != " ":
                sys.stderr.write(out + "\n")
            else:
                sys.stdout.write(out + "\n")
        sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    quiet = False
    while argv and argv[0] in ("-q",):
        quiet = True
        argv.pop(0)
    script = None
    if argv and not argv[0].startswith("-"):
        script = argv.pop(0)
    # q's own options before the args are ignored; .z.x holds what follows the script
    ip = Interpreter(sandbox=False, args=argv)
    if script is not None:
        try:
            with open(script, encoding="utf-8", errors="surrogateescape") as fh:
                src = fh.read()
        except OSError:
            sys.stderr.write(f"'{script}. OS reports: No such file or directory\n")
            src = ""
        try:
            ip.run_script(src, script)
        except QExit as e:
            sys.stdout.flush()
            return e.code
        except Exception as e:  # noqa: BLE001 - a host failure qlite did not map is a q error, never a traceback
            sys.stderr.write("'" + (type(e).__name__ if isinstance(e, OSError) else "nyi") + "\n")
        sys.stdout.flush()
    interactive = sys.stdin is not None and sys.stdin.isatty()
    try:
        return _console(ip, prompt=interactive and not quiet or (interactive and script is None))
    except QExit as e:
        return e.code


if __name__ == "__main__":
    sys.exit(main())
