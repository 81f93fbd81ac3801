package io.trustframe.launcher;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where the services listen and keep their data. Port 0 asks for a free port (tests use that).
 *
 * @param ports         the port per service
 * @param dataDir       the folder holding each service's embedded database, under a sub-folder named after it
 * @param quiet         whether to keep the services' logs down to warnings
 * @param bankArgs      more settings for the bank ({@code --trustframe.bank.…=…}); one the demo sets itself replaces
 *                      the demo's (e.g. other policy names), others are added (e.g. a short {@code payment-lifetime})
 * @param twilioHostMap whether identity sends policies' calls to {@code api.twilio.com} and {@code verify.twilio.com}
 *                      to the local verify service (its {@code trustframe.identity.http.host-map}); false: they reach
 *                      the real Twilio
 */
record PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet, List<String> bankArgs,
                        boolean twilioHostMap) {

    PlatformSettings {
        ports = Map.copyOf(new EnumMap<>(ports));
        dataDir = dataDir.toAbsolutePath().normalize();
        bankArgs = List.copyOf(bankArgs);
    }

    PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet, List<String> bankArgs) {
        this(ports, dataDir, quiet, bankArgs, true);
    }

    PlatformSettings(Map<Service, Integer> ports, Path dataDir, boolean quiet) {
        this(ports, dataDir, quiet, List.of());
    }

    int port(Service service) {
        return ports.get(service);
    }
}
