package org.photonlab.training.data;

import java.io.DataInputStream;
import java.io.IOException;
import org.photonlab.hal.LabException;

/** Reads the MNIST IDX format (big-endian header; magic 0x803 for images, 0x801 for labels): the one IDX reader. */
final class IdxReader {
    private IdxReader() {
    }

    /** Every image as row-major uint8 values 0..255; the file's image size must be {@code rows × cols}. */
    static int[][] images(DataInputStream in, int rows, int cols) throws IOException {
        int magic = in.readInt();
        if (magic != 0x803) {
            throw new LabException("IDX image file: magic 0x" + Integer.toHexString(magic) + ", expected 0x803");
        }
        int n = in.readInt();
        int r = in.readInt();
        int c = in.readInt();
        if (r != rows || c != cols) {
            throw new LabException("IDX image file: images of " + r + "x" + c + ", expected " + rows + "x" + cols);
        }
        byte[] buf = new byte[rows * cols];
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            in.readFully(buf);
            int[] img = new int[buf.length];
            for (int j = 0; j < buf.length; j++) {
                img[j] = buf[j] & 0xff;
            }
            out[i] = img;
        }
        return out;
    }

    /** Every label. */
    static int[] labels(DataInputStream in) throws IOException {
        int magic = in.readInt();
        if (magic != 0x801) {
            throw new LabException("IDX label file: magic 0x" + Integer.toHexString(magic) + ", expected 0x801");
        }
        int n = in.readInt();
        byte[] buf = new byte[n];
        in.readFully(buf);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = buf[i] & 0xff;
        }
        return out;
    }
}
