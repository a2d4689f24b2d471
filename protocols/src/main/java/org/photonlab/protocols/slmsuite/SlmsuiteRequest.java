package org.photonlab.protocols.slmsuite;

import java.util.List;
import java.util.Map;

/**
 * One request: {@code {"name": …, "command": …, "args": […], "kwargs": {…}}}. Arrays inside are {@link NdArray}s.
 *
 * @param name    hardware name, or null (server-level commands such as {@code ping})
 * @param command command name, or null when the request had none
 * @param args    positional arguments, never null
 * @param kwargs  keyword arguments, never null
 */
public record SlmsuiteRequest(String name, String command, List<Object> args, Map<String, Object> kwargs) {
    public SlmsuiteRequest {
        args = args == null ? List.of() : args;
        kwargs = kwargs == null ? Map.of() : kwargs;
    }
}
