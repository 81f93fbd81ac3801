package io.trustframe.engine.journey;

/** The AADB2C error codes the engine reports (B2C's error-code reference), with their default user messages. */
public enum B2cError {
    /** Sign-up of a user who exists, with RaiseErrorIfClaimsPrincipalAlreadyExists. */
    AADB2C90001("A user with the specified ID already exists. Please choose a different one."),
    /** A RESTful service answered an error B2C cannot show as a validation message, or could not be reached. */
    AADB2C90075("The claims exchange returned an error. Please try again later."),
    /** prompt=none without an SSO session. */
    AADB2C90077("User does not have an existing session and request prompt parameter has a value of 'None'."),
    /** The user cancelled a self-asserted page (the relying party receives access_denied). */
    AADB2C90091("The user has cancelled entering self-asserted information."),
    /** "Forgot your password?" on the sign-in page, which B2C reports to the relying party. */
    AADB2C90118("The user has forgotten their password."),
    /** Wrong sign-in name or password (login-NonInteractive). */
    AADB2C90225("The username or password provided in the request are invalid."),
    /** The id_token_hint is expired, badly signed, from another issuer or for another audience. */
    AADB2C90208("The provided id_token_hint parameter is not valid."),
    /** The federated identity provider answered with an error or a response that does not check out. */
    AADB2C90273("An invalid response was received from the identity provider."),
    /** Read of a user who does not exist, with RaiseErrorIfClaimsPrincipalDoesNotExist. */
    AADB2C99002("This user does not exist and profile cannot be read."),
    /** Anything else: a misconfigured policy, a journey state that does not belong to this policy. */
    AADB2C90037("An error occurred while processing the request. Please contact administrator of the site.");

    private final String defaultMessage;

    B2cError(String defaultMessage) {
        this.defaultMessage = defaultMessage;
    }

    public String code() {
        return name();
    }

    public String defaultMessage() {
        return defaultMessage;
    }
}
