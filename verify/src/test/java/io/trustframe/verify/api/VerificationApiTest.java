package io.trustframe.verify.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.twilio.exception.ApiException;
import com.twilio.rest.verify.v2.Service;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.rest.verify.v2.service.VerificationCheck;

import io.trustframe.verify.TestNumbers;

class VerificationApiTest extends ApiTest {

    @Test
    void startingAVerificationTextsACodeOfTheServicesLength() {
        Service service = Service.creator("Contoso").setCodeLength(8).create(client());
        String to = TestNumbers.mobile();

        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());

        assertThat(verification.getSid()).matches("VE[0-9a-f]{32}");
        assertThat(verification.getServiceSid()).isEqualTo(service.getSid());
        assertThat(verification.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(verification.getTo()).isEqualTo(to);
        assertThat(verification.getChannel()).isEqualTo(Verification.Channel.SMS);
        assertThat(verification.getStatus()).isEqualTo("pending");
        assertThat(verification.getValid()).isFalse();
        assertThat(verification.getDateCreated()).isNotNull();
        assertThat(verification.getUrl().toString())
                .isEqualTo(baseUrl() + "/v2/Services/" + service.getSid() + "/Verifications/" + verification.getSid());
        assertThat(verification.getSendCodeAttempts()).hasSize(1);
        assertThat(latestCode(to)).matches("[0-9]{8}");
        assertThat((String) outbox(to).get(0).get("body")).startsWith("Your Contoso verification code is: ");
    }

