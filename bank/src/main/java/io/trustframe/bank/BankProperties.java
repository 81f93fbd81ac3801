package io.trustframe.bank;

import java.text.MessageFormat;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code trustframe.bank.*} (environment: {@code TRUSTFRAME_BANK_*}). They mirror the {@code ida:*}
 * keys of the walkthrough's web.config, plus the policy names and lifetimes the .NET demo hard-coded. See
 * docs/bank.md.
 *
 * @param tenant                 {@code ida:Tenant}: the tenant's domain name, {0} of {@link #aadInstance}
 * @param tenantId               {@code ida:TenantId}: the tenant's GUID
 * @param clientId               {@code ida:ClientId}: the bank's app registration; also the audience of its hints
 * @param clientSecret           {@code ida:ClientSecret}: the bank's client secret at the token endpoint
 * @param aadInstance            {@code ida:AadInstance}: the authority of a policy, {0} the tenant and {1} the policy
 * @param redirectUri            {@code ida:RedirectUri}: where the identity service returns sign-in responses
 * @param stepUpRedirectUri      where it returns step-up responses (a second reply URL of the same registration)
 * @param publicUrl              the bank's own base URL: the issuer of its hints and the base of its metadata
 * @param signingCertThumbprint  {@code ida:SigningCertThumbprint}: SHA-1 thumbprint (hex) of the hint signing
 *                               certificate in the keystore; empty: the generated development certificate
 * @param signingCertAlgorithm   {@code ida:SigningCertAlgorithm}: the JWS algorithm of the hints
 * @param signingKeystore        the PKCS#12 keystore holding the signing certificate; empty: the development
 *                               keystore under the data folder, generated on first run
 * @param signingKeystorePassword the keystore's password
 * @param signUpSignInPolicy     the combined sign-in/sign-up policy
 * @param stepUpPolicy           the policy that steps a payment up with a code bound to amount and payee
 * @param profileEditPolicy      the profile-edit policy
 * @param passwordResetPolicy    the password-reset policy
 * @param hintLifetime           how long an id_token_hint is valid (the walkthrough's 7 days is far too long for a
 *                               hint that authorises one payment)
 * @param paymentLifetime        how long a payment may wait for its step-up before it expires
 * @param openingBalance         what a new customer's account starts with, in {@link #currency}
 * @param currency               the account currency and the default currency of a payment
 * @param stepUpAccountNumberOptional whether a step-up token without {@code accountnumber} may authorise a payment
 *                               (off by default; on for step-up policies that bind only amount and payee, such as
 *                               the Twilio walkthrough's {@code StepUp.xml}); a token that carries it must still match
 */
@ConfigurationProperties("trustframe.bank")
public record BankProperties(
        @DefaultValue("contoso.onmicrosoft.com") String tenant,
        @DefaultValue("3f1c6a7e-52b4-4f0a-9d1e-6b2f0c8a7d45") String tenantId,
        @DefaultValue("8a4e2c1d-7b6f-4e3a-a5c9-0d2b1f6e3c78") String clientId,
        @DefaultValue("demo-bank-secret") String clientSecret,
        @DefaultValue("http://localhost:8081/{0}/{1}") String aadInstance,
        @DefaultValue("http://localhost:8080/signin-oidc") String redirectUri,
        @DefaultValue("http://localhost:8080/payments/step-up") String stepUpRedirectUri,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("") String signingCertThumbprint,
        @DefaultValue("RS256") String signingCertAlgorithm,
        @DefaultValue("") String signingKeystore,
        @DefaultValue("trustframe-dev") String signingKeystorePassword,
        @DefaultValue("B2C_1A_PSD2_SUSI") String signUpSignInPolicy,
        @DefaultValue("B2C_1A_PSD2_StepUp") String stepUpPolicy,
        @DefaultValue("B2C_1A_PSD2_ProfileEdit") String profileEditPolicy,
        @DefaultValue("B2C_1A_PSD2_PasswordReset") String passwordResetPolicy,
        @DefaultValue("5m") Duration hintLifetime,
        @DefaultValue("15m") Duration paymentLifetime,
        @DefaultValue("2500.00") String openingBalance,
        @DefaultValue("EUR") String currency,
        @DefaultValue("false") boolean stepUpAccountNumberOptional) {

    public BankProperties {
        if (hintLifetime.isNegative() || hintLifetime.isZero()) {
            throw new IllegalArgumentException("trustframe.bank.hint-lifetime must be positive");
        }
        if (paymentLifetime.isNegative() || paymentLifetime.isZero()) {
            throw new IllegalArgumentException("trustframe.bank.payment-lifetime must be positive");
        }
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * The authority of one policy, as the .NET demo formats it: {@code String.Format(AadInstance, Tenant, policy)}.
     */
    public String authority(String policy) {
        String authority = MessageFormat.format(aadInstance.replace("'", "''"), tenant, policy);
        return authority.endsWith("/") ? authority.substring(0, authority.length() - 1) : authority;
    }

    /** Where a policy's OpenID Connect metadata lives (the B2C shape {@code …/v2.0/.well-known/openid-configuration}). */
    public String metadataUrl(String policy) {
        return authority(policy) + "/v2.0/.well-known/openid-configuration";
    }

    /** The issuer of the bank's hints, and the issuer in its own {@code /.well-known/openid-configuration}. */
    public String hintIssuer() {
        return publicUrl + "/";
    }
}
