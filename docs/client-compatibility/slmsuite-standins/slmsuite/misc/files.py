# NOT slmsuite code: stand-in written for PhotonLab's compatibility check.
# slmsuite.hardware/__init__.py imports these four names at module level; the real module (slmsuite/misc/files.py)
# also imports cv2, matplotlib, scipy and slmsuite.holography at module level, which are not available offline.
# They are used only by _Picklable.save() (writing .h5 files), which the remote client never calls.
def _unavailable(*args, **kwargs):
    raise NotImplementedError("slmsuite.misc.files is a stand-in in this environment")
generate_path = latest_path = save_h5 = load_h5 = _unavailable
