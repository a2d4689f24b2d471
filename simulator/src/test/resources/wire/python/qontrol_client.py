"""A serial client that follows the Qontrol vendor library's rules (qontrol 1.1.20, as recorded in the shared
transcript): upper-case commands ending in LF, 100 ms for a set's OK, 50 ms of silence ends a multi-line reply,
pending input drained and error lines logged before every command. Run against a simulated module chain over a pty.

Usage: qontrol_client.py PTY_PATH IDENTITY [--reply-timeout S] [--quiet S]. Sets and reads every channel, checks an
out-of-range set is refused with an error line and keeps the old value, and that the link stays in step. Exits
non-zero on a deviation.

The two deadlines default to the vendor library's (0.1 s for a reply, doubled for *ALL? queries; 0.05 s of silence
after a multi-line reply). A test on a loaded machine passes longer ones: a reply must still come (a device that
never answers fails after --reply-timeout), but a scheduler stall of a few hundred milliseconds is not taken for a
silent device. The slowest reply, and the commands the vendor library would have given up on, are reported.
"""
import argparse
import re
import sys
import time

import serial

cli = argparse.ArgumentParser()
cli.add_argument("path")
cli.add_argument("identity")
cli.add_argument("--reply-timeout", type=float, default=0.1, help="seconds a reply may take (vendor: 0.1)")
cli.add_argument("--quiet", type=float, default=0.05, help="silence that ends a multi-line reply (vendor: 0.05)")
opts = cli.parse_args()
VENDOR_REPLY_S = 0.1
DRAIN_S = 0.05  # the vendor's read timeout: pending input is collected before every command
path, identity = opts.path, opts.identity
port = serial.Serial(path, 115200, timeout=DRAIN_S)
ERROR = re.compile(r"[A-Za-z]{1,3}(\d+):(\d+)")
errors = []
slowest = [0.0, ""]
late = []  # commands answered after the vendor library would have given up


def drain():
    while True:
        line = port.readline()
        if not line:
            return
        text = line.decode("ascii").rstrip("\n")
        if ERROR.fullmatch(text):
            errors.append(text)


def read_line(until):
    """One whole line, or None at the deadline; a line split by a stall is joined, not taken for two."""
    raw = b""
    while time.monotonic() < until:
        raw += port.readline()  # returns after at most DRAIN_S, with what has come so far
        if raw.endswith(b"\n"):
            return raw
    return None


def command(text, lines=1):
    drain()
    port.write((text + "\n").encode("ascii"))
    sent = time.monotonic()
    out = []
    scale = 2 if text.lower().endswith("all?") else 1  # the vendor library doubles its wait for *ALL? queries
    end = sent + opts.reply_timeout * scale
    while len(out) < lines:
        raw = read_line(end)
        if raw is None:
            break
        if raw.endswith(b"\r\n"):
            sys.exit(f"{text}: reply ends with CR LF; the vendor library would wait out its timeout")
        out.append(raw.decode("ascii").rstrip("\n"))
    took = time.monotonic() - sent
    if out and took > slowest[0]:
        slowest[:] = [took, text]
    if out and took > VENDOR_REPLY_S * scale:
        late.append(text)
    return out


def until_quiet(text):
    drain()
    port.write((text + "\n").encode("ascii"))
    out = []
    # the first line may take up to the reply deadline; after that, --quiet seconds of silence end the reply
    raw = read_line(time.monotonic() + opts.reply_timeout)
    while raw is not None:
        out.append(raw.decode("ascii").rstrip("\n"))
        raw = read_line(time.monotonic() + opts.quiet)
    return out


time.sleep(0.1)
drain()
ident = command("id?")
if ident != [identity]:
    sys.exit(f"id? gave {ident}, expected {identity}")
if command("NUP=0") != ["OK"]:
    sys.exit("NUP=0 was not answered OK")
chain = until_quiet("NUPALL?")
if not chain or any(not re.fullmatch(r"\w+-[0-9A-F]+ : \d+", c) for c in chain):
    sys.exit(f"NUPALL? gave {chain}")
channels = 8 * len(chain)
vfull_line = command("VFULL?")[0]
if not re.fullmatch(r"\d+\.\d+ V", vfull_line):
    sys.exit(f"VFULL? gave {vfull_line!r}, expected '<number> V'")
vfull = float(vfull_line.split()[0])
if not re.fullmatch(r"\d+\.\d+ mA", command("IFULL?")[0]):
    sys.exit("IFULL? is not '<number> mA'")
for ch in range(channels):
    # upper half of the range: an 8-bit power-law DAC has its coarse steps near 0 V
    v = round(vfull * (0.5 + 0.4 * ch / channels), 4)
    if command(f"V{ch}={v}") != ["OK"]:
        sys.exit(f"V{ch}={v} was not answered OK within {opts.reply_timeout} s")
    got = command(f"V{ch}?")
    if len(got) != 1 or "e" in got[0].lower() or abs(float(got[0]) - v) > vfull / 200:
        sys.exit(f"V{ch}? gave {got}, expected about {v}")
values = command("VALL?", lines=channels)
if len(values) != channels:
    sys.exit(f"VALL? gave {len(values)} lines, expected {channels}")
before = command("V0?")[0]
refused = command(f"V0={vfull + 1}")
if len(refused) != 1 or not ERROR.fullmatch(refused[0]) or not refused[0].startswith("E01"):
    sys.exit(f"an over-voltage set gave {refused}, expected an E01 error line")
if command("V0?") != [before]:
    sys.exit("the refused set changed the channel")
for first in range(0, channels, 8):
    vec = ",".join(str(round(vfull / 10, 3)) for _ in range(8))
    if command(f"VVEC{first}={vec}") != ["OK"]:
        sys.exit(f"VVEC{first} was not answered OK")
if command("ZZQQ?") != ["E10:00"]:
    sys.exit("an unknown command was not answered E10:00")
if command("id?") != [identity]:
    sys.exit("out of step at the end")
port.close()
note = f", {len(late)} beyond the vendor library's deadline: {late[:5]}" if late else ""
print(f"qontrol client: OK ({channels} channels, errors logged: {errors}, "
      f"slowest reply {slowest[0] * 1000:.0f} ms to {slowest[1]}{note})")
