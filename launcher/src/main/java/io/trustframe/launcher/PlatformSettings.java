package io.trustframe.launcher;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the services listen and keep their data. Port 0 asks for a free port (tests use that).
 *
 * @param ports          the port per service
 * @param dataDir        the folder holding each service's embedded database, under a sub-folder named after it
 * @param quiet          whether to keep the services' logs down to warnings
 * @param twilioHostMap  whether identity sends policies' calls to {@code api.twilio.com} and {@code verify.twilio.com}
 *                       to the local verify service (its {@code trustframe.identity.http.host-map}); false: they
 *                       reach the real Twilio
 * @param bankSettings   {@code trustframe.bank.*} settings that replace the demo's own (e.g. other policy names)
 */
record PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet, boolean twilioHostMap,
                        Map<String, String> bankSettings) {

    PlatformSettings {
        ports = Map.copyOf(new EnumMap<>(ports));
        dataDir = dataDir.toAbsolutePath().normalize();
        bankSettings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bankSettings));
    }

    PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet) {
        this(ports, dataDir, quiet, true, Map.of());
    }

    int port(Service service) {
        return ports.get(service);
    }
}
