package io.trustframe.verify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerificationMessagesTest {

    @Test
    void withoutPsd2TheSmsCarriesOnlyServiceAndCode() {
        assertThat(VerificationMessages.compose(null, "Contoso", "123456", null, null, false))
                .isEqualTo("Your Contoso verification code is: 123456.");
    }

    @Test
    void thePsd2SmsNamesAmountAndPayee() {
        assertThat(VerificationMessages.compose("nl-BE", "Contoso", "123456", "€50.00", "John Doe", false))
                .isEqualTo("Je Contoso verificatiecode is: 123456. "
                        + "Hiermee keur je een betaling van €50.00 aan John Doe goed.");
    }

    @Test
    void theDoNotShareWarningIsAppendedInTheSameLanguage() {
        assertThat(VerificationMessages.compose("de_AT", "Contoso", "123456", null, null, true))
                .endsWith("Geben Sie diesen Code an niemanden weiter; unsere Mitarbeiter fragen nie danach.");
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(VerificationMessages.compose("ja", "Contoso", "123456", null, null, false))
                .startsWith("Your Contoso verification code is: ");
    }
}
