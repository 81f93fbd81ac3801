package io.trustframe.bank.stepup;

import java.net.URI;
import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.trustframe.bank.BankProperties;
import io.trustframe.bank.payments.PaymentStore;

@Configuration(proxyBeanMethods = false)
class StepUpConfiguration {

    @Bean
    IdentityMetadataSource identityMetadataSource(BankProperties properties) {
        return new IdentityMetadataSource(policy -> URI.create(properties.metadataUrl(policy)));
    }

    @Bean
    StepUpCompletion stepUpCompletion(IdentityMetadataSource identity, PaymentStore payments,
            BankProperties properties, Clock clock) {
        StepUpTokenVerifier verifier = new StepUpTokenVerifier(identity, properties.stepUpPolicy(),
                properties.clientId(), properties.tenantId(), payments::isStepUpTokenUsed, clock,
                properties.stepUpAccountNumberOptional());
        return new StepUpCompletion(verifier, payments, clock);
    }
}
