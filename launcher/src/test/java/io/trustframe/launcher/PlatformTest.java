package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.bank.BankProperties;
import io.trustframe.identity.apps.AppRegistrations;
import io.trustframe.identity.apps.Application;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.policies.TenantPolicies;
import io.trustframe.identity.tenants.DefaultTenant;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.launcher.policies.PolicyTemplates;
import io.trustframe.verify.DevelopmentAccount;

@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
        assertThat(banner).contains(platform.baseUrl(Service.BANK) + "/  → Sign up");
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

    private static Tenant contoso() {
        return platform.bean(Service.IDENTITY, DefaultTenant.class).orElseThrow().get();
    }

    private static Application bankApp() {
        UUID clientId = UUID.fromString(platform.bean(Service.BANK, BankProperties.class).orElseThrow().clientId());
        return platform.bean(Service.IDENTITY, AppRegistrations.class).orElseThrow()
                .find(contoso(), clientId).orElseThrow();
    }

    @Test
    void theBankIsRegisteredAtIdentityWithItsActualRedirectUrisAndTheSecretItWasGiven() {
        BankProperties bank = platform.bean(Service.BANK, BankProperties.class).orElseThrow();
        Application app = bankApp();
        String bankUrl = platform.baseUrl(Service.BANK).toString();

        assertThat(contoso().name()).isEqualTo("contoso");
        assertThat(bank.tenantId()).isEqualTo(contoso().id().toString());
        assertThat(app.publicClient()).isFalse();
        assertThat(app.allowsRedirectUri(bankUrl + "/signin-oidc")).isTrue();
        assertThat(app.allowsRedirectUri(bankUrl + "/payments/step-up")).isTrue();
        assertThat(app.allowsRedirectUri(bankUrl + "/")).as("back to the bank after sign-out").isTrue();
        assertThat(platform.bean(Service.IDENTITY, AppRegistrations.class).orElseThrow()
                .verifySecret(contoso(), app.appId(), bank.clientSecret())).isTrue();
        Path secretFile = dataDir.resolve("bank").resolve("client-secret");
        assertThat(secretFile).exists();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            try {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile)))
                        .isEqualTo("rw-------");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void identityHoldsThePolicyKeysAndTrustframesPolicies() {
        PolicyKeys keys = platform.bean(Service.IDENTITY, PolicyKeys.class).orElseThrow();
        DevelopmentAccount account = platform.bean(Service.VERIFY, DevelopmentAccount.class).orElseThrow();
        assertThat(keys.activeKey(contoso(), "B2C_1A_TokenSigningKeyContainer").orElseThrow().rsa()).isPresent();
        assertThat(keys.activeKey(contoso(), "B2C_1A_TokenEncryptionKeyContainer").orElseThrow().rsa()).isPresent();
        assertThat(new String(keys.activeKey(contoso(), "B2C_1A_B2cRestTwilioClientId").orElseThrow().secret()
                .orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(account.accountSid());
        assertThat(new String(keys.activeKey(contoso(), "B2C_1A_B2cRestTwilioClientSecret").orElseThrow().secret()
                .orElseThrow(), StandardCharsets.UTF_8)).isEqualTo(account.authToken());
        TenantPolicies policies = platform.bean(Service.IDENTITY, TenantPolicies.class).orElseThrow();
        assertThat(policies.list(contoso())).hasSize(PolicyTemplates.FILES.size());
        assertThat(policies.find(contoso(), PolicyTemplates.STEP_UP)).isPresent();
        assertThat(policies.find(contoso(), "B2C_1A_TF_Extensions").orElseThrow().xml())
                .contains(platform.baseUrl(Service.BANK) + "/.well-known/openid-configuration")
                .contains(platform.baseUrl(Service.VERIFY).toString())
                .contains(bankApp().appId().toString());
    }

    @Test
    void identityServesDiscoveryForTheStepUpPolicy() throws Exception {
        URI discovery = platform.baseUrl(Service.IDENTITY)
                .resolve("/contoso/" + PolicyTemplates.STEP_UP + "/v2.0/.well-known/openid-configuration");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(discovery).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"issuer\"");
    }

    @Test
    void theBanksSignInRedirectsToIdentityWhichAnswersWithItsSignInPage() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> redirect = client.send(HttpRequest.newBuilder(
                        platform.baseUrl(Service.BANK).resolve("/oauth2/authorization/sign-in")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(platform.baseUrl(Service.IDENTITY) + "/")
                .contains("/oauth2/v2.0/authorize")
                .containsIgnoringCase(PolicyTemplates.SIGN_UP_OR_SIGN_IN)
                .contains("client_id=" + bankApp().appId());

        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).as(page.body()).containsIgnoringCase("<form").containsIgnoringCase("password")
                .doesNotContain("AADB2C");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aSecondStartOnTheSameDataFolderSeedsNothingTwice() {
        Tenant before = contoso();
        UUID clientId = bankApp().appId();
        int apps = platform.bean(Service.IDENTITY, AppRegistrations.class).orElseThrow().list(before).size();
        PolicyKeys keys = platform.bean(Service.IDENTITY, PolicyKeys.class).orElseThrow();
        int keyVersions = keys.keySets(before).stream().mapToInt(set -> set.keys().size()).sum();
        long policyVersion = policyVersion(before);
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, platform.port(service));
        }
        platform.close();

        // The same ports: the same redirect URIs and policy values, so nothing is registered, generated or uploaded.
        platform = Platform.start(new PlatformSettings(ports, dataDir, true));

        Tenant after = contoso();
        assertThat(after).isEqualTo(before);
        assertThat(bankApp().appId()).isEqualTo(clientId);
        assertThat(platform.bean(Service.IDENTITY, AppRegistrations.class).orElseThrow().list(after)).hasSize(apps);
        PolicyKeys keysAfter = platform.bean(Service.IDENTITY, PolicyKeys.class).orElseThrow();
        assertThat(keysAfter.keySets(after).stream().mapToInt(set -> set.keys().size()).sum()).isEqualTo(keyVersions);
        assertThat(platform.bean(Service.IDENTITY, TenantPolicies.class).orElseThrow().list(after))
                .hasSize(PolicyTemplates.FILES.size());
        assertThat(policyVersion).isPositive();
        assertThat(policyVersion(after)).isEqualTo(policyVersion);
    }

    private static long policyVersion(Tenant tenant) {
        return platform.bean(Service.IDENTITY, io.trustframe.identity.policies.PolicyFiles.class).orElseThrow()
                .version(tenant.id());
    }
}
