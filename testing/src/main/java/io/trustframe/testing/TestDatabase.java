package io.trustframe.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh database for one test run, migrated with the test class's {@link Migrations}. H2 runs in memory in
 * the same compatibility mode the services use for their files; PostgreSQL gets a new database on the server
 * named by {@code TRUSTFRAME_TEST_PG_URL}, dropped on {@link #close()}.
 */
public final class TestDatabase implements AutoCloseable {

    /** The environment variable naming a PostgreSQL server for tests, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. */
    public static final String POSTGRES_URL_VARIABLE = "TRUSTFRAME_TEST_PG_URL";

    /** The options every Trustframe H2 database runs with, so SQL written for PostgreSQL works on both. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    public enum Engine { H2, POSTGRESQL }

    private final Engine engine;
    private final String name;
    private final String url;
    private final DriverManagerDataSource dataSource;

    private TestDatabase(Engine engine, String name, String url) {
        this.engine = engine;
        this.name = name;
        this.url = url;
        this.dataSource = new DriverManagerDataSource(url);
    }

    /** Creates and migrates a new database on the given engine. */
    public static TestDatabase create(Engine engine, String... migrationLocations) {
        String name = "tf_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        TestDatabase database = switch (engine) {
            case H2 -> new TestDatabase(engine, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS);
            case POSTGRESQL -> createOnPostgres(name);
        };
        database.migrate(migrationLocations);
        return database;
    }

    /** The PostgreSQL server for tests, when the environment names one. */
    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv(POSTGRES_URL_VARIABLE)).filter(url -> !url.isBlank());
    }

    private static TestDatabase createOnPostgres(String name) {
        String serverUrl = postgresUrl().orElseThrow(
                () -> new IllegalStateException(POSTGRES_URL_VARIABLE + " is not set"));
        execute(serverUrl, "CREATE DATABASE " + name);
        return new TestDatabase(Engine.POSTGRESQL, name, withDatabase(serverUrl, name));
    }

    /** Replaces the database part of a PostgreSQL JDBC URL, keeping host, port and parameters. */
    static String withDatabase(String jdbcUrl, String database) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:" + uri.getScheme() + "://" + uri.getRawAuthority() + "/" + database + query;
    }

    private void migrate(String... locations) {
        String[] classpathLocations = Arrays.stream(locations)
                .map(location -> location.contains(":") ? location : "classpath:" + location)
                .toArray(String[]::new);
        Flyway.configure().dataSource(dataSource).locations(classpathLocations).load().migrate();
    }

    public Engine engine() {
        return engine;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** The JDBC URL, e.g. to hand to a Spring Boot test as {@code spring.datasource.url}. */
    public String jdbcUrl() {
        return url;
    }

    @Override
    public void close() {
        switch (engine) {
            case H2 -> execute(url, "SHUTDOWN");
            case POSTGRESQL -> execute(postgresUrl().orElseThrow(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection connection = new DriverManagerDataSource(url).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on the test database server", e);
        }
    }

    @Override
    public String toString() {
        return engine == Engine.H2 ? "H2" : "PostgreSQL";
    }
}
