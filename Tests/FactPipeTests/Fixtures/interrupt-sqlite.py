"""Start a long `factpipe --format sqlite` run, press Ctrl-C (SIGINT) in the middle of it,
then check the database: intact, and holding whole documents only.

usage: interrupt-sqlite.py FACTPIPE DATABASE
"""
import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time

factpipe, path = sys.argv[1:]
DOCS = 200000


def as_from_a_shell():
    # a test runner's thread may block or ignore SIGINT; a shell at a terminal does not
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    signal.signal(signal.SIGINT, signal.SIG_DFL)


run = subprocess.Popen([factpipe, "extract", "--quiet", "--input", "jsonl", "--format", "sqlite", "-o", path],
                       stdin=subprocess.PIPE, preexec_fn=as_from_a_shell)


def feed():
    try:
        for i in range(DOCS):
            line = {"id": f"d{i}", "text": f"投资{i + 1}亿美元，增长{i % 90}%。Revenue was ${i}.5 billion."}
            run.stdin.write((json.dumps(line, ensure_ascii=False) + "\n").encode())
        run.stdin.close()
    except BrokenPipeError:
        pass


threading.Thread(target=feed, daemon=True).start()
time.sleep(3)
run.send_signal(signal.SIGINT)
status = run.wait(timeout=30)
# stopped by the signal, or (factpipe's own handler) at a document boundary with status 130
print("stopped by SIGINT" if status in (-signal.SIGINT, 130) else f"status {status}")

db = sqlite3.connect(path)
print(db.execute("PRAGMA integrity_check").fetchone()[0])
docs = db.execute("SELECT count(*) FROM documents").fetchone()[0]
torn = db.execute("""SELECT count(*) FROM documents d
                     WHERE d.facts != (SELECT count(*) FROM facts f WHERE f.doc = d.doc) OR d.facts != 3""").fetchone()[0]
print(f"some documents {0 < docs < DOCS}, torn {torn}")
