package io.trustframe.launcher;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the services listen and keep their data. Port 0 asks for a free port (tests use that).
 *
 * @param ports   the port per service
 * @param dataDir the folder holding each service's embedded database, under a sub-folder named after it
 * @param quiet   whether to keep the services' logs down to warnings
 */
record PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet) {

    PlatformSettings {
        ports = Map.copyOf(new EnumMap<>(ports));
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    int port(Service service) {
        return ports.get(service);
    }
}
