# Drives `photonlab sim serve` (projector server, port 5150) with slmsuite's own client code:
# slmsuite/hardware/remote.py from slmsuite/slmsuite @ cbc5e2f, unmodified (_Client, its private __com, _recv, _NpEncoder).
import sys, time, warnings
import numpy as np
from slmsuite.hardware.remote import _Client
import slmsuite.hardware.remote as R
port = int(sys.argv[1]) if len(sys.argv) > 1 else 5150
print('numpy', np.__version__)
print('info():', _Client.info(host='127.0.0.1', port=port, verbose=False))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    slm = _Client('remote_slm', 'slm', host='127.0.0.1', port=port, timeout=5)
    cam = _Client('remote_camera', 'camera', host='127.0.0.1', port=port, timeout=5)
    print('warnings during connect:', [str(x.message) for x in w])
ms, mc = slm.server_attributes['__meta__'], cam.server_attributes['__meta__']
print('slm meta:', {k: ms[k] for k in ms}); print('cam meta:', {k: mc[k] for k in mc})
print('latency s:', round(slm.latency_s, 4), round(cam.latency_s, 4))
shape = tuple(ms['shape']); bit = ms['bitdepth']
# pattern in: what SLM.set_phase hands _set_phase_hw is an integer display array of the SLM's shape.
dt = np.uint8 if bit <= 8 else np.uint16
rng = np.random.default_rng(1)
hi = (1 << bit) - 1
a = (hi * rng.integers(0, 2, size=shape)).astype(dt)   # binary pattern: the demo projector is a DMD (pixel != 0 is on)
b = (hi - a).astype(dt)
print('_set_phase_hw(a) ->', slm._com(command='_set_phase_hw', kwargs=dict(phase=a)))
ia = cam._com(command='_get_image_hw', kwargs=dict(timeout_s=1.0))
ia2 = cam._com(command='_get_image_hw', kwargs=dict(timeout_s=1.0))
print('image:', type(ia).__name__, ia.dtype, ia.shape, 'min/max', ia.min(), ia.max())
slm._com(command='_set_phase_hw', kwargs=dict(phase=b))
ib = cam._com(command='_get_image_hw', kwargs=dict(timeout_s=1.0))
da = np.abs(ia.astype(float) - ia2.astype(float)).mean(); db = np.abs(ia.astype(float) - ib.astype(float)).mean()
print(f'same pattern twice: mean|diff|={da:.3f}; different pattern: mean|diff|={db:.3f}')
slm._com(command='_set_phase_hw', kwargs=dict(phase=a))
ia3 = cam._com(command='_get_image_hw', kwargs=dict(timeout_s=1.0))
print('pattern a again reproduces image a:', np.abs(ia3.astype(float) - ia.astype(float)).mean())
# exposure
e0 = cam._com(command='_get_exposure_hw'); print('exposure', e0)
print('_set_exposure_hw(2*e) ->', cam._com(command='_set_exposure_hw', kwargs=dict(exposure_s=2 * e0)))
print('exposure now', cam._com(command='_get_exposure_hw'))
ie = cam._com(command='_get_image_hw', kwargs=dict(timeout_s=1.0))
print('mean image at e, 2e:', ia.astype(float).mean(), ie.astype(float).mean())
cam._com(command='_set_exposure_hw', kwargs=dict(exposure_s=e0))
# burst
imgs = cam._com(command='_get_images_hw', kwargs=dict(image_count=5, timeout_s=1.0))
print('burst:', type(imgs).__name__, getattr(imgs, 'shape', None), getattr(imgs, 'dtype', None))
# flush
try: print('flush ->', cam._com(command='flush'))
except Exception as e: print('flush refused:', str(e).splitlines()[-1])
# refusals
def refused(label, fn):
    try:
        r = fn(); print(f'{label}: NOT refused -> {r!r}'[:200])
    except Exception as e:
        print(f'{label}: {type(e).__name__}: ' + ' | '.join(str(e).splitlines())[:200])
refused('wrong shape', lambda: slm._com(command='_set_phase_hw', kwargs=dict(phase=np.zeros((3, 3), dt))))
refused('values above 8 bits (uint16)', lambda: slm._com(command='_set_phase_hw', kwargs=dict(phase=np.full(shape, hi + 1, np.uint16))))
refused('float phase', lambda: slm._com(command='_set_phase_hw', kwargs=dict(phase=np.zeros(shape, np.float64))))
refused('negative exposure', lambda: cam._com(command='_set_exposure_hw', kwargs=dict(exposure_s=-1.0)))
refused('command not allowed', lambda: cam._com(command='close'))
refused('camera cmd on slm', lambda: slm._com(command='_get_image_hw', kwargs=dict(timeout_s=1.0)))
refused('unknown hardware', lambda: R._Client._Client__com('nope', '127.0.0.1', port, 5, '_get_exposure_hw', [], {}))
refused('bad kwarg', lambda: cam._com(command='_get_images_hw', kwargs=dict(image_count=-2, timeout_s=1.0)))
refused('wrong kind at connect', lambda: _Client('remote_slm', 'camera', host='127.0.0.1', port=port))
refused('absent hardware at connect', lambda: _Client('ghost', 'slm', host='127.0.0.1', port=port))
# still in step
slm._com(command='_set_phase_hw', kwargs=dict(phase=a))
print('after refusals, image a reproduced:', np.abs(cam._com(command='_get_image_hw', kwargs=dict(timeout_s=1.0)).astype(float) - ia.astype(float)).mean())
print('pickle(attributes=True):', sorted(slm._com(command='pickle', kwargs=dict(attributes=True, metadata=True))['__meta__'].keys()))
