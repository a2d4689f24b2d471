# Records the exact bytes slmsuite's _Client (remote.py @ cbc5e2f) sends, by answering one request like the real Server would.
import socket, threading, json, urllib.parse as U, sys
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); srv.bind(('127.0.0.1', 0)); srv.listen(1)
port = srv.getsockname()[1]; got = []
def serve():
    c, _ = srv.accept(); data = b''
    while not data.endswith(b'\n'): data += c.recv(65536)
    got.append(data)
    c.sendall((U.quote_plus(json.dumps([True, {"remote_slm": "slm", "remote_camera": "camera"}])) + "\n").encode()); c.close()
t = threading.Thread(target=serve); t.start()
from slmsuite.hardware.remote import _Client
try: _Client('ghost', 'slm', host='127.0.0.1', port=port)
except ValueError as e: print('client raised ValueError:', e)
t.join(); print('request bytes:', got[0])
