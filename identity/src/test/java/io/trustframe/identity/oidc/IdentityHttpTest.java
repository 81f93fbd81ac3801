package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.trustframe.engine.policy.PolicySource;
import io.trustframe.identity.engine.CorpusFiles;
import io.trustframe.identity.engine.EnginePorts;
import io.trustframe.identity.tenants.Tenants;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity service on a random port, set up the way an administrator would: a tenant, its token keys and policies
 * through the admin API; then driven over real HTTP like a relying party and a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=identity",
        "trustframe.identity.db.url=jdbc:h2:mem:identity-oidc;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "trustframe.identity.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
        "trustframe.identity.admin.token=" + IdentityHttpTest.TOKEN,
        "trustframe.data-dir=target/oidc-test-data"})
abstract class IdentityHttpTest {

    static final String TOKEN = "test-admin-token-oidc-0123456789";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The starter pack's upload order: each file after its base. */
    static final List<String> LOCAL_ACCOUNTS = List.of("TrustFrameworkBase.xml", "TrustFrameworkLocalization.xml",
            "TrustFrameworkExtensions.xml", "SignUpOrSignin.xml", "ProfileEdit.xml", "PasswordReset.xml");

    /** Trustframe's own policies in upload order: base first (PolicyTemplates.FILES in the launcher). */
    static final List<String> TRUSTFRAME_POLICIES = List.of("TrustframeBase.xml", "TrustframeLocalization.xml",
            "TrustframeExtensions.xml", "SignUpOrSignIn.xml", "StepUp.xml", "PasswordReset.xml", "ProfileEdit.xml");

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    EnginePorts ports;
    @Autowired
    Tenants tenants;

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET());
    }

    HttpResponse<String> admin(String method, String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** A confidential client: its app id and the client secret shown once when it was registered. */
    record WebApp(String clientId, String clientSecret) {
    }

    /** Registers a web app (a confidential client) named {@code name} with one redirect URI. */
    WebApp registerWebApp(String tenant, String name, String redirectUri) {
        JsonNode app = json(admin("POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"" + name + "\",\"web\":{\"redirectUris\":[\"" + redirectUri + "\"]}}"));
        return new WebApp(app.path("appId").asString(), app.path("passwordCredentials").get(0).path("secretText").asString());
    }

    /** The first code the journey e-mailed to {@code email} in {@code tenant}. */
    String mailedCode(String tenant, String email) {
        return ports.outbox().to(tenants.find(tenant).orElseThrow(), email).get(0).code();
    }

    /**
     * Signs {@code email} up as a local account on the starter pack's pages, from the sign-in page the browser shows:
     * sign-up, the e-mailed code, then the password and the names. The browser is left where the last page sent it.
     */
    void signUpOnPages(PageBrowser browser, String tenant, String email, String password, String displayName,
            String givenName, String surname) {
        browser.press("choose:SignUpWithLogonEmailExchange", Map.of());
        browser.press("control:Verified.email:SendCode", Map.of("email", email));
        browser.press("control:Verified.email:VerifyCode", Map.of("email", email, "verificationCode",
                mailedCode(tenant, email)));
        browser.press("continue", Map.of("email", email, "newPassword", password, "reenterPassword", password,
                "displayName", displayName, "givenName", givenName, "surname", surname));
    }

    /** A new tenant: its name. */
    String newTenant() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertThat(admin("POST", "/admin/tenants", "application/json", "{\"name\":\"" + name + "\"}").statusCode())
                .isEqualTo(201);
        return name;
    }

    /** The token keys the starter pack names, generated as its README says. */
    void generateTokenKeys(String tenant) {
        for (String[] key : new String[][] {{"TokenSigningKeyContainer", "sig"}, {"TokenEncryptionKeyContainer", "enc"}}) {
            String keySets = "/graph/" + tenant + "/beta/trustFramework/keySets";
            assertThat(admin("POST", keySets, "application/json", "{\"id\":\"" + key[0] + "\"}").statusCode()).isEqualTo(201);
            assertThat(admin("POST", keySets + "/B2C_1A_" + key[0] + "/generateKey", "application/json",
                    "{\"use\":\"" + key[1] + "\",\"kty\":\"RSA\"}").statusCode()).isEqualTo(200);
        }
    }

    /** The starter pack's LocalAccounts with the documented edit (yourtenant → the tenant), uploaded in order. */
    void uploadLocalAccounts(String tenant) {
        uploadCorpus(tenant, "starterpack/LocalAccounts", LOCAL_ACCOUNTS);
    }

    /** Files of a corpus folder with the documented edit (yourtenant → the tenant), uploaded in the order given. */
    void uploadCorpus(String tenant, String folder, List<String> order) {
        uploadCorpus(tenant, folder, order, (file, xml) -> xml);
    }

    /** As {@link #uploadCorpus(String, String, List)}, each file's text then changed by {@code edit(file name, text)}. */
    void uploadCorpus(String tenant, String folder, List<String> order, BinaryOperator<String> edit) {
        Map<String, PolicySource> files = CorpusFiles.sources(folder).stream()
                .collect(Collectors.toMap(s -> s.name().substring(s.name().lastIndexOf('/') + 1), s -> s));
        for (String file : order) {
            uploadPolicy(tenant, file, edit.apply(file, files.get(file).text().replace("yourtenant", tenant)));
        }
    }

    /** Trustframe's own policies from the classpath with their tokens filled in (the bank is {@code clientId}). */
    void uploadTrustframePolicies(String tenant, String clientId) {
        uploadTrustframePolicies(tenant, clientId, Map.of());
    }

    /** Trustframe's own policies with their tokens filled in and each of {@code edits}' keys replaced by its value. */
    void uploadTrustframePolicies(String tenant, String clientId, Map<String, String> edits) {
        Map<String, String> tokens = new LinkedHashMap<>(edits);
        tokens.putAll(Map.of("__TENANT__", tenant + ".onmicrosoft.com",
                "__VERIFY_BASE_URL__", "http://localhost:8082",
                "__VERIFY_SERVICE_SID__", "VA00000000000000000000000000000000",
                "__TWILIO_ACCOUNT_SID__", "AC00000000000000000000000000000000", "__SMS_FROM__", "Trustframe",
                "__BANK_METADATA_URL__", "http://localhost:8080/.well-known/openid-configuration",
                "__BANK_CLIENT_ID__", clientId));
        for (String name : TRUSTFRAME_POLICIES) {
            String xml;
            try (InputStream in = IdentityHttpTest.class.getResourceAsStream("/policies/trustframe/" + name)) {
                assertThat(in).as(name + " on the classpath").isNotNull();
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                xml = xml.replace(token.getKey(), token.getValue());
            }
            uploadPolicy(tenant, name, xml);
        }
    }

    private void uploadPolicy(String tenant, String file, String xml) {
        String id = xml.replaceFirst("(?s).*?PolicyId=\"([^\"]+)\".*", "$1");
        HttpResponse<String> uploaded = admin("PUT", "/graph/" + tenant + "/beta/trustFramework/policies/" + id + "/$value",
                "application/xml", xml);
        assertThat(uploaded.statusCode()).as(file + ": " + uploaded.body()).isEqualTo(201);
    }
}
