package io.trustframe.verify.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.rest.verify.v2.Service;

class ServicesApiTest extends ApiTest {

    @Test
    void aServiceIsCreatedWithTwilioDefaultsAndEchoesWhatItWasGiven() {
        Service service = Service.creator("Contoso").setCodeLength(4).setPsd2Enabled(true)
                .setDoNotShareWarningEnabled(true).setLookupEnabled(true).setTtsName("Contoso voice")
                .setTotpIssuer("Contoso").setTotpTimeStep(30).setPushIncludeDate(false)
                .create(client());

        assertThat(service.getSid()).matches("VA[0-9a-f]{32}");
        assertThat(service.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(service.getFriendlyName()).isEqualTo("Contoso");
        assertThat(service.getCodeLength()).isEqualTo(4);
        assertThat(service.getPsd2Enabled()).isTrue();
        assertThat(service.getDoNotShareWarningEnabled()).isTrue();
        assertThat(service.getLookupEnabled()).isTrue();
        assertThat(service.getCustomCodeEnabled()).isFalse();
        assertThat(service.getSkipSmsToLandlines()).isFalse();
        assertThat(service.getTtsName()).isEqualTo("Contoso voice");
        assertThat(service.getTotp()).isEqualTo(totp("Contoso", 30));
        assertThat(service.getDateCreated()).isNotNull();
        assertThat(service.getUrl().toString()).isEqualTo(baseUrl() + "/v2/Services/" + service.getSid());
        assertThat(service.getLinks()).containsEntry("verifications",
                baseUrl() + "/v2/Services/" + service.getSid() + "/Verifications")
                .containsEntry("verification_checks",
                        baseUrl() + "/v2/Services/" + service.getSid() + "/VerificationCheck");
    }

    @Test
    void theServiceJsonUsesTwilioFieldNamesAndIso8601Dates() {
        Service service = plainService();

        Map<String, Object> json = json(raw("GET", "/v2/Services/" + service.getSid(), null,
                ACCOUNT_SID + ":" + AUTH_TOKEN));

        assertThat(json).containsKeys("sid", "account_sid", "friendly_name", "code_length", "lookup_enabled",
                "psd2_enabled", "skip_sms_to_landlines", "dtmf_input_required", "tts_name",
                "do_not_share_warning_enabled", "custom_code_enabled", "push", "totp", "default_template_sid",
                "date_created", "date_updated", "url", "links");
        assertThat((String) json.get("date_created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(json.get("code_length")).isEqualTo(6);
    }

    @Test
    void aServiceCanBeFetchedUpdatedListedAndDeleted() {
        Service created = plainService();

        Service fetched = Service.fetcher(created.getSid()).fetch(client());
        Service updated = Service.updater(created.getSid()).setFriendlyName("Renamed").setCodeLength(10)
                .update(client());
        ResourceSet<Service> all = Service.reader().read(client());
        boolean deleted = Service.deleter(created.getSid()).delete(client());

        assertThat(fetched.getFriendlyName()).isEqualTo("Contoso");
        assertThat(updated.getFriendlyName()).isEqualTo("Renamed");
        assertThat(updated.getCodeLength()).isEqualTo(10);
        assertThat(all).extracting(Service::getSid).contains(created.getSid());
        assertThat(deleted).isTrue();
        assertThatThrownBy(() -> Service.fetcher(created.getSid()).fetch(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20404);
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getMessage()).isEqualTo(
                            "The requested resource /Services/" + created.getSid() + " was not found");
                });
    }

    @Test
    void theSdkPagesThroughAllServices() {
        List<String> created = List.of(plainService().getSid(), plainService().getSid(), plainService().getSid());

        List<String> listed = new ArrayList<>();
        Service.reader().pageSize(2).read(client()).forEach(service -> listed.add(service.getSid()));

        assertThat(listed).containsAll(created).doesNotHaveDuplicates();
    }

    @Test
    void aCodeLengthOutsideFourToTenIsRefused() {
        assertThatThrownBy(() -> Service.creator("Contoso").setCodeLength(3).create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60200);
                    assertThat(e.getMessage()).isEqualTo("Invalid parameter: CodeLength");
                });
        assertThatThrownBy(() -> Service.creator("Contoso").setCodeLength(11).create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60200));
    }

    @Test
    void aServiceNeedsAFriendlyNameOfAtMost32Characters() {
        HttpResponse<String> missing = raw("POST", "/v2/Services", Map.of("CodeLength", "6"),
                ACCOUNT_SID + ":" + AUTH_TOKEN);

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing)).isEqualTo(Map.of("code", 60200, "message", "Invalid parameter: FriendlyName",
                "more_info", "https://www.twilio.com/docs/errors/60200", "status", 400));
        assertThatThrownBy(() -> Service.creator("x".repeat(33)).create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60200));
    }

    @Test
    void anotherAccountSeesNeitherTheServiceNorItInTheList() {
        Service service = plainService();

        assertThatThrownBy(() -> Service.fetcher(service.getSid()).fetch(client(OTHER_ACCOUNT_SID, OTHER_AUTH_TOKEN)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
        assertThat(Service.reader().read(client(OTHER_ACCOUNT_SID, OTHER_AUTH_TOKEN)))
                .extracting(Service::getSid).doesNotContain(service.getSid());
    }

    private static Map<String, Object> totp(String issuer, int timeStep) {
        Map<String, Object> totp = new HashMap<>();
        totp.put("issuer", issuer);
        totp.put("time_step", timeStep);
        totp.put("code_length", null);
        totp.put("skew", null);
        return totp;
    }
}
