package org.photonlab.training.data;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.photonlab.hal.LabException;

/**
 * The bundled data sets, read from class-path resources under {@code /data/} (no network). See
 * {@code data/ATTRIBUTION.md} for sources and licences.
 *
 * <ul>
 *   <li>{@code mnist16}: the bundled 10,000 MNIST digits, each 28×28 uint8 image resized to 16×16 with Pillow's
 *       bilinear filter ({@link PilBilinear}) and divided by 255; the first 8,000 are the training set, the last
 *       2,000 the test set (the reference's split). Shape {1, 16, 16}.</li>
 *   <li>{@code digits}: UCI optical digits (1,797 samples of 8×8 pixels 0..16), divided by 16; a seeded random
 *       80/20 split (test = round(0.2·n)). Shape {1, 8, 8}.</li>
 *   <li>{@code iris}: Fisher's Iris (150 × 4 features), a seeded random 70/30 split, each feature standardised
 *       with the training mean and (population) standard deviation. Shape {4}.</li>
 *   <li>{@code mnist10k} ({@link #mnist28()}, for DFA): the same 10,000 digits at full 28×28 resolution, pixels
 *       scaled to [0, 1] and normalised with MNIST's mean {@value #MNIST_MEAN} and std {@value #MNIST_STD} (as
 *       TinyDFA does); same 8,000 / 2,000 split; background value (0 − mean) / std. Shape {1, 28, 28}.</li>
 * </ul>
 * Both MNIST forms come from one read of the bundled IDX files ({@link IdxReader}). Loaded sets are immutable; the
 * MNIST ones are cached.
 */
public final class Datasets {
    /** Names accepted by {@link #byName}. */
    public static final List<String> NAMES = List.of("mnist16", "digits", "iris");
    /** Seed used by {@link #byName(String)} for the seeded splits. */
    public static final long DEFAULT_SEED = 0;

    /** MNIST pixel mean of the normalisation of {@link #mnist28()}. */
    public static final float MNIST_MEAN = 0.1307f;
    /** MNIST pixel standard deviation of the normalisation of {@link #mnist28()}. */
    public static final float MNIST_STD = 0.3081f;
    /** Training samples of both MNIST forms: the first 8,000 of the bundled 10,000; the last 2,000 are the test set. */
    public static final int MNIST_TRAIN = 8000;
    private static final int MNIST_N = 10_000;

    private static volatile Split mnist16;
    private static volatile Split mnist28;
    private static volatile Idx mnistIdx;

    /** The bundled MNIST images (row-major uint8 values) and labels, as read from the IDX files. */
    private record Idx(int[][] images, int[] labels) {
    }

    private Datasets() {
    }

    /** The data set of that name; digits and iris are split with {@link #DEFAULT_SEED}. */
    public static Split byName(String name) {
        return byName(name, DEFAULT_SEED);
    }

    /**
     * The data set of that name, seeded splits drawn with {@code seed} (mnist16's split is fixed).
     *
     * @throws UnknownDatasetException for any other name
     */
    public static Split byName(String name, long seed) {
        return switch (name == null ? "" : name) {
            case "mnist16" -> mnist16();
            case "digits" -> digits(seed);
            case "iris" -> iris(seed);
            default -> throw new UnknownDatasetException(String.valueOf(name), NAMES);
        };
    }

    /** MNIST at 16×16: first 8,000 train, last 2,000 test. */
    public static Split mnist16() {
        Split s = mnist16;
        if (s == null) {
            synchronized (Datasets.class) {
                if (mnist16 == null) {
                    mnist16 = loadMnist16();
                }
                s = mnist16;
            }
        }
        return s;
    }

    /**
     * MNIST at 28×28, normalised (x/255 − {@value #MNIST_MEAN}) / {@value #MNIST_STD}, named {@code mnist10k-train}
     * and {@code mnist10k-test}: first 8,000 train, last 2,000 test.
     */
    public static Split mnist28() {
        Split s = mnist28;
        if (s == null) {
            synchronized (Datasets.class) {
                if (mnist28 == null) {
                    mnist28 = loadMnist28();
                }
                s = mnist28;
            }
        }
        return s;
    }

