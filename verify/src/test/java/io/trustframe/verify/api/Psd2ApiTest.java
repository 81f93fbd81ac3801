package io.trustframe.verify.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.twilio.exception.ApiException;
import com.twilio.rest.verify.v2.Service;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.rest.verify.v2.service.VerificationCheck;

import io.trustframe.verify.TestNumbers;

/** PSD2 dynamic linking: the code is bound to the amount and payee it was sent for. */
class Psd2ApiTest extends ApiTest {

    @Test
    void amountAndPayeeAreRequiredToStartAPsd2Verification() {
        Service service = psd2Service();

        assertThatThrownBy(() -> Verification.creator(service.getSid(), TestNumbers.mobile(), "sms")
                .setAmount("€50.00").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60206);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
        assertThatThrownBy(() -> Verification.creator(service.getSid(), TestNumbers.mobile(), "sms")
                .setPayee("John Doe").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60206));
    }

    @Test
    void theRightCodeWithTheSameAmountAndPayeeApproves() {
        Service service = psd2Service();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms")
                .setAmount("€50.00").setPayee("John Doe").create(client());

        VerificationCheck check = VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to))
                .setAmount("€50.00").setPayee("John Doe").create(client());

        assertThat(verification.getAmount()).isEqualTo("€50.00");
        assertThat(verification.getPayee()).isEqualTo("John Doe");
        assertThat(check.getStatus()).isEqualTo("approved");
        assertThat(check.getValid()).isTrue();
        assertThat(check.getAmount()).isEqualTo("€50.00");
        assertThat(check.getPayee()).isEqualTo("John Doe");
    }

    @Test
    void checkWithDifferentAmountIsNotApprovedEvenWithTheRightCode() {
        Service service = psd2Service();
        String to = TestNumbers.mobile();
        Verification.creator(service.getSid(), to, "sms").setAmount("€50.00").setPayee("John Doe").create(client());

        VerificationCheck check = VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to))
                .setAmount("€5000.00").setPayee("John Doe").create(client());

        assertThat(check.getStatus()).isEqualTo("pending");
        assertThat(check.getValid()).isFalse();
    }

    @Test
    void checkWithDifferentPayeeIsNotApprovedEvenWithTheRightCode() {
        Service service = psd2Service();
        String to = TestNumbers.mobile();
        Verification.creator(service.getSid(), to, "sms").setAmount("€50.00").setPayee("John Doe").create(client());

        VerificationCheck check = VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to))
                .setAmount("€50.00").setPayee("Mallory").create(client());

        assertThat(check.getStatus()).isEqualTo("pending");
        assertThat(check.getValid()).isFalse();
    }

    @Test
    void checkWithoutAmountAndPayeeIsNotApproved() {
        Service service = psd2Service();
        String to = TestNumbers.mobile();
        Verification.creator(service.getSid(), to, "sms").setAmount("€50.00").setPayee("John Doe").create(client());

        VerificationCheck check = VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to))
                .create(client());

        assertThat(check.getStatus()).isEqualTo("pending");
    }

    @Test
    void aSendForAnotherPaymentReplacesThePendingVerificationAndItsCode() {
        Service service = psd2Service();
        String to = TestNumbers.mobile();
        Verification first = Verification.creator(service.getSid(), to, "sms")
                .setAmount("€50.00").setPayee("John Doe").create(client());
        String firstCode = latestCode(to);

        Verification second = Verification.creator(service.getSid(), to, "sms")
                .setAmount("€900.00").setPayee("Mallory").create(client());

        assertThat(second.getSid()).isNotEqualTo(first.getSid());
        assertThat(second.getAmount()).isEqualTo("€900.00");
        String secondCode = latestCode(to);
        if (!secondCode.equals(firstCode)) {
            assertThat(VerificationCheck.creator(service.getSid()).setTo(to).setCode(firstCode)
                    .setAmount("€900.00").setPayee("Mallory").create(client()).getStatus()).isEqualTo("pending");
        }
        assertThatThrownBy(() -> VerificationCheck.creator(service.getSid()).setVerificationSid(first.getSid())
                .setCode(firstCode).setAmount("€50.00").setPayee("John Doe").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|Your Contoso Bank verification code is:|a payment of €50.00 to John Doe",
            "de|Ihr Contoso Bank Bestätigungscode lautet:|Zahlung von €50.00 an John Doe",
            "fr|Votre code de vérification Contoso Bank est :|paiement de €50.00 à John Doe",
            "es|Tu código de verificación de Contoso Bank es:|pago de €50.00 a John Doe",
            "nl|Je Contoso Bank verificatiecode is:|betaling van €50.00 aan John Doe",
            "pt-BR|Your Contoso Bank verification code is:|a payment of €50.00 to John Doe"})
    void theSmsNamesAmountPayeeAndServiceInTheRequestedLanguage(String locale, String start, String payment) {
        Service service = psd2Service();
        String to = TestNumbers.mobile();

        Verification.creator(service.getSid(), to, "sms").setAmount("€50.00").setPayee("John Doe").setLocale(locale)
                .create(client());

        String body = (String) outbox(to).get(0).get("body");
        assertThat(body).startsWith(start + " " + latestCode(to) + ".").contains(payment);
    }

    @Test
    void aCustomFriendlyNameReplacesTheServiceNameInTheSms() {
        Service service = psd2Service();
        String to = TestNumbers.mobile();

        Verification.creator(service.getSid(), to, "sms").setAmount("€50.00").setPayee("John Doe")
                .setCustomFriendlyName("Woodgrove").create(client());

        assertThat((String) outbox(to).get(0).get("body")).startsWith("Your Woodgrove verification code is: ");
    }

    @Test
    void theCallChannelIsRefusedUnderPsd2() {
        Service service = psd2Service();

        assertThatThrownBy(() -> Verification.creator(service.getSid(), TestNumbers.mobile(), "call")
                .setAmount("€50.00").setPayee("John Doe").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60214));
    }
}
