package org.photonlab.simulator.net;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.LabException;

/** The exposure rule every simulator server follows (no socket is opened here). */
class ExposureTest {
    @Test
    void aNonLoopbackBindWithoutAnAllowlistIsRefusedNamingWhatIsNeeded() {
        for (String bind : new String[] {"0.0.0.0", "::", "192.168.1.10"}) {
            LabException e = assertThrows(LabException.class, () -> new Exposure(bind, Set.of()).requireSafe("x"));
            assertTrue(e.getMessage().contains("--allow") && e.getMessage().contains(bind)
                    && !e.getMessage().contains("\n"), e.getMessage());
        }
        for (String bind : new String[] {"127.0.0.1", "127.3.4.5", "::1", "localhost"}) {
            Exposure x = new Exposure(bind, Set.of());
            assertTrue(x.isLoopback(), bind);
            assertDoesNotThrow(() -> x.requireSafe("x"));
            assertTrue(x.warning("x").isEmpty(), bind);
        }
    }

    @Test
    void aNonLoopbackBindWithAnAllowlistWarnsLoudly() {
        Exposure x = new Exposure("0.0.0.0", Set.of("10.0.0.5"));
        assertDoesNotThrow(() -> x.requireSafe("the heater DACs"));
        String w = x.warning("the heater DACs").orElseThrow();
        assertTrue(w.startsWith("WARNING") && w.contains("every interface") && w.contains("10.0.0.5")
                && w.contains("authentication"), w);
    }

    @Test
    void theAllowlistTakesIpLiteralsOnlyAndMatchesByAddress() throws Exception {
        LabException e = assertThrows(LabException.class, () -> new Exposure("127.0.0.1", Set.of("lab-pc.local")));
        assertTrue(e.getMessage().contains("lab-pc.local"), e.getMessage());
        assertThrows(LabException.class, () -> new Exposure("my-host", Set.of()));
        Exposure x = new Exposure("127.0.0.1", Set.of("127.0.0.1", "::1"));
        assertTrue(x.allows(InetAddress.getByAddress(new byte[] {127, 0, 0, 1})));
        assertTrue(x.allows(InetAddress.getByName("0:0:0:0:0:0:0:1")));
        assertFalse(x.allows(InetAddress.getByAddress(new byte[] {127, 0, 0, 2})));
        assertTrue(new Exposure("127.0.0.1", Set.of()).allows(InetAddress.getByAddress(new byte[] {10, 1, 2, 3})));
    }
}
