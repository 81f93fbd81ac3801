package io.trustframe.bank.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepUpErrorResponseTest {

    @Test
    void keepsOnlyTheAadb2cCodeADescriptionStartsWith() {
        assertThat(StepUpErrorResponse.parse("AADB2C90208: The provided id_token_hint parameter is expired.").code())
                .contains("AADB2C90208");
        assertThat(StepUpErrorResponse.parse("AADB2C90208").code()).contains("AADB2C90208");
    }

    @Test
    void anythingElseHasNoCode() {
        assertThat(StepUpErrorResponse.parse(null).code()).isEmpty();
        assertThat(StepUpErrorResponse.parse("").code()).isEmpty();
        assertThat(StepUpErrorResponse.parse("AADB2C902081: longer").code()).isEmpty();
        assertThat(StepUpErrorResponse.parse("AADB2C9020x").code()).isEmpty();
        assertThat(StepUpErrorResponse.parse("Call us: AADB2C90208").code()).isEmpty();
    }

    @Test
    void cancelAndForgotPasswordAreTheCustomersChoiceNotARefusal() {
        assertThat(StepUpErrorResponse.parse("AADB2C90091: The user has cancelled.").customerStopped()).isTrue();
        assertThat(StepUpErrorResponse.parse("AADB2C90118: The user has forgotten their password.").customerStopped())
                .isTrue();
        assertThat(StepUpErrorResponse.parse("AADB2C90208: expired").customerStopped()).isFalse();
        assertThat(StepUpErrorResponse.parse("AADB2C90208: expired").explanation()).isPresent();
        assertThat(StepUpErrorResponse.parse("AADB2C90075: failed").explanation()).isEmpty();
    }
}
