package org.photonlab.training.nn;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.photonlab.hal.LabException;

/**
 * Saves and loads a network's state (weights, BatchNorm parameters and running statistics) in a small binary file:
 * magic "PLNN", format version, the cache key it was trained for, the model description, then every state array
 * (length + big-endian doubles) layer by layer. The file is written to a temporary name and moved into place, so
 * a crash never leaves a half-written model under the real name.
 */
public final class ModelStore {
    private static final int MAGIC = 0x504c4e4e; // "PLNN"
    private static final int VERSION = 1;

    private ModelStore() {
    }

    public static void save(Network net, String key, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeInt(VERSION);
                out.writeUTF(key);
                ModelSpec s = net.spec();
                out.writeUTF(s.kind());
                int[] shape = s.inputShape();
                out.writeInt(shape.length);
                for (int d : shape) {
                    out.writeInt(d);
                }
                out.writeInt(s.classes());
                out.writeInt(s.hidden());
                for (Layer l : net.layers()) {
                    for (double[] a : l.state()) {
                        out.writeInt(a.length);
                        for (double v : a) {
                            out.writeDouble(v);
                        }
                    }
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write model file " + file, e);
        }
    }

    /**
     * The network stored in {@code file} if it exists and was saved under {@code key}; empty if the file is
     * missing or its key differs (a stale cache).
     *
     * @throws LabException if the file exists with the right key but is corrupt
     */
    public static Optional<Network> load(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return Optional.empty();
            }
            if (!in.readUTF().equals(key)) {
                return Optional.empty();
            }
            String kind = in.readUTF();
            int[] shape = new int[in.readInt()];
            for (int i = 0; i < shape.length; i++) {
                shape[i] = in.readInt();
            }
            ModelSpec spec = new ModelSpec(kind, shape, in.readInt(), in.readInt());
            Network net = Models.build(spec, 0);
            for (Layer l : net.layers()) {
                List<double[]> state = l.state();
                for (double[] a : state) {
                    int n = in.readInt();
                    if (n != a.length) {
                        throw new LabException("model file " + file + ": layer " + l.name() + " holds " + n
                                + " values, expected " + a.length);
                    }
                    for (int i = 0; i < n; i++) {
                        a[i] = in.readDouble();
                    }
                }
            }
            return Optional.of(net);
        } catch (IOException e) {
            throw new LabException("model file " + file + " is unreadable: " + e.getMessage(), e);
        }
    }
}
