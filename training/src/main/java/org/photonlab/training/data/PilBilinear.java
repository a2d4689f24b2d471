package org.photonlab.training.data;

/**
 * Resizes 8-bit greyscale images exactly like Pillow's {@code Image.resize(size, Image.BILINEAR)} on an 'L' image
 * (Pillow's {@code libImaging/Resample.c}), which is what torchvision's {@code Resize} does to MNIST.
 *
 * <p>Pillow's bilinear filter is a triangle f(x) = max(0, 1 − |x|) <em>scaled by the reduction factor</em>: for an
 * output pixel i with scale s = in/out (s ≥ 1 when shrinking), centre c = (i + 0.5)·s, support r = s, input pixels
 * x ∈ [trunc(c − r + 0.5), trunc(c + r + 0.5)) ∩ [0, in) get weights f((x − c + 0.5)/s), normalised to sum 1. So
 * downscaling averages over a wide window (anti-aliased) instead of sampling 4 pixels.
 * The weights are converted to fixed point with 22 fractional bits (rounded half away from zero), each pass
 * accumulates integers starting from ½ and clips to [0, 255] by truncation; the image is resampled horizontally
 * first, rounded to uint8, then vertically. Stateless and thread-safe.
 *
 * <p>Why hand-written rather than {@code java.awt} or an imaging library: the reference pipelines resize MNIST with
 * torchvision, that is with Pillow, and a generic bilinear filter (4 taps, other rounding) gives other pixels. This
 * class reproduces Pillow 9.4.0's output exactly on bundled MNIST images ({@code PilBilinearTest}), so the data a
 * model trains on here is the data of the reference pipeline.
 */
public final class PilBilinear {
    private static final int PRECISION_BITS = 32 - 8 - 2;

    private PilBilinear() {
    }

    /** Per-output-pixel bounds {xmin, count} and fixed-point weights of one axis. */
    private record Coefficients(int[] min, int[] count, int[][] weights) {
    }

    /**
     * Resizes a {@code inH × inW} row-major uint8 image (values 0..255 in {@code in}, not modified) to
     * {@code outH × outW}; returns the uint8 values 0..255 as ints.
     */
    public static int[] resize(int[] in, int inW, int inH, int outW, int outH) {
        if (in.length != inW * inH) {
            throw new IllegalArgumentException("image of " + in.length + " pixels is not " + inW + "×" + inH);
        }
        Coefficients h = coefficients(inW, outW);
        Coefficients v = coefficients(inH, outH);
        int[] tmp = new int[inH * outW];
        for (int y = 0; y < inH; y++) {
            for (int x = 0; x < outW; x++) {
                int acc = 1 << (PRECISION_BITS - 1);
                int[] w = h.weights[x];
                for (int t = 0; t < h.count[x]; t++) {
                    acc += in[y * inW + h.min[x] + t] * w[t];
                }
                tmp[y * outW + x] = clip8(acc);
            }
        }
        int[] out = new int[outH * outW];
        for (int y = 0; y < outH; y++) {
            int[] w = v.weights[y];
            for (int x = 0; x < outW; x++) {
                int acc = 1 << (PRECISION_BITS - 1);
                for (int t = 0; t < v.count[y]; t++) {
                    acc += tmp[(v.min[y] + t) * outW + x] * w[t];
                }
                out[y * outW + x] = clip8(acc);
            }
        }
        return out;
    }

    /** Pillow's {@code precompute_coeffs} + {@code normalize_coeffs_8bpc} for the bilinear filter (support 1). */
    static Coefficients coefficients(int inSize, int outSize) {
        double scale = (double) inSize / outSize;
        double filterScale = Math.max(scale, 1.0);
        double support = 1.0 * filterScale;
        int[] min = new int[outSize];
        int[] count = new int[outSize];
        int[][] weights = new int[outSize][];
        for (int i = 0; i < outSize; i++) {
            double center = (i + 0.5) * scale;
            double ss = 1.0 / filterScale;
            // C's (int) cast truncates toward zero, and so does Java's
            int xmin = Math.max(0, (int) (center - support + 0.5));
            int xmax = Math.min(inSize, (int) (center + support + 0.5)) - xmin;
            double[] k = new double[xmax];
            double ww = 0;
            for (int x = 0; x < xmax; x++) {
                k[x] = triangle((x + xmin - center + 0.5) * ss);
                ww += k[x];
            }
            int[] fixed = new int[xmax];
            for (int x = 0; x < xmax; x++) {
                double w = ww != 0.0 ? k[x] / ww : k[x];
                double scaled = w * (1 << PRECISION_BITS);
                fixed[x] = (int) (w < 0 ? -0.5 + scaled : 0.5 + scaled);
            }
            min[i] = xmin;
            count[i] = xmax;
            weights[i] = fixed;
        }
        return new Coefficients(min, count, weights);
    }

    private static double triangle(double x) {
        double a = Math.abs(x);
        return a < 1.0 ? 1.0 - a : 0.0;
    }

    private static int clip8(int acc) {
        if (acc >= (1 << PRECISION_BITS << 8)) {
            return 255;
        }
        if (acc <= 0) {
            return 0;
        }
        return acc >> PRECISION_BITS;
    }
}
