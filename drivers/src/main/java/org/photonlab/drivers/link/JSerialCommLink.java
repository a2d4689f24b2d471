package org.photonlab.drivers.link;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.charset.StandardCharsets;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.protocols.line.LineFramer;

/**
 * A serial port through jSerialComm (the default serial library). A dedicated reader thread reads in
 * READ_SEMI_BLOCKING mode with a 100 ms OS timeout, far below the 25.5 s where jSerialComm's POSIX VTIME wraps;
 * every protocol deadline lives in {@link Conversation}. A read of −1 (EIO: the pty or USB adapter is gone) is a
 * disconnect, since {@code isOpen()} stays true in that case.
 */
public final class JSerialCommLink implements Link {
    private final String path;
    private final int baud;
    private volatile SerialPort port;
    private volatile boolean closing;
    private Thread reader;

    public JSerialCommLink(String path, int baud) {
        this.path = path;
        this.baud = baud;
    }

    @Override
    public void open(LinkListener listener) {
        SerialPort p;
        try {
            p = SerialPort.getCommPort(path);
        } catch (RuntimeException e) {
            // jSerialComm throws SerialPortInvalidPortException when the path does not exist (yet, or any more)
            throw new DeviceIoException("cannot open " + describe() + ": " + e.getMessage(), e);
        }
        p.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        p.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        // only the boolean counts: on a pty getLastErrorCode() is 25 (ENOTTY) even after a good open
        if (!p.openPort()) {
            throw new DeviceIoException("cannot open " + describe() + ": error " + p.getLastErrorCode());
        }
        p.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        port = p;
        reader = new Thread(() -> readLoop(p, listener), "photonlab-serial " + path);
        reader.setDaemon(true);
        reader.start();
    }

    private void readLoop(SerialPort p, LinkListener listener) {
        LineFramer framer = new LineFramer();
        byte[] buf = new byte[1024];
        while (!closing) {
            int n = p.readBytes(buf, buf.length);
            if (n < 0) {
                if (!closing) {
                    listener.onDisconnect("read returned " + n + " on " + describe() + " (port gone)");
                }
                return;
            }
            if (n > 0) {
                LineFramer.Frames f = framer.feed(buf, 0, n);
                if (!f.lines().isEmpty() || f.overflows() > 0) {
                    listener.onLines(f.lines(), f.overflows());
                }
            }
        }
    }

    @Override
    public void write(String line) {
        SerialPort p = port;
        if (p == null) {
            return;
        }
        byte[] b = (line + "\n").getBytes(StandardCharsets.ISO_8859_1);
        int off = 0;
        while (off < b.length) {
            int n = p.writeBytes(b, b.length - off, off);
            if (n <= 0) {
                // the reader sees the same failure as −1 and reports the disconnect
                return;
            }
            off += n;
        }
    }

    @Override
    public boolean keepsDeviceInput() {
        return true;
    }

    @Override
    public String describe() {
        return "serial " + path + " (jSerialComm)";
    }

    @Override
    public void close() {
        closing = true;
        SerialPort p = port;
        if (p != null) {
            p.closePort();
        }
        Thread r = reader;
        if (r != null && r != Thread.currentThread()) {
            try {
                r.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
