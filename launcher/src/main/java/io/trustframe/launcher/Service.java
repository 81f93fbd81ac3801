package io.trustframe.launcher;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.springframework.boot.SpringApplication;

import io.trustframe.bank.BankApplication;
import io.trustframe.identity.IdentityApplication;
import io.trustframe.verify.VerifyApplication;

/** The three services, in the order they start: each later one may call the ones before it. */
enum Service {
    VERIFY(VerifyApplication.NAME, 8082, VerifyApplication::application, VerifyApplication::withConfigName),
    IDENTITY(IdentityApplication.NAME, 8081, IdentityApplication::application, IdentityApplication::withConfigName),
    BANK(BankApplication.NAME, 8080, BankApplication::application, BankApplication::withConfigName);

    private final String serviceName;
    private final int defaultPort;
    private final Supplier<SpringApplication> application;
    private final UnaryOperator<String[]> configName;

    Service(String serviceName, int defaultPort, Supplier<SpringApplication> application,
            UnaryOperator<String[]> configName) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.application = application;
        this.configName = configName;
    }

    /** The name used for its configuration file, data sub-folder and environment variables. */
    String serviceName() {
        return serviceName;
    }

    int defaultPort() {
        return defaultPort;
    }

    /** The variable that overrides its port, e.g. {@code TRUSTFRAME_BANK_PORT}. */
    String portVariable() {
        return "TRUSTFRAME_" + serviceName.toUpperCase(Locale.ROOT) + "_PORT";
    }

    SpringApplication newApplication() {
        return application.get();
    }

    /** The service's own arguments plus the ones that make it read its own configuration file. */
    String[] newApplicationArgs(List<String> args) {
        return configName.apply(args.toArray(String[]::new));
    }
}
