#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal, as a person at the keyboard would: waits for each prompt (text
ending in ": "), types the next line, and prints everything the terminal showed. Exit code: the command's.

    pty_run.py --line TEXT [--line TEXT ...] -- COMMAND [ARG ...]

Used by the tests of the CLI's typed secrets (app/cli/CliSecrets): what is typed must not be echoed."""
import os
import pty
import select
import sys


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit("usage: pty_run.py --line TEXT ... -- COMMAND ...")
    split = argv.index("--")
    options, command = argv[:split], argv[split + 1:]
    lines = [options[i + 1] for i in range(0, len(options), 2) if options[i] == "--line"]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    shown = b""
    pending = b""
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            break
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
        pending += chunk
        if lines and pending.rstrip(b" ").endswith(b":"):
            os.write(fd, lines.pop(0).encode() + b"\n")
            pending = b""
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(shown)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
