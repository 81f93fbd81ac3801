package io.trustframe.identity.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;

import io.trustframe.identity.MutableClock;
import io.trustframe.identity.TestCertificates;
import io.trustframe.identity.tenants.JdbcTenants;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/identity")
class PolicyKeysTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final String MASTER = Base64.getEncoder().encodeToString(new byte[32]);

    private final MutableClock clock = new MutableClock(START);
    private final SecureRandom random = new SecureRandom();

    private PolicyKeys keys(TestDatabase db, String masterKey) {
        return new PolicyKeys(new JdbcPolicyKeyStore(db.jdbc(),
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource())), clock),
                new SecretEnvelope(MasterKey.fromBase64(masterKey), random), clock, random);
    }

    private Tenant tenant(TestDatabase db) {
        return new JdbcTenants(db.jdbc(), clock).create("contoso");
    }

    @DatabaseTest
    void containerNamesGetTheB2cPrefixAndMatchInAnyCase(TestDatabase db) {
        PolicyKeys keys = keys(db, MASTER);
        Tenant contoso = tenant(db);

        KeySet created = keys.createKeySet(contoso, "TokenSigningKeyContainer");

        assertThat(created.name()).isEqualTo("B2C_1A_TokenSigningKeyContainer");
        assertThat(keys.keySet(contoso, "b2c_1a_tokensigningkeycontainer")).map(KeySet::name)
                .contains("B2C_1A_TokenSigningKeyContainer");
        assertThat(keys.keySet(contoso, "TokenSigningKeyContainer")).isPresent();
        assertThatThrownBy(() -> keys.createKeySet(contoso, "B2C_1A_TOKENSIGNINGKEYCONTAINER"))
                .isInstanceOfSatisfying(PolicyKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyKeyException.Reason.KEY_SET_EXISTS));
        assertThatThrownBy(() -> keys.createKeySet(contoso, "bad name!"))
                .isInstanceOfSatisfying(PolicyKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyKeyException.Reason.INVALID_NAME));
    }

    @DatabaseTest
    void aManualSecretIsStoredSealedAndOpensAfterARestartWithTheSameMasterKey(TestDatabase db) {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "RestApiPassword");
        String secret = "Tr0ub4dor&3-rest-api-password";

        keys.uploadSecret(contoso, "RestApiPassword", KeyUse.SIG, secret, null, null);

        String stored = db.jdbc().sql("SELECT sealed_secret FROM policy_keys").query(String.class).single();
        assertThat(stored).doesNotContain(secret)
                .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        PolicyKeys afterRestart = keys(db, MASTER);
        assertThat(afterRestart.activeKey(contoso, "B2C_1A_RestApiPassword"))
                .flatMap(KeyMaterial::secret)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .contains(secret);
    }

    @DatabaseTest
    void anotherMasterKeyCannotOpenStoredSecrets(TestDatabase db) {
        Tenant contoso = tenant(db);
        keys(db, MASTER).createKeySet(contoso, "Secret");
        keys(db, MASTER).generate(contoso, "Secret", KeyType.OCT, KeyUse.SIG, null, null);
        byte[] other = new byte[32];
        other[0] = 1;

        PolicyKeys withOtherKey = keys(db, Base64.getEncoder().encodeToString(other));

        assertThatThrownBy(() -> withOtherKey.activeKey(contoso, "Secret"))
                .isInstanceOf(SecretEnvelope.SealedSecretException.class)
                .hasMessageContaining("different master key");
    }

    @DatabaseTest
    void aSealedSecretMovedToAnotherKeyDoesNotOpen(TestDatabase db) {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "Secret");
        keys.uploadSecret(contoso, "Secret", KeyUse.SIG, "first", null, null);
        keys.uploadSecret(contoso, "Secret", KeyUse.SIG, "second", null, null);

        db.jdbc().sql("UPDATE policy_keys SET sealed_secret = (SELECT sealed_secret FROM policy_keys WHERE version = 1) "
                + "WHERE version = 2").update();

        assertThatThrownBy(() -> keys.activeKey(contoso, "Secret"))
                .isInstanceOf(SecretEnvelope.SealedSecretException.class);
    }

    @DatabaseTest
    void theActiveKeyFollowsB2cActivationAndExpirationRules(TestDatabase db) {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "TokenSigningKeyContainer");
        String name = "TokenSigningKeyContainer";
        Duration day = Duration.ofDays(1);
        PolicyKey undated = keys.generate(contoso, name, KeyType.RSA, KeyUse.SIG, null, null);
        PolicyKey tomorrow = keys.generate(contoso, name, KeyType.RSA, KeyUse.SIG, START.plus(day), null);
        PolicyKey shortLived = keys.generate(contoso, name, KeyType.RSA, KeyUse.SIG,
                START.plus(day.multipliedBy(2)), START.plus(day.multipliedBy(3)));

        assertThat(activeKid(keys, contoso, name)).isEqualTo(undated.kid());
        clock.advance(day);
        assertThat(activeKid(keys, contoso, name)).isEqualTo(tomorrow.kid());
        clock.advance(day.multipliedBy(3).dividedBy(2));
        assertThat(activeKid(keys, contoso, name)).isEqualTo(shortLived.kid());
        clock.advance(day);
        assertThat(activeKid(keys, contoso, name)).isEqualTo(tomorrow.kid());
    }

    @DatabaseTest
    void noKeyIsActiveWhenEveryKeyHasExpired(TestDatabase db) {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "Short");
        keys.generate(contoso, "Short", KeyType.OCT, KeyUse.ENC, null, START.plus(Duration.ofHours(1)));

        clock.advance(Duration.ofHours(2));

        assertThat(keys.activeKey(contoso, "Short")).isEmpty();
        assertThatThrownBy(() -> keys.generate(contoso, "Short", KeyType.OCT, KeyUse.ENC, null, START))
                .isInstanceOfSatisfying(PolicyKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyKeyException.Reason.INVALID_DATES));
    }

    @DatabaseTest
    void aGeneratedRsaKeySignsAndItsJwksVerifiesWithoutPrivateParts(TestDatabase db) throws Exception {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "TokenSigningKeyContainer");
        PolicyKey rsa = keys.generate(contoso, "TokenSigningKeyContainer", KeyType.RSA, KeyUse.SIG, null, null);
        keys.createKeySet(contoso, "TokenEncryptionKeyContainer");
        keys.generate(contoso, "TokenEncryptionKeyContainer", KeyType.OCT, KeyUse.ENC, null, null);

        RSAKey signing = keys.activeKey(contoso, "TokenSigningKeyContainer").flatMap(KeyMaterial::rsa).orElseThrow();
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(),
                new Payload("payment"));
        jws.sign(new RSASSASigner(signing));
        JWKSet jwks = keys.jwks(contoso, "TokenSigningKeyContainer").orElseThrow();

        assertThat(jwks.getKeys()).hasSize(1);
        RSAKey published = (RSAKey) jwks.getKeyByKeyId(rsa.kid());
        assertThat(jws.verify(new RSASSAVerifier(published))).isTrue();
        Map<String, Object> json = jwks.toJSONObject();
        assertThat(json.toString()).doesNotContain("\"d\"").doesNotContain("\"k\"").doesNotContain("\"p\"");
        assertThat(published.toJSONObject()).containsKeys("kty", "kid", "use", "n", "e").containsEntry("use", "sig");
        assertThat(keys.jwks(contoso, "TokenEncryptionKeyContainer").orElseThrow().getKeys()).isEmpty();
    }

    @DatabaseTest
    void anUploadedPkcs12KeepsTheCertificateDatesAndPublishesItsThumbprint(TestDatabase db) throws Exception {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "SamlIdpCert");
        Instant from = START.minus(Duration.ofDays(1));
        Instant until = START.plus(Duration.ofDays(365));
        TestCertificates certificate = TestCertificates.selfSigned("contoso", from, until);

        PolicyKey uploaded = keys.uploadPkcs12(contoso, "SamlIdpCert", certificate.pkcs12("pfx-pass"), "pfx-pass",
                KeyUse.SIG, null, null);

        assertThat(uploaded.notBefore()).isEqualTo(from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(uploaded.expires()).isEqualTo(until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String x5t = com.nimbusds.jose.util.Base64URL.encode(
                MessageDigest.getInstance("SHA-1").digest(certificate.certificate().getEncoded())).toString();
        RSAKey published = (RSAKey) keys.jwks(contoso, "SamlIdpCert").orElseThrow().getKeys().get(0);
        assertThat(published.toJSONObject()).containsEntry("x5t", x5t);
        assertThat(keys.activeKey(contoso, "SamlIdpCert").flatMap(KeyMaterial::rsa).orElseThrow().toPrivateKey())
                .isEqualTo(certificate.keyPair().getPrivate());
        assertThatThrownBy(() -> keys.uploadPkcs12(contoso, "SamlIdpCert", certificate.pkcs12("pfx-pass"), "wrong",
                KeyUse.SIG, null, null))
                .isInstanceOfSatisfying(PolicyKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyKeyException.Reason.INVALID_KEY));
        assertThatThrownBy(() -> keys.uploadPkcs12(contoso, "SamlIdpCert", certificate.pkcs12("pfx-pass"), "pfx-pass",
                KeyUse.SIG, null, null))
                .isInstanceOfSatisfying(PolicyKeyException.class,
                        e -> assertThat(e.reason()).isEqualTo(PolicyKeyException.Reason.DUPLICATE_KEY));
    }

    @DatabaseTest
    void aPemCertificateUploadsWithOrWithoutItsPrivateKey(TestDatabase db) {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "WithKey");
        keys.createKeySet(contoso, "PublicOnly");
        TestCertificates first = TestCertificates.selfSigned("a", START.minusSeconds(60), START.plus(Duration.ofDays(30)));
        TestCertificates second = TestCertificates.selfSigned("b", START.minusSeconds(60), START.plus(Duration.ofDays(30)));

        keys.uploadCertificate(contoso, "WithKey", first.certificatePem() + first.privateKeyPem(), KeyUse.SIG, null, null);
        PolicyKey publicOnly = keys.uploadCertificate(contoso, "PublicOnly", second.certificatePem(), KeyUse.ENC, null, null);

        assertThat(keys.activeKey(contoso, "WithKey")).isPresent();
        assertThat(publicOnly.hasPrivate()).isFalse();
        assertThat(keys.activeKey(contoso, "PublicOnly")).isEmpty();
        assertThat(keys.jwks(contoso, "PublicOnly").orElseThrow().getKeys()).hasSize(1);
        assertThatThrownBy(() -> keys.uploadCertificate(contoso, "WithKey",
                first.certificatePem() + second.privateKeyPem(), KeyUse.SIG, null, null))
                .hasMessageContaining("does not belong");
    }

    @DatabaseTest
    void concurrentUploadsToOneContainerGetDistinctVersions(TestDatabase db) throws Exception {
        Tenant contoso = tenant(db);
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "Busy");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<PolicyKey>> uploads = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String secret = "secret-" + i;
                uploads.add(pool.submit(() -> keys.uploadSecret(contoso, "Busy", KeyUse.SIG, secret, null, null)));
            }
            List<Integer> versions = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<PolicyKey> upload : uploads) {
                versions.add(upload.get().version());
            }
            assertThat(versions).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        } finally {
            pool.shutdown();
        }
    }

    @DatabaseTest
    void keySetsAreListedPerTenantWithTheirVersions(TestDatabase db) {
        Tenant contoso = tenant(db);
        Tenant fabrikam = new JdbcTenants(db.jdbc(), clock).create("fabrikam");
        PolicyKeys keys = keys(db, MASTER);
        keys.createKeySet(contoso, "A");
        keys.createKeySet(contoso, "B");
        keys.createKeySet(fabrikam, "A");
        keys.generate(contoso, "A", KeyType.OCT, KeyUse.SIG, null, null);
        keys.generate(contoso, "A", KeyType.OCT, KeyUse.SIG, null, null);

        List<KeySet> sets = keys.keySets(contoso);

        assertThat(sets).extracting(KeySet::name).containsExactly("B2C_1A_A", "B2C_1A_B");
        assertThat(sets.get(0).keys()).extracting(PolicyKey::version).containsExactly(1, 2);
        assertThat(keys.keySets(fabrikam).get(0).keys()).isEmpty();
        assertThat(keys.deleteKeySet(contoso, "A")).isTrue();
        assertThat(keys.keySet(contoso, "A")).isEmpty();
        assertThat(keys.keySet(fabrikam, "A")).isPresent();
    }

    private static String activeKid(PolicyKeys keys, Tenant tenant, String name) {
        return keys.activeKey(tenant, name).orElseThrow().key().kid();
    }
}
