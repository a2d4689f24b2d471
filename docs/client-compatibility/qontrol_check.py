# Drives `photonlab sim serve --pty` with the unmodified vendor qontrol.py (takeqontrol/api 9f601d7, v1.1.20).
import sys, time
import os; sys.path.insert(0, os.environ.get('QONTROL_DIR', '/tmp/vendor/qontrol-9f601d7'))
import qontrol
port = sys.argv[1]
t0 = time.time()
q = qontrol.QXOutput(serial_port_name=port, response_timeout=0.5)
print('version', qontrol.__version__, 'init %.2fs' % (time.time()-t0))
print('device_id', q.device_id, 'n_chs', q.n_chs, 'v_full', q.v_full, 'i_full', q.i_full)
print('chain', q.chain)
print('firmware', q.firmware, 'vfull attr', q.vfull, 'ifull attr', q.ifull)
errs_before = [e for e in q.log if e['type'] == 'err']
print('errors during init:', errs_before)
n = q.n_chs
vmax = q.v_full
bad = []
for i in range(n):
    x = round((i % 17) * 0.37 + 0.1, 3)
    if x > vmax: x = vmax / 2
    q.v[i] = x
for i in range(n):
    x = round((i % 17) * 0.37 + 0.1, 3)
    if x > vmax: x = vmax / 2
    rv = q.v[i]; ri = q.i[i]
    # the demo bench's DAC is 8-bit with a power-law transfer: a read gives the set value rounded to the DAC code,
    # and setting that read value again must give it back exactly
    q.v[i] = rv
    if rv is None or abs(rv - x) > vmax / 16 or q.v[i] != rv: bad.append((i, x, rv))
    if i < 3 or i == n - 1: print('ch', i, 'set', x, 'read v', rv, 'i', ri)
print('set/read problems (beyond DAC rounding):', bad[:10], 'of', n, 'channels')
# vectorised read
allv = q.get_all_values('V')
print('vall', None if allv is None else (len(allv), allv[:4]))
# vmax / imax
try:
    print('vmax[0]', q.vmax[0], 'imax[0]', q.imax[0])
    q.vmax[0] = 6.0
    print('vmax[0] after set 6.0 ->', q.vmax[0])
except Exception as e:
    print('vmax/imax error', repr(e))
# out of range
nlog = len(q.log)
try:
    q.v[1] = 99.0
    print('out-of-range set returned without exception')
except Exception as e:
    print('out-of-range exception', repr(e))
new = list(q.log)[nlog:]
print('log after out-of-range:', [(e['type'], e['id'], e['ch'], e['desc'], e['raw']) for e in new])
# with a log handler that raises (the library's documented way to turn errors into exceptions)
q.log_handler = qontrol.generic_log_handler([1, 2, 10, 11, 12])
try:
    q.v[2] = -50
    print('negative set: no exception')
except RuntimeError as e:
    print('generic_log_handler raised:', e)
q.log_handler = None
time.sleep(0.2); q.receive()
# still in step
rv = q.v[1]; print('ch1 after refusal v =', rv)
q.v[1] = 1.234
print('ch1 set 1.234 ->', q.v[1], '; ch2 ->', q.v[2], '; ch', n-1, '->', q.v[n-1])
# unknown command
r = q.issue_command('bogus', operator='?', n_lines_requested=1)
print('bogus? ->', r, [(e['id'], e['raw']) for e in list(q.log)[-3:] if e['type']=='err'])
print('ch0 after bogus', q.v[0])
# out of range channel
try:
    r = q.issue_command('v', ch=n+5, operator='=', value=1.0)
    print('v%d=1.0 ->' % (n+5), r, [(e['id'], e['raw']) for e in list(q.log)[-3:] if e['type']=='err'])
except Exception as e:
    print('bad channel exc', e)
print('ch3', q.v[3])
q.close()
print('total errors in log:', [(e['id'], e['raw']) for e in q.log if e['type']=='err'])
