package org.photonlab.training.nn;

/**
 * A bias-free linear map that a photonic core can carry: every output is W·x for a weight matrix W of
 * {@link #rows()} × {@link #cols()} applied to {@link #vectorsPerSample()} input vectors per sample.
 * For a fully connected layer that is one vector (the sample); for a convolution, one im2col patch per output
 * position.
 */
public interface WeightLayer extends Layer {
    /** M, output features per vector. */
    int rows();

    /** N, input features per vector. */
    int cols();

    /** The live weight matrix, row-major M×N (PyTorch order; for a convolution columns are (c_in, kh, kw)). */
    double[] weight();

    /** Number of input vectors per sample. */
    int vectorsPerSample();

    /**
     * Gathers the input vectors of one sample: {@code dst[dstOff + v·stride + c]} = entry c of vector v, for c &lt;
     * cols(); the entries c ≥ cols() up to stride are left as they are. Not modified: {@code in}.
     */
    void gatherVectors(double[] in, int inOff, double[] dst, int dstOff, int stride);

    /**
     * Position in the sample's output of entry r of output vector v: outputs are stored channel-major, so that is
     * r·vectorsPerSample() + v for a convolution and r for a fully connected layer.
     */
    default int outputIndex(int v, int r) {
        return r * vectorsPerSample() + v;
    }
}