    /** UCI digits, pixels / 16, seeded 80/20 split. */
    public static Split digits(long seed) {
        List<float[]> rows = readCsv("digits.csv.gz", true, false);
        int n = rows.size();
        float[] f = new float[n * 64];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            float[] r = rows.get(i);
            if (r.length != 65) {
                throw new LabException("bundled digits.csv.gz: row " + (i + 1) + " has " + r.length
                        + " values, expected 65");
            }
            for (int j = 0; j < 64; j++) {
                f[i * 64 + j] = r[j] / 16f;
            }
            y[i] = (int) r[64];
        }
        Dataset all = new Dataset("digits", f, y, new int[] {1, 8, 8}, 10);
        int[][] parts = permutationSplit(n, Math.round(0.2f * n), seed);
        return new Split(all.subset("digits-train", parts[0]), all.subset("digits-test", parts[1]));
    }

    /** Iris, seeded 70/30 split, standardised with the training statistics. */
    public static Split iris(long seed) {
        List<float[]> rows = readCsv("iris.csv", false, true);
        int n = rows.size();
        double[] raw = new double[n * 4];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            float[] r = rows.get(i);
            if (r.length != 5) {
                throw new LabException("bundled iris.csv: row " + (i + 2) + " has " + r.length + " values, expected 5");
            }
            for (int j = 0; j < 4; j++) {
                raw[i * 4 + j] = r[j];
            }
            y[i] = (int) r[4];
        }
        int[][] parts = permutationSplit(n, Math.round(0.3f * n), seed);
        double[] mean = new double[4];
        double[] std = new double[4];
        for (int i : parts[0]) {
            for (int j = 0; j < 4; j++) {
                mean[j] += raw[i * 4 + j];
            }
        }
        for (int j = 0; j < 4; j++) {
            mean[j] /= parts[0].length;
        }
        for (int i : parts[0]) {
            for (int j = 0; j < 4; j++) {
                double d = raw[i * 4 + j] - mean[j];
                std[j] += d * d;
            }
        }
        for (int j = 0; j < 4; j++) {
            std[j] = Math.sqrt(std[j] / parts[0].length);
        }
        float[] f = new float[n * 4];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < 4; j++) {
                f[i * 4 + j] = (float) ((raw[i * 4 + j] - mean[j]) / std[j]);
            }
        }
        Dataset all = new Dataset("iris", f, y, new int[] {4}, 3);
        return new Split(all.subset("iris-train", parts[0]), all.subset("iris-test", parts[1]));
    }

    /** A seeded permutation of 0..n−1 cut into {train (n − testCount), test (testCount)}. */
    static int[][] permutationSplit(int n, int testCount, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        int[] train = new int[n - testCount];
        int[] test = new int[testCount];
        System.arraycopy(p, 0, train, 0, train.length);
        System.arraycopy(p, train.length, test, 0, testCount);
        return new int[][] {train, test};
    }

    private static Split loadMnist16() {
        Idx idx = mnistIdx();
        float[] f = new float[MNIST_N * 256];
        for (int i = 0; i < MNIST_N; i++) {
            int[] small = PilBilinear.resize(idx.images()[i], 28, 28, 16, 16);
            for (int j = 0; j < 256; j++) {
                f[i * 256 + j] = small[j] / 255f;
            }
        }
        return mnistSplit(new Dataset("mnist16", f, idx.labels(), new int[] {1, 16, 16}, 10), "mnist16");
    }

    private static Split loadMnist28() {
        Idx idx = mnistIdx();
        int dim = 28 * 28;
        float[] f = new float[MNIST_N * dim];
        for (int i = 0; i < MNIST_N; i++) {
            int[] img = idx.images()[i];
            for (int j = 0; j < dim; j++) {
                f[i * dim + j] = (img[j] / 255f - MNIST_MEAN) / MNIST_STD;
            }
        }
        float background = (0f - MNIST_MEAN) / MNIST_STD;
        return mnistSplit(new Dataset("mnist10k", f, idx.labels(), new int[] {1, 28, 28}, 10, background),
                "mnist10k");
    }

    /** The reference's split: the first 8,000 samples train, the last 2,000 test. */
    private static Split mnistSplit(Dataset all, String name) {
        int[] train = new int[MNIST_TRAIN];
        int[] test = new int[MNIST_N - MNIST_TRAIN];
        for (int i = 0; i < train.length; i++) {
            train[i] = i;
        }
        for (int i = 0; i < test.length; i++) {
            test[i] = MNIST_TRAIN + i;
        }
        return new Split(all.subset(name + "-train", train), all.subset(name + "-test", test));
    }

    private static Idx mnistIdx() {
        Idx idx = mnistIdx;
        if (idx == null) {
            synchronized (Datasets.class) {
                if (mnistIdx == null) {
                    mnistIdx = readMnistIdx();
                }
                idx = mnistIdx;
            }
        }
        return idx;
    }

    private static Idx readMnistIdx() {
        int[][] images;
        int[] labels;
        try (DataInputStream img = new DataInputStream(new BufferedInputStream(gz("mnist10k-images-idx3-ubyte.gz")));
             DataInputStream lab = new DataInputStream(new BufferedInputStream(gz("mnist10k-labels-idx1-ubyte.gz")))) {
            images = IdxReader.images(img, 28, 28);
            labels = IdxReader.labels(lab);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MNIST files", e);
        }
        if (images.length != labels.length || images.length < MNIST_N) {
            throw new LabException("bundled MNIST: " + images.length + " images and " + labels.length
                    + " labels, expected 10,000 of each");
        }
        return new Idx(images, labels);
    }

    private static InputStream resource(String file) {
        InputStream in = Datasets.class.getResourceAsStream("/data/" + file);
        if (in == null) {
            throw new LabException("bundled data file 'data/" + file + "' is missing from the class path");
        }
        return in;
    }

    private static InputStream gz(String file) throws IOException {
        return new GZIPInputStream(resource(file), 1 << 16);
    }

    private static List<float[]> readCsv(String file, boolean gzip, boolean skipHeader) {
        List<float[]> rows = new ArrayList<>();
        try (InputStream raw = gzip ? gz(file) : resource(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(raw, StandardCharsets.US_ASCII))) {
            String line;
            boolean first = true;
            while ((line = r.readLine()) != null) {
                if (first && skipHeader) {
                    first = false;
                    continue;
                }
                first = false;
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split(",");
                float[] v = new float[parts.length];
                for (int j = 0; j < parts.length; j++) {
                    v[j] = Float.parseFloat(parts[j].trim());
                }
                rows.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + file, e);
        }
        return rows;
    }
}
