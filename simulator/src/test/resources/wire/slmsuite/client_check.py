#!/usr/bin/env python3
"""Drives PhotonLab's projector server the way slmsuite's remote clients do, with the standard library only.

The transport below follows slmsuite's ``hardware/remote.py`` (``_Client.__com`` and ``_recv``): one connection per
request, ``quote_plus(json.dumps(msg)) + "\\n"``, the reply read until a received chunk ends with ``"\\n"``. Arrays
are decoded like ``_recurse_decompress`` (without numpy). Usage: client_check.py [host] [port]; exit status 0 when
every check passes.
"""
import base64
import json
import socket
import struct
import sys
import urllib.parse as urllib
import zlib

HOST = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 5150


def com(name, command, kwargs=None, timeout=5.0):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    sock.connect((HOST, PORT))
    msg = {"name": name, "command": command, "args": [], "kwargs": kwargs or {}}
    sock.sendall((urllib.quote_plus(json.dumps(msg)) + "\n").encode())
    buffer = ""
    while True:
        data = sock.recv(4096 * 64).decode()
        buffer += data
        if data[-1] == "\n":
            break
    sock.close()
    return decompress(json.loads(urllib.unquote_plus(buffer[:-1])))


def array(raw, shape, dtype):
    return {"__zlib__": base64.b64encode(zlib.compress(raw)).decode(), "__shape__": list(shape), "__dtype__": dtype}


def decompress(msg):
    if isinstance(msg, dict):
        if "__zlib__" in msg and len(msg) == 3:
            raw = zlib.decompress(base64.b64decode(msg["__zlib__"]))
            fmt = {"uint8": "B", "uint16": "H", "float64": "d"}[msg["__dtype__"]]
            return {"shape": msg["__shape__"], "values": list(struct.unpack("<%d%s" % (len(raw) // struct.calcsize(fmt), fmt), raw))}
        return {k: decompress(v) for k, v in msg.items()}
    if isinstance(msg, list):
        return [decompress(m) for m in msg]
    return msg


def main():
    ok, kinds = com(None, "ping")
    assert ok and set(kinds.values()) == {"slm", "camera"}, kinds
    slm = [n for n, k in kinds.items() if k == "slm"][0]
    cam = [n for n, k in kinds.items() if k == "camera"][0]
    ok, pickled = com(slm, "pickle", {"attributes": False, "metadata": True})
    meta = pickled["__meta__"]
    for key in ("shape", "bitdepth", "wav_um", "wav_design_um", "pitch_um", "settle_time_s"):
        assert key in meta, key
    h, w = meta["shape"]
    ok, cpickled = com(cam, "pickle", {"attributes": False, "metadata": True})
    ch, cw = cpickled["__meta__"]["shape"]
    ok, exposure = com(cam, "_get_exposure_hw")
    assert ok and exposure > 0
    images = []
    for seed in (1, 2):
        pattern = bytes((255 if (i * 2654435761 + seed * 40503) % 7 < 3 else 0) for i in range(h * w))
        assert com(slm, "_set_phase_hw", {"display": array(pattern, (h, w), "uint8")}) == [True, None]
        ok, img = com(cam, "_get_image_hw", {"timeout_s": 2})
        assert ok and img["shape"] == [ch, cw], img["shape"]
        images.append(img["values"])
    assert images[0] != images[1], "the image must depend on the displayed pattern"
    assert com(slm, "_set_phase_hw", {"phase": array(pattern, (h, w), "uint8")}) == [True, None]
    assert com(cam, "_set_exposure_hw", {"exposure_s": exposure * 2}) == [True, None]
    assert com(cam, "_get_exposure_hw") == [True, exposure * 2]
    ok, burst = com(cam, "_get_images_hw", {"image_count": 3, "timeout_s": 1.5})
    assert ok and burst["shape"] == [3, ch, cw], burst
    assert com(cam, "flush", {"timeout_s": 1}) == [True, None]
    assert com(slm, "close") == [False, slm + ".close not present."]
    refusal = com("nosuch", "ping2")
    assert refusal[0] is False and refusal[1].startswith("Did not recognize hardware 'nosuch'. Options: ["), refusal
    print("slmsuite-style client: all checks passed against %s:%d (slm %dx%d, camera %dx%d)" % (HOST, PORT, h, w, ch, cw))


if __name__ == "__main__":
    main()
