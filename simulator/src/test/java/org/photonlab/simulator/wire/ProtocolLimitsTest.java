package org.photonlab.simulator.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Out-of-range values on the device protocols are refused the way the instruments refuse them, and nothing
 * changes: a Qontrol vector that reaches past its module, SCPI settings outside the meter's range; and which host
 * lines feed the watchdog.
 */
class ProtocolLimitsTest {
    private static String nineValues() {
        return "1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0,1.0";
    }

    @Test
    void aQontrolVectorSpillingIntoTheNextModuleIsRefusedWithE12AndWritesNothing() {
        QontrolChain chain = new QontrolChain("Q8iv-01A0", 32, new org.photonlab.hal.dac.DacResolution(0, 12.0,
                org.photonlab.hal.dac.DacResolution.Transfer.VOLTAGE), 12.0, 24.0, 1000.0, false,
                new TestDevices.HoldingDac(32));
        QontrolProtocol p = new QontrolProtocol(chain, WireSimulator.FIRMWARE);
        assertEquals(List.of("E12:24"), p.handle("vvec16=" + nineValues()));
        assertEquals(List.of("E12:16"), p.handle("VVEC9=" + "1,1,1,1,1,1,1,1"));
        for (int ch = 0; ch < chain.channels(); ch++) {
            assertEquals(0.0, chain.volts(ch), "channel " + ch + " was written by a refused vector");
        }
        assertEquals(List.of("OK"), p.handle("VVEC16=1,1,1,1,1,1,1,1"));
        assertEquals(List.of("OK"), p.handle("VVEC20=2,2,2,2"));
        assertEquals(1.0, chain.volts(16));
        assertEquals(2.0, chain.volts(23));
        assertEquals(0.0, chain.volts(24));
    }

    @Test
    void onlyAcceptedOutputWritesAndKeepAlivesFeedTheWatchdog() {
        QontrolProtocol p = new QontrolProtocol(TestDevices.chain(), WireSimulator.FIRMWARE, 2.0);
        assertEquals(List.of("2.000 s"), p.handle("WATCHDOG?"));
        for (String feeds : new String[] {"V0=1.0", "v1=0.5", "VVEC0=1,2", "I2=1.0", "KEEPALIVE=1", "keepalive=1"}) {
            assertTrue(p.feedsWatchdog(feeds, p.handle(feeds)), feeds);
        }
        for (String not : new String[] {"Vall?", "V0?", "id?", "nupall?", "WATCHDOG?", "V0=99", "VMAX0=5", "nup=0",
                "KEEPALIVE?", "junk"}) {
            assertFalse(p.feedsWatchdog(not, p.handle(not)), not);
        }
    }

    @Test
    void aFeedRestrictedToOneConnectionIgnoresTheOthers() {
        WatchdogFeed feed = new WatchdogFeed();
        Object holder = new Object();
        Object other = new Object();
        assertTrue(feed.feed(other));
        feed.restrictTo(holder);
        long before = feed.lastFedNanos();
        assertFalse(feed.feed(other));
        assertEquals(before, feed.lastFedNanos());
        assertTrue(feed.feed(holder));
        feed.unrestricted();
        assertTrue(feed.feed(other));
    }

    @Test
    void scpiSettingsOutOfTheMetersRangeAreRefusedWith222AndKeepTheirValue() {
        ScpiPowerMeter m = TestDevices.meter();
        for (String bad : new String[] {"SENS:CORR:WAV 1e308", "SENS:CORR:WAV 1E+308", "SENS:CORR:WAV 399",
                "SENS:CORR:WAV 1701", "SENS:POW:RANG 1e308", "SENS:AVER:COUN 1e9"}) {
            assertEquals(List.of(), m.handle(bad), bad);
            assertEquals(List.of("-222,\"Data out of range\""), m.handle("SYST:ERR?"), bad);
            assertEquals(List.of("0,\"No error\""), m.handle("SYST:ERR?"), bad);
        }
        assertEquals(List.of("1.550000E+03"), m.handle("SENS:CORR:WAV?"));
        assertEquals(List.of("4.000000E+02;1.700000E+03"), m.handle("SENS:CORR:WAV? MIN;SENS:CORR:WAV? MAX"));
        m.handle("SENS:CORR:WAV 1310");
        assertEquals(List.of("0,\"No error\""), m.handle("SYST:ERR?"));
        assertEquals(List.of("1.310000E+03"), m.handle("SENS:CORR:WAV?"));
    }
}
