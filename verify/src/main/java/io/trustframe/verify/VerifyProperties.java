package io.trustframe.verify;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code trustframe.verify.*} (environment: {@code TRUSTFRAME_VERIFY_*}). See docs/verify.md.
 *
 * @param developmentAccount generate (on first run of a data folder) and accept a development account with one
 *                           PSD2-enabled service; see {@link DevelopmentAccount}
 * @param verificationTtl    how long a pending verification can be checked (Twilio: 10 minutes)
 * @param delivery           how SMS leave the service
 * @param smsFrom            the sender shown for verification SMS (the relay uses {@code twilio.from} instead)
 * @param publicUrl          the base of {@code url}/{@code links} in responses; empty: the request's own host
 * @param codeKey            base64 key (32+ bytes) from which resent codes are re-derived; empty: a key file in the
 *                           data folder. Every node sharing one database needs the same key.
 * @param accounts           accounts (and their API keys) allowed to call the API
 * @param senderIds          when not empty, the only {@code From} values the Messages API accepts (else 21606)
 * @param twilio             credentials and sender for the {@code twilio} delivery
 */
@ConfigurationProperties("trustframe.verify")
public record VerifyProperties(
        @DefaultValue("true") boolean developmentAccount,
        @DefaultValue("10m") Duration verificationTtl,
        @DefaultValue("outbox") Delivery delivery,
        @DefaultValue("Trustframe") String smsFrom,
        @DefaultValue("") String publicUrl,
        @DefaultValue("") String codeKey,
        @DefaultValue List<Account> accounts,
        @DefaultValue List<String> senderIds,
        @DefaultValue Twilio twilio) {

    @Override
    public String toString() {
        return "VerifyProperties[delivery=" + delivery + ", accounts=" + accounts + ", twilio=" + twilio + "]";
    }

    public enum Delivery { OUTBOX, TWILIO, LOG }

    public record Account(String sid, String authToken, @DefaultValue List<ApiKey> apiKeys) {
        @Override
        public String toString() {
            return "Account[" + sid + ", " + apiKeys + "]";
        }
    }

    public record ApiKey(String sid, String secret) {
        @Override
        public String toString() {
            return "ApiKey[" + sid + "]";
        }
    }

    /**
     * @param baseUrl where the relay sends Twilio's API calls; empty: Twilio itself ({@code https://api.twilio.com})
     */
    public record Twilio(
            @DefaultValue("") String accountSid,
            @DefaultValue("") String authToken,
            @DefaultValue("") String apiKeySid,
            @DefaultValue("") String apiKeySecret,
            @DefaultValue("") String from,
            @DefaultValue("") String messagingServiceSid,
            @DefaultValue("") String baseUrl) {
        @Override
        public String toString() {
            return "Twilio[" + accountSid + ", key " + apiKeySid + ", from " + from + messagingServiceSid
                    + ", " + (baseUrl.isEmpty() ? "api.twilio.com" : baseUrl) + "]";
        }
    }
}
