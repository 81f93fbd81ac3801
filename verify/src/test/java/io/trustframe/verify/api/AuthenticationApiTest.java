package io.trustframe.verify.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.twilio.exception.ApiException;
import com.twilio.rest.verify.v2.Service;
import com.twilio.rest.verify.v2.service.Verification;

import io.trustframe.verify.TestNumbers;

class AuthenticationApiTest extends ApiTest {

    @Test
    void noCredentialsIs401WithTwilios20003BodyAndABasicChallenge() {
        HttpResponse<String> response = raw("GET", "/v2/Services", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Twilio API\"");
        assertThat(json(response)).containsEntry("code", 20003).containsEntry("status", 401)
                .containsEntry("more_info", "https://www.twilio.com/docs/errors/20003")
                .containsKey("message");
    }

    @Test
    void aWrongAuthTokenIsRefusedThroughTheSdk() {
        assertThatThrownBy(() -> Service.reader().read(client(ACCOUNT_SID, "wrong-token")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(20003);
                    assertThat(e.getStatusCode()).isEqualTo(401);
                });
    }

    @Test
    void anotherAccountsTokenDoesNotOpenThisAccount() {
        HttpResponse<String> response = raw("GET", "/v2/Services", null, ACCOUNT_SID + ":" + OTHER_AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void garbageInTheAuthorizationHeaderIs401NotAStackTrace() {
        HttpResponse<String> response = raw("GET", "/v2/Services", null, "no-colon-here");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response)).containsEntry("code", 20003);
    }

    @Test
    void anApiKeyActsForItsAccount() {
        Service service = Service.creator("Via API key").create(client(API_KEY_SID, API_KEY_SECRET));

        assertThat(service.getAccountSid()).isEqualTo(ACCOUNT_SID);
        assertThat(Service.fetcher(service.getSid()).fetch(client()).getFriendlyName()).isEqualTo("Via API key");
    }

    @Test
    void theDevelopmentAccountWorksWithItsPsd2Service() {
        String to = TestNumbers.mobile();

        Verification verification = Verification.creator(development.psd2ServiceSid(), to, "sms")
                .setAmount("€50.00").setPayee("John Doe")
                .create(client(development.accountSid(), development.authToken()));

        assertThat(development.accountSid()).matches("AC[0-9a-f]{32}");
        assertThat(development.psd2ServiceSid()).matches("VA[0-9a-f]{32}");
        assertThat(verification.getAccountSid()).isEqualTo(development.accountSid());
        assertThat(development.environmentLines()).contains("TWILIO_ACCOUNT_SID=" + development.accountSid(),
                "TWILIO_AUTH_TOKEN=" + development.authToken(),
                "TWILIO_VERIFY_SERVICE_SID=" + development.psd2ServiceSid());
    }

    @Test
    void anUnknownPathIsTwilios20404() {
        HttpResponse<String> response = raw("GET", "/v2/Nothing", null, ACCOUNT_SID + ":" + AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response)).isEqualTo(Map.of("code", 20404,
                "message", "The requested resource /Nothing was not found",
                "more_info", "https://www.twilio.com/docs/errors/20404", "status", 404));
    }

    @Test
    void aWrongMethodIsAnsweredInTwiliosErrorShape() {
        HttpResponse<String> response = raw("GET", "/v2/Services/VA0/Verifications", null,
                ACCOUNT_SID + ":" + AUTH_TOKEN);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response)).containsEntry("code", 20004).containsEntry("status", 405);
    }
}
