package io.trustframe.identity;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time and randomness as beans, so that tests can control them (lockout windows, key activation dates). */
@Configuration(proxyBeanMethods = false)
class Infrastructure {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
