package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformTest {

    @TempDir
    static Path dataDir;

    private static Platform platform;

    @BeforeAll
    static void startOnFreePorts() {
        Map<Service, Integer> anyFreePort = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            anyFreePort.put(service, 0);
        }
        platform = Platform.start(new PlatformSettings(anyFreePort, dataDir, true));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void everyServiceAnswersHealthUp() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (Service service : Service.values()) {
            URI health = platform.baseUrl(service).resolve("/actuator/health");
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(health).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(service + " health").isEqualTo(200);
            assertThat(response.body()).as(service + " health").contains("\"status\":\"UP\"");
        }
    }

    @Test
    void eachServiceListensOnItsOwnPort() {
        assertThat(platform.port(Service.BANK))
                .isNotEqualTo(platform.port(Service.IDENTITY))
                .isNotEqualTo(platform.port(Service.VERIFY));
        assertThat(platform.port(Service.IDENTITY)).isNotEqualTo(platform.port(Service.VERIFY));
    }

    @Test
    void eachServiceKeepsItsDatabaseInItsOwnFolderUnderTheDataFolder() {
        for (Service service : Service.values()) {
            assertThat(dataDir.resolve(service.serviceName()).resolve(service.serviceName() + ".mv.db"))
                    .as(service + " database file")
                    .exists();
        }
    }

    @Test
    void theBannerNamesEveryServiceUrl() {
        String banner = DemoBanner.render(platform);

        for (Service service : Service.values()) {
            assertThat(banner).contains(platform.baseUrl(service).toString());
        }
    }
}
