package org.photonlab.protocols.line;

import java.util.List;

/** Turns a complete reply into a value, or throws {@link ProtocolException} when it is malformed. */
@FunctionalInterface
public interface ReplyParser<T> {
    T parse(List<String> lines);
}
