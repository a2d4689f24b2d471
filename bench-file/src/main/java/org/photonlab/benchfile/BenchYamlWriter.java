package org.photonlab.benchfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.unitary.UnitaryMeshSpec;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.DeviceTiming;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.ReadoutUnit;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a {@link BenchDescription} as bench YAML that {@link BenchYaml} reads back to an equal description, e.g.
 * the bench file a host needs to reach a running wire-level simulator. Channel lists are written as compact ranges.
 */
public final class BenchYamlWriter {
    private BenchYamlWriter() {
    }

    /** The YAML text of {@code bench}. */
    public static String write(BenchDescription bench) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", bench.name());
        if (bench.hasPowerBudget()) {
            root.put("power_budget_w", bench.powerBudgetWatts());
        }
        if (!bench.physics().isEmpty()) {
            root.put("physics", new LinkedHashMap<>(bench.physics()));
        }
        Map<String, Object> devices = new LinkedHashMap<>();
        for (DeviceSpec d : bench.devices().values()) {
            devices.put(d.name(), device(d));
        }
        root.put("devices", devices);
        List<Object> cores = new ArrayList<>();
        for (CoreSpec c : bench.cores()) {
            cores.add(core(c));
        }
        for (UnitaryMeshSpec c : bench.meshes()) {
            cores.add(mesh(c));
        }
        if (!cores.isEmpty()) {
            root.put("cores", cores);
        }
        DumpSettings settings = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
                .setWidth(120).build();
        return new Dump(settings).dumpToString(root);
    }

    private static Map<String, Object> device(DeviceSpec d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind().yamlName());
        m.put("backend", d.backend());
        switch (d.kind()) {
            case DAC -> {
                m.put("channels", d.channels());
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("bits", d.resolution().bits());
                r.put("full_scale_v", d.resolution().fullScaleVolts());
                r.put("transfer", d.resolution().transfer() == DacResolution.Transfer.POWER ? "power" : "voltage");
                m.put("resolution", r);
                m.put("limits", limits(d.limits()));
                if (!d.channelLimits().isEmpty()) {
                    m.put("channel_limits", channelLimits(d.channelLimits()));
                }
                m.put("safe_v", d.safeVolts());
            }
            case DETECTOR -> {
                m.put("channels", d.channels());
                m.put("unit", d.unit() == ReadoutUnit.WATT ? "power" : "coherent");
                if (!d.adc().isIdeal()) {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("bits", d.adc().bits());
                    a.put("range", d.adc().range());
                    a.put("bipolar", d.adc().bipolar());
                    m.put("adc", a);
                }
            }
            case PROJECTOR -> {
                // everything a projector needs is in its options
            }
        }
        if (!d.options().isEmpty()) {
            m.put("options", new LinkedHashMap<>(d.options()));
        }
        if (!d.timing().equals(DeviceTiming.defaults(d.kind()))) {
            m.put("timing", d.timing().asYaml(d.kind()));
        }
        return m;
    }

    private static Map<String, Object> limits(ChannelLimits lim) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("min_v", lim.minVolts());
        l.put("max_v", lim.maxVolts());
        if (!Double.isInfinite(lim.maxPowerWatts())) {
            l.put("max_power_w", lim.maxPowerWatts());
        }
        if (!Double.isInfinite(lim.slewVoltsPerSecond())) {
            l.put("slew_v_per_s", lim.slewVoltsPerSecond());
        }
        if (!Double.isInfinite(lim.rampStepVolts())) {
            l.put("ramp_step_v", lim.rampStepVolts());
        }
        if (!Double.isInfinite(lim.loadOhms())) {
            l.put("load_ohm", lim.loadOhms());
        }
        return l;
    }

    /** One entry per distinct limits, its channels as compact ranges. */
    private static List<Object> channelLimits(Map<Integer, ChannelLimits> perChannel) {
        Map<ChannelLimits, List<Integer>> byLimits = new LinkedHashMap<>();
        new java.util.TreeMap<>(perChannel).forEach((ch, lim) -> byLimits.computeIfAbsent(lim,
                x -> new ArrayList<>()).add(ch));
        List<Object> out = new ArrayList<>();
        byLimits.forEach((lim, chs) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("channels", ranges(chs.stream().mapToInt(Integer::intValue).toArray()));
            e.putAll(limits(lim));
            out.add(e);
        });
        return out;
    }

    private static Map<String, Object> core(CoreSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("size", c.size());
        m.put("dac", c.dac());
        m.put("u_channels", ranges(c.uChannels()));
        m.put("v_channels", ranges(c.vChannels()));
        m.put("sigma_dac", c.sigmaDac());
        m.put("sigma_channels", ranges(c.sigmaChannels()));
        m.put("sign_channels", ranges(c.signChannels()));
        m.put("input_dac", c.inputDac());
        m.put("input_channels", ranges(c.inputChannels()));
        m.put("detector", c.detector());
        m.put("output_channels", ranges(c.outputChannels()));
        m.put("gamma", c.gamma());
        return m;
    }

    private static Map<String, Object> mesh(UnitaryMeshSpec c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("shape", "unitary");
        m.put("size", c.size());
        m.put("dac", c.dac());
        m.put("mzi_channels", ranges(c.mziChannels()));
        m.put("sign_channels", ranges(c.signChannels()));
        Map<String, Object> sigma = new LinkedHashMap<>();
        if (c.hasAttenuators()) {
            sigma.put("kind", "attenuators");
            sigma.put("dac", c.sigmaDac());
            sigma.put("channels", ranges(c.sigmaChannels()));
        } else {
            sigma.put("kind", "electronic");
        }
        m.put("sigma", sigma);
        m.put("input_dac", c.inputDac());
        m.put("input_channels", ranges(c.inputChannels()));
        m.put("detector", c.detector());
        m.put("output_channels", ranges(c.outputChannels()));
        m.put("gamma", c.gamma());
        return m;
    }

    /** {@code 0,1,2,3,7} → {@code "0..3,7"}. */
    static String ranges(int[] channels) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < channels.length) {
            int j = i;
            while (j + 1 < channels.length && channels[j + 1] == channels[j] + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(j > i ? String.format(Locale.ROOT, "%d..%d", channels[i], channels[j])
                    : Integer.toString(channels[i]));
            i = j + 1;
        }
        return sb.toString();
    }
}
