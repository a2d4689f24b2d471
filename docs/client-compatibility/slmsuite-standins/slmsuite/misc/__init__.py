# NOT slmsuite code: empty package marker written for PhotonLab's compatibility check.
