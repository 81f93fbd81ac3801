package io.trustframe.launcher;

import java.util.ArrayList;
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
    VERIFY(VerifyApplication.NAME, false, VerifyApplication::application, VerifyApplication::withConfigName),
    IDENTITY(IdentityApplication.NAME, false, IdentityApplication::application,
            IdentityApplication::withConfigName),
    BANK(BankApplication.NAME, true, BankApplication::application, BankApplication::withConfigName);

    /**
     * Spring Boot's security auto-configuration. One service putting Spring Security on the shared classpath must
     * not lock the others behind a generated password, so services that do not use it run without it.
     */
    private static final String SECURITY_AUTO_CONFIGURATION = String.join(",",
            "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
            "org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration");

    private final String serviceName;
    private final boolean usesSpringSecurity;
    private final Supplier<SpringApplication> application;
    private final UnaryOperator<String[]> configName;

    Service(String serviceName, boolean usesSpringSecurity, Supplier<SpringApplication> application,
            UnaryOperator<String[]> configName) {
        this.serviceName = serviceName;
        this.usesSpringSecurity = usesSpringSecurity;
        this.application = application;
        this.configName = configName;
    }

    /** The name used for its configuration file, data sub-folder and environment variables. */
    String serviceName() {
        return serviceName;
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
        List<String> all = new ArrayList<>(args);
        if (!usesSpringSecurity) {
            all.add("--spring.autoconfigure.exclude=" + SECURITY_AUTO_CONFIGURATION);
        }
        return configName.apply(all.toArray(String[]::new));
    }
}
