package org.photonlab.hal.lease;

/**
 * How a backend is asked to open its devices: as the bench's one writer, which takes each device's write lease
 * (and is refused with {@link LeaseRefusedException} when someone else holds it), or as an observer, which takes
 * none and never writes.
 *
 * @param writer who asks for the leases; null for an observer
 */
public record Access(LeaseHolder writer) {
    private static final Access OBSERVER = new Access(null);

    /** An observer: no lease, no writes (read-only commands). */
    public static Access observer() {
        return OBSERVER;
    }

    /** A writer: takes every device's write lease for {@code holder}. */
    public static Access writer(LeaseHolder holder) {
        if (holder == null) {
            throw new IllegalArgumentException("a writer needs a lease holder");
        }
        return new Access(holder);
    }

    public boolean isWriter() {
        return writer != null;
    }
}
