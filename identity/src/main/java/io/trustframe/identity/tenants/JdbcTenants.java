package io.trustframe.identity.tenants;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.trustframe.identity.SqlTime;

@Repository
public class JdbcTenants implements Tenants {

    /** B2C tenant names are letters and digits; the name becomes the first label of a DNS domain. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]{1,63}");

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcTenants(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Tenant create(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (!NAME.matcher(lower).matches()) {
            throw new IllegalArgumentException("a tenant name is 1 to 63 letters and digits");
        }
        Tenant tenant = new Tenant(UUID.randomUUID(), lower, lower + Tenant.DOMAIN_SUFFIX);
        try {
            jdbc.sql("INSERT INTO tenants (id, name, domain, created_at) VALUES (?, ?, ?, ?)")
                    .params(tenant.id().toString(), tenant.name(), tenant.domain(),
                            SqlTime.of(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new TenantExistsException(lower);
        }
        return tenant;
    }

    @Override
    public Optional<Tenant> find(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String lower = reference.toLowerCase(Locale.ROOT);
        return jdbc.sql("SELECT id, name, domain FROM tenants WHERE id = ? OR name = ? OR domain = ?")
                .params(lower, lower, lower)
                .query(JdbcTenants::tenant)
                .optional();
    }

    @Override
    public List<Tenant> list() {
        return jdbc.sql("SELECT id, name, domain FROM tenants ORDER BY name").query(JdbcTenants::tenant).list();
    }

    private static Tenant tenant(ResultSet row, int rowNumber) throws SQLException {
        return new Tenant(UUID.fromString(row.getString("id")), row.getString("name"), row.getString("domain"));
    }
}
