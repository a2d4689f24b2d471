package org.photonlab.simulator.wire;

import java.util.List;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.spi.OptionCheck;
import org.photonlab.hal.spi.OptionSet;
import org.photonlab.hal.spi.OptionSpec;
import org.photonlab.hal.spi.OptionValues;

/**
 * The {@code sim_*} keys a device of a served bench may carry for the wire-level simulator ({@code sim serve}),
 * beside its driver keys. The client bench that {@code sim serve} writes drops them.
 */
public final class WireDeviceOptions {
    /** The simulator-only keys, as {@code bench options} prints them. */
    public static final OptionSet SPEC = OptionSet.of(
            OptionSpec.text(WireProtocols.OPTION, null, "wire protocol the device is served with (default: qontrol "
                    + "for a DAC, scpi for a detector)"),
            OptionSpec.number("sim_watchdog_s", "s", Watchdog.DEFAULT_PERIOD_S, 0, Watchdog.MAX_PERIOD_S,
                    "DAC: ramp every output to 0 V after this long without a write or keep-alive; 0 turns it off"),
            OptionSpec.number("sim_vfull", "V", null, 0.001, 1000, "DAC: the module's full scale; the bench's when "
                    + "absent"),
            OptionSpec.number("sim_heater_ohm", "Ω", null, 1, 1e9, "DAC: heater resistance; load_ohm when absent"),
            OptionSpec.number("sim_ifull_ma", "mA", 24.0, 0.001, 10_000, "DAC: the module's current full scale"),
            OptionSpec.number("sim_fault_rate", "", 0.0, 0, 1, "probability that a reply is faulted"),
            OptionSpec.list("sim_faults", "fault kinds to draw from (default: every kind the protocol supports)"),
            OptionSpec.integer("sim_fault_seed", "", 1L, Long.MIN_VALUE, Long.MAX_VALUE, "seed of the fault stream"),
            OptionSpec.integer("sim_fault_delay_ms", "ms", 400L, 0, 600_000, "how long a delay fault stalls"));

    /** The driver keys the wire simulator also reads (to look like the device the client expects). */
    private static final OptionSet SHARED = OptionSet.of(
            OptionSpec.text("identity", null, "identity the simulated device reports"),
            OptionSpec.integer("port", "", null, 0, 65_535, "TCP port the simulated device listens on"),
            OptionSpec.bool("bipolar", false, "the simulated module outputs negative voltages"));

    private WireDeviceOptions() {
    }

    /** The checked simulator keys of a served device (driver keys are the client's to check). */
    public static OptionValues read(DeviceSpec d) {
        return SPEC.with(SHARED).readKnown(OptionCheck.where(d), d.options());
    }

    static List<String> kinds(OptionValues o) {
        return o.has("sim_faults") ? o.list("sim_faults") : null;
    }
}
