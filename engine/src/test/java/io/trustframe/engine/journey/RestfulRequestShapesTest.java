package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.PolicyValidator;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a RESTful claims exchange puts its claims on the wire for each SendClaimsIn and AuthenticationType, and what
 * happens when the service fails outside the documented error contract.
 */
class RestfulRequestShapesTest {

    private record Seen(String method, String uri, Map<String, List<String>> headers, String body) {
    }

    private HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private TestPorts world;
    private volatile int status = 200;
    private String extraMetadata = "";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(new Seen(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] body = "{\"echo\":\"ok\",\"count\":3,\"flags\":[\"a\",\"b\"]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        world = new TestPorts();
        world.secret("B2C_1A_User", "api-user");
        world.secret("B2C_1A_Pass", "p@ss");
        world.secret("B2C_1A_FunctionKey", "fk-42");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private Outcome run(String sendClaimsIn, String authentication, String keys, String serviceSuffix) {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String xml = """
                <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                    PolicySchemaVersion="0.3.0.0" TenantId="contoso.example" PolicyId="B2C_1A_Rest"
                    PublicPolicyUri="http://contoso.example/B2C_1A_Rest">
                  <BuildingBlocks><ClaimsSchema>
                    <ClaimType Id="who"><DisplayName>who</DisplayName><DataType>string</DataType></ClaimType>
                    <ClaimType Id="vip"><DisplayName>vip</DisplayName><DataType>boolean</DataType></ClaimType>
                    <ClaimType Id="echo"><DisplayName>echo</DisplayName><DataType>string</DataType></ClaimType>
                    <ClaimType Id="count"><DisplayName>count</DisplayName><DataType>int</DataType></ClaimType>
                    <ClaimType Id="flags"><DisplayName>flags</DisplayName><DataType>stringCollection</DataType></ClaimType>
                  </ClaimsSchema></BuildingBlocks>
                  <ClaimsProviders><ClaimsProvider><DisplayName>REST</DisplayName><TechnicalProfiles>
                    <TechnicalProfile Id="Call">
                      <DisplayName>Call</DisplayName>
                      <Protocol Name="Proprietary" Handler="Web.TPEngine.Providers.RestfulProvider, Web.TPEngine, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" />
                      <Metadata>
                        <Item Key="ServiceUrl">%s/api%s</Item>
                        <Item Key="SendClaimsIn">%s</Item>
                        <Item Key="AuthenticationType">%s</Item>
                        %s
                      </Metadata>
                      <CryptographicKeys>%s</CryptographicKeys>
                      <InputClaims>
                        <InputClaim ClaimTypeReferenceId="who" DefaultValue="ada lovelace" />
                        <InputClaim ClaimTypeReferenceId="vip" DefaultValue="true" />
                      </InputClaims>
                      <OutputClaims>
                        <OutputClaim ClaimTypeReferenceId="echo" />
                        <OutputClaim ClaimTypeReferenceId="count" />
                        <OutputClaim ClaimTypeReferenceId="flags" />
                      </OutputClaims>
                    </TechnicalProfile>
                    <TechnicalProfile Id="JwtIssuer"><DisplayName>JWT</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
                  </TechnicalProfiles></ClaimsProvider></ClaimsProviders>
                  <UserJourneys><UserJourney Id="J"><OrchestrationSteps>
                    <OrchestrationStep Order="1" Type="ClaimsExchange"><ClaimsExchanges>
                      <ClaimsExchange Id="CallExchange" TechnicalProfileReferenceId="Call" />
                    </ClaimsExchanges></OrchestrationStep>
                    <OrchestrationStep Order="2" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
                  </OrchestrationSteps></UserJourney></UserJourneys>
                  <RelyingParty><DefaultUserJourney ReferenceId="J" />
                    <TechnicalProfile Id="PolicyProfile"><DisplayName>P</DisplayName><Protocol Name="OpenIdConnect" />
                      <OutputClaims>
                        <OutputClaim ClaimTypeReferenceId="echo" /><OutputClaim ClaimTypeReferenceId="count" />
                        <OutputClaim ClaimTypeReferenceId="flags" />
                      </OutputClaims>
                    </TechnicalProfile>
                  </RelyingParty>
                </TrustFrameworkPolicy>
                """.formatted(base, serviceSuffix, sendClaimsIn, authentication, extraMetadata, keys);
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_Rest.xml", xml));
        assertThat(PolicyValidator.validate(policies).lines()).noneMatch(l -> l.contains("error"));
        return new JourneyEngine(world.ports()).start(policies.relyingParty("B2C_1A_Rest"),
                JourneyRequest.of("contoso.example", "app", "https://app.example/cb"));
    }

    @Test
    void bodyIsJsonTypedByClaimTypeAndTheAnswerIsMappedToOutputClaims() {
        Outcome outcome = run("Body", "None", "", "");

        assertThat(seen.get(0).method()).isEqualTo("POST");
        assertThat(seen.get(0).body()).isEqualTo("{\"who\":\"ada lovelace\",\"vip\":true}");
        assertThat(((Outcome.Complete) outcome).claims()).containsEntry("echo", "ok").containsEntry("count", "3")
                .containsEntry("flags", "[\"a\",\"b\"]");
    }

    @Test
    void formWithBasicCredentialsFromPolicyKeys() {
        run("Form", "Basic", "<Key Id=\"BasicAuthenticationUsername\" StorageReferenceId=\"B2C_1A_User\" />"
                + "<Key Id=\"BasicAuthenticationPassword\" StorageReferenceId=\"B2C_1A_Pass\" />", "");

        assertThat(seen.get(0).body()).isEqualTo("who=ada+lovelace&vip=true");
        assertThat(seen.get(0).headers().get("Authorization")).containsExactly(
                "Basic " + Base64.getEncoder().encodeToString("api-user:p@ss".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void headersWithAnApiKeyHeaderNamedByTheKeyId() {
        run("Header", "ApiKeyHeader", "<Key Id=\"x-functions-key\" StorageReferenceId=\"B2C_1A_FunctionKey\" />", "");

        assertThat(seen.get(0).method()).isEqualTo("GET");
        assertThat(seen.get(0).headers().get("Who")).containsExactly("ada lovelace");
        assertThat(seen.get(0).headers().get("X-functions-key")).containsExactly("fk-42");
    }

    @Test
    void queryStringAndUrlPlaceholders() {
        run("QueryString", "None", "", "");
        run("Url", "None", "", "/users/{who}");

        assertThat(seen.get(0).uri()).isEqualTo("/api?who=ada+lovelace&vip=true");
        assertThat(seen.get(1).uri()).isEqualTo("/api/users/ada%20lovelace");
    }

    @Test
    void claimsFormatChangesNeitherTheRequestNorHowTheAnswerIsRead() {
        // The RESTful reference lists ClaimsFormat as "Not currently used, can be ignored"; the PSD2 walkthrough
        // still sets it to Form next to SendClaimsIn Form.
        Outcome plain = run("Body", "None", "", "");
        extraMetadata = "<Item Key=\"ClaimsFormat\">Form</Item>";
        Outcome withForm = run("Body", "None", "", "");
        extraMetadata = "<Item Key=\"ClaimsFormat\">QueryString</Item>";
        Outcome withQueryString = run("Body", "None", "", "");

        assertThat(seen).extracting(Seen::method, Seen::uri, Seen::body).containsOnly(
                tuple("POST", "/api", "{\"who\":\"ada lovelace\",\"vip\":true}"));
        assertThat(((Outcome.Complete) withForm).claims()).isEqualTo(((Outcome.Complete) plain).claims());
        assertThat(((Outcome.Complete) withQueryString).claims()).isEqualTo(((Outcome.Complete) plain).claims())
                .containsEntry("echo", "ok").containsEntry("count", "3");
    }

    @Test
    void aServerErrorFailsTheJourneyWithAadb2c90075() {
        status = 500;

        Outcome outcome = run("Body", "None", "", "");

        assertThat(((Outcome.Fail) outcome).error().code()).isEqualTo("AADB2C90075");
    }

    @Test
    void anUnreachableServiceFailsTheJourneyWithAadb2c90075() {
        server.stop(0);

        Outcome outcome = run("Body", "None", "", "");

        assertThat(((Outcome.Fail) outcome).error().code()).isEqualTo("AADB2C90075");
        assertThat(seen).isEmpty();
    }

    @Test
    void missingCredentialsFailInsteadOfCallingUnauthenticated() {
        Outcome outcome = run("Body", "Bearer", "<Key Id=\"BearerAuthenticationToken\" StorageReferenceId=\"B2C_1A_Missing\" />", "");

        assertThat(outcome).isInstanceOf(Outcome.Fail.class);
        assertThat(seen).isEmpty();
    }
}
