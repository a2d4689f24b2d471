"""A standard VISA client (pyvisa + pyvisa-py, as Debian ships them) against the simulated power meter.

Usage: visa_client.py HOST PORT CHANNELS. Uses the SOCKET defaults real users keep (write termination CR LF) with
read_termination LF, and checks that the device stays in step: no reply to non-queries or unknown queries, errors
queued instead. Exits non-zero with a message on the first deviation.
"""
import sys

import pyvisa

host, port, channels = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rm = pyvisa.ResourceManager("@py")
pm = rm.open_resource(f"TCPIP::{host}::{port}::SOCKET", read_termination="\n")
pm.timeout = 10000  # ms; generous so that a stall on a loaded machine is not taken for a missing reply


def expect(what, got, want):
    if got != want:
        sys.exit(f"{what}: got {got!r}, expected {want!r}")


idn = pm.query("*IDN?")
if len(idn.split(",")) != 4:
    sys.exit(f"*IDN? gave {idn!r}, expected maker,model,serial,firmware")
expect("*idn? (lower case)", pm.query("*idn?"), idn)
pm.write("*CLS")
expect("SYST:ERR? after *CLS", pm.query("SYST:ERR?"), '0,"No error"')
expect("long form", pm.query("SYSTem:ERRor?"), '0,"No error"')
pm.write("FOO:BAR 1")
expect("unknown command queues -113", pm.query("SYST:ERR?"), '-113,"Undefined header"')
pm.write("BOGUS:QUERY?")
expect("unknown query queues -113 and is not answered", pm.query("SYST:ERR?"), '-113,"Undefined header"')
expect("queue empty again", pm.query("SYST:ERR?"), '0,"No error"')
pm.write("*RST")
expect("*OPC?", pm.query("*OPC?"), "1")
pm.write("SENS:CORR:WAV 1310")
expect("wavelength read back", float(pm.query("SENS:CORR:WAV?")), 1310.0)
values = pm.query(f"MEAS:POW? (@1:{channels})").split(",")
if len(values) != channels:
    sys.exit(f"MEAS:POW? (@1:{channels}) gave {len(values)} values")
for ch in range(1, channels + 1):
    one = float(pm.query(f"MEAS:POW? (@{ch})"))
    if one != float(values[ch - 1]):
        sys.exit(f"channel {ch}: {one} alone but {values[ch - 1]} in the list")
expect("joined queries", pm.query("*OPC?;*IDN?"), "1;" + idn)
pm.write(f"MEAS:POW? (@{channels + 1})")
if not pm.query("SYST:ERR?").startswith("-222"):
    sys.exit("an out-of-range channel was not reported as -222")
expect("still in step", pm.query("*IDN?"), idn)
pm.close()
print("visa client: OK")
