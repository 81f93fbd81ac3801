package io.trustframe.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Supplies one fresh, migrated database per engine to a {@link DatabaseTest}. */
final class TestDatabases implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        Migrations migrations = context.getRequiredTestClass().getAnnotation(Migrations.class);
        if (migrations == null) {
            throw new IllegalStateException(context.getRequiredTestClass().getName()
                    + " uses @DatabaseTest but names no @Migrations");
        }
        List<TestDatabase.Engine> engines = new ArrayList<>(List.of(TestDatabase.Engine.H2));
        if (TestDatabase.postgresUrl().isPresent()) {
            engines.add(TestDatabase.Engine.POSTGRESQL);
        }
        // JUnit pulls this stream one invocation at a time, so each database exists only while its run lasts;
        // it closes (drops) AutoCloseable arguments after the invocation.
        return engines.stream().map(engine -> Arguments.of(TestDatabase.create(engine, migrations.value())));
    }
}
