#!/usr/bin/env python3
"""Drive a full-screen program in a pseudo-terminal and time what it draws.

Python 3 standard library only (pty/os/select/termios/fcntl). Used by
bench/run.sh; usable by hand, e.g.

    python3 bench/pty_harness.py screen -- mlmaturity open s.json
    python3 bench/pty_harness.py startup --runs 20 --marker 'q quit' -- mlmaturity open s.json

Method (see bench/README.md for the long form)
------
* The program runs on the slave side of a fresh pty of a fixed size
  (default 120x40) as a session leader with the pty as its controlling
  terminal, with TERM=xterm-256color and LANG=C.UTF-8.
* Everything it writes is read from the master side and fed to a small
  terminal emulator (``Screen``: cursor addressing, erase, scroll regions,
  SGR ignored, REP, the DEC line-drawing set, UTF-8). The emulator exists to
  answer one question: is a marker string visible on the screen? Looking
  for the marker in the raw bytes would be fooled by ncurses splitting a
  row into runs with cursor movements between them.
* A "burst" is output that starts with a byte and ends at the last byte
  before a quiet window of QUIET seconds (default 0.003) in which nothing
  arrives. The quiet window itself is never part of a figure: every time is
  taken at the moment the last byte of the burst was read.
* Start-up = from just before fork() to the last byte of the burst during
  which the marker became visible ("first full frame"). The fork+exec of
  the harness itself is included for every program alike; the ``floor``
  command measures it with a program that only prints the marker.
* Key latency = from just before write() of the key to the last byte of the
  burst it caused. Output that arrives after the quiet window, before the
  next key, is counted as "late" and reported, so a burst that was cut in
  two shows up instead of silently shortening the figure.
* Bytes per key = all bytes of that burst.
"""

from __future__ import annotations

import argparse
import codecs
import errno
import fcntl
import json
import os
import select
import signal
import statistics
import struct
import sys
import termios
import time
import unicodedata

now = time.perf_counter

DEC_GRAPHICS = {
    "`": "◆", "a": "▒", "f": "°", "g": "±", "j": "┘", "k": "┐", "l": "┌", "m": "└",
    "n": "┼", "o": "⎺", "p": "⎻", "q": "─", "r": "⎼", "s": "⎽", "t": "├", "u": "┤",
    "v": "┴", "w": "┬", "x": "│", "y": "≤", "z": "≥", "{": "π", "|": "≠", "}": "£",
    "~": "·", "0": "█", "+": "→", ",": "←", "-": "↑", ".": "↓", "h": "#", "i": "§",
}


