package org.photonlab.app.run;

import java.util.List;
import org.photonlab.hal.LabException;
import org.photonlab.hal.bench.Bench;
import org.photonlab.hal.lease.ForeignWrite;
import org.photonlab.hal.lease.ForeignWriteException;

/**
 * {@code stop.json}: why a run ended early, in the run-record vocabulary.
 *
 * @param stopReason   {@code foreign_write}: the ownership check found setpoints changed by someone else;
 *                     {@code interrupted}: SIGINT or SIGTERM; {@code failed}: a lab error (a device unreachable,
 *                     a run-record file that cannot be written)
 * @param epoch        epoch (1-based) at whose step boundary the run stopped (0: before the first)
 * @param step         step (1-based) after which it stopped (0: none of that epoch)
 * @param safeState    what was done to the bench: {@code every DAC channel put in its safe state}
 * @param foreignWrite every changed setpoint found
 * @param message      the one-line error the command printed
 */
public record StopRecord(String stopReason, int epoch, int step, String safeState, List<Channel> foreignWrite,
                         String message) {
    /** One changed setpoint, in volts. */
    public record Channel(String device, int channel, double expectedV, double foundV) {
        static Channel of(ForeignWrite w) {
            return new Channel(w.device(), w.channel(), w.expectedVolts(), w.foundVolts());
        }
    }

    /** The record of a run the ownership check stopped; {@code safeState} from {@link #safeState(Bench)}. */
    public static StopRecord of(ForeignWriteException e, String safeState) {
        return new StopRecord("foreign_write", e.epoch(), e.step(), safeState,
                e.writes().stream().map(Channel::of).toList(), e.getMessage());
    }

    /** Puts every DAC channel of {@code bench} in its safe state now; says what happened, for the record. */
    public static String safeState(Bench bench) {
        try {
            bench.safeState();
            return "every DAC channel is in its safe state";
        } catch (LabException e) {
            return "the safe state failed (" + e.getMessage() + "); closing the bench tries again";
        }
    }
}
