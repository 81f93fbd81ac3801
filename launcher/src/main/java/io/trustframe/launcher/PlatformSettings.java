package io.trustframe.launcher;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the services listen and keep their data. Port 0 asks for a free port (tests use that).
 *
 * @param ports   the port per service
 * @param dataDir the folder holding each service's embedded database, under a sub-folder named after it
 * @param quiet   whether to keep the services' logs down to warnings
 * @param bankArgs more settings for the bank ({@code --trustframe.bank.…=…}), ones the demo does not set itself
 *                 (a repeated key would become a list), e.g. a short {@code payment-lifetime} for a test
 */
record PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet, List<String> bankArgs) {

    PlatformSettings {
        ports = Map.copyOf(new EnumMap<>(ports));
        dataDir = dataDir.toAbsolutePath().normalize();
        bankArgs = List.copyOf(bankArgs);
    }

    PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet) {
        this(ports, dataDir, quiet, List.of());
    }

    int port(Service service) {
        return ports.get(service);
    }
}
