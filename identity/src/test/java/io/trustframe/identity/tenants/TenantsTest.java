package io.trustframe.identity.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.trustframe.identity.MutableClock;
import io.trustframe.testing.DatabaseTest;
import io.trustframe.testing.Migrations;
import io.trustframe.testing.TestDatabase;

@Migrations("db/migration/identity")
class TenantsTest {

    private Tenants tenants(TestDatabase db) {
        return new JdbcTenants(db.jdbc(), new MutableClock(Instant.parse("2026-03-01T10:00:00Z")));
    }

    @DatabaseTest
    void aTenantIsFoundByNameDomainAndGuidInAnyCase(TestDatabase db) {
        Tenants tenants = tenants(db);

        Tenant contoso = tenants.create("Contoso");

        assertThat(contoso.name()).isEqualTo("contoso");
        assertThat(contoso.domain()).isEqualTo("contoso.onmicrosoft.com");
        assertThat(tenants.find("contoso")).contains(contoso);
        assertThat(tenants.find("CONTOSO.onmicrosoft.com")).contains(contoso);
        assertThat(tenants.find(contoso.id().toString().toUpperCase())).contains(contoso);
        assertThat(tenants.find("fabrikam")).isEmpty();
        assertThat(tenants.find("")).isEmpty();
    }

    @DatabaseTest
    void tenantNamesAreUniqueLettersAndDigits(TestDatabase db) {
        Tenants tenants = tenants(db);
        tenants.create("contoso");

        assertThatThrownBy(() -> tenants.create("CONTOSO")).isInstanceOf(Tenants.TenantExistsException.class);
        assertThatThrownBy(() -> tenants.create("con toso")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tenants.create("contoso.onmicrosoft.com")).isInstanceOf(IllegalArgumentException.class);
        assertThat(tenants.create("fabrikam2")).isNotNull();
        assertThat(tenants.list()).extracting(Tenant::name).containsExactly("contoso", "fabrikam2");
    }
}
