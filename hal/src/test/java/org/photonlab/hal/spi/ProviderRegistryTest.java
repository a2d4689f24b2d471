package org.photonlab.hal.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.photonlab.hal.DuplicateProviderException;
import org.photonlab.hal.ProviderNotFoundException;
import org.photonlab.hal.testing.FakeBackendProvider;

/**
 * The registry's two refusals (duplicate ids, unknown id) and its loading through {@code META-INF/services}: the
 * test resources list two greeters, and two clashing providers under one id.
 */
class ProviderRegistryTest {
    /** A test-only provider type, listed in the test resources. */
    public interface Greeter extends Provider {
    }

    /** A second test-only provider type whose two listed implementations claim the same id. */
    public interface Clash extends Provider {
    }

    public static final class Hello implements Greeter {
        @Override
        public String id() {
            return "hello";
        }
    }

    public static final class Ahoy implements Greeter {
        @Override
        public String id() {
            return "ahoy";
        }
    }

    public static final class ClashOne implements Clash {
        @Override
        public String id() {
            return "same";
        }
    }

    public static final class ClashTwo implements Clash {
        @Override
        public String id() {
            return "same";
        }
    }

    @Test
    void providersListedInServicesAreFoundByIdAndLoadedOnce() {
        ProviderRegistry<Greeter> greeters = ProviderRegistry.of(Greeter.class, "greeter");
        assertEquals(Set.of("ahoy", "hello"), greeters.ids());
        assertTrue(greeters.get("hello") instanceof Hello);
        assertSame(greeters, ProviderRegistry.of(Greeter.class, "greeter"), "loaded once, then kept");
        assertSame(greeters.get("ahoy"), ProviderRegistry.of(Greeter.class, "greeter").get("ahoy"));
    }

    @Test
    void anUnknownIdNamesTheIdAskedForAndListsTheAvailableOnes() {
        ProviderRegistry<Greeter> greeters = ProviderRegistry.of(Greeter.class, "greeter");
        ProviderNotFoundException e = assertThrows(ProviderNotFoundException.class, () -> greeters.get("howdy"));
        assertEquals("no greeter 'howdy' is available; expected one of [ahoy, hello]", e.getMessage());
        assertEquals("howdy", e.id());
        assertTrue(greeters.find("howdy").isEmpty());
    }

    @Test
    void twoListedProvidersWithOneIdAreRefusedNamingBothClasses() {
        DuplicateProviderException e = assertThrows(DuplicateProviderException.class,
                () -> ProviderRegistry.of(Clash.class, "clash"));
        assertEquals("two clash providers claim id 'same': " + ClashOne.class.getName() + " and "
                + ClashTwo.class.getName() + "; remove one of them from the class path", e.getMessage());
    }

    @Test
    void givenProvidersWithOneIdAreRefusedToo() {
        DuplicateProviderException e = assertThrows(DuplicateProviderException.class, () -> ProviderRegistry.of(
                "backend", List.of(new FakeBackendProvider("a"), new FakeBackendProvider("a"))));
        assertTrue(e.getMessage().startsWith("two backend providers claim id 'a': "), e.getMessage());
    }
}
