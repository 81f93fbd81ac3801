package io.trustframe.identity.keys;

import java.nio.file.Path;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.trustframe.identity.IdentitySettings;

/** The master key: configured, or (development only) generated once under the data folder. */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeysConfiguration.class);

    @Bean
    MasterKey masterKey(IdentitySettings settings, @Value("${trustframe.data-dir:./data}") Path dataDir, SecureRandom random) {
        if (settings.masterKey() != null && !settings.masterKey().isBlank()) {
            return MasterKey.fromBase64(settings.masterKey());
        }
        if (settings.requireConfiguredMasterKey()) {
            throw new IllegalStateException("trustframe.identity.master-key is not set, and "
                    + "trustframe.identity.require-configured-master-key=true forbids a generated one: configure a "
                    + "base64 256-bit key (e.g. 'openssl rand -base64 32') through TRUSTFRAME_IDENTITY_MASTER_KEY");
        }
        Path file = dataDir.resolve("identity").resolve("master.key");
        log.warn("Policy-key secrets are sealed with the development master key in {}; configure "
                + "trustframe.identity.master-key in production", file.toAbsolutePath());
        return MasterKey.inFile(file, random);
    }

    @Bean
    SecretEnvelope secretEnvelope(MasterKey masterKey, SecureRandom random) {
        return new SecretEnvelope(masterKey, random);
    }
}
