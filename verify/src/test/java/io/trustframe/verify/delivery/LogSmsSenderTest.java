package io.trustframe.verify.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogSmsSenderTest {

    @Test
    void aVerificationCodeNeverReachesTheLog() {
        Sms sms = new Sms("SM00000000000000000000000000000001", "+4915112345678", "Trustframe",
                "Your Contoso verification code is: 482913.", true);

        assertThat(LogSmsSender.printable(sms)).doesNotContain("482913").contains("******");
    }

    @Test
    void otherMessagesAreLoggedAsTheyAre() {
        Sms sms = new Sms("SM00000000000000000000000000000001", "+4915112345678", "Trustframe", "Meet at 10", false);

        assertThat(LogSmsSender.printable(sms)).isEqualTo("Meet at 10");
    }
}
