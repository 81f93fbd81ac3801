package io.trustframe.bank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The PSD2 demo bank: the relying party of the scenario. */
@SpringBootApplication
@EnableConfigurationProperties(BankProperties.class)
public class BankApplication {

    /** The service's name: its configuration file ({@code bank.properties}), Flyway folder and data sub-folder. */
    public static final String NAME = "bank";

    public static void main(String[] args) {
        application().run(withConfigName(args));
    }

    /** The service as a Spring application, for the launcher to tune (banner, shutdown hook) before running it. */
    public static SpringApplication application() {
        return new SpringApplication(BankApplication.class);
    }

    /**
     * Arguments that make the service read {@code bank.properties} instead of {@code application.properties},
     * so that the launcher can run all three services in one JVM without their settings mixing.
     */
    public static String[] withConfigName(String... args) {
        String[] named = new String[args.length + 1];
        named[0] = "--spring.config.name=" + NAME;
        System.arraycopy(args, 0, named, 1, args.length);
        return named;
    }
}
