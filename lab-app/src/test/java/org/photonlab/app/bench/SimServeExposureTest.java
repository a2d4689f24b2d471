package org.photonlab.app.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.photonlab.app.Main;
import picocli.CommandLine;

/**
 * {@code sim serve}'s exposure options: every interface without an allowlist is refused with one line naming what
 * is needed, before anything is served (nothing is bound in these tests).
 */
class SimServeExposureTest {
    private static int run(StringWriter err, String... args) {
        CommandLine cl = Main.newCommandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void everyInterfaceWithoutAnAllowlistIsRefusedInOneLine() {
        for (String[] args : new String[][] {{"sim", "serve", "--bind", "0.0.0.0", "--no-projector"},
                {"sim", "serve", "--bind", "0.0.0.0"}, {"sim", "serve", "--bind", "::", "--pty"}}) {
            StringWriter err = new StringWriter();
            assertEquals(2, run(err, args), String.join(" ", args));
            String text = err.toString().strip();
            assertEquals(1, text.lines().count(), text);
            assertTrue(text.contains("without an allowlist") && text.contains("--allow IP"), text);
        }
    }

    @Test
    void anAllowlistEntryThatIsNotAnIpAddressIsRefused() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "sim", "serve", "--allow", "lab-pc.local", "--no-projector"));
        assertTrue(err.toString().contains("'lab-pc.local'"), err.toString());
    }
}
