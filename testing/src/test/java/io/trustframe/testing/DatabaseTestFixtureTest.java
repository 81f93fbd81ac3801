package io.trustframe.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@Migrations("db/migration/fixture")
class DatabaseTestFixtureTest {

    @DatabaseTest
    void eachRunStartsFromAFreshMigratedDatabase(TestDatabase db) {
        assertThat(db.jdbc().sql("SELECT count(*) FROM note").query(Long.class).single()).isZero();

        db.jdbc().sql("INSERT INTO note (id, body, created_at) VALUES (?, ?, ?)")
                .params(1L, "kept", OffsetDateTime.of(2026, 11, 28, 9, 0, 0, 0, ZoneOffset.UTC))
                .update();

        List<String> bodies = db.jdbc().sql("SELECT body FROM note").query(String.class).list();
        assertThat(bodies).containsExactly("kept");
    }

    @Test
    void aClosedPostgresDatabaseIsDropped() {
        assumeTrue(TestDatabase.postgresUrl().isPresent(), TestDatabase.POSTGRES_URL_VARIABLE + " is not set");
        TestDatabase db = TestDatabase.create(TestDatabase.Engine.POSTGRESQL, "db/migration/fixture");
        String name = db.jdbcUrl().replaceAll(".*/([^/?]+).*", "$1");
        db.close();

        JdbcClient server = JdbcClient.create(new DriverManagerDataSource(TestDatabase.postgresUrl().orElseThrow()));
        assertThat(server.sql("SELECT count(*) FROM pg_database WHERE datname = ?").param(name).query(Long.class).single())
                .isZero();
    }

    @Test
    void aClosedH2DatabaseIsGone() {
        TestDatabase db = TestDatabase.create(TestDatabase.Engine.H2, "db/migration/fixture");
        String url = db.jdbcUrl().replace(";DB_CLOSE_DELAY=-1", ";IFEXISTS=TRUE");
        db.close();

        assertThatThrownBy(() -> new DriverManagerDataSource(url).getConnection())
                .hasMessageContaining("not found");
    }

    @Test
    void postgresUrlKeepsHostAndParametersWhenTheDatabaseChanges() {
        assertThat(TestDatabase.withDatabase("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres", "tf_test_1"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/tf_test_1?user=postgres");
    }
}
