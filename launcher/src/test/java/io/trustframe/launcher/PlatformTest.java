package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.verify.DevelopmentAccount;

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
    void theBannerNamesEveryServiceUrlTheOutboxAndTheDevelopmentTwilioCredentials() {
        String banner = DemoBanner.render(platform);

        for (Service service : Service.values()) {
            assertThat(banner).contains(platform.baseUrl(service).toString());
        }
        assertThat(banner).contains(platform.baseUrl(Service.VERIFY) + "/outbox");
        DevelopmentAccount account = platform.bean(Service.VERIFY, DevelopmentAccount.class).orElseThrow();
        assertThat(banner)
                .containsPattern("TWILIO_ACCOUNT_SID=AC[0-9a-f]{32}")
                .contains("TWILIO_ACCOUNT_SID=" + account.accountSid())
                .contains("TWILIO_AUTH_TOKEN=" + account.authToken())
                .containsPattern("TWILIO_VERIFY_SERVICE_SID=VA[0-9a-f]{32}");
    }

    @Test
    void theDevelopmentTwilioCredentialsOpenTheVerifyApi() throws Exception {
        DevelopmentAccount account = platform.bean(Service.VERIFY, DevelopmentAccount.class).orElseThrow();
        String basic = Base64.getEncoder().encodeToString(
                (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        platform.baseUrl(Service.VERIFY).resolve("/v2/Services/" + account.psd2ServiceSid()))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"psd2_enabled\":true");
    }
}
