package io.trustframe.identity.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.engine.policy.PolicySet;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.identity.engine.CorpusFiles;
import io.trustframe.identity.tenants.JdbcTenants;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.MutableClock;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/identity")
class TenantPoliciesTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

    private static final List<String> ORDER = List.of("TrustFrameworkBase.xml", "TrustFrameworkLocalization.xml",
            "TrustFrameworkExtensions.xml", "SignUpOrSignin.xml");

    private TenantPolicies policies(TestDatabase db) {
        return new TenantPolicies(new JdbcPolicyFiles(db.jdbc(),
                new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()))), clock);
    }

    private static void uploadStarterPack(TenantPolicies policies, Tenant tenant) {
        List<PolicySource> sources = CorpusFiles.sources("starterpack/LocalAccounts");
        for (String file : ORDER) {
            PolicySource source = sources.stream().filter(s -> s.name().endsWith("/" + file)).findFirst().orElseThrow();
            String xml = source.text().replace("yourtenant", tenant.name());
            String id = xml.replaceFirst("(?s).*?PolicyId=\"([^\"]+)\".*", "$1");
            policies.upload(tenant, id, xml.getBytes(StandardCharsets.UTF_8));
        }
    }

    @DatabaseTest
    void theMergedSetIsLoadedOncePerChangeAndEachTenantHasItsOwn(TestDatabase db) {
        JdbcTenants tenants = new JdbcTenants(db.jdbc(), clock);
        Tenant contoso = tenants.create("contoso");
        Tenant fabrikam = tenants.create("fabrikam");
        TenantPolicies policies = policies(db);
        uploadStarterPack(policies, contoso);

        PolicySet first = policies.policySet(contoso);
        assertThat(policies.policySet(contoso)).isSameAs(first);
        assertThat(policies.relyingParty(contoso, "b2c_1a_SIGNUP_signin")).isPresent();
        assertThat(policies.relyingParty(fabrikam, "B2C_1A_signup_signin")).isEmpty();

        policies.delete(contoso, "B2C_1A_signup_signin");

        assertThat(policies.policySet(contoso)).isNotSameAs(first);
        assertThat(policies.relyingParty(contoso, "B2C_1A_signup_signin")).isEmpty();
    }

    @DatabaseTest
    void aRefusedReplacementKeepsTheStoredFile(TestDatabase db) {
        Tenant contoso = new JdbcTenants(db.jdbc(), clock).create("contoso");
        TenantPolicies policies = policies(db);
        uploadStarterPack(policies, contoso);
        String before = policies.find(contoso, "B2C_1A_signup_signin").orElseThrow().xml();

        String broken = before.replace("ReferenceId=\"SignUpOrSignIn\"", "ReferenceId=\"NoSuchJourney\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policies.upload(contoso, "B2C_1A_signup_signin",
                        broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PolicyUploadException.class)
                .hasMessageContaining("NoSuchJourney");

        assertThat(policies.find(contoso, "B2C_1A_signup_signin").orElseThrow().xml()).isEqualTo(before);
    }
}
