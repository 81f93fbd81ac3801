package io.trustframe.identity.admin;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.trustframe.identity.IdentitySettings;
import io.trustframe.identity.graph.GraphErrors;

/** The admin credential and the filter that guards every admin and Graph path with it. */
@Configuration(proxyBeanMethods = false)
class AdminConfiguration {

    /** Every path of the admin surface: the Graph-shaped APIs (with or without a tenant prefix) and /admin. */
    static final String[] PATHS = {"/admin/*", "/graph/*", "/v1.0/*", "/beta/*"};

    private static final Logger log = LoggerFactory.getLogger(AdminConfiguration.class);

    @Bean
    AdminCredential adminCredential(IdentitySettings settings, @Value("${trustframe.data-dir:./data}") Path dataDir,
                                    SecureRandom random) {
        String token = settings.admin().token();
        if (token != null && !token.isBlank()) {
            return AdminCredential.of(token);
        }
        Path file = dataDir.resolve("identity").resolve("admin.token");
        log.info("Admin API token: none configured (trustframe.identity.admin.token); using the one in {}", file.toAbsolutePath());
        return AdminCredential.inFile(file, random);
    }

    @Bean
    FilterRegistrationBean<AdminAuthentication> adminAuthentication(AdminCredential credential, GraphErrors errors) {
        FilterRegistrationBean<AdminAuthentication> registration =
                new FilterRegistrationBean<>(new AdminAuthentication(credential, errors));
        registration.addUrlPatterns(PATHS);
        registration.setName("trustframeIdentityAdminAuthentication");
        return registration;
    }
}