    @Test
    void theRightCodeApprovesAndTheVerificationIsThenGone() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());

        VerificationCheck check = VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to))
                .create(client());

        assertThat(check.getStatus()).isEqualTo("approved");
        assertThat(check.getValid()).isTrue();
        assertThat(check.getSid()).isEqualTo(verification.getSid());
        assertThat(check.getTo()).isEqualTo(to);
        assertThatThrownBy(() -> VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to))
                .create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20404);
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo("The requested resource /Services/" + service.getSid()
                            + "/VerificationCheck was not found");
                });
        assertThatThrownBy(() -> Verification.fetcher(service.getSid(), verification.getSid()).fetch(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void aCheckCanNameTheVerificationBySid() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());

        VerificationCheck check = VerificationCheck.creator(service.getSid())
                .setVerificationSid(verification.getSid()).setCode(latestCode(to)).create(client());

        assertThat(check.getStatus()).isEqualTo("approved");
    }

    @Test
    void aWrongCodeLeavesTheVerificationPendingAndInvalid() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification.creator(service.getSid(), to, "sms").create(client());

        VerificationCheck check = VerificationCheck.creator(service.getSid()).setTo(to)
                .setCode(wrong(latestCode(to))).create(client());

        assertThat(check.getStatus()).isEqualTo("pending");
        assertThat(check.getValid()).isFalse();
        assertThat(VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to)).create(client())
                .getStatus()).isEqualTo("approved");
    }

    @Test
    void theSixthCheckIsRefusedWith60202AndSpendsTheVerification() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification.creator(service.getSid(), to, "sms").create(client());
        String code = latestCode(to);
        for (int i = 0; i < 5; i++) {
            assertThat(VerificationCheck.creator(service.getSid()).setTo(to).setCode(wrong(code)).create(client())
                    .getStatus()).isEqualTo("pending");
        }

        assertThatThrownBy(() -> VerificationCheck.creator(service.getSid()).setTo(to).setCode(code).create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60202);
                    assertThat(e.getStatusCode()).isEqualTo(429);
                    assertThat(e.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/60202");
                });
        assertThatThrownBy(() -> VerificationCheck.creator(service.getSid()).setTo(to).setCode(code).create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60202));
        assertThatThrownBy(() -> Verification.creator(service.getSid(), to, "sms").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60202));
    }

    @Test
    void aSpentVerificationLetsTheNumberStartOverOnceItExpires() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification spent = Verification.creator(service.getSid(), to, "sms").create(client());
        String code = latestCode(to);
        for (int i = 0; i < 5; i++) {
            VerificationCheck.creator(service.getSid()).setTo(to).setCode(wrong(code)).create(client());
        }
        assertThatThrownBy(() -> VerificationCheck.creator(service.getSid()).setTo(to).setCode(code).create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60202));

        clock.advance(Duration.ofMinutes(10));
        Verification fresh = Verification.creator(service.getSid(), to, "sms").create(client());

        assertThat(fresh.getSid()).isNotEqualTo(spent.getSid());
        assertThat(VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to)).create(client())
                .getStatus()).isEqualTo("approved");
    }

    @Test
    void aSendWhileOneIsPendingResendsTheSameCodeAndCountsTheAttempt() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification first = Verification.creator(service.getSid(), to, "sms").create(client());
        String code = latestCode(to);

        Verification second = Verification.creator(service.getSid(), to, "sms").create(client());

        assertThat(second.getSid()).isEqualTo(first.getSid());
        assertThat(second.getSendCodeAttempts()).hasSize(2);
        List<Map<String, Object>> sms = outbox(to);
        assertThat(sms).hasSize(2);
        assertThat(latestCode(to)).isEqualTo(code);
        @SuppressWarnings("unchecked")
        Map<String, Object> attempt = (Map<String, Object>) second.getSendCodeAttempts().get(1);
        assertThat(attempt).containsKeys("attempt_sid", "channel", "time");
        assertThat((String) attempt.get("attempt_sid")).matches("VL[0-9a-f]{32}");
        assertThat(attempt.get("channel")).isEqualTo("sms");
    }

    @Test
    void theSixthSendIsRefusedWith60203() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        for (int i = 0; i < 5; i++) {
            Verification.creator(service.getSid(), to, "sms").create(client());
        }

        assertThatThrownBy(() -> Verification.creator(service.getSid(), to, "sms").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60203);
                    assertThat(e.getStatusCode()).isEqualTo(429);
                });
        assertThat(outbox(to)).hasSize(5);
    }

    @Test
    void aVerificationExpiresAfterTenMinutes() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());
        String code = latestCode(to);

        clock.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> VerificationCheck.creator(service.getSid()).setTo(to).setCode(code).create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        assertThatThrownBy(() -> Verification.fetcher(service.getSid(), verification.getSid()).fetch(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        Verification fresh = Verification.creator(service.getSid(), to, "sms").create(client());
        assertThat(fresh.getSid()).isNotEqualTo(verification.getSid());
    }

    @Test
    void aCanceledVerificationIsGoneForChecks() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());

        Verification canceled = Verification.updater(service.getSid(), verification.getSid(),
                Verification.Status.CANCELED).update(client());

        assertThat(canceled.getStatus()).isEqualTo("canceled");
        assertThatThrownBy(() -> VerificationCheck.creator(service.getSid()).setTo(to).setCode(latestCode(to))
                .create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void aVerificationCanBeApprovedByUpdateAndFetchedWhilePending() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());

        Verification fetched = Verification.fetcher(service.getSid(), verification.getSid()).fetch(client());
        Verification approved = Verification.updater(service.getSid(), verification.getSid(),
                Verification.Status.APPROVED).update(client());

        assertThat(fetched.getStatus()).isEqualTo("pending");
        assertThat(approved.getStatus()).isEqualTo("approved");
        assertThat(approved.getValid()).isTrue();
    }

    @Test
    void anInvalidNumberIs60200NamingTo() {
        Service service = plainService();

        assertThatThrownBy(() -> Verification.creator(service.getSid(), "0151 1234", "sms").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60200);
                    assertThat(e.getMessage()).isEqualTo("Invalid parameter: To");
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
    }

    @Test
    void aNumberWithoutPlusButValidDigitsIsStillRefused() {
        Service service = plainService();

        assertThatThrownBy(() -> Verification.creator(service.getSid(), "4915112345678", "sms").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60200));
    }

    @Test
    void customCodesNeedTheServiceFeature() {
        Service plain = plainService();
        Service custom = Service.creator("Custom").setCustomCodeEnabled(true).create(client());
        String to = TestNumbers.mobile();

        assertThatThrownBy(() -> Verification.creator(plain.getSid(), to, "sms").setCustomCode("4711").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60204);
                    assertThat(e.getStatusCode()).isEqualTo(403);
                });
        Verification.creator(custom.getSid(), to, "sms").setCustomCode("4711").create(client());
        assertThat(latestCode(to)).isEqualTo("4711");
        assertThat(VerificationCheck.creator(custom.getSid()).setTo(to).setCode("4711").create(client()).getStatus())
                .isEqualTo("approved");
    }

    @Test
    void landlinesAreRefusedWhenTheServiceSkipsThem() {
        Service service = Service.creator("Mobile only").setSkipSmsToLandlines(true).create(client());

        assertThatThrownBy(() -> Verification.creator(service.getSid(), TestNumbers.landline(), "sms").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60205));
    }

    @Test
    void lookupReportsTheLineTypeWhenEnabled() {
        Service service = Service.creator("Lookup").setLookupEnabled(true).create(client());

        Verification verification = Verification.creator(service.getSid(), TestNumbers.mobile(), "sms")
                .create(client());

        assertThat(verification.getLookup()).isEqualTo(Map.of("carrier", carrier("mobile")));
    }

    @Test
    void channelsOtherThanSmsAreDisabled() {
        Service service = plainService();

        assertThatThrownBy(() -> Verification.creator(service.getSid(), TestNumbers.mobile(), "whatsapp")
                .create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60223));
        assertThatThrownBy(() -> Verification.creator(service.getSid(), TestNumbers.mobile(), "fax").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60200);
                    assertThat(e.getMessage()).isEqualTo("Invalid parameter: Channel");
                });
    }

    @Test
    void theCodeIsNeverStoredInClear() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());
        String code = latestCode(to);

        Map<String, Object> row = jdbc.sql("SELECT * FROM verification WHERE sid = ?").param(verification.getSid())
                .query().singleRow();

        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(code));
    }

    @Test
    void aVerificationOfAnotherServiceOrAccountIsNotFound() {
        Service service = plainService();
        Verification verification = Verification.creator(service.getSid(), TestNumbers.mobile(), "sms")
                .create(client());

        assertThatThrownBy(() -> Verification.fetcher(service.getSid(), verification.getSid())
                .fetch(client(OTHER_ACCOUNT_SID, OTHER_AUTH_TOKEN)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        assertThatThrownBy(() -> Verification.fetcher(plainService().getSid(), verification.getSid()).fetch(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void malformedRequestsNameTheParameterIn60200() {
        Service service = plainService();
        String to = TestNumbers.mobile();
        Verification verification = Verification.creator(service.getSid(), to, "sms").create(client());
        String base = "/v2/Services/" + service.getSid();
        String auth = ACCOUNT_SID + ":" + AUTH_TOKEN;

        assertThat(json(raw("POST", base + "/Verifications/" + verification.getSid(), Map.of("Status", "done"), auth)))
                .containsEntry("code", 60200).containsEntry("message", "Invalid parameter: Status");
        assertThat(json(raw("POST", base + "/VerificationCheck", Map.of("To", to), auth)))
                .containsEntry("code", 60200).containsEntry("message", "Invalid parameter: Code");
        assertThat(json(raw("POST", base + "/VerificationCheck", Map.of("Code", "123"), auth)))
                .containsEntry("message", "Invalid parameter: Code");
        assertThat(json(raw("POST", base + "/VerificationCheck", Map.of("Code", "123456"), auth)))
                .containsEntry("code", 60200).containsEntry("message", "Invalid parameter: To");
        assertThat(json(raw("POST", base + "/Verifications", Map.of("To", to), auth)))
                .containsEntry("message", "Invalid parameter: Channel");
    }

    @Test
    void anUnknownServiceIs20404() {
        assertThatThrownBy(() -> Verification.creator("VA00000000000000000000000000000000", TestNumbers.mobile(), "sms")
                .create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20404);
                    assertThat(e.getMessage()).isEqualTo("The requested resource "
                            + "/Services/VA00000000000000000000000000000000/Verifications was not found");
                });
    }

    private static Map<String, Object> carrier(String type) {
        Map<String, Object> carrier = new HashMap<>();
        carrier.put("error_code", null);
        carrier.put("name", null);
        carrier.put("mobile_country_code", null);
        carrier.put("mobile_network_code", null);
        carrier.put("type", type);
        return carrier;
    }
}
