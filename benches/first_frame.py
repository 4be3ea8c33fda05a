#!/usr/bin/env python3
"""Load-independent measures of kiemtra's start: instructions and peak memory to the first frame.

Wall-clock start-up is measured by `cargo bench --bench startup` on a quiet machine. This
script measures what does not depend on the load, so that a change can be judged while other
work runs:

  ir   — instructions executed (every thread) from exec to the end of the first frame, counted
         by `valgrind --tool=callgrind`. Callgrind dumps its counters when the first frame is
         drawn (see FRAME_ENDS); the sum of the dumps up to that one is the figure.
         Repeatable to about 0.05% for the same binary and files. SHA-256 runs in software
         under valgrind (it hides SHA-NI), so hashing counts far more than it costs natively.
  syscalls — system calls of the main thread (the other threads' depend on timing) up to
         the first frame's write, counted by strace (callgrind counts no time spent in the
         kernel: file creation, fsync, rename). Repeatable to about ±4 (malloc's mmap/brk).
  rss  — peak resident memory (VmHWM, kB) and minor page faults of the process once its first
         frame is on screen, without valgrind.

The program runs in an 80×24 pseudo-terminal, with TERM=xterm-256color, and is killed once
its frame is complete. Usage:

  benches/first_frame.py ir|syscalls|rss BINARY HOME MARKER[,MARKER…] -- ARGS…

e.g. `benches/first_frame.py ir target/release/kiemtra /tmp/home '0/26,Space' -- --lang en
open xa-hoang-dat-annual-plan-2024`.  `benches/first_frame.py setup DIR` makes two homes in
DIR (`small`: a record of annual-plan@2024.2, 26 tasks; `big`: a generated 10,000-task
checklist as benches/support.rs writes it, and a record of it) with BINARY from $KIEMTRA.
"""

import fcntl
import glob
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

# kiemtra calls `ui::runtime::drawn` (never inlined) after each frame: the dump on entering it
# is the end of the frame in every build. Older builds lack it; for them a frame ends when
# ratatui's `Terminal::try_draw` returns, or when the optimiser inlined that, the backend's
# `draw` inside it (thin LTO only: fat LTO inlines both).
DRAWN = "kiemtra::ui::runtime::drawn"
FRAME_ENDS = [DRAWN, "*Terminal<B>>::try_draw", "*CrosstermBackend<W> as ratatui_core::backend::Backend>::draw"]


def spawn(argv, home):
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = dict(os.environ, TERM="xterm-256color", KIEMTRA_HOME=home, LANG="C.UTF-8")
    proc = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True
    )
    os.close(slave)
    os.set_blocking(master, False)
    return proc, master


def screen_text(raw):
    """What the frame wrote, with escape sequences taken out (enough to find the markers)."""
    text = raw.decode("utf-8", "replace")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]", "", text)


def read_some(master, raw):
    try:
        while True:
            chunk = os.read(master, 65536)
            if not chunk:
                break
            raw += chunk
    except (BlockingIOError, OSError):
        pass
    return raw


def wait_for(master, markers, timeout):
    raw = b""
    deadline = time.time() + timeout
    while time.time() < deadline:
        raw = read_some(master, raw)
        if all(m in screen_text(raw) for m in markers):
            return True
        time.sleep(0.002)
    sys.stderr.write("no complete frame:\n" + screen_text(raw)[-2000:] + "\n")
    return False


def stop(proc, master):
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    os.close(master)


def totals(path):
    """The instruction count of one dump, and the function whose return triggered it."""
    count, trigger = 0, ""
    with open(path) as f:
        for line in f:
            if line.startswith("desc: Trigger:"):
                trigger = line
            if line.startswith("totals:") or line.startswith("summary:"):
                count = int(line.split()[1])
                break
    return count, trigger


def ir(binary, home, markers, args):
    out = tempfile.mkdtemp(prefix="kiemtra-ir-")
    argv = [
        "valgrind",
        "--tool=callgrind",
        f"--callgrind-out-file={out}/cg.out",
        f"--dump-before={DRAWN}",
    ] + [f"--dump-after={f}" for f in FRAME_ENDS[1:]] + [
        binary,
    ] + args
    proc, master = spawn(argv, home)
    ok = wait_for(master, markers, 120)
    # The frame that completed the markers is the last dump written so far; let callgrind
    # finish writing it.
    time.sleep(1.0)
    stop(proc, master)
    parts = sorted(
        glob.glob(f"{out}/cg.out.*"), key=lambda p: int(p.rsplit(".", 1)[1])
    )
    if not ok or not parts:
        sys.exit("no measurement")
    # Dumps are numbered from 1, each counting from the one before. The first frame ends
    # with the first dump triggered by the outermost frame-ending function found.
    dumps = [totals(p) for p in parts]
    for end in FRAME_ENDS:
        name = end.lstrip("*")
        ends = [i for i, (_, trigger) in enumerate(dumps) if name in trigger]
        if ends:
            first = sum(count for count, _ in dumps[: ends[0] + 1])
            print(f"{first} instructions to the first frame (dumps 1-{ends[0] + 1}, {out})")
            return
    sys.exit("no frame found among the dumps")


