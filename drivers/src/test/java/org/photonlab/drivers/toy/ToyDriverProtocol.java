package org.photonlab.drivers.toy;

import java.util.List;
import org.photonlab.drivers.DriverProtocol;
import org.photonlab.drivers.link.ConversationSettings;
import org.photonlab.drivers.link.Link;
import org.photonlab.drivers.link.LinkListener;
import org.photonlab.drivers.link.LinkOpener;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.DacDevice;

/**
 * A test-only vendor protocol, registered only in this module's test resources: a DAC that takes one line
 * {@code SET <ch> <volts>} per channel and keeps its setpoints host-side. It exists to show that a new protocol is a
 * new package plus one services line, with no switch in the main code.
 */
public final class ToyDriverProtocol implements DriverProtocol {
    @Override
    public String id() {
        return "toy";
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.DAC;
    }

    @Override
    public DacDevice openDac(DeviceSpec device, LinkOpener link, ConversationSettings timing) {
        Link l = link.create();
        l.open(new LinkListener() {
            @Override
            public void onLines(List<String> lines, int overflows) {
            }

            @Override
            public void onDisconnect(String reason) {
            }
        });
        double[] setpoints = new double[device.channels()];
        return new DacDevice() {
            @Override
            public String name() {
                return device.name();
            }

            @Override
            public int channelCount() {
                return setpoints.length;
            }

            @Override
            public void write(int[] channels, double[] volts) {
                for (int i = 0; i < channels.length; i++) {
                    l.write("SET " + channels[i] + " " + volts[i]);
                    setpoints[channels[i]] = volts[i];
                }
            }

            @Override
            public double[] read(int[] channels) {
                double[] out = new double[channels.length];
                for (int i = 0; i < channels.length; i++) {
                    out[i] = setpoints[channels[i]];
                }
                return out;
            }

            private boolean closed;

            @Override
            public void close() {
                // the HAL bank and the driver backend both close it
                if (!closed) {
                    closed = true;
                    l.close();
                }
            }
        };
    }
}
