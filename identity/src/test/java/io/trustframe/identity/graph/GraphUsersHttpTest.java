package io.trustframe.identity.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class GraphUsersHttpTest extends AdminApiTest {

    private static String newUser(String email, String password) {
        return """
                {
                  "displayName": "John Smith",
                  "givenName": "John",
                  "surname": "Smith",
                  "identities": [
                    {"signInType": "emailAddress", "issuer": "contoso.onmicrosoft.com", "issuerAssignedId": "%s"},
                    {"signInType": "federated", "issuer": "facebook.com", "issuerAssignedId": "%s"}
                  ],
                  "passwordProfile": {"password": "%s", "forceChangePasswordNextSignIn": false},
                  "passwordPolicies": "DisablePasswordExpiration",
                  "strongAuthenticationPhoneNumber": "+44 7700900123",
                  "extension_1b2c3d4e5f60718293a4b5c6d7e8f901_loyaltyNumber": "L-42"
                }""".formatted(email, UUID.randomUUID(), password);
    }

    @Test
    void aUserCreatedWithIdentitiesCanBeReadByIdUserPrincipalNameAndIdentityFilter() {
        String email = "john." + UUID.randomUUID() + "@example.com";
        Response created = post("/v1.0/users", newUser(email, "Secret-Passw0rd"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(created.body().path("userPrincipalName").asString()).isEqualTo(id + "@contoso.onmicrosoft.com");
        assertThat(created.body().path("creationType").asString()).isEqualTo("LocalAccount");
        assertThat(created.body().path("strongAuthenticationPhoneNumber").asString()).isEqualTo("+44 7700900123");
        assertThat(created.body().path("extension_1b2c3d4e5f60718293a4b5c6d7e8f901_loyaltyNumber").asString()).isEqualTo("L-42");
        assertThat(signInTypes(created.body())).containsExactly("emailAddress", "federated", "userPrincipalName");
        assertThat(created.text()).doesNotContain("Secret-Passw0rd").doesNotContain("argon2");

        assertThat(get("/v1.0/users/" + id).body().path("displayName").asString()).isEqualTo("John Smith");
        assertThat(get("/v1.0/users/" + id + "@contoso.onmicrosoft.com").status()).isEqualTo(200);
        Response filtered = get("/v1.0/users?$filter=" + encode("identities/any(c:c/issuerAssignedId eq '"
                + email.toUpperCase() + "' and c/issuer eq 'contoso.onmicrosoft.com')"));
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.body().path("value")).hasSize(1);
        assertThat(filtered.body().path("value").get(0).path("id").asString()).isEqualTo(id);
    }

    @Test
    void longListsArePagedWithNextLinks() {
        for (int i = 0; i < 3; i++) {
            post("/graph/contoso/v1.0/users", newUser("page." + UUID.randomUUID() + "@example.com", "Secret-Passw0rd"));
        }
        List<String> seen = new ArrayList<>();
        String next = "/v1.0/users?$top=2";
        int pages = 0;
        while (next != null) {
            JsonNode page = get(next).body();
            page.path("value").forEach(user -> seen.add(user.path("id").asString()));
            next = page.has("@odata.nextLink")
                    ? java.net.URI.create(page.path("@odata.nextLink").asString()).getRawPath() + "?"
                            + java.net.URI.create(page.path("@odata.nextLink").asString()).getRawQuery()
                    : null;
            pages++;
        }
        List<String> all = new ArrayList<>();
        get("/v1.0/users?$top=999").body().path("value").forEach(user -> all.add(user.path("id").asString()));

        assertThat(seen).containsExactlyElementsOf(all).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((all.size() + 1) / 2);
        assertThat(get("/v1.0/users?$skiptoken=-1").status()).isEqualTo(400);
    }

    @Test
    void theTenantCanBeNamedByNameDomainOrGuid() {
        String guid = get("/admin/tenants").body().path("value").get(0).path("id").asString();
        String id = post("/graph/contoso/v1.0/users", newUser("t." + UUID.randomUUID() + "@example.com", "Secret-Passw0rd"))
                .body().path("id").asString();

        assertThat(get("/graph/contoso.onmicrosoft.com/v1.0/users/" + id).status()).isEqualTo(200);
        assertThat(get("/graph/" + guid + "/v1.0/users/" + id).status()).isEqualTo(200);
        Response unknown = get("/graph/fabrikam/v1.0/users/" + id);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("Request_ResourceNotFound");
    }

    @Test
    void patchChangesTheNamedPropertiesAndANewPasswordAndDeleteRemovesTheUser() {
        String id = post("/v1.0/users", newUser("p." + UUID.randomUUID() + "@example.com", "Secret-Passw0rd"))
                .body().path("id").asString();

        Response patched = patch("/v1.0/users/" + id, """
                {"displayName": "J. Smith", "surname": null, "accountEnabled": false,
                 "strongAuthenticationPhoneNumber": "+14255550123",
                 "extension_1b2c3d4e5f60718293a4b5c6d7e8f901_loyaltyNumber": null,
                 "passwordProfile": {"password": "Another-Passw0rd"}}""");

        assertThat(patched.status()).isEqualTo(204);
        JsonNode user = get("/v1.0/users/" + id).body();
        assertThat(user.path("displayName").asString()).isEqualTo("J. Smith");
        assertThat(user.path("givenName").asString()).isEqualTo("John");
        assertThat(user.path("surname").isNull()).isTrue();
        assertThat(user.path("accountEnabled").asBoolean()).isFalse();
        assertThat(user.path("strongAuthenticationPhoneNumber").asString()).isEqualTo("+14255550123");
        assertThat(user.has("extension_1b2c3d4e5f60718293a4b5c6d7e8f901_loyaltyNumber")).isFalse();
        assertThat(delete("/v1.0/users/" + id).status()).isEqualTo(204);
        Response gone = get("/v1.0/users/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).isEqualTo("Request_ResourceNotFound");
        assertThat(delete("/v1.0/users/" + id).status()).isEqualTo(404);
    }

    @Test
    void aSignInNameTakenByAnotherUserIsABadRequest() {
        String email = "dup." + UUID.randomUUID() + "@example.com";
        assertThat(post("/v1.0/users", newUser(email, "Secret-Passw0rd")).status()).isEqualTo(201);

        Response duplicate = post("/v1.0/users", newUser(email.toUpperCase(), "Secret-Passw0rd"));

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(duplicate.errorMessage()).contains("identities already exists");
    }

    @Test
    void badInputGetsGraphErrorsThatNameTheProblemAndNeverEchoThePassword() {
        Response weak = post("/v1.0/users", newUser("w." + UUID.randomUUID() + "@example.com", "weakpass"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(weak.errorMessage()).contains("password complexity");
        assertThat(weak.text()).doesNotContain("weakpass");

        Response unknown = post("/v1.0/users", "{\"displayName\":\"x\",\"favouriteColour\":\"blue\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.errorMessage()).isEqualTo("Property 'favouriteColour' does not exist on type 'microsoft.graph.user'.");

        Response wrongType = post("/v1.0/users", "{\"displayName\": 42}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorMessage()).contains("'displayName'");

        Response notJson = post("/v1.0/users", "{\"displayName\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(notJson.body().path("error").path("innerError").has("request-id")).isTrue();

        Response badFilter = get("/v1.0/users?$filter=" + encode("startswith(displayName,'J')"));
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.errorCode()).isEqualTo("Request_UnsupportedQuery");

        assertThat(get("/v1.0/users?$top=1000").status()).isEqualTo(400);
        assertThat(get("/v1.0/users/not-a-guid").status()).isEqualTo(404);
    }

    @Test
    void requestsWithoutTheAdminTokenAreRejectedBeforeAnythingHappens() {
        String email = "anon." + UUID.randomUUID() + "@example.com";
        String body = newUser(email, "Secret-Passw0rd");

        Response none = send(request("/v1.0/users").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)), null);
        Response wrongBearer = send(request("/v1.0/users").GET(), "Bearer not-the-token");
        Response wrongBasic = send(request("/beta/trustFramework/keySets").GET(), basic("admin", "not-the-token"));
        Response admin = send(request("/admin/tenants").GET(), "Bearer " + TOKEN.substring(1));

        for (Response rejected : List.of(none, wrongBearer, wrongBasic, admin)) {
            assertThat(rejected.status()).isEqualTo(401);
            assertThat(rejected.errorCode()).isEqualTo("InvalidAuthenticationToken");
            assertThat(rejected.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).contains("Bearer"));
        }
        assertThat(none.errorMessage()).isEqualTo("Access token is empty.");
        assertThat(get("/v1.0/users?$filter=" + encode("identities/any(c:c/issuerAssignedId eq '" + email
                + "' and c/issuer eq 'contoso.onmicrosoft.com')")).body().path("value")).isEmpty();
        assertThat(send(request("/v1.0/users?$top=1").GET(), basic("anyone", TOKEN)).status()).isEqualTo(200);
    }

    @Test
    void bodiesThatAreNotJsonOrTooLargeAndUnsupportedRequestsGetGraphErrors() {
        Response text = send(request("/v1.0/users").header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("displayName=x")), "Bearer " + TOKEN);
        Response huge = post("/v1.0/users", "{\"displayName\":\"" + "x".repeat(1024 * 1024) + "\"}");
        Response wrongMethod = send(request("/v1.0/users").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"), "Bearer " + TOKEN);

        assertThat(text.status()).isEqualTo(415);
        assertThat(text.errorCode()).isEqualTo("Request_BadRequest");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.errorCode()).isEqualTo("Request_EntityTooLarge");
        assertThat(wrongMethod.status()).isEqualTo(400);
        assertThat(wrongMethod.errorMessage()).startsWith("Unsupported request: PUT /v1.0/users.");
        assertThat(get("/v1.0/groups").errorMessage()).startsWith("Unsupported request: GET /v1.0/groups.");
    }

    private static List<String> signInTypes(JsonNode user) {
        List<String> types = new ArrayList<>();
        user.path("identities").forEach(identity -> types.add(identity.path("signInType").asString()));
        return types;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
