package org.photonlab.benchfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.photonlab.hal.BenchConfigException;

/**
 * Reads a small UTF-8 text file with bounds: a FIFO, device or directory is refused without being opened (opening a
 * FIFO blocks until a writer comes), no more than the limit is ever read, and a file that is not UTF-8 says so.
 */
final class BoundedText {
    private BoundedText() {
    }

    static String read(Path path, int maxBytes) {
        String name = "bench file " + path;
        if (!Files.exists(path)) {
            throw new BenchConfigException(name + " does not exist");
        }
        if (!Files.isRegularFile(path)) {
            throw new BenchConfigException(name + " is not a regular file (a directory, FIFO or device); give a YAML "
                    + "bench file");
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(name, size, maxBytes);
            }
            try (InputStream in = Files.newInputStream(path)) {
                // the file may grow between the size check and the read: never read more than the limit + 1
                bytes = in.readNBytes(maxBytes + 1);
            }
        } catch (NoSuchFileException e) {
            throw new BenchConfigException(name + " does not exist");
        } catch (IOException e) {
            throw new BenchConfigException(name + " cannot be read: " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length, maxBytes);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new BenchConfigException(name + " is not UTF-8 text (invalid byte 0x"
                    + Integer.toHexString(bytes[offset(bytes)] & 0xff) + " at offset " + offset(bytes)
                    + "); save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw new BenchConfigException(name + " is not UTF-8 text; save it as UTF-8");
        }
    }

    /** Offset of the first byte that does not decode, found by decoding prefixes' worth of whole characters. */
    private static int offset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static BenchConfigException tooLarge(String name, long size, int maxBytes) {
        return new BenchConfigException(name + " has " + size + " bytes; a bench file may have at most " + maxBytes
                + " (1 MiB)");
    }

}
