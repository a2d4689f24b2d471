# Our own check script (not vendor code): see docs/client-compatibility.md.
import sys, pyvisa
port = int(sys.argv[1]) if len(sys.argv) > 1 else 5025
rm = pyvisa.ResourceManager('@py')
print('pyvisa', pyvisa.__version__, rm)
inst = rm.open_resource(f'TCPIP::127.0.0.1::{port}::SOCKET', read_termination='\n', write_termination='\n')
inst.timeout = 3000
print('*IDN?', repr(inst.query('*IDN?')))
print('*RST', inst.write('*RST')); print('*CLS', inst.write('*CLS'))
print('SYST:ERR? (clean)', repr(inst.query('SYST:ERR?')))
print('MEAS:POW? (@1:8)', repr(inst.query('MEAS:POW? (@1:8)')))
vals = inst.query_ascii_values('MEAS:POW? (@1:8)')
print('parsed', len(vals), vals[:3])
print('MEAS:POW? (@3)', repr(inst.query('MEAS:POW? (@3)')))
inst.write('FOO:BAR 12')
print('after bad command SYST:ERR?', repr(inst.query('SYST:ERR?')))
print('SYST:ERR? again', repr(inst.query('SYST:ERR?')))
print('MEAS:POW? (@9)', end=' ')
try:
    print(repr(inst.query('MEAS:POW? (@9)')))
except Exception as e:
    print('timeout/exception (no reply for a refused query):', type(e).__name__)
print('SYST:ERR?', repr(inst.query('SYST:ERR?')))
print('*OPC?', repr(inst.query('*OPC?')))
print('*IDN? again (in step)', repr(inst.query('*IDN?')))
for i in range(50):
    v = inst.query_ascii_values('MEAS:POW? (@1:8)'); assert len(v) == 8
print('50 more reads OK;', repr(inst.query('*OPC?')))
inst.close(); rm.close()
