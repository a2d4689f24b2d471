package org.photonlab.simulator.opu.server;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.photonlab.hal.projection.Modulation;
import org.photonlab.protocols.slmsuite.NdArray;
import org.photonlab.protocols.slmsuite.SlmsuiteReply;
import org.photonlab.protocols.slmsuite.SlmsuiteRequest;

/**
 * What slmsuite's {@code Server._handle} does, for one simulated SLM/DMD and one camera: {@code ping} for any name
 * (answered before the name check), then the hardware name check, then only the allowed commands each kind of
 * hardware has. Python's call semantics are kept for arguments (positional or keyword, missing or unexpected ones
 * refused with the {@code TypeError} text Python would give). Requests are served one at a time.
 */
final class SlmsuiteProtocolLogic {
    /** The slmsuite protocol version this server implements (clients only warn on a mismatch). */
    static final String VERSION = "0.4.1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private record Command(List<String> params, int required, Function<Map<String, Object>, Object> body) {
    }

    private final ServerOptions o;
    private final SpeckleBench bench;
    private final Map<String, Map<String, Command>> hardware = new LinkedHashMap<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();

    SlmsuiteProtocolLogic(ServerOptions o, SpeckleBench bench) {
        this.o = o;
        this.bench = bench;
        Map<String, Command> slm = new LinkedHashMap<>();
        slm.put("pickle", new Command(List.of("attributes", "metadata"), 0, k -> pickle(k, slmMeta())));
        slm.put("_set_phase_hw", new Command(List.of("display"), 1, this::setPhase));
        Map<String, Command> cam = new LinkedHashMap<>();
        cam.put("pickle", new Command(List.of("attributes", "metadata"), 0, k -> pickle(k, cameraMeta())));
        cam.put("flush", new Command(List.of("timeout_s"), 0, k -> {
            timeout(k);
            return null;
        }));
        cam.put("_set_exposure_hw", new Command(List.of("exposure_s"), 1, this::setExposure));
        cam.put("_get_exposure_hw", new Command(List.of(), 0, k -> bench.exposure()));
        cam.put("_get_image_hw", new Command(List.of("timeout_s"), 1, k -> {
            timeout(k);
            return bench.imageArray();
        }));
        cam.put("_get_images_hw", new Command(List.of("image_count", "timeout_s"), 2, this::images));
        hardware.put(o.slmName(), slm);
        hardware.put(o.cameraName(), cam);
        kinds.put(o.slmName(), "slm");
        kinds.put(o.cameraName(), "camera");
    }

    synchronized SlmsuiteReply handle(SlmsuiteRequest r) {
        String instrument = r.name() + "." + r.command();
        if (r.command() == null) {
            return SlmsuiteReply.refused("No command provided.");
        }
        // as slmsuite's Server._handle does in every public version (slmsuite/slmsuite cbc5e2f, later forks): ping is
        // answered before the name check, whatever the name. slmsuite's _Client.__init__ relies on it: it pings with
        // its own name and raises ValueError("Hardware '<name>' is not present ... Options: {...}") itself when the
        // name is missing from the reply; a refused ping would surface as RuntimeError("... communication failed").
        if (r.command().equals("ping")) {
            return SlmsuiteReply.ok(new LinkedHashMap<>(kinds));
        }
        if (r.name() == null || !hardware.containsKey(r.name())) {
            return SlmsuiteReply.refused("Did not recognize hardware '" + (r.name() == null ? "None" : r.name())
                    + "'. Options: " + pyList(hardware.keySet()) + ".");
        }
        Command c = hardware.get(r.name()).get(r.command());
        if (c == null) {
            return SlmsuiteReply.refused(instrument + " not present.");
        }
        try {
            return SlmsuiteReply.ok(c.body().apply(bind(aliased(r), c)));
        } catch (PyError e) {
            return SlmsuiteReply.refused(e.getMessage());
        }
    }

    /**
     * slmsuite 0.4.1's {@code RemoteSLM} sends the pattern as {@code display}, later versions as {@code phase}:
     * accept both, so an unmodified client of either generation can drive the server.
     */
    private static SlmsuiteRequest aliased(SlmsuiteRequest r) {
        if (!"_set_phase_hw".equals(r.command()) || !r.kwargs().containsKey("phase")
                || r.kwargs().containsKey("display")) {
            return r;
        }
        Map<String, Object> k = new LinkedHashMap<>(r.kwargs());
        k.put("display", k.remove("phase"));
        return new SlmsuiteRequest(r.name(), r.command(), r.args(), k);
    }

    private Map<String, Object> bind(SlmsuiteRequest r, Command c) {
        String f = r.command() + "()";
        if (r.args().size() > c.params().size()) {
            throw new PyError("TypeError: " + f + " takes " + c.params().size() + " positional arguments but "
                    + r.args().size() + " were given");
        }
        Map<String, Object> bound = new LinkedHashMap<>();
        for (int i = 0; i < r.args().size(); i++) {
            bound.put(c.params().get(i), r.args().get(i));
        }
        for (Map.Entry<String, Object> e : r.kwargs().entrySet()) {
            if (!c.params().contains(e.getKey())) {
                throw new PyError("TypeError: " + f + " got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (bound.containsKey(e.getKey())) {
                throw new PyError("TypeError: " + f + " got multiple values for argument '" + e.getKey() + "'");
            }
            bound.put(e.getKey(), e.getValue());
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < c.required(); i++) {
            if (!bound.containsKey(c.params().get(i))) {
                missing.add("'" + c.params().get(i) + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new PyError("TypeError: " + f + " missing " + missing.size() + " required positional argument"
                    + (missing.size() > 1 ? "s" : "") + ": " + String.join(" and ", missing));
        }
        return bound;
    }

    private Object setPhase(Map<String, Object> k) {
        if (!(k.get("display") instanceof NdArray a)) {
            throw new PyError("ValueError: display must be an array, got " + describe(k.get("display")));
        }
        int[] shape = a.shape();
        if (shape.length != 2 || shape[0] != o.slmHeight() || shape[1] != o.slmWidth()) {
            throw new PyError("ValueError: display shape " + java.util.Arrays.toString(shape)
                    + " does not match the SLM shape [" + o.slmHeight() + ", " + o.slmWidth() + "]");
        }
        if (a.dtype() != NdArray.DType.UINT8) {
            throw new PyError("ValueError: display dtype " + a.dtype().numpyName() + " is not uint8 (8-bit SLM)");
        }
        bench.display(a.bytes());
        return null;
    }

    private Object setExposure(Map<String, Object> k) {
        double s = number(k.get("exposure_s"), "exposure_s");
        if (!(s >= ServerOptions.MIN_EXPOSURE_S && s <= ServerOptions.MAX_EXPOSURE_S)) {
            throw new PyError("ValueError: exposure_s must be in " + ServerOptions.MIN_EXPOSURE_S + ".."
                    + ServerOptions.MAX_EXPOSURE_S + " s (the camera's range), got " + k.get("exposure_s"));
        }
        bench.exposure(s);
        return null;
    }

    /** Longest {@code timeout_s} a client may ask for, s. */
    static final double MAX_TIMEOUT_S = 3600;

    /** Checks an optional {@code timeout_s}: None, or a number in 0..{@value #MAX_TIMEOUT_S} s. */
    private static void timeout(Map<String, Object> k) {
        Object v = k.get("timeout_s");
        if (v == null) {
            return;
        }
        double t = number(v, "timeout_s");
        if (!(t >= 0 && t <= MAX_TIMEOUT_S)) {
            throw new PyError("ValueError: timeout_s must be in 0.." + MAX_TIMEOUT_S + " s, got " + v);
        }
    }

    private Object images(Map<String, Object> k) {
        timeout(k);
        Object n = k.get("image_count");
        int m = o.cameraHeight() * o.cameraWidth();
        // the burst is one array in one reply: bound its bytes, not only the count
        long most = Math.min(10_000, ServerOptions.MAX_ARRAY_BYTES / m);
        if (!(n instanceof Long count) || count < 1 || count > most) {
            throw new PyError("ValueError: image_count must be an integer in 1.." + most + ", got " + n);
        }
        byte[] all = new byte[(int) (count * m)];
        for (int i = 0; i < count; i++) {
            System.arraycopy(bench.image(), 0, all, i * m, m);
        }
        return NdArray.uint8(new int[] {(int) (long) count, o.cameraHeight(), o.cameraWidth()}, all);
    }

    private Object pickle(Map<String, Object> k, Map<String, Object> meta) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("__version__", VERSION);
        LocalDateTime now = LocalDateTime.now();
        out.put("__time__", now.format(TIME));
        out.put("__timestamp__", System.currentTimeMillis() / 1000.0);
        if (!Boolean.FALSE.equals(k.getOrDefault("metadata", Boolean.TRUE))) {
            out.put("__meta__", meta);
        }
        return out;
    }

    private Map<String, Object> slmMeta() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.slmName());
        m.put("shape", List.of((long) o.slmHeight(), (long) o.slmWidth()));
        m.put("bitdepth", 8L);
        m.put("bitresolution", 256L);
        m.put("pitch_um", NdArray.float64(new int[] {2}, new double[] {10.8, 10.8}));
        m.put("settle_time_s", 0.0);
        m.put("wav_um", 0.532);
        m.put("wav_design_um", 0.532);
        m.put("phase_scaling", 1.0);
        // not an slmsuite key: tells PhotonLab's driver how the display array is read (slmsuite ignores it)
        m.put("modulation", o.modulation() == Modulation.DMD_BINARY ? "dmd" : "phase");
        return m;
    }

    private Map<String, Object> cameraMeta() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", o.cameraName());
        m.put("shape", List.of((long) o.cameraHeight(), (long) o.cameraWidth()));
        m.put("bitdepth", 8L);
        m.put("bitresolution", 256L);
        m.put("pitch_um", NdArray.float64(new int[] {2}, new double[] {5.5, 5.5}));
        m.put("exposure_s", bench.exposure());
        m.put("exposure_bounds_s", null);
        m.put("averaging", null);
        m.put("hdr", null);
        m.put("woi", List.of(0L, (long) o.cameraWidth(), 0L, (long) o.cameraHeight()));
        m.put("default_shape", List.of((long) o.cameraHeight(), (long) o.cameraWidth()));
        return m;
    }

    /** The client list as Python prints it, e.g. {@code ['remote_slm', 'remote_camera']}. */
    static String pyList(Iterable<String> names) {
        List<String> q = new ArrayList<>();
        names.forEach(n -> q.add("'" + n + "'"));
        return "[" + String.join(", ", q) + "]";
    }

    private static double number(Object v, String name) {
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new PyError("TypeError: " + name + " must be a number, got " + describe(v));
    }

    private static String describe(Object v) {
        return v == null ? "None" : v instanceof NdArray a ? a.toString() : v.getClass().getSimpleName();
    }

    /** A refusal carrying the last line of the traceback Python would print. */
    private static final class PyError extends RuntimeException {
        PyError(String message) {
            super(message, null, false, false);
        }
    }
}
