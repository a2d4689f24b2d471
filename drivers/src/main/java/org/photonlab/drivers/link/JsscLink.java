package org.photonlab.drivers.link;

import java.nio.charset.StandardCharsets;
import jssc.SerialPort;
import jssc.SerialPortException;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.protocols.line.LineFramer;

/**
 * A serial port through jssc, selectable per device ({@code serial_library: jssc}). jssc's timed
 * {@code readBytes(n, timeout)} busy-spins on a wall-clock loop, so the reader thread instead polls the input count
 * and sleeps 1 ms when idle. A failing count or read is a disconnect.
 */
public final class JsscLink implements Link {
    private final String path;
    private final int baud;
    private volatile SerialPort port;
    private volatile boolean closing;
    private Thread reader;

    public JsscLink(String path, int baud) {
        this.path = path;
        this.baud = baud;
    }

    @Override
    public void open(LinkListener listener) {
        SerialPort p = new SerialPort(path);
        try {
            p.openPort();
            // returns false on a pty (no line settings there); a real port takes them
            p.setParams(baud, SerialPort.DATABITS_8, SerialPort.STOPBITS_1, SerialPort.PARITY_NONE);
        } catch (SerialPortException e) {
            throw new DeviceIoException("cannot open " + describe() + ": " + e.getMessage(), e);
        }
        port = p;
        reader = new Thread(() -> readLoop(p, listener), "photonlab-jssc " + path);
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop(SerialPort p, LinkListener listener) {
        LineFramer framer = new LineFramer();
        while (!closing) {
            try {
                int n = p.getInputBufferBytesCount();
                if (n < 0) {
                    throw new SerialPortException(path, "getInputBufferBytesCount", "returned " + n);
                }
                if (n == 0) {
                    if (!p.isOpened() || isGone()) {
                        throw new SerialPortException(path, "poll", "port gone");
                    }
                    Thread.sleep(1);
                    continue;
                }
                byte[] b = p.readBytes(n);
                LineFramer.Frames f = framer.feed(b, 0, b.length);
                if (!f.lines().isEmpty() || f.overflows() > 0) {
                    listener.onLines(f.lines(), f.overflows());
                }
            } catch (SerialPortException e) {
                if (!closing) {
                    listener.onDisconnect(describe() + ": " + e.getMessage());
                }
                return;
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A pty whose master side closed no longer exists under its path (socat removes its link). */
    private boolean isGone() {
        return !new java.io.File(path).exists();
    }

    @Override
    public void write(String line) {
        SerialPort p = port;
        if (p == null) {
            return;
        }
        try {
            p.writeBytes((line + "\n").getBytes(StandardCharsets.ISO_8859_1));
        } catch (SerialPortException e) {
            // the reader reports the disconnect
        }
    }

    @Override
    public boolean keepsDeviceInput() {
        return true;
    }

    @Override
    public String describe() {
        return "serial " + path + " (jssc)";
    }

    @Override
    public void close() {
        closing = true;
        Thread r = reader;
        if (r != null && r != Thread.currentThread()) {
            try {
                r.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        SerialPort p = port;
        if (p != null && p.isOpened()) {
            try {
                p.closePort();
            } catch (SerialPortException e) {
                // already gone
            }
        }
    }
}
