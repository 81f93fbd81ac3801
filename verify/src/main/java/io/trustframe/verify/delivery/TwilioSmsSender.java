package io.trustframe.verify.delivery;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

import io.trustframe.verify.VerifyProperties;

/**
 * Relays each SMS through the real Twilio Messages API with the official SDK, from the configured number or
 * Messaging Service. The body is passed on unchanged; only Twilio's error code and message are kept on failure.
 */
public final class TwilioSmsSender implements SmsSender {

    private final TwilioRestClient client;
    private final String from;
    private final String messagingServiceSid;

    public TwilioSmsSender(TwilioRestClient client, String from, String messagingServiceSid) {
        if (from.isBlank() && messagingServiceSid.isBlank()) {
            throw new IllegalArgumentException(
                    "the twilio delivery needs trustframe.verify.twilio.from or "
                            + "trustframe.verify.twilio.messaging-service-sid");
        }
        this.client = client;
        this.from = from;
        this.messagingServiceSid = messagingServiceSid;
    }

    /** A relay authenticated with an API key when one is configured, else with the account's auth token. */
    public static TwilioSmsSender from(VerifyProperties.Twilio settings) {
        if (settings.accountSid().isBlank()) {
            throw new IllegalArgumentException("the twilio delivery needs trustframe.verify.twilio.account-sid");
        }
        boolean apiKey = !settings.apiKeySid().isBlank();
        TwilioRestClient.Builder builder = new TwilioRestClient.Builder(
                apiKey ? settings.apiKeySid() : settings.accountSid(),
                apiKey ? settings.apiKeySecret() : settings.authToken())
                .accountSid(settings.accountSid());
        if (!settings.baseUrl().isBlank()) {
            builder.httpClient(new RelayHttpClient(settings.baseUrl()));
        }
        return new TwilioSmsSender(builder.build(), settings.from(), settings.messagingServiceSid());
    }

    @Override
    public void send(Sms sms) throws DeliveryException {
        PhoneNumber to = new PhoneNumber(sms.to());
        MessageCreator creator = messagingServiceSid.isBlank()
                ? Message.creator(to, new PhoneNumber(from), sms.body())
                : Message.creator(to, messagingServiceSid, sms.body());
        if (!messagingServiceSid.isBlank() && !from.isBlank()) {
            creator.setFrom(new PhoneNumber(from));
        }
        try {
            creator.create(client);
        } catch (ApiException e) {
            throw new DeliveryException("Twilio refused " + sms + ": " + e.getCode() + " " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new DeliveryException("could not reach Twilio for " + sms + ": " + e.getMessage(), e);
        }
    }
}
