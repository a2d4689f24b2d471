package org.photonlab.hal.kernel;

import java.util.Locale;
import org.photonlab.hal.LabException;

/**
 * The kernel path of this JVM, chosen once from the system property {@value #PROPERTY}: {@code vector} (default) or
 * {@code scalar}. The vector path needs the incubator module ({@code --add-modules jdk.incubator.vector}, which the
 * {@code photonlab} launcher, the test forks and the benchmarks pass); without the module it falls back to the
 * scalar path and {@link #reason()} says so.
 *
 * <p>Both paths do the same IEEE operations per output element in the same order (multiply, then add; no fused
 * multiply-add, no reassociation across elements), so their results are bit-identical: the vector lanes run across
 * independent outputs (samples of a batch, columns of a matrix), never across the terms of one sum. Thread-safe.
 */
public final class Kernels {
    /** The system property that selects the path. */
    public static final String PROPERTY = "photonlab.kernels";
    static final String MODULE = "jdk.incubator.vector";

    private static volatile Choice choice;

    private Kernels() {
    }

    /**
     * The path in force.
     *
     * @throws LabException if {@value #PROPERTY} holds something other than {@code vector} or {@code scalar}
     */
    public static KernelPath path() {
        return choice().path;
    }

    /** Why this path runs, in a few words (for logs and benchmark reports). */
    public static String reason() {
        return choice().reason;
    }

    /** The vector width in doubles of the vector path on this CPU (e.g. 8 with AVX-512), or 1 on the scalar path. */
    public static int doubleLanes() {
        return path() == KernelPath.VECTOR ? VectorKernels.doubleLanes() : 1;
    }

    static boolean vector() {
        return path() == KernelPath.VECTOR;
    }

    private static Choice choice() {
        Choice c = choice;
        if (c == null) {
            synchronized (Kernels.class) {
                if (choice == null) {
                    choice = choose(System.getProperty(PROPERTY), ModuleLayer.boot().findModule(MODULE).isPresent());
                }
                c = choice;
            }
        }
        return c;
    }

    /** The choice for a property value (null: unset) and whether the incubator module is present. */
    static Choice choose(String property, boolean modulePresent) {
        String p = property == null ? "vector" : property.trim().toLowerCase(Locale.ROOT);
        switch (p) {
            case "scalar":
                return new Choice(KernelPath.SCALAR, PROPERTY + "=scalar");
            case "vector":
                if (!modulePresent) {
                    return new Choice(KernelPath.SCALAR, "module " + MODULE + " not present (run with --add-modules "
                            + MODULE + ")");
                }
                return new Choice(KernelPath.VECTOR, property == null ? "default" : PROPERTY + "=vector");
            default:
                throw new LabException("system property " + PROPERTY + "=" + property
                        + ": expected vector or scalar");
        }
    }

    /** The path and why. */
    record Choice(KernelPath path, String reason) {
    }
}
