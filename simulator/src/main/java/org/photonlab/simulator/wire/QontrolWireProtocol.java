package org.photonlab.simulator.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.DacDevice;
import org.photonlab.hal.spi.OptionValues;

/**
 * Wire protocol {@code qontrol}: a DAC device served as a chain of Qontrol modules (TCP ports 10001, 10002, ...).
 * Options: {@code identity} (default {@code Q8iv-01A0}, {@code Q8iv-01B0}, ...), {@code sim_ifull_ma} (24),
 * {@code sim_heater_ohm} (default the limits' load_ohm), {@code sim_vfull} (default the DAC full scale, or the largest
 * limit for an analog channel), {@code bipolar}, {@code sim_watchdog_s} (default {@value Watchdog#DEFAULT_PERIOD_S} s,
 * 0 = off; see {@link Watchdog}).
 */
public final class QontrolWireProtocol implements WireProtocol {
    public static final String ID = "qontrol";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public DeviceKind kind() {
        return DeviceKind.DAC;
    }

    @Override
    public int defaultPort(int index) {
        return 10001 + index;
    }

    @Override
    public ServedDevice serve(DeviceSpec d, int index, Backend physics, ScheduledExecutorService timers) {
        DacDevice dac = physics.dac(d.name()).orElseThrow(() -> WireSimulator.missing(d));
        OptionValues o = WireDeviceOptions.read(d);
        QontrolChain chain = chain(d, o, dac, index);
        double watchdogS = Watchdog.period(d);
        WireDevice device = new WireDevice(d.name(), ID, new QontrolProtocol(chain, WireSimulator.FIRMWARE,
                watchdogS), FaultPlan.fromOptions(d.name(), o), watchdogS);
        Runnable stop = () -> { };
        if (watchdogS > 0) {
            stop = new Watchdog(device, chain, watchdogS, timers)::close;
        }
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("identity", chain.identity(0));
        if (d.limits().minVolts() < 0) {
            client.put("bipolar", true);
        }
        return new ServedDevice(device, "id?", client, stop);
    }

    private static QontrolChain chain(DeviceSpec d, OptionValues o, DacDevice dac, int index) {
        String identity = o.text("identity", String.format("Q8iv-%04X", 0x01A0 + 0x10 * index));
        if (!identity.matches("\\w+\\d\\w*-[0-9a-fA-F]+")) {
            throw new BenchConfigException("device '" + d.name() + "': options.identity must look like "
                    + "'Q8iv-01A0' (type, dash, hex serial), got '" + identity + "'");
        }
        DacResolution res = d.resolution();
        double vfull = o.number("sim_vfull", res.isAnalog()
                ? Math.max(Math.abs(d.limits().minVolts()), Math.abs(d.limits().maxVolts())) : res.fullScaleVolts());
        DacResolution law = new DacResolution(res.bits(), res.isAnalog() ? vfull : res.fullScaleVolts(),
                res.transfer());
        double ohm = o.number("sim_heater_ohm", d.limits().loadOhms());
        boolean bipolar = o.bool("bipolar") || d.limits().minVolts() < 0;
        return new QontrolChain(identity, d.channels(), law, vfull, o.number("sim_ifull_ma"), ohm, bipolar,
                dac);
    }
}
