package io.trustframe.verify;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.trustframe.verify.account.AccountDirectory;
import io.trustframe.verify.account.AccountDirectory.ApiKeyCredential;
import io.trustframe.verify.delivery.LogSmsSender;
import io.trustframe.verify.delivery.OutboxSmsSender;
import io.trustframe.verify.delivery.SmsSender;
import io.trustframe.verify.delivery.TwilioSmsSender;
import io.trustframe.verify.messaging.JdbcMessageStore;
import io.trustframe.verify.messaging.MessageStore;
import io.trustframe.verify.messaging.Messenger;
import io.trustframe.verify.outbox.JdbcOutboxStore;
import io.trustframe.verify.outbox.OutboxStore;
import io.trustframe.verify.service.JdbcServiceStore;
import io.trustframe.verify.service.ServiceCatalog;
import io.trustframe.verify.service.ServiceStore;
import io.trustframe.verify.verification.CodeKeys;
import io.trustframe.verify.verification.JdbcVerificationStore;
import io.trustframe.verify.verification.VerificationCodes;
import io.trustframe.verify.verification.VerificationStore;
import io.trustframe.verify.verification.Verifier;

/** Wires the verify service: stores over JDBC, the chosen SMS delivery, and the Twilio resources on top. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerifyProperties.class)
class VerifyConfiguration {

    @Bean
    Clock verifyClock() {
        return Clock.systemUTC();
    }

    @Bean
    RandomSource verifyRandom() {
        return RandomSource.secure();
    }

    @Bean
    ServiceStore serviceStore(JdbcClient jdbc) {
        return new JdbcServiceStore(jdbc);
    }

    @Bean
    VerificationStore verificationStore(JdbcClient jdbc) {
        return new JdbcVerificationStore(jdbc);
    }

    @Bean
    MessageStore messageStore(JdbcClient jdbc) {
        return new JdbcMessageStore(jdbc);
    }

    @Bean
    OutboxStore outboxStore(JdbcClient jdbc) {
        return new JdbcOutboxStore(jdbc);
    }

    @Bean
    SmsSender smsSender(VerifyProperties properties, OutboxStore outbox, Clock clock) {
        return switch (properties.delivery()) {
            case OUTBOX -> new OutboxSmsSender(outbox, clock);
            case TWILIO -> TwilioSmsSender.from(properties.twilio());
            case LOG -> new LogSmsSender();
        };
    }

    @Bean
    VerificationCodes verificationCodes(VerifyProperties properties, RandomSource random,
                                        @Value("${trustframe.data-dir:./data}") Path dataDir) {
        return new VerificationCodes(CodeKeys.load(properties.codeKey(), dataDir, random), random);
    }

    @Bean
    ServiceCatalog serviceCatalog(ServiceStore services, Clock clock, RandomSource random) {
        return new ServiceCatalog(services, clock, random);
    }

    @Bean
    Verifier verifier(ServiceStore services, VerificationStore verifications, VerificationCodes codes, SmsSender sender,
                      TransactionTemplate transactions, Clock clock, RandomSource random, VerifyProperties properties) {
        return new Verifier(services, verifications, codes, sender, transactions, clock, random,
                properties.verificationTtl(), properties.smsFrom());
    }

    @Bean
    Messenger messenger(MessageStore messages, SmsSender sender, TransactionTemplate transactions, Clock clock,
                        RandomSource random, VerifyProperties properties) {
        return new Messenger(messages, sender, transactions, clock, random, properties.senderIds(),
                properties.smsFrom());
    }

    @Bean
    @ConditionalOnProperty(name = "trustframe.verify.development-account", havingValue = "true", matchIfMissing = true)
    DevelopmentAccount developmentAccount(JdbcClient jdbc, TransactionTemplate transactions, ServiceStore services,
                                          RandomSource random, Clock clock) {
        return DevelopmentAccount.loadOrCreate(jdbc, transactions, services, random, clock);
    }

    @Bean
    AccountDirectory accountDirectory(VerifyProperties properties, ObjectProvider<DevelopmentAccount> development) {
        List<AccountDirectory.Credential> credentials = new ArrayList<>();
        for (VerifyProperties.Account account : properties.accounts()) {
            if (account.sid() == null || account.authToken() == null || account.authToken().isBlank()) {
                throw new IllegalArgumentException("trustframe.verify.accounts[*] need a sid and an auth-token");
            }
            List<ApiKeyCredential> keys = account.apiKeys().stream()
                    .map(key -> new ApiKeyCredential(key.sid(), key.secret()))
                    .toList();
            credentials.addAll(AccountDirectory.forAccount(account.sid(), account.authToken(), keys));
        }
        development.ifAvailable(account -> credentials.addAll(
                AccountDirectory.forAccount(account.accountSid(), account.authToken(), List.of())));
        return new AccountDirectory(credentials);
    }
}
