# Our own check script (not vendor code): see docs/client-compatibility.md.
import sys; import os; sys.path.insert(0, os.environ.get('QONTROL_DIR', '/tmp/vendor/qontrol-9f601d7')); import qontrol
q = qontrol.QXOutput(serial_port_name=sys.argv[1], response_timeout=0.5)
vals = [round(0.05 * k, 3) for k in range(q.n_chs)]
q.set_all_values('V', vals)
back = q.get_all_values('V')
print('VVEC per module then VALL?: n', len(back), 'max |diff|', max(abs(a-b) for a, b in zip(vals, back)))
print('errors', [(e['id'], e['raw']) for e in q.log if e['type']=='err'])
q.set_all_values('V', 0.0); print('all zero ->', set(q.get_all_values('V')))
q.close()
