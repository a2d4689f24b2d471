package org.photonlab.protocols.slmsuite;

/**
 * One reply, the JSON list {@code [success, result]}; on failure {@code result} is the server's message. Arrays inside
 * are {@link NdArray}s. A refusal is a value here; the driver decides whether it is an error.
 */
public record SlmsuiteReply(boolean success, Object result) {
    public static SlmsuiteReply ok(Object result) {
        return new SlmsuiteReply(true, result);
    }

    public static SlmsuiteReply refused(String message) {
        return new SlmsuiteReply(false, message);
    }
}
