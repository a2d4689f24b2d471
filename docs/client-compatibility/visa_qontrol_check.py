# pyvisa (pyvisa-py backend) as a raw-socket VISA client against the Qontrol-protocol TCP port of `photonlab sim serve`.
import sys, pyvisa, pyvisa_py
port = int(sys.argv[1]) if len(sys.argv) > 1 else 10001
rm = pyvisa.ResourceManager('@py')
inst = rm.open_resource(f'TCPIP::127.0.0.1::{port}::SOCKET', read_termination='\n', write_termination='\n')
inst.timeout = 2000
print('pyvisa', pyvisa.__version__)
print('id?', repr(inst.query('id?')))
inst.write('nup=0'); print('nup=0 ->', repr(inst.read()))
inst.write('nupall?')
chain = []
while True:
    try: chain.append(inst.read())
    except pyvisa.errors.VisaIOError: break
    if len(chain) >= 64: break
print('nupall? ->', chain)
n = 8 * len(chain)
print('nchan?', repr(inst.query('nchan?')), 'vfull?', repr(inst.query('vfull?')), 'ifull?', repr(inst.query('ifull?')))
vfull = float(inst.query('vfull?').split()[0])
bad = []
for ch in range(n):
    x = round(vfull * ((ch * 7) % n) / n, 4)
    r = inst.query(f'v{ch}={x}')
    if r != 'OK': bad.append((ch, 'set', r))
for ch in range(n):
    x = round(vfull * ((ch * 7) % n) / n, 4)
    rv = float(inst.query(f'v{ch}?'))
    ri = inst.query(f'i{ch}?')
    if abs(rv - x) > vfull / 40: bad.append((ch, x, rv))
print(f'set+read {n} channels, problems: {bad}')
print('v1=99 ->', repr(inst.query('v1=99')))
print('v1? ->', repr(inst.query('v1?')))
print(f'v{n}=1 ->', repr(inst.query(f'v{n}=1')))
print('xyz? ->', repr(inst.query('xyz?')))
print('v0=0.5 ->', repr(inst.query('v0=0.5')), 'v0? ->', repr(inst.query('v0?')))
print('vall? first 3 ->', [inst.read() if i else inst.query('vall?') for i in range(3)])
inst.clear() if False else None
# drain the rest of vall? then check still in step
rest = 0
while True:
    try: inst.read(); rest += 1
    except pyvisa.errors.VisaIOError: break
print('drained', rest, 'lines; id? ->', repr(inst.query('id?')))
inst.close(); rm.close()
