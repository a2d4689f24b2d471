package org.photonlab.training.dfa;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import org.photonlab.hal.LabException;

/**
 * The bundled 10,000 MNIST digits at full 28×28 resolution, read from the class-path resources
 * {@code /data/mnist10k-images-idx3-ubyte.gz} and {@code /data/mnist10k-labels-idx1-ubyte.gz} (see
 * {@code data/ATTRIBUTION.md}): first 8,000 for training, last 2,000 for testing, pixels scaled to [0, 1] and
 * normalised with MNIST's mean 0.1307 and std 0.3081, as TinyDFA and the brief's reference runs do.
 * (The shared {@code training.data} package offers MNIST at 16×16 only; DFA needs the 784-input network.)
 */
public final class MnistIdx {
    public static final float MEAN = 0.1307f;
    public static final float STD = 0.3081f;
    public static final int TRAIN = 8000;
    private static volatile LabeledData[] cache;

    private MnistIdx() {
    }

    /** {train, test}. */
    public static LabeledData[] bundled() {
        LabeledData[] c = cache;
        if (c == null) {
            synchronized (MnistIdx.class) {
                if (cache == null) {
                    cache = load();
                }
                c = cache;
            }
        }
        return c;
    }

    private static LabeledData[] load() {
        try (DataInputStream img = open("/data/mnist10k-images-idx3-ubyte.gz");
             DataInputStream lab = open("/data/mnist10k-labels-idx1-ubyte.gz")) {
            if (img.readInt() != 0x803 || lab.readInt() != 0x801) {
                throw new LabException("bundled MNIST: bad IDX magic numbers");
            }
            int n = img.readInt();
            int rows = img.readInt();
            int cols = img.readInt();
            if (lab.readInt() != n) {
                throw new LabException("bundled MNIST: image and label counts differ");
            }
            int dim = rows * cols;
            byte[] pixels = new byte[n * dim];
            img.readFully(pixels);
            byte[] labels = new byte[n];
            lab.readFully(labels);
            float[] x = new float[n * dim];
            for (int k = 0; k < x.length; k++) {
                x[k] = ((pixels[k] & 0xFF) / 255f - MEAN) / STD;
            }
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = labels[i];
            }
            LabeledData all = new LabeledData("mnist10k", x, y, dim, 10, (0f - MEAN) / STD);
            return new LabeledData[] {all.slice("mnist10k-train", 0, TRAIN), all.slice("mnist10k-test", TRAIN, n)};
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled MNIST resources", e);
        }
    }

    private static DataInputStream open(String resource) throws IOException {
        InputStream in = MnistIdx.class.getResourceAsStream(resource);
        if (in == null) {
            throw new LabException("resource " + resource + " is missing from the class path");
        }
        return new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16)));
    }
}