class Screen:
    """A minimal VT100/xterm screen model: text only, no attributes."""

    def __init__(self, rows: int, cols: int):
        self.rows, self.cols = rows, cols
        self.grid = [[" "] * cols for _ in range(rows)]
        self.r = self.c = 0
        self.saved = (0, 0)
        self.top, self.bottom = 0, rows - 1
        self.wrap_pending = False
        self.autowrap = True
        self.g = ["B", "B"]  # G0, G1 designations
        self.shift = 0  # 0: G0 active, 1: G1 (SO)
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.state = "ground"
        self.seq = ""
        self.last_char = " "
        self.replies: list[bytes] = []  # answers to terminal queries (DSR)

    # -- public -------------------------------------------------------------
    def feed(self, data: bytes) -> None:
        for ch in self.decoder.decode(data):
            self._char(ch)

    def text(self) -> str:
        return "\n".join("".join(row) for row in self.grid)

    def contains(self, marker: str) -> bool:
        return any(marker in "".join(row) for row in self.grid)

    # -- parser -------------------------------------------------------------
    def _char(self, ch: str) -> None:
        st = self.state
        if st == "ground":
            o = ord(ch)
            if o == 0x1B:
                self.state, self.seq = "esc", ""
            elif o < 0x20 or o == 0x7F:
                self._control(ch)
            else:
                self._print(ch)
        elif st == "esc":
            if ch == "[":
                self.state, self.seq = "csi", ""
            elif ch == "]":
                self.state, self.seq = "osc", ""
            elif ch in "()*+":
                self.state, self.seq = "charset", ch
            elif ch in " #%":
                self.state, self.seq = "esc2", ch
            else:
                self.state = "ground"
                self._esc(ch)
        elif st == "esc2":
            self.state = "ground"
        elif st == "charset":
            self.state = "ground"
            if self.seq in "()":
                self.g["()".index(self.seq)] = ch
        elif st == "csi":
            if "\x40" <= ch <= "\x7e":
                self.state = "ground"
                self._csi(self.seq, ch)
            elif ord(ch) < 0x20:
                self._control(ch)
            else:
                self.seq += ch
        elif st == "osc":
            if ch == "\x07":
                self.state = "ground"
            elif ch == "\x1b":
                self.state = "osc_esc"
        elif st == "osc_esc":
            self.state = "ground" if ch == "\\" else "osc"

    def _control(self, ch: str) -> None:
        if ch == "\r":
            self.c, self.wrap_pending = 0, False
        elif ch in "\n\x0b\x0c":
            self._index()
            self.wrap_pending = False
        elif ch == "\b":
            self.c, self.wrap_pending = max(0, self.c - 1), False
        elif ch == "\t":
            self.c = min(self.cols - 1, (self.c // 8 + 1) * 8)
        elif ch == "\x0e":
            self.shift = 1
        elif ch == "\x0f":
            self.shift = 0

    def _esc(self, ch: str) -> None:
        if ch == "7":
            self.saved = (self.r, self.c)
        elif ch == "8":
            self.r, self.c = self.saved
            self.wrap_pending = False
        elif ch == "M":
            if self.r == self.top:
                self._scroll_down(1)
            else:
                self.r = max(0, self.r - 1)
        elif ch == "D":
            self._index()
        elif ch == "E":
            self.c = 0
            self._index()
        elif ch == "c":
            self.__init__(self.rows, self.cols)

    def _print(self, ch: str) -> None:
        if self.g[self.shift] == "0":
            ch = DEC_GRAPHICS.get(ch, ch)
        width = 1
        if unicodedata.combining(ch):
            return
        if ord(ch) >= 0x1100 and unicodedata.east_asian_width(ch) in "WF":
            width = 2
        if self.wrap_pending and self.autowrap:
            self.c = 0
            self._index()
        self.wrap_pending = False
        if self.c + width > self.cols:
            self.c = self.cols - width
        self.grid[self.r][self.c] = ch
        if width == 2:
            self.grid[self.r][self.c + 1] = ""
        self.last_char = ch
        if self.c + width >= self.cols:
            self.c = self.cols - 1
            self.wrap_pending = True
        else:
            self.c += width

    def _index(self) -> None:
        if self.r == self.bottom:
            self._scroll_up(1)
        elif self.r < self.rows - 1:
            self.r += 1

    def _scroll_up(self, n: int) -> None:
        for _ in range(n):
            del self.grid[self.top]
            self.grid.insert(self.bottom, [" "] * self.cols)

    def _scroll_down(self, n: int) -> None:
        for _ in range(n):
            del self.grid[self.bottom]
            self.grid.insert(self.top, [" "] * self.cols)

    def _csi(self, seq: str, final: str) -> None:
        private = seq[:1] in ("?", ">", "<", "=")
        body = seq[1:] if private else seq
        body = body.rstrip(" !\"#$%&'*+,-./")
        try:
            params = [int(p) if p else 0 for p in body.split(";")] if body else []
        except ValueError:
            params = []

        def p(i: int, default: int = 1) -> int:
            return params[i] if len(params) > i and params[i] else default

        self.wrap_pending = False
        rows, cols = self.rows, self.cols
        if private:
            if final in "hl" and 7 in params:
                self.autowrap = final == "h"
            return
        if final in "Hf":
            self.r = min(rows - 1, p(0) - 1)
            self.c = min(cols - 1, p(1) - 1)
        elif final == "A":
            self.r = max(0, self.r - p(0))
        elif final in "Be":
            self.r = min(rows - 1, self.r + p(0))
        elif final in "Ca":
            self.c = min(cols - 1, self.c + p(0))
        elif final == "D":
            self.c = max(0, self.c - p(0))
        elif final == "E":
            self.r, self.c = min(rows - 1, self.r + p(0)), 0
        elif final == "F":
            self.r, self.c = max(0, self.r - p(0)), 0
        elif final in "G`":
            self.c = min(cols - 1, p(0) - 1)
        elif final == "d":
            self.r = min(rows - 1, p(0) - 1)
        elif final == "J":
            mode = p(0, 0)
            if mode == 0:
                self.grid[self.r][self.c:] = [" "] * (cols - self.c)
                for r in range(self.r + 1, rows):
                    self.grid[r] = [" "] * cols
            elif mode == 1:
                self.grid[self.r][: self.c + 1] = [" "] * (self.c + 1)
                for r in range(self.r):
                    self.grid[r] = [" "] * cols
            else:
                self.grid = [[" "] * cols for _ in range(rows)]
        elif final == "K":
            mode = p(0, 0)
            row = self.grid[self.r]
            if mode == 0:
                row[self.c:] = [" "] * (cols - self.c)
            elif mode == 1:
                row[: self.c + 1] = [" "] * (self.c + 1)
            else:
                self.grid[self.r] = [" "] * cols
        elif final == "X":
            n = min(p(0), cols - self.c)
            self.grid[self.r][self.c : self.c + n] = [" "] * n
        elif final == "@":
            n = min(p(0), cols - self.c)
            row = self.grid[self.r]
            row[self.c : self.c] = [" "] * n
            del row[cols:]
        elif final == "P":
            n = min(p(0), cols - self.c)
            row = self.grid[self.r]
            del row[self.c : self.c + n]
            row.extend([" "] * n)
        elif final == "L" and self.top <= self.r <= self.bottom:
            for _ in range(p(0)):
                del self.grid[self.bottom]
                self.grid.insert(self.r, [" "] * cols)
        elif final == "M" and self.top <= self.r <= self.bottom:
            for _ in range(p(0)):
                del self.grid[self.r]
                self.grid.insert(self.bottom, [" "] * cols)
        elif final == "S":
            self._scroll_up(p(0))
        elif final == "T":
            self._scroll_down(p(0))
        elif final == "b":
            for _ in range(p(0)):
                self._print(self.last_char)
        elif final == "r":
            self.top = p(0) - 1
            self.bottom = min(rows - 1, p(1, rows) - 1)
            self.r = self.c = 0
        elif final == "s":
            self.saved = (self.r, self.c)
        elif final == "u":
            self.r, self.c = self.saved
        elif final == "n" and p(0, 0) == 6:
            self.replies.append(b"\x1b[%d;%dR" % (self.r + 1, self.c + 1))
        # m (SGR), h/l (modes), t (window ops), c (DA): nothing to draw


class Pty:
    """One program on a pty, with its output fed to a ``Screen``."""

    def __init__(self, argv, rows=40, cols=120, env=None, quiet=0.003, cwd=None):
        self.rows, self.cols, self.quiet = rows, cols, quiet
        self.screen = Screen(rows, cols)
        self.bytes_total = 0
        self.transcript = bytearray()
        self.pending = bytearray()
        self.exit_status = None
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        full_env = dict(env if env is not None else os.environ)
        full_env.setdefault("TERM", "xterm-256color")
        self.t_spawn = now()
        pid = os.fork()
        if pid == 0:  # child
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                if cwd:
                    os.chdir(cwd)
                os.execvpe(argv[0], argv, full_env)
            except BaseException as error:  # noqa: BLE001
                os.write(2, f"exec failed: {error}\n".encode())
            os._exit(127)
        os.close(slave)
        self.pid, self.fd = pid, master
        self.eof = False

    # -- reading ------------------------------------------------------------
    def _read_once(self, timeout: float):
        """Waits up to ``timeout`` for output; returns (bytes, time read)."""
        if self.eof:
            return b"", now()
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return None, now()
        try:
            data = os.read(self.fd, 1 << 16)
        except OSError as error:
            if error.errno != errno.EIO:
                raise
            data = b""
        t = now()
        if not data:
            self.eof = True
            return b"", t
        self.bytes_total += len(data)
        self.pending += data
        return data, t

    def _update_screen(self) -> None:
        """Feeds what was read to the screen model. Called between bursts
        only, so emulating never delays reading (and so the timestamps)."""
        if not self.pending:
            return
        data = bytes(self.pending)
        self.pending.clear()
        self.transcript += data
        del self.transcript[: max(0, len(self.transcript) - 65536)]
        self.screen.feed(data)
        if self.screen.replies:
            for reply in self.screen.replies:
                os.write(self.fd, reply)
            self.screen.replies.clear()

    def burst(self, first_timeout: float):
        """Waits up to ``first_timeout`` for a first byte, then reads until
        ``quiet`` seconds pass without output. Returns (n_bytes, t_first,
        t_last) or (0, None, None) when nothing came. The screen model is
        updated after the burst."""
        data, t = self._read_once(first_timeout)
        if not data:
            self._update_screen()
            return 0, None, None
        n, t_first, t_last = len(data), t, t
        while True:
            data, t = self._read_once(self.quiet)
            if not data:
                self._update_screen()
                return n, t_first, t_last
            n += len(data)
            t_last = t

    def wait_marker(self, marker: str, timeout: float = 10.0):
        """Reads bursts until one ends with ``marker`` on screen. Returns
        (time of that burst's last byte, bytes read since start)."""
        deadline = now() + timeout
        while True:
            n, _, t_last = self.burst(max(0.0, deadline - now()))
            if n and self.screen.contains(marker):
                return t_last, self.bytes_total
            if self.eof:
                raise EOFError(f"program ended before marker {marker!r}:\n{bytes(self.transcript[-2000:])!r}")
            if now() >= deadline:
                raise TimeoutError(f"marker {marker!r} not seen in {timeout}s:\n{self.screen.text()}")

    def drain(self, window: float) -> int:
        """Reads whatever arrives within ``window`` seconds of silence."""
        n = 0
        while True:
            data, _ = self._read_once(window)
            if not data:
                break
            n += len(data)
        self._update_screen()
        return n

    def key(self, data: bytes, timeout: float = 2.0):
        """Writes one key; returns (latency s, bytes) of the burst it caused,
        latency None when nothing came within ``timeout``."""
        t0 = now()
        os.write(self.fd, data)
        n, _, t_last = self.burst(timeout)
        return (None if t_last is None else t_last - t0), n

    def send(self, data: bytes) -> None:
        os.write(self.fd, data)

    # -- ending -------------------------------------------------------------
    def close(self, timeout: float = 5.0, kill: bool = True) -> int | None:
        deadline = now() + timeout
        while now() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.exit_status = os.waitstatus_to_exitcode(status)
                break
            self._read_once(0.02)
        else:
            if kill:
                os.kill(self.pid, signal.SIGKILL)
                _, status = os.waitpid(self.pid, 0)
                self.exit_status = os.waitstatus_to_exitcode(status)
        try:
            while not self.eof and self._read_once(0.0)[0]:
                pass
        except OSError:
            pass
        self._update_screen()
        os.close(self.fd)
        return self.exit_status


# -- statistics ---------------------------------------------------------------
def percentile(values, q):
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), int(-(-q * len(ordered) // 100))))
    return ordered[rank - 1]


def summary(values):
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "median": statistics.median(values),
        "p99": percentile(values, 99),
        "min": min(values),
        "max": max(values),
        "mean": statistics.fmean(values),
    }


# -- commands -----------------------------------------------------------------
def bench_env(home: str | None = None):
    env = dict(os.environ)
    env["TERM"] = "xterm-256color"
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env.pop("NO_COLOR", None)
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    if home:
        env["HOME"] = home
        env["XDG_DATA_HOME"] = os.path.join(home, ".local/share")
    return env


def cmd_screen(args):
    session = Pty(args.argv, args.rows, args.cols, bench_env(args.home), args.quiet)
    try:
        if args.marker:
            t, n = session.wait_marker(args.marker, args.timeout)
            print(f"# marker after {(t - session.t_spawn) * 1000:.2f} ms, {n} bytes", file=sys.stderr)
        else:
            session.drain(0.5)
        for key in args.keys:
            latency, n = session.key(key.encode().decode("unicode_escape").encode("latin-1"))
            print(f"# key {key!r}: {latency} s, {n} bytes", file=sys.stderr)
        print(session.screen.text())
    finally:
        os.kill(session.pid, signal.SIGKILL)
        session.close()


def cmd_startup(args):
    """Alternates the commands given with --cmd (a JSON list of
    {"name", "argv", "marker"}) for --runs rounds."""
    commands = json.loads(args.cmds)
    results = {c["name"]: {"ms": [], "bytes": []} for c in commands}
    env = bench_env(args.home)
    for _ in range(args.warmup):
        for c in commands:
            s = Pty(c["argv"], args.rows, args.cols, env, args.quiet)
            s.wait_marker(c["marker"], args.timeout)
            os.kill(s.pid, signal.SIGKILL)
            s.close()
    for _ in range(args.runs):
        for c in commands:
            s = Pty(c["argv"], args.rows, args.cols, env, args.quiet)
            try:
                t, n = s.wait_marker(c["marker"], args.timeout)
            finally:
                os.kill(s.pid, signal.SIGKILL)
                s.close()
            results[c["name"]]["ms"].append((t - s.t_spawn) * 1000)
            results[c["name"]]["bytes"].append(n)
    out = {
        name: {"ms": summary(r["ms"]), "bytes": summary(r["bytes"]), "raw_ms": r["ms"]}
        for name, r in results.items()
    }
    json.dump(out, sys.stdout, indent=1)
    print()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=40)
    parser.add_argument("--cols", type=int, default=120)
    parser.add_argument("--quiet", type=float, default=0.003, help="quiet window ending a burst, s")
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--home", help="HOME (and XDG_DATA_HOME under it) for the programs")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("screen", help="run a program, optionally send keys, print the screen")
    p.add_argument("--marker")
    p.add_argument("--key", dest="keys", action="append", default=[], help="key bytes, \\x escapes allowed")
    p.add_argument("argv", nargs="+")
    p.set_defaults(func=cmd_screen)
    p = sub.add_parser("startup", help="start-up to first full frame, alternating commands")
    p.add_argument("--cmds", required=True, help='JSON: [{"name":..,"argv":[..],"marker":..}, ..]')
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--warmup", type=int, default=2)
    p.set_defaults(func=cmd_startup)
    args = parser.parse_args(argv)
    args.func(args)


if __name__ == "__main__":
    main()
