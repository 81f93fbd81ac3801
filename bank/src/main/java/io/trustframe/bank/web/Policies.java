package io.trustframe.bank.web;

import java.util.Optional;

import io.trustframe.bank.BankProperties;

/** The identity service's policies the bank uses, each a client registration of its own (as B2C apps do). */
enum Policies {
    SIGN_IN("sign-in"),
    PROFILE_EDIT("profile-edit"),
    PASSWORD_RESET("password-reset"),
    STEP_UP("step-up");

    private final String registrationId;

    Policies(String registrationId) {
        this.registrationId = registrationId;
    }

    String registrationId() {
        return registrationId;
    }

    String policy(BankProperties properties) {
        return switch (this) {
            case SIGN_IN -> properties.signUpSignInPolicy();
            case PROFILE_EDIT -> properties.profileEditPolicy();
            case PASSWORD_RESET -> properties.passwordResetPolicy();
            case STEP_UP -> properties.stepUpPolicy();
        };
    }

    /** Where the identity service returns this policy's responses. */
    String redirectUri(BankProperties properties) {
        return this == STEP_UP ? properties.stepUpRedirectUri() : properties.redirectUri();
    }

    static Optional<Policies> byRegistrationId(String registrationId) {
        for (Policies policy : values()) {
            if (policy.registrationId.equals(registrationId)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
