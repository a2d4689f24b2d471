#!/usr/bin/env python3
"""lightonml's simulated OPU device, re-implemented with NumPy exactly as lightonml v1.4.3 does it
(internal/simulated_device.py: RandomState(seed), real then imaginary part normal(0, 1/sqrt(n)), float32 -> complex64,
transform1 = |X R|^2 with X binary uint8), timed side by side with PhotonLab's Java simulator.

Usage: numpy_projection_bench.py BATCH FEATURES COMPONENTS [REPEATS]
Prints the matrix build time and the per-call time of transform (best and median of REPEATS calls).
"""
import sys
import time

import numpy as np


def build_random_matrix(n_features, n_components, seed=0):
    rng = np.random.RandomState(seed)
    std = 1.0 / np.sqrt(n_features)
    real = rng.normal(loc=0.0, scale=std, size=(n_features, n_components)).astype(np.float32)
    imag = rng.normal(loc=0.0, scale=std, size=(n_features, n_components)).astype(np.float32)
    return real + 1j * imag


def main():
    batch, n, m = (int(a) for a in sys.argv[1:4])
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    t = time.perf_counter()
    r = build_random_matrix(n, m)
    build = time.perf_counter() - t
    x = (np.random.RandomState(42).rand(batch, n) < 0.5).astype(np.uint8)
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        y = np.abs(x @ r) ** 2
        times.append(time.perf_counter() - t)
    times.sort()
    print("numpy %s: %d x %d -> %d: matrix %.1f MB built in %.2f s; transform best %.3f ms, median %.3f ms"
          % (np.__version__, batch, n, m, r.nbytes / 1e6, build, times[0] * 1e3, times[len(times) // 2] * 1e3))
    assert y.shape == (batch, m)


if __name__ == "__main__":
    main()
