# Our own check script (not vendor code): see docs/client-compatibility.md.
import sys, pyvisa
rm = pyvisa.ResourceManager('@py')
dev = sys.argv[1]
inst = rm.open_resource(f'ASRL{dev}::INSTR', read_termination='\n', write_termination='\n', baud_rate=115200)
inst.timeout = 2000
print(dev, '*IDN?', repr(inst.query('*IDN?')), 'MEAS:POW? (@1:8) n=', len(inst.query_ascii_values('MEAS:POW? (@1:8)')))
inst.write('BOGUS'); print('SYST:ERR?', repr(inst.query('SYST:ERR?')), '*OPC?', repr(inst.query('*OPC?')))
inst.close()
