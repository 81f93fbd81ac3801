package io.trustframe.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A repository test that runs once per database engine Trustframe supports: always on H2, and on
 * PostgreSQL too when {@code TRUSTFRAME_TEST_PG_URL} is set. Each run gets a fresh, migrated database
 * as a {@link TestDatabase} parameter, dropped again when the test ends.
 *
 * <pre>
 * &#64;Migrations("db/migration/verify")
 * class VerificationStoreTest {
 *     &#64;DatabaseTest
 *     void keepsAPendingVerification(TestDatabase db) { … }
 * }
 * </pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest(name = "on {0}")
@ArgumentsSource(TestDatabases.class)
public @interface DatabaseTest {
}
