package io.trustframe.bank.payments;

import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.trustframe.bank.BankProperties;

@Configuration(proxyBeanMethods = false)
class PaymentsConfiguration {

    @Bean
    PaymentStore paymentStore(JdbcClient jdbc, PlatformTransactionManager transactions, SecureRandom random,
            BankProperties properties) {
        return new JdbcPaymentStore(jdbc, new TransactionTemplate(transactions), random,
                Money.of(properties.openingBalance(), properties.currency()));
    }
}
