package org.photonlab.hal.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import org.photonlab.hal.ProviderNotFoundException;
import org.photonlab.hal.DeviceIoException;
import org.photonlab.hal.dac.ChannelLimits;
import org.photonlab.hal.dac.DacResolution;
import org.photonlab.hal.spi.Backend;
import org.photonlab.hal.spi.BackendProvider;
import org.photonlab.hal.spi.DacDevice;

/** How a bench drives its backends' lifecycles: interactions checked with Mockito. */
class BenchLifecycleTest {
    private static final ChannelLimits LIMITS = new ChannelLimits(0, 10, 1, 1000);
    private static final DacResolution DAC = new DacResolution(16, 10, DacResolution.Transfer.VOLTAGE);

    private static BenchDescription twoBackends() {
        return BenchDescription.builder("two")
                .device(DeviceSpec.dac("a", "alpha", 3, LIMITS, DAC, Map.of()))
                .device(DeviceSpec.dac("b", "beta", 2, LIMITS, DAC, Map.of()))
                .build();
    }

    private static BackendProvider provider(String id, String device, DacDevice dev, Backend backend) {
        BackendProvider p = mock(BackendProvider.class);
        when(p.id()).thenReturn(id);
        when(p.open(any(), anyList(), any())).thenReturn(backend);
        when(backend.dac(device)).thenReturn(Optional.of(dev));
        when(dev.channelCount()).thenReturn(device.equals("a") ? 3 : 2);
        holdSetpoints(dev, device.equals("a") ? 3 : 2);
        return p;
    }

    /** The mock reads back what was last written to it, as a device does (the bank verifies every write). */
    private static void holdSetpoints(DacDevice dev, int channels) {
        double[] held = new double[channels];
        org.mockito.Mockito.doAnswer(inv -> {
            int[] chs = inv.getArgument(0);
            double[] v = inv.getArgument(1);
            for (int i = 0; i < chs.length; i++) {
                held[chs[i]] = v[i];
            }
            return null;
        }).when(dev).write(any(int[].class), any(double[].class));
        when(dev.read(any(int[].class))).thenAnswer(inv -> {
            int[] chs = inv.getArgument(0);
            double[] out = new double[chs.length];
            for (int i = 0; i < chs.length; i++) {
                out[i] = held[chs[i]];
            }
            return out;
        });
    }

    @Test
    void openZeroesEveryChannelAndCloseZeroesThenClosesDeviceThenBackend() {
        DacDevice devA = mock(DacDevice.class);
        DacDevice devB = mock(DacDevice.class);
        Backend alpha = mock(Backend.class);
        Backend beta = mock(Backend.class);
        Bench bench = Bench.open(twoBackends(),
                List.of(provider("alpha", "a", devA, alpha), provider("beta", "b", devB, beta)));
        ArgumentCaptor<double[]> volts = ArgumentCaptor.forClass(double[].class);
        verify(devA).write(any(int[].class), volts.capture());
        assertArrayEquals(new double[] {0, 0, 0}, volts.getValue(), "safe state applied right after opening");

        bench.dac("a").set(1, 2.5);
        bench.close();
        InOrder order = inOrder(devA, alpha);
        order.verify(devA).write(new int[] {1}, new double[] {DAC.quantize(2.5)});
        order.verify(devA).write(new int[] {0, 1, 2}, new double[] {0, 0, 0});
        order.verify(devA).close();
        order.verify(alpha).close();
        verify(beta).close();
    }

    @Test
    void aFailingDeviceDoesNotStopTheOthersFromReachingTheirSafeState() {
        DacDevice devA = mock(DacDevice.class);
        DacDevice devB = mock(DacDevice.class);
        Backend alpha = mock(Backend.class);
        Backend beta = mock(Backend.class);
        Bench bench = Bench.open(twoBackends(),
                List.of(provider("alpha", "a", devA, alpha), provider("beta", "b", devB, beta)));
        doThrow(new DeviceIoException("link lost")).when(devA).close();

        DeviceIoException e = assertThrows(DeviceIoException.class, bench::close);
        assertEquals("link lost", e.getMessage(), "the first failure is reported");
        verify(devB, times(2)).write(new int[] {0, 1}, new double[] {0, 0}); // on open and on close
        verify(devB).close();
        verify(alpha).close();
        verify(beta).close();
    }

    @Test
    void anUnknownBackendIdIsRefusedAndWhatWasOpenedIsClosed() {
        DacDevice devA = mock(DacDevice.class);
        Backend alpha = mock(Backend.class);
        BackendProvider alphaProvider = provider("alpha", "a", devA, alpha);
        ProviderNotFoundException e = assertThrows(ProviderNotFoundException.class,
                () -> Bench.open(twoBackends(), List.of(alphaProvider)));
        assertEquals("no backend 'beta' is available; expected one of [alpha]", e.getMessage());
        verify(alphaProvider, never()).open(any(), anyList(), any());
    }

    @Test
    void writingModesOpenEveryBackendAsTheWriterAndObserveModeAsAnObserver() {
        org.photonlab.hal.lease.LeaseHolder me = new org.photonlab.hal.lease.LeaseHolder(42, "lab1",
                "photonlab train zo", java.time.Instant.parse("2026-01-01T00:00:00Z"));
        for (OpenMode mode : OpenMode.values()) {
            DacDevice devA = mock(DacDevice.class);
            DacDevice devB = mock(DacDevice.class);
            BackendProvider alpha = provider("alpha", "a", devA, mock(Backend.class));
            BackendProvider beta = provider("beta", "b", devB, mock(Backend.class));
            Bench.with(twoBackends()).providers(List.of(alpha, beta)).mode(mode).leaseHolder(me).open().close();
            ArgumentCaptor<org.photonlab.hal.lease.Access> access =
                    ArgumentCaptor.forClass(org.photonlab.hal.lease.Access.class);
            verify(alpha).open(any(), anyList(), access.capture());
            assertEquals(mode.allowsWrites() ? me : null, access.getValue().writer(), mode.name());
        }
    }
}
