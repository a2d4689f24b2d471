"""A serial client that follows the Qontrol vendor library's rules (qontrol 1.1.20, as recorded in the shared
transcript): upper-case commands ending in LF, 100 ms for a set's OK, 50 ms of silence ends a multi-line reply,
pending input drained and error lines logged before every command. Run against a simulated module chain over a pty.

Usage: qontrol_client.py PTY_PATH IDENTITY. Sets and reads every channel, checks an out-of-range set is refused
with an error line and keeps the old value, and that the link stays in step. Exits non-zero on a deviation.
"""
import re
import sys
import time

import serial

path, identity = sys.argv[1], sys.argv[2]
port = serial.Serial(path, 115200, timeout=0.05)
ERROR = re.compile(r"[A-Za-z]{1,3}(\d+):(\d+)")
errors = []


def drain():
    while True:
        line = port.readline()
        if not line:
            return
        text = line.decode("ascii").rstrip("\n")
        if ERROR.fullmatch(text):
            errors.append(text)


def command(text, lines=1, timeout=0.1):
    drain()
    port.write((text + "\n").encode("ascii"))
    out = []
    end = time.monotonic() + timeout * (2 if text.lower().endswith("all?") else 1)
    while len(out) < lines and time.monotonic() < end:
        raw = port.readline()
        if raw:
            if raw.endswith(b"\r\n"):
                sys.exit(f"{text}: reply ends with CR LF; the vendor library would wait out its timeout")
            out.append(raw.decode("ascii").rstrip("\n"))
    return out


def until_quiet(text):
    drain()
    port.write((text + "\n").encode("ascii"))
    out = []
    while True:
        raw = port.readline()
        if not raw:
            return out
        out.append(raw.decode("ascii").rstrip("\n"))


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
        sys.exit(f"V{ch}={v} was not answered OK within 100 ms")
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
print(f"qontrol client: OK ({channels} channels, errors logged: {errors})")
