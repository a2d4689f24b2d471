package org.photonlab.benchfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.bench.BenchDescription;

/** The first YAML example of {@code docs/bench-file.md} (copied into the test classes by the build) loads. */
class BenchFileDocTest {
    @Test
    void theFirstExampleOfTheDocumentationLoads() throws IOException {
        String doc;
        try (InputStream in = BenchFileDocTest.class.getResourceAsStream("/docs/bench-file.md")) {
            assertNotNull(in, "docs/bench-file.md is copied into the test resources by bench-file/pom.xml");
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = doc.indexOf("```yaml\n");
        assertTrue(start >= 0, "the document has a yaml example");
        int end = doc.indexOf("```", start + 8);
        String yaml = doc.substring(start + 8, end);
        BenchDescription d = BenchYaml.parse(yaml, "docs/bench-file.md");
        assertEquals("my-bench", d.name());
        assertEquals(4, d.devices().size());
        assertEquals(1, d.cores().size());
        assertEquals(9, d.core("core0").size());
    }
}
