package org.photonlab.benchfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a bench description from YAML. Every problem is reported as a {@link BenchConfigException} that names the
 * file, the key path and what was expected. See {@code docs/bench-file.md} for the format.
 */
public final class BenchYaml {
    private static final Set<String> TOP = Set.of("name", "devices", "cores", "physics", "power_budget_w");
    private static final Set<String> DEVICE = Set.of("kind", "backend", "channels", "resolution", "limits", "safe_v",
            "unit", "adc", "options");
    private static final Set<String> CORE = Set.of("name", "size", "dac", "u_channels", "v_channels", "sigma_dac",
            "sigma_channels", "sign_channels", "input_dac", "input_channels", "detector", "output_channels", "gamma");
    private static final Set<String> CONTIGUOUS = Set.of("count", "size", "name_prefix", "dac", "sigma_dac",
            "input_dac", "detector", "gamma");

    private final String source;

    private BenchYaml(String source) {
        this.source = source;
    }

    /** Loads and validates the bench file at {@code path}. */
    public static BenchDescription load(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new BenchConfigException("bench file " + path + " does not exist");
        } catch (IOException e) {
            throw new BenchConfigException("bench file " + path + " cannot be read: " + e.getMessage());
        }
        return parse(text, path.toString());
    }

    /** Parses and validates bench YAML; {@code source} names the text in error messages. */
    public static BenchDescription parse(String text, String source) {
        Object root;
        try {
            root = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(text);
        } catch (YamlEngineException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' ');
            throw new BenchConfigException("bench file " + source + " is not valid YAML: " + msg);
        }
        return new BenchYaml(source).read(root);
    }

    private BenchDescription read(Object root) {
        Map<String, Object> top = map(root, "the top level");
        checkKeys(top, TOP, "the top level");
        BenchDescription.Builder b = BenchDescription.builder(string(top, "name", "the top level"));
        Map<String, Object> devices = map(require(top, "devices", "the top level"), "devices");
        for (Map.Entry<String, Object> e : devices.entrySet()) {
            b.device(device(e.getKey(), map(e.getValue(), "devices." + e.getKey())));
        }
        Object cores = top.get("cores");
        if (cores != null) {
            if (!(cores instanceof List<?> list)) {
                throw fail("cores", "a list of cores");
            }
            int meshNext = 0;
            int sigmaNext = 0;
            int inNext = 0;
            int outNext = 0;
            for (int i = 0; i < list.size(); i++) {
                String where = "cores[" + i + "]";
                Map<String, Object> c = map(list.get(i), where);
                if (c.containsKey("contiguous")) {
                    Map<String, Object> g = map(c.get("contiguous"), where + ".contiguous");
                    checkKeys(g, CONTIGUOUS, where + ".contiguous");
                    int count = integer(g, "count", where + ".contiguous");
                    int k = integer(g, "size", where + ".contiguous");
                    String prefix = g.containsKey("name_prefix") ? string(g, "name_prefix", where) : "core";
                    String dac = string(g, "dac", where + ".contiguous");
                    String sigmaDac = g.containsKey("sigma_dac") ? string(g, "sigma_dac", where) : dac;
                    double gamma = number(g, "gamma", where + ".contiguous");
                    boolean shared = sigmaDac.equals(dac);
                    for (int n = 0; n < count; n++) {
                        int sigmaBase = shared ? meshNext + CoreSpec.meshChannelCount(k) : sigmaNext;
                        b.core(CoreSpec.contiguous(prefix + n, k, dac, meshNext, sigmaDac, sigmaBase,
                                string(g, "input_dac", where), inNext, string(g, "detector", where), outNext, gamma));
                        meshNext += CoreSpec.meshChannelCount(k) + (shared ? CoreSpec.sigmaChannelCount(k) : 0);
                        sigmaNext += shared ? 0 : CoreSpec.sigmaChannelCount(k);
                        inNext += k;
                        outNext += k;
                    }
                } else {
                    checkKeys(c, CORE, where);
                    String dac = string(c, "dac", where);
                    b.core(new CoreSpec(string(c, "name", where), integer(c, "size", where), dac,
                            channels(c, "u_channels", where), channels(c, "v_channels", where),
                            c.containsKey("sigma_dac") ? string(c, "sigma_dac", where) : dac,
                            channels(c, "sigma_channels", where), channels(c, "sign_channels", where),
                            string(c, "input_dac", where), channels(c, "input_channels", where),
                            string(c, "detector", where), channels(c, "output_channels", where),
                            number(c, "gamma", where)));
                }
            }
        }
        if (top.get("power_budget_w") != null) {
            b.powerBudget(number(top, "power_budget_w", "the top level"));
        }
        if (top.get("physics") != null) {
            b.physics(map(top.get("physics"), "physics"));
        }
        try {
            return b.build();
        } catch (BenchConfigException e) {
            throw new BenchConfigException("bench file " + source + ": " + e.getMessage());
        }
    }

    private DeviceSpec device(String name, Map<String, Object> d) {
        String where = "devices." + name;
        checkKeys(d, DEVICE, where);
        String kindText = string(d, "kind", where).toUpperCase(Locale.ROOT);
        DeviceKind kind;
        try {
            kind = DeviceKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw fail(where + ".kind", "one of dac, detector, projector (got '" + d.get("kind") + "')");
        }
        String backend = string(d, "backend", where);
        Map<String, Object> options = d.containsKey("options") ? map(d.get("options"), where + ".options") : Map.of();
        return switch (kind) {
            case DAC -> {
                Map<String, Object> r = map(require(d, "resolution", where), where + ".resolution");
                checkKeys(r, Set.of("bits", "full_scale_v", "transfer"), where + ".resolution");
                String transfer = r.containsKey("transfer") ? string(r, "transfer", where + ".resolution") : "voltage";
                DacResolution.Transfer t;
                try {
                    t = DacResolution.Transfer.valueOf(transfer.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw fail(where + ".resolution.transfer", "'voltage' or 'power' (got '" + transfer + "')");
                }
                DacResolution res = wrap(where + ".resolution", () -> new DacResolution(
                        integer(r, "bits", where + ".resolution"), number(r, "full_scale_v", where + ".resolution"),
                        t));
                Map<String, Object> l = map(require(d, "limits", where), where + ".limits");
                checkKeys(l, Set.of("min_v", "max_v", "max_power_w", "load_ohm", "slew_v_per_s", "ramp_step_v"),
                        where + ".limits");
                ChannelLimits lim = wrap(where + ".limits", () -> new ChannelLimits(
                        number(l, "min_v", where + ".limits"), number(l, "max_v", where + ".limits"),
                        l.containsKey("max_power_w") ? number(l, "max_power_w", where + ".limits")
                                : Double.POSITIVE_INFINITY,
                        l.containsKey("load_ohm") ? number(l, "load_ohm", where + ".limits")
                                : Double.POSITIVE_INFINITY,
                        l.containsKey("slew_v_per_s") ? number(l, "slew_v_per_s", where + ".limits")
                                : ChannelLimits.OFF,
                        l.containsKey("ramp_step_v") ? number(l, "ramp_step_v", where + ".limits")
                                : ChannelLimits.OFF));
                double safe = d.containsKey("safe_v") ? number(d, "safe_v", where) : 0.0;
                yield new DeviceSpec(name, kind, backend, integer(d, "channels", where), lim, res, safe, null, null,
                        options);
            }
            case DETECTOR -> {
                String unitText = d.containsKey("unit") ? string(d, "unit", where) : "coherent";
                ReadoutUnit unit = switch (unitText.toLowerCase(Locale.ROOT)) {
                    case "coherent", "volt", "v" -> ReadoutUnit.VOLT_COHERENT;
                    case "power", "watt", "w", "intensity" -> ReadoutUnit.WATT;
                    default -> throw fail(where + ".unit", "'coherent' or 'power' (got '" + unitText + "')");
                };
                AdcResolution adc = AdcResolution.IDEAL;
                if (d.containsKey("adc")) {
                    Map<String, Object> a = map(d.get("adc"), where + ".adc");
                    checkKeys(a, Set.of("bits", "range", "bipolar"), where + ".adc");
                    boolean bipolar = a.containsKey("bipolar") ? bool(a, "bipolar", where + ".adc")
                            : unit == ReadoutUnit.VOLT_COHERENT;
                    adc = wrap(where + ".adc", () -> new AdcResolution(integer(a, "bits", where + ".adc"),
                            number(a, "range", where + ".adc"), bipolar));
                }
                yield DeviceSpec.detector(name, backend, integer(d, "channels", where), unit, adc, options);
            }
            case PROJECTOR -> DeviceSpec.projector(name, backend, options);
        };
    }

    private interface Maker<T> {
        T make();
    }

    private <T> T wrap(String where, Maker<T> maker) {
        try {
            return maker.make();
        } catch (BenchConfigException e) {
            throw new BenchConfigException("bench file " + source + ": " + where + ": " + e.getMessage());
        }
    }

    private BenchConfigException fail(String where, String expected) {
        return new BenchConfigException("bench file " + source + ": " + where + " must be " + expected);
    }

    private void checkKeys(Map<String, Object> m, Set<String> allowed, String where) {
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw new BenchConfigException("bench file " + source + ": unknown key '" + k + "' in " + where
                        + "; expected one of " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private Object require(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            throw new BenchConfigException("bench file " + source + ": " + where + " is missing required key '"
                    + key + "'");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            throw fail(where, "a mapping of keys to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private String string(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        if (v instanceof Map || v instanceof List) {
            throw fail(where + "." + key, "a text value");
        }
        return v.toString();
    }

    private int integer(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        if (v instanceof Integer || v instanceof Long) {
            return Math.toIntExact(((Number) v).longValue());
        }
        throw fail(where + "." + key, "an integer (got '" + v + "')");
    }

    private double number(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw fail(where + "." + key, "a number (got '" + v + "')");
    }

    private boolean bool(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        if (v instanceof Boolean b) {
            return b;
        }
        throw fail(where + "." + key, "true or false (got '" + v + "')");
    }

    /** Channel lists: a YAML list of integers and/or ranges written {@code a..b} (inclusive). */
    private int[] channels(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        List<Object> items = new ArrayList<>();
        if (v instanceof List<?> l) {
            items.addAll(l);
        } else {
            for (String part : v.toString().split(",")) {
                items.add(part.trim());
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Integer i) {
                out.add(i);
                continue;
            }
            String s = item.toString().trim();
            try {
                int dots = s.indexOf("..");
                if (dots > 0) {
                    int a = Integer.parseInt(s.substring(0, dots).trim());
                    int b = Integer.parseInt(s.substring(dots + 2).trim());
                    if (b < a) {
                        throw fail(where + "." + key, "ranges written low..high (got '" + s + "')");
                    }
                    for (int i = a; i <= b; i++) {
                        out.add(i);
                    }
                } else {
                    out.add(Integer.parseInt(s));
                }
            } catch (NumberFormatException e) {
                throw fail(where + "." + key, "channel numbers or ranges like 0..35 (got '" + s + "')");
            }
        }
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        return r;
    }
}
