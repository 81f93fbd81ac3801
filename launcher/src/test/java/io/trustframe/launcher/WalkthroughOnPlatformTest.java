package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.validate.PolicyUsage;
import io.trustframe.engine.spi.ExecutionTrace;
import io.trustframe.identity.policies.TenantPolicies;
import io.trustframe.identity.tenants.DefaultTenant;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.launcher.scenario.HttpCustomer;
import io.trustframe.launcher.scenario.Page;

/**
 * Issue 9: the Twilio Verify PSD2 walkthrough's files, imported with {@code tenant import} exactly as published plus
 * its documented edits, run on the platform (free ports, the demo's Twilio host map, the bank pointed at
 * B2C_1A_PSD2_SUSI / B2C_1A_PSD2_StepUp by its settings): a customer signs up with phone enrolment by SMS, then
 * sends money and steps up with the code bound to amount and payee, and the bank executes the payment. Corpus read
 * in place through TRUSTFRAME_CORPUS (unset: skipped; set but missing: failed).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkthroughOnPlatformTest {

    @TempDir
    static Path dataDir;

    private static final RecordingTrace TRACE = new RecordingTrace();
    private static final List<String> RELYING_PARTIES = List.of("B2C_1A_PSD2_SUSI", "B2C_1A_PSD2_StepUp");

    private static WalkthroughPlatform walkthrough;
    private static Platform platform;
    private static String importOutput;

    @BeforeAll
    static void startAndImport() {
        walkthrough = WalkthroughPlatform.start(dataDir, TRACE);
        platform = walkthrough.platform();
        importOutput = walkthrough.importOutput();
        assertThat(walkthrough.importExit()).as(importOutput).isZero();
    }

    @AfterAll
    static void stop() {
        if (walkthrough != null) {
            walkthrough.close();
        }
    }

    private static HttpCustomer customer(String name) {
        // The starter pack's password rule allows 8–16 characters.
        return new HttpCustomer(platform.baseUrl(Service.BANK), platform.baseUrl(Service.VERIFY),
                name.toLowerCase(java.util.Locale.ROOT) + "@example.com", "Passw0rd-Ok", name, "+14155550142")
                .readsMailWith(walkthrough::mailedCode);
    }

    @Test
    @Order(1)
    void theImportUploadsEveryFileAndSetsTheTwilioKeys() {
        assertThat(importOutput)
                .contains("uploaded B2C_1A_TrustFrameworkBase", "uploaded B2C_1A_PSD2_SUSI", "uploaded B2C_1A_PSD2_StepUp")
                .contains("policy key B2C_1A_B2cRestTwilioClientId: set to the Twilio account SID")
                .contains("validation: 0 error(s)");
    }

    @Test
    @Order(2)
    void aCustomerSignsUpWithPhoneBySmsAndPaysAfterAStepUpBoundToAmountAndPayee() {
        HttpCustomer ada = customer("Ada");

        Page signedIn = ada.signUp();
        assertThat(signedIn.isOn(platform.baseUrl(Service.BANK))).as(signedIn.toString()).isTrue();
        assertThat(ada.inbox().messages()).as("the enrolment SMS").hasSize(1);

        Page confirm = ada.sendMoney("John Doe", "DE89370400440532013000", "50.00", "Invoice 42");
        assertThat(confirm.text()).as(confirm.toString()).contains("EUR 50.00").contains("John Doe");
        assertThat(ada.lastSms()).contains("50.00").contains("John Doe");

        Page result = ada.confirm(confirm);
        assertThat(result.text()).as(result.toString()).contains("Payment sent", "EUR 50.00 is on its way to John Doe");
        HttpCustomer.Account account = ada.account();
        assertThat(account.history()).first().satisfies(payment -> {
            assertThat(payment.payee()).isEqualTo("John Doe");
            assertThat(payment.amount()).isEqualTo("EUR 50.00");
        });
    }

    @Test
    @Order(3)
    void theCustomerSignsInWithThePasswordFromANewBrowser() {
        HttpCustomer ada = customer("Ada");

        Page signedIn = ada.signIn();

        assertThat(signedIn.isOn(platform.baseUrl(Service.BANK))).as(signedIn.toString()).isTrue();
        assertThat(ada.inbox().messages()).as("no new enrolment SMS").hasSize(2);
    }

    /**
     * Everything the two relying parties can run (PolicyUsage: their journeys, the profiles, display controls and
     * transformations those reach, the claim types all of them name) either ran in the tests above or is listed here
     * with the reason it did not. A listed item that did run is an error too: the list must stay true.
     */
    @Test
    @Order(4)
    void everythingTheWalkthroughsJourneysUseRanOrIsDeliberatelySkipped() {
        Tenant tenant = platform.bean(Service.IDENTITY, DefaultTenant.class).orElseThrow().get();
        TenantPolicies policies = platform.bean(Service.IDENTITY, TenantPolicies.class).orElseThrow();
        Map<String, Set<String>> used = new TreeMap<>();
        for (String id : RELYING_PARTIES) {
            PolicyUsage usage = PolicyUsage.of(policies.relyingParty(tenant, id).orElseThrow());
            used.computeIfAbsent("technical profile", k -> new TreeSet<>()).addAll(usage.technicalProfiles());
            used.computeIfAbsent("display control", k -> new TreeSet<>()).addAll(usage.displayControls());
            used.computeIfAbsent("claims transformation", k -> new TreeSet<>()).addAll(usage.transformations());
            used.computeIfAbsent("claim type", k -> new TreeSet<>()).addAll(usage.claimTypes());
        }
        Map<String, Set<String>> ran = Map.of("technical profile", TRACE.profiles, "display control", TRACE.controls,
                "claims transformation", TRACE.transformations, "claim type", TRACE.claims);

        List<String> silentlyIgnored = new ArrayList<>();
        List<String> skippedButRan = new ArrayList<>();
        used.forEach((kind, ids) -> {
            for (String id : ids) {
                boolean skipped = DELIBERATELY_SKIPPED.keySet().stream().anyMatch(s -> IdMap.key(s).equals(kind + " " + id));
                boolean didRun = ran.get(kind).contains(id);
                if (!didRun && !skipped) {
                    silentlyIgnored.add(kind + " " + id);
                } else if (didRun && skipped) {
                    skippedButRan.add(kind + " " + id);
                }
            }
        });
        assertThat(silentlyIgnored).as("used by the walkthrough's journeys, not run, and not listed as skipped").isEmpty();
        assertThat(skippedButRan).as("listed as skipped but ran").isEmpty();
    }

    /**
     * "kind id" → why the tests above do not run it. The walkthrough's SignUpOrSignIn journey replaces steps 1, 2, 4,
     * 5 and 6 (SendClaims) of the MFA pack's journey; steps are merged by Order, so the pack's steps 3 and 7–9 stay in
     * the journey: 3 runs only after a social sign-in, 7–9 come after the walkthrough's SendClaims.
     */
    private static final String SOCIAL = "only after a social (federated) sign-in: step 3 of the MFA pack's"
            + " SignUpOrSignIn journey, whose Facebook button the walkthrough's step 2 removed";
    private static final String AFTER_SEND_CLAIMS = "in step 7 (PhoneFactor-Verify) of the MFA pack's journey, which"
            + " comes after the walkthrough's SendClaims (step 6) and is never reached";
    private static final Map<String, String> DELIBERATELY_SKIPPED = Map.ofEntries(
            Map.entry("technical profile AAD-UserReadUsingAlternativeSecurityId-NoError", SOCIAL),
            Map.entry("claim type alternativeSecurityId", SOCIAL),
            Map.entry("claim type identityProvider", SOCIAL),
            Map.entry("claim type otherMails", SOCIAL),
            Map.entry("technical profile PhoneFactor-InputOrVerify", AFTER_SEND_CLAIMS),
            Map.entry("technical profile SM-MFA", AFTER_SEND_CLAIMS),
            Map.entry("claims transformation CreateUserIdForMFA", AFTER_SEND_CLAIMS),
            Map.entry("claim type userIdForMFA", AFTER_SEND_CLAIMS),
            Map.entry("claim type isActiveMFASession", AFTER_SEND_CLAIMS),
            Map.entry("claim type Verified.strongAuthenticationPhoneNumber", AFTER_SEND_CLAIMS),
            Map.entry("technical profile AAD-UserWritePhoneNumberUsingObjectId", "runs only when the same journey"
                    + " collected a new phone number (precondition newPhoneNumberEntered): never in the step-up, and"
                    + " in SignUpOrSignIn only in step 8, after its SendClaims"));

    /** The execution trace of every journey the identity service runs during these tests. */
    private static final class RecordingTrace implements ExecutionTrace {
        final Set<String> profiles = ConcurrentHashMap.newKeySet();
        final Set<String> controls = ConcurrentHashMap.newKeySet();
        final Set<String> transformations = ConcurrentHashMap.newKeySet();
        final Set<String> claims = ConcurrentHashMap.newKeySet();

        @Override
        public void technicalProfile(String policyId, String technicalProfileId) {
            profiles.add(IdMap.key(technicalProfileId));
        }

        @Override
        public void claimsTransformation(String policyId, String transformationId) {
            transformations.add(IdMap.key(transformationId));
        }

        @Override
        public void displayControlAction(String policyId, String displayControlId, String action) {
            controls.add(IdMap.key(displayControlId));
        }

        @Override
        public void claim(String policyId, String claimType) {
            claims.add(IdMap.key(claimType));
        }
    }
}
