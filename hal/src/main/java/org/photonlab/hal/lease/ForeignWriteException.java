package org.photonlab.hal.lease;

import java.util.List;

/**
 * A run was stopped at a step boundary because the ownership check found setpoints someone else had changed. The
 * message names the first channel with its expected and found value and how many more there were.
 */
public class ForeignWriteException extends org.photonlab.hal.LabException {
    private final transient List<ForeignWrite> writes;
    private final int epoch;
    private final int step;

    /** @param writes what the check found, not empty */
    public ForeignWriteException(List<ForeignWrite> writes, int epoch, int step) {
        this(writes, epoch, step, "");
    }

    /** The same stop, with {@code suffix} appended to the message (what was done about it). */
    public ForeignWriteException(List<ForeignWrite> writes, int epoch, int step, String suffix) {
        super("run stopped at epoch " + epoch + " step " + step + ": a setpoint was changed by someone else: "
                + writes.get(0).describe() + (writes.size() > 1 ? " (and " + (writes.size() - 1)
                + " more channel(s))" : "") + suffix);
        this.writes = List.copyOf(writes);
        this.epoch = epoch;
        this.step = step;
    }

    /** Every foreign write found, in bench and channel order. */
    public List<ForeignWrite> writes() {
        return writes;
    }

    /** The epoch (1-based) at whose step boundary the run stopped. */
    public int epoch() {
        return epoch;
    }

    /** The step (1-based) after which the run stopped. */
    public int step() {
        return step;
    }
}
