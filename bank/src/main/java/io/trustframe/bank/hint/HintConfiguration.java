package io.trustframe.bank.hint;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.trustframe.bank.BankProperties;

/** The hint signing key, loaded (or on first run generated) at startup so that a wrong setting stops the bank at once. */
@Configuration(proxyBeanMethods = false)
class HintConfiguration {

    @Bean
    HintSigningKey hintSigningKey(BankProperties properties, @Value("${trustframe.data-dir:./data}") Path dataDir,
            Clock clock, SecureRandom random) {
        boolean development = properties.signingKeystore().isBlank();
        Path keystore = development
                ? dataDir.resolve("bank").resolve("hint-signing.p12")
                : Path.of(properties.signingKeystore());
        return HintKeystore.load(keystore, development, properties.signingKeystorePassword().toCharArray(),
                properties.signingCertThumbprint(), properties.signingCertAlgorithm(), clock, random);
    }

    @Bean
    PaymentHintIssuer paymentHintIssuer(HintSigningKey key, BankProperties properties, Clock clock) {
        return new PaymentHintIssuer(key, properties.hintIssuer(), properties.clientId(), properties.hintLifetime(), clock);
    }
}
