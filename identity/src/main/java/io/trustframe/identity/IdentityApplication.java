package io.trustframe.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The identity service: an OpenID Connect provider that runs Azure AD B2C custom policies. */
@SpringBootApplication
@EnableConfigurationProperties(IdentitySettings.class)
public class IdentityApplication {

    /** The service's name: its configuration file ({@code identity.properties}), Flyway folder and data sub-folder. */
    public static final String NAME = "identity";

    public static void main(String[] args) {
        application().run(withConfigName(args));
    }

    /** The service as a Spring application, for the launcher to tune (banner, shutdown hook) before running it. */
    public static SpringApplication application() {
        return new SpringApplication(IdentityApplication.class);
    }

    /**
     * Arguments that make the service read {@code identity.properties} instead of {@code application.properties},
     * so that the launcher can run all three services in one JVM without their settings mixing.
     */
    public static String[] withConfigName(String... args) {
        String[] named = new String[args.length + 1];
        named[0] = "--spring.config.name=" + NAME;
        System.arraycopy(args, 0, named, 1, args.length);
        return named;
    }
}