def syscalls(binary, home, markers, args):
    """System calls (every thread) from exec to the write of the first frame, by strace."""
    out = tempfile.mkdtemp(prefix="kiemtra-strace-")
    log = f"{out}/strace.log"
    proc, master = spawn(["strace", "-f", "-qq", "-o", log, binary] + args, home)
    ok = wait_for(master, markers, 60)
    time.sleep(0.5)
    stop(proc, master)
    if not ok:
        sys.exit("no measurement")
    calls = []
    with open(log) as f:
        for line in f:
            calls.append(line)
            # The frame is the first write to the terminal but one that only enters the
            # alternate screen (older builds wrote that alone, and a frame in several
            # writes; the first is counted).
            written = re.search(r'write\(1, ".*"(?:\.\.\.)?, (\d+)', line)
            if written and not ("1049h" in line and int(written.group(1)) < 100):
                break
    main = calls[0].split()[0] if calls else ""
    names = {}
    for line in calls:
        m = re.match(r"(\d+)\s+(\w+)\(", line)
        if m and m.group(1) == main:
            names[m.group(2)] = names.get(m.group(2), 0) + 1
    top = ", ".join(f"{n} {c}" for n, c in sorted(names.items(), key=lambda x: -x[1])[:12])
    print(f"{sum(names.values())} system calls of the main thread to the first frame ({top})")


def rss(binary, home, markers, args):
    proc, master = spawn([binary] + args, home)
    ok = wait_for(master, markers, 30)
    peak = None
    if ok:
        with open(f"/proc/{proc.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1])
        with open(f"/proc/{proc.pid}/stat") as f:
            # minflt is the 10th field after the command name in parentheses.
            faults = int(f.read().rsplit(")", 1)[1].split()[7])
    stop(proc, master)
    if peak is None:
        sys.exit("no measurement")
    print(f"{peak} kB peak resident, {faults} minor page faults at the first frame")


def setup(directory):
    binary = os.environ.get("KIEMTRA", "target/release/kiemtra")
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    small, big = os.path.join(directory, "small"), os.path.join(directory, "big")
    os.makedirs(os.path.join(big, "templates"), exist_ok=True)
    os.makedirs(small, exist_ok=True)
    with open(os.path.join(big, "templates", "bench.toml"), "w") as f:
        f.write(template_text(10_000))
    common = ["--province", "Thanh Hóa", "--district", "Hoằng Hóa", "--commune",
              "Xã Hoằng Đạt", "--period", "2024", "--person", "Lê Thị Hoa"]
    for home, template in ((small, "annual-plan@2024.2"), (big, "bench")):
        env = dict(os.environ, KIEMTRA_HOME=home)
        subprocess.run([binary, "--lang", "en", "new", "--template", template] + common,
                       env=env, check=True)
        print(home, os.listdir(os.path.join(home, "records")))


def template_text(tasks):
    """The same checklist as `template_text` in benches/support.rs."""
    out = ['schema = 1\nid = "bench"\nversion = "1"\nlevel = "commune"\n'
           'title = { vi = "Mẫu đo hiệu năng", en = "Benchmark checklist" }\n']
    for task in range(tasks):
        if task % 50 == 0:
            s = task // 50 + 1
            out.append(f'\n[[section]]\nid = "s{s}"\ntitle = {{ vi = "Phần {s}", en = "Section {s}" }}\n')
        out.append(
            f'\n[[section.task]]\nid = "t{task}"\ntitle = {{ vi = "Tiêu chí số {task} về hồ sơ thủ tục hành chính", en = "Task {task} on administrative dossiers" }}\n'
            'points = 2\nevidence = { required = true, hint = { vi = "Quyết định số …", en = "Decision No. …" } }\n')
        if task % 3 == 0:
            out.append('kind = "rate"\nnumerator = { vi = "Hồ sơ đúng hạn", en = "On time" }\n'
                       'denominator = { vi = "Hồ sơ đã giải quyết", en = "Resolved" }\n'
                       'bands = [ { min = 98, points = 2 }, { min = 90, points = 1 } ]\n')
    return "".join(out)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "setup":
        return setup(sys.argv[2])
    if len(sys.argv) < 6 or sys.argv[5] != "--":
        sys.exit(__doc__)
    mode, binary, home, markers = sys.argv[1:5]
    args = sys.argv[6:]
    {"ir": ir, "rss": rss, "syscalls": syscalls}[mode](binary, home, markers.split(","), args)


if __name__ == "__main__":
    main()
