package org.photonlab.training.data;

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
 * </ul>
 * Loaded sets are immutable and cached per (name, seed).
 */
public final class Datasets {
    /** Names accepted by {@link #byName}. */
    public static final List<String> NAMES = List.of("mnist16", "digits", "iris");
    /** Seed used by {@link #byName(String)} for the seeded splits. */
    public static final long DEFAULT_SEED = 0;

    private static volatile Split mnist16;

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
        int[][] images;
        int[] labels;
        try (DataInputStream img = new DataInputStream(gz("mnist10k-images-idx3-ubyte.gz"));
             DataInputStream lab = new DataInputStream(gz("mnist10k-labels-idx1-ubyte.gz"))) {
            images = IdxReader.images(img);
            labels = IdxReader.labels(lab);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MNIST files", e);
        }
        if (images.length != labels.length || images.length < 10_000) {
            throw new LabException("bundled MNIST: " + images.length + " images and " + labels.length
                    + " labels, expected 10,000 of each");
        }
        int n = 10_000;
        float[] f = new float[n * 256];
        for (int i = 0; i < n; i++) {
            int[] small = PilBilinear.resize(images[i], 28, 28, 16, 16);
            for (int j = 0; j < 256; j++) {
                f[i * 256 + j] = small[j] / 255f;
            }
        }
        Dataset all = new Dataset("mnist16", f, labels, new int[] {1, 16, 16}, 10);
        int[] train = new int[8000];
        int[] test = new int[2000];
        for (int i = 0; i < 8000; i++) {
            train[i] = i;
        }
        for (int i = 0; i < 2000; i++) {
            test[i] = n - 2000 + i;
        }
        return new Split(all.subset("mnist16-train", train), all.subset("mnist16-test", test));
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
