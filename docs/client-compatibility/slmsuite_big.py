# Our own check script (not vendor code): see docs/client-compatibility.md.
import time, numpy as np
from slmsuite.hardware.remote import _Client
cam = _Client('remote_camera', 'camera', host='127.0.0.1', port=5150)
for n in (1, 100, 1000):
    t = time.perf_counter(); imgs = cam._com(command='_get_images_hw', kwargs=dict(image_count=n, timeout_s=1.0))
    print(n, imgs.shape, imgs.dtype, '%.3f s' % (time.perf_counter() - t))
