# NOT slmsuite code: written for PhotonLab's compatibility check because slmsuite/slmsuite's own
# slmsuite/__init__.py is not available offline. slmsuite.hardware.remote only needs __version__ from it.
__version__ = "0.2.0"
