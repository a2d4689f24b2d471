# Our own check script (not vendor code): see docs/client-compatibility.md.
import numpy as np
from slmsuite.hardware.remote import _Client
slm = _Client('remote_slm', 'slm', host='127.0.0.1', port=5150); cam = _Client('remote_camera', 'camera', host='127.0.0.1', port=5150)
shape = tuple(slm.server_attributes['__meta__']['shape'])
rng = np.random.default_rng(7)
pats = {'a': (255 * rng.integers(0, 2, size=shape)).astype(np.uint8)}  # binary DMD pattern
pats['b'] = (255 - pats['a']).astype(np.uint8)
pats['zero'] = np.zeros(shape, np.uint8)
def mean_img(p, n=40):
    slm._com(command='_set_phase_hw', kwargs=dict(phase=pats[p]))
    return cam._com(command='_get_images_hw', kwargs=dict(image_count=n, timeout_s=1.0)).astype(float).mean(axis=0)
A1, A2, B, Z = mean_img('a'), mean_img('a'), mean_img('b'), mean_img('zero')
c = lambda x, y: np.corrcoef(x.ravel(), y.ravel())[0, 1]
print('40-frame means: |a-a\'| %.2f  |a-b| %.2f  corr(a,a\') %.3f corr(a,b) %.3f  mean(zero pattern) %.2f mean(a) %.2f'
      % (np.abs(A1-A2).mean(), np.abs(A1-B).mean(), c(A1, A2), c(A1, B), Z.mean(), A1.mean()))
