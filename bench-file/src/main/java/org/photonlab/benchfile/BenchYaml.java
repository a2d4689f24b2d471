package org.photonlab.benchfile;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.photonlab.hal.bench.BenchDescription;
import org.photonlab.hal.bench.CoreSpec;
import org.photonlab.hal.unitary.UnitaryMeshSpec;
import org.photonlab.hal.bench.DeviceKind;
import org.photonlab.hal.bench.DeviceSpec;
import org.photonlab.hal.bench.DeviceTiming;
import org.photonlab.hal.BenchConfigException;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.detect.AdcResolution;
import org.photonlab.hal.detect.ReadoutUnit;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a bench description from YAML. Every problem is reported as a {@link BenchConfigException} that names the
 * file, the key path and what was expected. See {@code docs/bench-file.md} for the format.
 */
public final class BenchYaml {
    private static final Set<String> TOP = Set.of("name", "devices", "cores", "physics", "power_budget_w");
    private static final Set<String> DEVICE = Set.of("kind", "backend", "channels", "resolution", "limits", "safe_v",
            "unit", "adc", "options", "channel_limits", "timing");
    private static final Set<String> LIMITS = Set.of("min_v", "max_v", "max_power_w", "load_ohm", "slew_v_per_s",
            "ramp_step_v");
    private static final Set<String> CORE = Set.of("name", "size", "dac", "u_channels", "v_channels", "sigma_dac",
            "sigma_channels", "sign_channels", "input_dac", "input_channels", "detector", "output_channels", "gamma");
    private static final Set<String> MESH = Set.of("name", "shape", "size", "dac", "mzi_channels", "sign_channels",
            "sigma", "input_dac", "input_channels", "detector", "output_channels", "gamma");
    private static final Set<String> CONTIGUOUS = Set.of("count", "size", "name_prefix", "dac", "sigma_dac",
            "input_dac", "detector", "gamma");

    /** Largest bench file read, bytes (the largest real bench is a few kB). */
    public static final int MAX_BYTES = 1 << 20;
    /** Deepest nesting of mappings and lists (a bench file needs 4). */
    public static final int MAX_DEPTH = 32;
    /** Most devices in one bench. */
    public static final int MAX_DEVICES = 256;
    /** Most channels of one device, and the highest channel number + 1 in a channel list. */
    public static final int MAX_CHANNELS = 1 << 16;
    /** Most cores in one bench. */
    public static final int MAX_CORES = 4096;
    /** Core size range k (as {@link BenchDescription} checks it). */
    public static final int MIN_CORE_SIZE = 2;
    public static final int MAX_CORE_SIZE = 64;

    private BenchYaml() {
    }

    /**
     * Loads and validates the bench file at {@code path}. Only a regular file of at most {@link #MAX_BYTES} bytes of
     * UTF-8 text is read (a FIFO or device is refused without opening it, so nothing blocks).
     */
    public static BenchDescription load(Path path) {
        return parse(BoundedText.read(path, MAX_BYTES), path.toString());
    }

    /**
     * Parses and validates bench YAML; {@code source} names the text in error messages. Every problem is one
     * {@link BenchConfigException} line, {@code bench file SOURCE: WHERE: WHAT}, with every size bounded before
     * anything is allocated for it.
     */
    public static BenchDescription parse(String text, String source) {
        try {
            if (text.length() > MAX_BYTES) {
                throw new BenchConfigException("the text has " + text.length() + " characters; a bench file may have "
                        + "at most " + MAX_BYTES);
            }
            LoadSettings settings = LoadSettings.builder().setLabel(source).setCodePointLimit(MAX_BYTES)
                    .setMaxAliasesForCollections(16).setAllowDuplicateKeys(false).build();
            Object root;
            try {
                checkDepth(settings, text);
                root = new Load(settings).loadFromString(text);
            } catch (MarkedYamlEngineException e) {
                // the problem and where it is; the library's own text repeats the file name and a source excerpt
                String at = e.getProblemMark().map(m -> " at line " + (m.getLine() + 1) + ", column "
                        + (m.getColumn() + 1)).orElse("");
                throw new BenchConfigException("not valid YAML: " + oneLine(e.getProblem()) + at);
            } catch (YamlEngineException e) {
                throw new BenchConfigException("not valid YAML: " + oneLine(e.getMessage()));
            }
            return new BenchYaml().read(root);
        } catch (BenchConfigException e) {
            throw new BenchConfigException("bench file " + source + ": " + e.getMessage());
        }
    }

