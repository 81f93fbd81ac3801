package io.trustframe.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity service's settings, {@code trustframe.identity.*} in {@code identity.properties} or the environment.
 *
 * @param masterKey                  base64 of the 256-bit key that seals policy-key secrets at rest; when absent a
 *                                   key is generated once under the data folder (development only)
 * @param requireConfiguredMasterKey production switch: refuse to start unless {@code masterKey} is configured
 * @param defaultTenant              the tenant created on first start, and the one the tenant-less Graph paths use
 * @param admin                      the credential of the admin and Graph APIs
 * @param lockout                    smart lockout of local accounts after repeated wrong passwords
 * @param http                       how journeys reach other services
 * @param baseUrl                    the public URL of the service (issuer, metadata endpoints); unset: taken from
 *                                   each request's scheme, host and port
 * @param sms                        where the phone factor's text messages go (a Twilio-compatible Messages API)
 */
@ConfigurationProperties("trustframe.identity")
public record IdentitySettings(
        String masterKey,
        boolean requireConfiguredMasterKey,
        @DefaultValue("contoso") String defaultTenant,
        @DefaultValue Admin admin,
        @DefaultValue Lockout lockout,
        @DefaultValue Http http,
        String baseUrl,
        @DefaultValue Sms sms) {

    /** @param token the admin secret: {@code Authorization: Bearer <token>} or HTTP Basic with any user name and it as password */
    public record Admin(String token) {
    }

    /**
     * Defaults are B2C's: smart lockout locks an account for 60 seconds after 10 failed sign-ins, and each further
     * lockout lasts longer ({@code LockoutThreshold}, {@code LockoutDurationInSeconds} of the tenant's password rules).
     */
    public record Lockout(
            @DefaultValue("10") int threshold,
            @DefaultValue("60s") Duration duration,
            @DefaultValue("24h") Duration maxDuration) {
    }

    /**
     * @param hostMap {@code host=URL,…}: requests of policies to these hosts go to the URL's scheme, host and port
     *                instead (path and query kept), e.g. Twilio's hosts to the verify service
     */
    public record Http(String hostMap) {
    }

    /**
     * The Twilio-compatible Messages API that sends the phone factor's codes
     * ({@code POST <url>/2010-04-01/Accounts/<accountSid>/Messages.json}, HTTP Basic with the account SID and auth
     * token). The URL goes through {@link Http#hostMap()} like the policies' calls, so Twilio's own address reaches
     * the verify service when the host map says so.
     *
     * @param from a sender number (E.164) or a Messaging Service SID ({@code MG…})
     */
    public record Sms(@DefaultValue("https://api.twilio.com") String url, String accountSid, String authToken,
                      String from) {
    }
}
