package io.trustframe.engine.spi;

import java.util.Locale;

/**
 * Delivers the code of B2C's built-in email verification (a self-asserted output claim with PartnerClaimType
 * {@code Verified.Email}): in Azure AD B2C the service mails it itself; here the identity service does.
 */
@FunctionalInterface
public interface VerificationMail {

    void send(String emailAddress, String code, Locale culture);
}
