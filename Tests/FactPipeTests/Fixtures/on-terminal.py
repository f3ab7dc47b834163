"""Run a command with its standard error (or output) on a pseudo-terminal, the other stream
on a pipe, and print what each received as JSON: {"terminal": "...", "pipe": "...", "status": N}.

usage: on-terminal.py stderr|stdout COMMAND [ARG...]
"""
import json
import os
import pty
import subprocess
import sys
import threading

which, command = sys.argv[1], sys.argv[2:]
master, slave = pty.openpty()
streams = {"stderr": slave, "stdout": subprocess.PIPE} if which == "stderr" else {"stdout": slave, "stderr": subprocess.PIPE}
run = subprocess.Popen(command, stdin=subprocess.DEVNULL, **streams)
os.close(slave)
piped = []
other = run.stdout if which == "stderr" else run.stderr
reader = threading.Thread(target=lambda: piped.append(other.read()))
reader.start()
terminal = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:
        break
    if not chunk:
        break
    terminal += chunk
reader.join()
pipe = piped[0]
status = run.wait()
print(json.dumps({"terminal": terminal.decode("utf-8", "replace"), "pipe": pipe.decode("utf-8", "replace"), "status": status}))
