package io.trustframe.launcher;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The whole demo platform ({@code ./trustframe demo}) on free ports in a folder of the test's, for tests outside
 * this package (the browser journeys) that drive it from the outside, as a person would.
 */
public final class RunningDemo implements AutoCloseable {

    private final Platform platform;

    private RunningDemo(Platform platform) {
        this.platform = platform;
    }

    /** The demo as {@code ./trustframe demo} runs it. */
    public static RunningDemo start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /**
     * The demo with some settings changed, e.g. {@code trustframe.bank.hint-lifetime}. They are given as system
     * properties while the services start (each service binds its own settings then and ignores the others'), and
     * removed afterwards so that they reach no later platform in this JVM.
     */
    public static RunningDemo start(Path dataDir, Map<String, String> settings) {
        Map<Service, Integer> anyFreePort = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            anyFreePort.put(service, 0);
        }
        Properties system = System.getProperties();
        settings.forEach(system::setProperty);
        try {
            return new RunningDemo(Platform.start(new PlatformSettings(anyFreePort, dataDir, true)));
        } finally {
            settings.keySet().forEach(system::remove);
        }
    }

    public URI bank() {
        return platform.baseUrl(Service.BANK);
    }

    public URI identity() {
        return platform.baseUrl(Service.IDENTITY);
    }

    public URI verify() {
        return platform.baseUrl(Service.VERIFY);
    }

    @Override
    public void close() {
        platform.close();
    }
}
