package io.trustframe.launcher.browser;

import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOE;
import static io.trustframe.launcher.browser.BankCustomer.JOHN_DOES_IBAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.launcher.RunningDemo;

/**
 * A step-up address used after its id_token_hint expired: the identity service refuses it and nothing is paid. The
 * bank's hints live 5 minutes in the demo; this platform gives them {@value #HINT_LIFETIME} so the test need not wait
 * that long.
 */
class StaleHintBrowserTest {

    private static final String HINT_LIFETIME = "3s";

    @TempDir
    static Path dataDir;

    private static RunningDemo demo;

    @BeforeAll
    static void startTheDemoWithShortLivedHints() {
        if (Browser.installed()) {
            demo = RunningDemo.start(dataDir, Map.of("trustframe.bank.hint-lifetime", HINT_LIFETIME));
        }
    }

    @AfterAll
    static void stopTheDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void aStepUpWhoseHintExpiredIsRefusedByTheIdentityServiceAndNothingIsPaid(TestInfo test) throws Exception {
        try (Browser browser = Browser.open(Path.of("target", "screenshots", test.getTestMethod().orElseThrow().getName()))) {
            BankCustomer customer = new BankCustomer(browser, demo).signUp();
            int sent = new Outbox(demo.verify()).count(customer.phone);
            URI stepUp = customer.stepUpRedirect("50.00", JOHN_DOE, JOHN_DOES_IBAN);
            Date expiry = IdTokenHints.claims(stepUp).getExpirationTime();
            assertThat(expiry).isBefore(Date.from(Instant.now().plusSeconds(10)));

            Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry.toInstant()).toMillis()) + 1000);
            browser.go(stepUp.toString(), "stale-hint-refused");

            assertThat(browser.decodedUrl()).startsWith(customer.bank("/payments/step-up"))
                    .contains("AADB2C90208").contains("expired");
            assertThat(browser.heading()).isEqualTo("Confirmation refused");
            assertThat(browser.text("refusal-code")).isEqualTo("AADB2C90208");
            assertThat(browser.seen()).contains("The sign-in service refused the confirmation request")
                    .contains("The payment was not executed. Nothing has been paid.");
            assertThat(new Outbox(demo.verify()).count(customer.phone)).isEqualTo(sent);
            customer.openAccount();
            assertThat(browser.text("balance")).isEqualTo("EUR 2500.00");
            assertThat(browser.seen()).doesNotContain("Executed");
        }
    }
}
