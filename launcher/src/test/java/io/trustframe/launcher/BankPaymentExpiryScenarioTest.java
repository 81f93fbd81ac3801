package io.trustframe.launcher;

import static io.trustframe.launcher.BankStepUpScenarioTest.JOHN_DOE_IBAN;
import static io.trustframe.launcher.BankStepUpScenarioTest.assertRefused;
import static io.trustframe.launcher.BankStepUpScenarioTest.signedUp;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.launcher.scenario.HttpCustomer;
import io.trustframe.launcher.scenario.HttpCustomer.Account;
import io.trustframe.launcher.scenario.Page;

/**
 * Payments that outlive the bank's {@code payment-lifetime} (issue 7 item 4): the demo platform started with a
 * lifetime of a few seconds, so a step-up that comes back late, or a confirmation pressed late, pays nothing.
 */
class BankPaymentExpiryScenarioTest {

    private static final Duration LIFETIME = Duration.ofSeconds(20);
    private static final String EXPIRED = "This payment expired before it was confirmed.";

    @TempDir
    static Path dataDir;

    private static Platform platform;

    @BeforeAll
    static void startWithShortLivedPayments() {
        platform = BankStepUpScenarioTest.startOnFreePorts(dataDir,
                List.of("--trustframe.bank.payment-lifetime=" + LIFETIME.toSeconds() + "s"));
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aStepUpThatComesBackAfterThePaymentExpiredOrAConfirmationPressedTooLatePaysNothing() throws Exception {
        HttpCustomer alice = signedUp(platform, "Late");
        // One payment confirmed with a code in time, its confirm page left open; then another stepped up in time but
        // its response held back (in this order: the bank's session holds one step-up request at a time).
        Page confirm = alice.deliver(alice.stepUp(alice.startPayment("John Doe", JOHN_DOE_IBAN, "20.00", "Late yes")));
        assertThat(confirm.textOf("confirmed-amount")).hasValue("EUR 20.00");
        URI heldBack = alice.stepUp(alice.startPayment("John Doe", JOHN_DOE_IBAN, "50.00", "Late code"));
        Instant bothExpired = Instant.now().plus(LIFETIME).plusMillis(500);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), bothExpired).toMillis()));

        assertRefused(alice.deliver(heldBack), EXPIRED);
        assertRefused(alice.confirm(confirm), EXPIRED);
        assertThat(alice.account()).isEqualTo(new Account("EUR 2500.00", List.of(
                new Account.Payment("John Doe", "Late code", "EUR 50.00", "Expired"),
                new Account.Payment("John Doe", "Late yes", "EUR 20.00", "Expired"))));
    }
}
