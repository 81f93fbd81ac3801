package io.trustframe.verify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.type.PhoneNumber;

import io.trustframe.verify.DevelopmentAccount;
import io.trustframe.verify.TestNumbers;
import io.trustframe.verify.VerifyApplication;

/** The {@code twilio} delivery, relaying through a local stand-in for api.twilio.com (never the internet). */
@SpringBootTest(classes = VerifyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=verify",
                "spring.datasource.url=jdbc:h2:mem:verify-relay-${random.uuid};DB_CLOSE_DELAY=-1;MODE=PostgreSQL;"
                        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "trustframe.verify.code-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "trustframe.verify.delivery=twilio",
                "trustframe.verify.twilio.account-sid=" + TwilioRelayTest.RELAY_ACCOUNT,
                "trustframe.verify.twilio.auth-token=relay-token",
                "trustframe.verify.twilio.from=+15017122661"
        })
class TwilioRelayTest {

    static final String RELAY_ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static final TwilioStub TWILIO = new TwilioStub();

    @DynamicPropertySource
    static void twilio(DynamicPropertyRegistry registry) {
        registry.add("trustframe.verify.twilio.base-url", TWILIO::baseUrl);
    }

    @AfterAll
    static void stopStub() {
        TWILIO.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentAccount development;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void acceptAgain() {
        TWILIO.refuse(false);
    }

    @Test
    void aVerificationCodeIsRelayedThroughTwilioWithTheConfiguredCredentials() {
        String to = TestNumbers.mobile();

        Verification.creator(development.psd2ServiceSid(), to, "sms").setAmount("€50.00").setPayee("John Doe")
                .create(client());

        TwilioStub.Received sent = lastTo(to);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/2010-04-01/Accounts/" + RELAY_ACCOUNT + "/Messages.json");
        assertThat(sent.authorization()).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString((RELAY_ACCOUNT + ":relay-token").getBytes(StandardCharsets.UTF_8)));
        assertThat(sent.form()).containsEntry("To", to).containsEntry("From", "+15017122661");
        assertThat(sent.form().get("Body")).startsWith("Your Trustframe verification code is: ")
                .contains("€50.00", "John Doe");
        assertThat(jdbc.sql("SELECT count(*) FROM outbox_message").query(Long.class).single()).isZero();
    }

    @Test
    void aRefusedRelayLeavesNoVerificationBehind() {
        String to = TestNumbers.mobile();
        TWILIO.refuse(true);

        assertThatThrownBy(() -> Verification.creator(development.psd2ServiceSid(), to, "sms")
                .setAmount("€50.00").setPayee("John Doe").create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(60005);
                    assertThat(e.getStatusCode()).isEqualTo(502);
                });
        assertThat(jdbc.sql("SELECT count(*) FROM verification WHERE recipient = ?").param(to).query(Long.class)
                .single()).isZero();

        TWILIO.refuse(false);
        Verification retried = Verification.creator(development.psd2ServiceSid(), to, "sms")
                .setAmount("€50.00").setPayee("John Doe").create(client());
        assertThat(retried.getSendCodeAttempts()).hasSize(1);
    }

    @Test
    void aMessagesApiMessageIsRelayedAndNotKeptWhenTwilioRefusesIt() {
        String to = TestNumbers.mobile();
        Message.creator(new PhoneNumber(to), new PhoneNumber("+15017122661"), "relayed").create(client());
        assertThat(lastTo(to).form()).containsEntry("Body", "relayed");

        TWILIO.refuse(true);
        assertThatThrownBy(() -> Message.creator(new PhoneNumber(to), new PhoneNumber("+15017122661"), "refused")
                .create(client()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(30008));
        assertThat(jdbc.sql("SELECT body FROM message WHERE recipient = ?").param(to).query(String.class).list())
                .containsExactly("relayed");
    }

    private TwilioRestClient client() {
        return new TwilioRestClient.Builder(development.accountSid(), development.authToken())
                .httpClient(new RelayHttpClient("http://localhost:" + port))
                .build();
    }

    private static TwilioStub.Received lastTo(String to) {
        List<TwilioStub.Received> toNumber = TWILIO.received().stream()
                .filter(received -> to.equals(received.form().get("To"))).toList();
        assertThat(toNumber).isNotEmpty();
        return toNumber.get(toNumber.size() - 1);
    }
}