    private static String oneLine(String s) {
        String t = String.valueOf(s).replaceAll("\\s*\\n\\s*", " ").trim();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }

    /** Refuses nesting deeper than {@link #MAX_DEPTH} from the event stream, before the recursive composer runs. */
    private static void checkDepth(LoadSettings settings, String text) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e instanceof CollectionStartEvent) {
                if (++depth > MAX_DEPTH) {
                    throw new BenchConfigException("nesting is deeper than " + MAX_DEPTH + " levels (line "
                            + e.getStartMark().map(m -> m.getLine() + 1).orElse(0) + ")");
                }
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            }
        }
    }

    private BenchDescription read(Object root) {
        Map<String, Object> top = map(root, "the top level");
        checkKeys(top, TOP, "the top level");
        BenchDescription.Builder b = BenchDescription.builder(string(top, "name", "the top level"));
        Map<String, Object> devices = map(require(top, "devices", "the top level"), "devices");
        if (devices.size() > MAX_DEVICES) {
            throw new BenchConfigException("devices has " + devices.size() + " entries; at most " + MAX_DEVICES);
        }
        Map<String, Integer> channelsOf = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : devices.entrySet()) {
            DeviceSpec d = device(e.getKey(), map(e.getValue(), "devices." + e.getKey()));
            channelsOf.put(d.name(), d.channels());
            b.device(d);
        }
        Object cores = top.get("cores");
        if (cores != null) {
            if (!(cores instanceof List<?> list)) {
                throw fail("cores", "a list of cores");
            }
            if (list.size() > MAX_CORES) {
                throw new BenchConfigException("cores has " + list.size() + " entries; at most " + MAX_CORES);
            }
            int[] next = new int[4];
            int total = 0;
            for (int i = 0; i < list.size(); i++) {
                String where = "cores[" + i + "]";
                Map<String, Object> c = map(list.get(i), where);
                if (c.containsKey("shape")) {
                    b.mesh(mesh(c, where));
                    total++;
                } else if (c.containsKey("contiguous")) {
                    total += contiguous(b, map(c.get("contiguous"), where + ".contiguous"), where + ".contiguous",
                            next, channelsOf);
                } else {
                    checkKeys(c, CORE, where);
                    String dac = string(c, "dac", where);
                    b.core(new CoreSpec(string(c, "name", where), coreSize(c, where), dac,
                            channels(c, "u_channels", where), channels(c, "v_channels", where),
                            c.containsKey("sigma_dac") ? string(c, "sigma_dac", where) : dac,
                            channels(c, "sigma_channels", where), channels(c, "sign_channels", where),
                            string(c, "input_dac", where), channels(c, "input_channels", where),
                            string(c, "detector", where), channels(c, "output_channels", where),
                            number(c, "gamma", where)));
                    total++;
                }
                if (total > MAX_CORES) {
                    throw new BenchConfigException(where + ": the bench has more than " + MAX_CORES + " cores");
                }
            }
        }
        if (top.get("power_budget_w") != null) {
            b.powerBudget(number(top, "power_budget_w", "the top level"));
        }
        if (top.get("physics") != null) {
            b.physics(map(top.get("physics"), "physics"));
        }
        return b.build();
    }

    /**
     * The {@code contiguous:} shorthand: {@code count} cores on consecutive channels. Sizes are checked against the
     * devices before any core is made, so {@code count: 2000000000} costs nothing.
     *
     * @param next the next free channel on the mesh, Σ, input and detector devices; advanced
     * @return the number of cores added
     */
    private int contiguous(BenchDescription.Builder b, Map<String, Object> g, String where, int[] next,
                           Map<String, Integer> channelsOf) {
        checkKeys(g, CONTIGUOUS, where);
        int count = integer(g, "count", where, 1, MAX_CORES);
        int k = coreSize(g, where);
        String prefix = g.containsKey("name_prefix") ? string(g, "name_prefix", where) : "core";
        String dac = string(g, "dac", where);
        String sigmaDac = g.containsKey("sigma_dac") ? string(g, "sigma_dac", where) : dac;
        String inputDac = string(g, "input_dac", where);
        String detector = string(g, "detector", where);
        double gamma = number(g, "gamma", where);
        boolean shared = sigmaDac.equals(dac);
        String names = where + " (" + prefix + "0.." + prefix + (count - 1) + ")";
        int meshPer = CoreSpec.meshChannelCount(k) + (shared ? CoreSpec.sigmaChannelCount(k) : 0);
        fits(names, dac, (long) next[0] + (long) count * meshPer, channelsOf);
        if (!shared) {
            fits(names, sigmaDac, (long) next[1] + (long) count * CoreSpec.sigmaChannelCount(k), channelsOf);
        }
        fits(names, inputDac, (long) next[2] + (long) count * k, channelsOf);
        fits(names, detector, (long) next[3] + (long) count * k, channelsOf);
        for (int n = 0; n < count; n++) {
            int sigmaBase = shared ? next[0] + CoreSpec.meshChannelCount(k) : next[1];
            b.core(CoreSpec.contiguous(prefix + n, k, dac, next[0], sigmaDac, sigmaBase, inputDac, next[2],
                    detector, next[3], gamma));
            next[0] += meshPer;
            next[1] += shared ? 0 : CoreSpec.sigmaChannelCount(k);
            next[2] += k;
            next[3] += k;
        }
        return count;
    }

    /**
     * A core entry with {@code shape:}; {@code unitary} (one k×k Clements mesh, see {@link UnitaryMeshSpec}) is the
     * only shape besides the default SVD form, which has no {@code shape:} key.
     */
    private UnitaryMeshSpec mesh(Map<String, Object> c, String where) {
        String shape = string(c, "shape", where);
        if (!shape.equals("unitary")) {
            throw fail(where + ".shape", "'unitary' (a core without shape: is the SVD form; got '" + shorten(shape)
                    + "')");
        }
        checkKeys(c, MESH, where);
        String sw = where + ".sigma";
        Map<String, Object> sigma = map(require(c, "sigma", where), sw);
        String kind = string(sigma, "kind", sw);
        String sigmaDac = null;
        int[] sigmaChannels = new int[0];
        switch (kind) {
            case "attenuators" -> {
                checkKeys(sigma, Set.of("kind", "dac", "channels"), sw);
                sigmaDac = string(sigma, "dac", sw);
                sigmaChannels = channels(sigma, "channels", sw);
            }
            case "electronic" -> checkKeys(sigma, Set.of("kind"), sw);
            default -> throw fail(sw + ".kind", "'attenuators' or 'electronic' (got '" + shorten(kind) + "')");
        }
        return new UnitaryMeshSpec(string(c, "name", where), coreSize(c, where), string(c, "dac", where),
                channels(c, "mzi_channels", where), channels(c, "sign_channels", where), sigmaDac, sigmaChannels,
                string(c, "input_dac", where), channels(c, "input_channels", where), string(c, "detector", where),
                channels(c, "output_channels", where), number(c, "gamma", where), null);
    }

    /** Refuses a contiguous group that needs more channels than {@code device} has. */
    private static void fits(String where, String device, long needed, Map<String, Integer> channelsOf) {
        Integer has = channelsOf.get(device);
        if (has == null) {
            throw new BenchConfigException(where + " refers to unknown device '" + device + "'; declared devices are "
                    + channelsOf.keySet());
        }
        if (needed > has) {
            throw new BenchConfigException(where + " needs channels up to " + (needed - 1) + " on device '" + device
                    + "', which has " + has + " channels (0.." + (has - 1) + ")");
        }
    }

    private int coreSize(Map<String, Object> m, String where) {
        return integer(m, "size", where, MIN_CORE_SIZE, MAX_CORE_SIZE);
    }

    private DeviceSpec device(String name, Map<String, Object> d) {
        DeviceSpec spec = untimedDevice(name, d);
        String where = "devices." + name + ".timing";
        Map<String, Object> t = d.containsKey("timing") ? map(d.get("timing"), where) : Map.of();
        return spec.withTiming(wrap(where, () -> DeviceTiming.read(where, spec.kind(), t)));
    }

    private DeviceSpec untimedDevice(String name, Map<String, Object> d) {
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
                String rw = where + ".resolution";
                Map<String, Object> r = map(require(d, "resolution", where), rw);
                checkKeys(r, Set.of("bits", "full_scale_v", "transfer"), rw);
                String transfer = r.containsKey("transfer") ? string(r, "transfer", rw) : "voltage";
                DacResolution.Transfer t;
                try {
                    t = DacResolution.Transfer.valueOf(transfer.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw fail(rw + ".transfer", "'voltage' or 'power' (got '" + transfer + "')");
                }
                int bits = integer(r, "bits", rw, 0, 24);
                double fullScale = number(r, "full_scale_v", rw);
                DacResolution res = wrap(rw, () -> new DacResolution(bits, fullScale, t));
                String lw = where + ".limits";
                Map<String, Object> l = map(require(d, "limits", where), lw);
                checkKeys(l, LIMITS, lw);
                ChannelLimits lim = limits(l, lw, null);
                double safe = d.containsKey("safe_v") ? number(d, "safe_v", where) : 0.0;
                int channels = integer(d, "channels", where, 1, MAX_CHANNELS);
                yield wrap(where, () -> new DeviceSpec(name, kind, backend, channels, lim, res, safe, null, null,
                        options, channelLimits(d, where, lim)));
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
                    String aw = where + ".adc";
                    Map<String, Object> a = map(d.get("adc"), aw);
                    checkKeys(a, Set.of("bits", "range", "bipolar"), aw);
                    boolean bipolar = a.containsKey("bipolar") ? bool(a, "bipolar", aw)
                            : unit == ReadoutUnit.VOLT_COHERENT;
                    int bits = integer(a, "bits", aw, 0, 32);
                    double range = number(a, "range", aw);
                    adc = wrap(aw, () -> new AdcResolution(bits, range, bipolar));
                }
                yield DeviceSpec.detector(name, backend, integer(d, "channels", where, 1, MAX_CHANNELS), unit, adc,
                        options);
            }
            case PROJECTOR -> DeviceSpec.projector(name, backend, options);
        };
    }

    /**
     * One set of limits; absent power and load keys mean "no power limit" and "high impedance" (or, for a channel's
     * own limits, the device's values); given ones must be finite.
     */
    private static ChannelLimits limits(Map<String, Object> l, String where, ChannelLimits base) {
        double minV = base != null && !l.containsKey("min_v") ? base.minVolts() : number(l, "min_v", where);
        double maxV = base != null && !l.containsKey("max_v") ? base.maxVolts() : number(l, "max_v", where);
        double maxPower = l.containsKey("max_power_w") ? number(l, "max_power_w", where)
                : base != null ? base.maxPowerWatts() : Double.POSITIVE_INFINITY;
        double load = l.containsKey("load_ohm") ? number(l, "load_ohm", where)
                : base != null ? base.loadOhms() : Double.POSITIVE_INFINITY;
        // absent slew and ramp keys mean no slew limit and no ramp (or the device's)
        double slew = l.containsKey("slew_v_per_s") ? number(l, "slew_v_per_s", where)
                : base != null ? base.slewVoltsPerSecond() : ChannelLimits.OFF;
        double ramp = l.containsKey("ramp_step_v") ? number(l, "ramp_step_v", where)
                : base != null ? base.rampStepVolts() : ChannelLimits.OFF;
        return wrap(where, () -> new ChannelLimits(minV, maxV, maxPower, load, slew, ramp));
    }

    /**
     * {@code channel_limits:}, a list of {@code {channels: 0..3, max_v: 4.0, ...}}: those channels' own limits, each
     * key not given taken from the device's {@code limits:}. A channel listed twice is an error.
     */
    private static Map<Integer, ChannelLimits> channelLimits(Map<String, Object> d, String where,
                                                             ChannelLimits base) {
        Object v = d.get("channel_limits");
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof List<?> list)) {
            throw fail(where + ".channel_limits", "a list of {channels: ..., max_v: ...} entries");
        }
        Map<Integer, ChannelLimits> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String w = where + ".channel_limits[" + i + "]";
            Map<String, Object> e = map(list.get(i), w);
            Set<String> keys = new java.util.HashSet<>(LIMITS);
            keys.add("channels");
            checkKeys(e, keys, w);
            ChannelLimits lim = limits(e, w, base);
            for (int ch : channels(e, "channels", w)) {
                if (out.put(ch, lim) != null) {
                    throw new BenchConfigException(w + ": channel " + ch + " already has its own limits");
                }
            }
        }
        return out;
    }

    private interface Maker<T> {
        T make();
    }

    /** Runs a model constructor, naming the key path in its message (once). */
    private static <T> T wrap(String where, Maker<T> maker) {
        try {
            return maker.make();
        } catch (BenchConfigException e) {
            throw new BenchConfigException(where + ": " + e.getMessage());
        }
    }

    private static BenchConfigException fail(String where, String expected) {
        return new BenchConfigException(where + " must be " + expected);
    }

    private static void checkKeys(Map<String, Object> m, Set<String> allowed, String where) {
        for (String k : m.keySet()) {
            if (!allowed.contains(k)) {
                throw new BenchConfigException("unknown key '" + shorten(k) + "' in " + where + "; expected one of "
                        + new TreeSet<>(allowed));
            }
        }
    }

    private static Object require(Map<String, Object> m, String key, String where) {
        Object v = m.get(key);
        if (v == null) {
            throw new BenchConfigException(where + " is missing required key '" + key + "'");
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String where) {
        if (!(o instanceof Map<?, ?> m)) {
            throw fail(where, "a mapping of keys to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    private static String string(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        if (v instanceof Map || v instanceof List) {
            throw fail(where + "." + key, "a text value");
        }
        return v.toString();
    }

    /** An integer in {@code min..max}; YAML big integers are compared before any narrowing. */
    private static int integer(Map<String, Object> m, String key, String where, int min, int max) {
        Object v = require(m, key, where);
        if (!(v instanceof Integer || v instanceof Long || v instanceof BigInteger)) {
            throw fail(where + "." + key, "an integer in " + min + ".." + max + " (got '" + shorten(v) + "')");
        }
        BigInteger b = v instanceof BigInteger big ? big : BigInteger.valueOf(((Number) v).longValue());
        if (b.compareTo(BigInteger.valueOf(min)) < 0 || b.compareTo(BigInteger.valueOf(max)) > 0) {
            throw fail(where + "." + key, "an integer in " + min + ".." + max + " (got " + b + ")");
        }
        return b.intValue();
    }

    /** A finite number: {@code .inf}, {@code -.inf}, {@code .nan} and {@code 1e400} (which overflows) are refused. */
    private static double number(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        if (v instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw fail(where + "." + key, "a finite number (got '" + shorten(v) + "')");
    }

    private static boolean bool(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        if (v instanceof Boolean b) {
            return b;
        }
        throw fail(where + "." + key, "true or false (got '" + shorten(v) + "')");
    }

    /**
     * Channel lists: a YAML list of integers and/or ranges written {@code a..b} (inclusive). Every channel number is
     * in {@code 0..MAX_CHANNELS-1} and the list has at most {@link #MAX_CHANNELS} entries, checked before a range
     * is expanded.
     */
    private static int[] channels(Map<String, Object> m, String key, String where) {
        Object v = require(m, key, where);
        String w = where + "." + key;
        List<Object> items = new ArrayList<>();
        if (v instanceof List<?> l) {
            items.addAll(l);
        } else if (v instanceof Map) {
            throw fail(w, "channel numbers or ranges like 0..35");
        } else {
            for (String part : v.toString().split(",")) {
                items.add(part.trim());
            }
        }
        if (items.size() > MAX_CHANNELS) {
            throw fail(w, "a list of at most " + MAX_CHANNELS + " channels (got " + items.size() + " entries)");
        }
        List<Integer> out = new ArrayList<>();
        for (Object item : items) {
            String s = item.toString().trim();
            int dots = s.indexOf("..");
            int a = channel(w, dots > 0 ? s.substring(0, dots) : s, s);
            int b = dots > 0 ? channel(w, s.substring(dots + 2), s) : a;
            if (b < a) {
                throw fail(w, "ranges written low..high (got '" + shorten(s) + "')");
            }
            if (out.size() + (long) (b - a) + 1 > MAX_CHANNELS) {
                throw fail(w, "a list of at most " + MAX_CHANNELS + " channels (got more with '" + shorten(s) + "')");
            }
            for (int i = a; i <= b; i++) {
                out.add(i);
            }
        }
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = out.get(i);
        }
        return r;
    }

    private static int channel(String where, String text, String item) {
        String t = text.trim();
        if (!t.matches("\\d{1,18}")) {
            throw fail(where, "channel numbers or ranges like 0..35 (got '" + shorten(item) + "')");
        }
        long c = Long.parseLong(t);
        if (c >= MAX_CHANNELS) {
            throw fail(where, "channel numbers in 0.." + (MAX_CHANNELS - 1) + " (got " + c + ")");
        }
        return (int) c;
    }

    /** A value as quoted in a message: at most 40 characters, so a huge value cannot flood the terminal. */
    private static String shorten(Object v) {
        String s = String.valueOf(v).replace('\n', ' ');
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
