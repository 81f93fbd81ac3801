package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.spi.ClientCertificate;
import io.trustframe.engine.spi.JdkHttpCaller;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RESTful AuthenticationType ClientCertificate against a local HTTPS service that demands a client certificate and
 * trusts only the one uploaded as the policy key.
 */
class RestfulClientCertificateTest {

    private static final char[] PASSWORD = "test".toCharArray();

    private HttpsServer server;
    private final List<String> presented = new CopyOnWriteArrayList<>();
    private TestPorts world;
    private ClientCertificate trusted;
    private ClientCertificate stranger;

    @BeforeEach
    void start() throws Exception {
        KeyPair serverKeys = rsa();
        X509Certificate serverCertificate = selfSigned(serverKeys, "rest.contoso.example", true);
        KeyPair clientKeys = rsa();
        trusted = new ClientCertificate(clientKeys.getPrivate(), List.of(selfSigned(clientKeys, "b2c-client", false)));
        KeyPair strangerKeys = rsa();
        stranger = new ClientCertificate(strangerKeys.getPrivate(), List.of(selfSigned(strangerKeys, "stranger", false)));

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext(serverKeys, serverCertificate)) {
            @Override
            public void configure(HttpsParameters parameters) {
                var ssl = getSSLContext().getDefaultSSLParameters();
                ssl.setNeedClientAuth(true);
                parameters.setSSLParameters(ssl);
            }
        });
        server.createContext("/", exchange -> {
            var peer = (X509Certificate) ((HttpsExchange) exchange).getSSLSession().getPeerCertificates()[0];
            presented.add(peer.getSubjectX500Principal().getName());
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"membership\":\"gold\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();

        world = new TestPorts();
        world.http = new JdkHttpCaller(trustStore(serverCertificate));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theCertificateFromThePolicyKeyIsPresentedAndTheCallSucceeds() {
        world.certificates.put("b2c_1a_restclientcertificate", trusted);

        Outcome outcome = run();

        assertThat(presented).containsExactly("CN=b2c-client");
        assertThat(((Outcome.Complete) outcome).claims()).containsEntry("membership", "gold");
    }

    @Test
    void aCertificateTheServiceDoesNotTrustFailsTheJourney() {
        world.certificates.put("b2c_1a_restclientcertificate", stranger);

        Outcome outcome = run();

        assertThat(presented).isEmpty();
        assertThat(((Outcome.Fail) outcome).error().code()).isEqualTo("AADB2C90075");
    }

    @Test
    void aMissingPolicyKeyFailsWithoutCallingTheService() {
        Outcome outcome = run();

        assertThat(presented).isEmpty();
        Outcome.Fail fail = (Outcome.Fail) outcome;
        assertThat(fail.error().code()).isEqualTo("AADB2C90075");
        assertThat(fail.userMessage()).contains("client certificate of REST-Membership").contains("not in the policy keys");
    }

    private Outcome run() {
        String xml = """
                <TrustFrameworkPolicy xmlns="http://schemas.microsoft.com/online/cpim/schemas/2013/06"
                    PolicySchemaVersion="0.3.0.0" TenantId="contoso.example" PolicyId="B2C_1A_Cert"
                    PublicPolicyUri="http://contoso.example/B2C_1A_Cert">
                  <BuildingBlocks><ClaimsSchema>
                    <ClaimType Id="email"><DisplayName>email</DisplayName><DataType>string</DataType></ClaimType>
                    <ClaimType Id="membership"><DisplayName>membership</DisplayName><DataType>string</DataType></ClaimType>
                  </ClaimsSchema></BuildingBlocks>
                  <ClaimsProviders><ClaimsProvider><DisplayName>REST</DisplayName><TechnicalProfiles>
                    <TechnicalProfile Id="REST-Membership">
                      <DisplayName>Membership</DisplayName>
                      <Protocol Name="Proprietary" Handler="Web.TPEngine.Providers.RestfulProvider, Web.TPEngine, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" />
                      <Metadata>
                        <Item Key="ServiceUrl">https://127.0.0.1:%d/api/membership</Item>
                        <Item Key="AuthenticationType">ClientCertificate</Item>
                        <Item Key="SendClaimsIn">Body</Item>
                      </Metadata>
                      <CryptographicKeys>
                        <Key Id="ClientCertificate" StorageReferenceId="B2C_1A_RestClientCertificate" />
                      </CryptographicKeys>
                      <InputClaims><InputClaim ClaimTypeReferenceId="email" DefaultValue="ada@contoso.example" /></InputClaims>
                      <OutputClaims><OutputClaim ClaimTypeReferenceId="membership" /></OutputClaims>
                    </TechnicalProfile>
                    <TechnicalProfile Id="JwtIssuer"><DisplayName>JWT</DisplayName><Protocol Name="OpenIdConnect" /></TechnicalProfile>
                  </TechnicalProfiles></ClaimsProvider></ClaimsProviders>
                  <UserJourneys><UserJourney Id="J"><OrchestrationSteps>
                    <OrchestrationStep Order="1" Type="ClaimsExchange"><ClaimsExchanges>
                      <ClaimsExchange Id="Membership" TechnicalProfileReferenceId="REST-Membership" />
                    </ClaimsExchanges></OrchestrationStep>
                    <OrchestrationStep Order="2" Type="SendClaims" CpimIssuerTechnicalProfileReferenceId="JwtIssuer" />
                  </OrchestrationSteps></UserJourney></UserJourneys>
                  <RelyingParty><DefaultUserJourney ReferenceId="J" />
                    <TechnicalProfile Id="PolicyProfile"><DisplayName>P</DisplayName><Protocol Name="OpenIdConnect" />
                      <OutputClaims><OutputClaim ClaimTypeReferenceId="membership" /></OutputClaims>
                    </TechnicalProfile>
                  </RelyingParty>
                </TrustFrameworkPolicy>
                """.formatted(server.getAddress().getPort());
        var policies = PolicyLoader.load(PolicySource.of("B2C_1A_Cert.xml", xml));
        return new JourneyEngine(world.ports()).start(policies.relyingParty("B2C_1A_Cert"),
                JourneyRequest.of("contoso.example", "app", "https://app.example/cb"));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A self-signed certificate; the server's names 127.0.0.1 so that the client's host name check passes. */
    private static X509Certificate selfSigned(KeyPair keys, String commonName, boolean server) throws Exception {
        Instant now = Instant.now();
        X500Name name = new X500Name("CN=" + commonName);
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(3600)), name, keys.getPublic());
        if (server) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, "127.0.0.1")));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    private static KeyStore trustStore(X509Certificate... certificates) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (int i = 0; i < certificates.length; i++) {
            store.setCertificateEntry("trusted-" + i, certificates[i]);
        }
        return store;
    }

    /** The service presents its own certificate and trusts only the policy key's client certificate. */
    private SSLContext serverContext(KeyPair keys, X509Certificate certificate) throws Exception {
        KeyStore own = KeyStore.getInstance("PKCS12");
        own.load(null, null);
        own.setKeyEntry("server", keys.getPrivate(), PASSWORD, new X509Certificate[] {certificate});
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(own, PASSWORD);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trustStore(trusted.chain().get(0)));
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }
}
