package io.trustframe.verify.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.trustframe.verify.VerifyProperties;

/** The relay's use of the SDK, against a local stand-in for api.twilio.com. */
class TwilioSmsSenderTest {

    private static final String ACCOUNT = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    private static final Sms SMS = new Sms("SM00000000000000000000000000000001", "+4915112345678", "ignored",
            "Your code is 987650.", true);

    private final TwilioStub twilio = new TwilioStub();

    @AfterEach
    void stop() {
        twilio.close();
    }

    @Test
    void anApiKeyAuthenticatesTheRelayForItsAccount() throws DeliveryException {
        TwilioSmsSender sender = TwilioSmsSender.from(new VerifyProperties.Twilio(ACCOUNT, "",
                "SKcccccccccccccccccccccccccccccccc", "key-secret", "+15017122661", "", twilio.baseUrl()));

        sender.send(SMS);

        TwilioStub.Received sent = twilio.received().get(0);
        assertThat(sent.path()).isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        assertThat(sent.authorization()).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                "SKcccccccccccccccccccccccccccccccc:key-secret".getBytes(StandardCharsets.UTF_8)));
        assertThat(sent.form()).containsEntry("From", "+15017122661").containsEntry("Body", "Your code is 987650.");
    }

    @Test
    void aMessagingServiceSendsInsteadOfAFromNumber() throws DeliveryException {
        TwilioSmsSender sender = TwilioSmsSender.from(new VerifyProperties.Twilio(ACCOUNT, "token", "", "", "",
                "MGdddddddddddddddddddddddddddddddd", twilio.baseUrl()));

        sender.send(SMS);

        assertThat(twilio.received().get(0).form()).containsEntry("MessagingServiceSid",
                "MGdddddddddddddddddddddddddddddddd").doesNotContainKey("From");
    }

    @Test
    void twilioRefusingTheMessageIsADeliveryFailureNamingItsCode() {
        TwilioSmsSender sender = TwilioSmsSender.from(new VerifyProperties.Twilio(ACCOUNT, "token", "", "",
                "+15017122661", "", twilio.baseUrl()));
        twilio.refuse(true);

        assertThatThrownBy(() -> sender.send(SMS)).isInstanceOf(DeliveryException.class).hasMessageContaining("21610")
                .hasMessageNotContaining("987650");
    }

    @Test
    void aRelayWithoutSenderOrAccountIsRefusedAtStartup() {
        assertThatThrownBy(() -> TwilioSmsSender.from(
                new VerifyProperties.Twilio(ACCOUNT, "token", "", "", "", "", "")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twilio.from");
        assertThatThrownBy(() -> TwilioSmsSender.from(new VerifyProperties.Twilio("", "token", "", "", "+15017122661",
                "", ""))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("account-sid");
    }
}
