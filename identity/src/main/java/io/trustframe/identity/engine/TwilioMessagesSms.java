package io.trustframe.identity.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.trustframe.engine.spi.HttpCaller;
import io.trustframe.engine.spi.VerificationSms;
import io.trustframe.identity.IdentitySettings;
import io.trustframe.identity.tenants.Tenant;

/**
 * The phone factor's text messages through a Twilio-compatible Messages API (Trustframe's verify service, or Twilio):
 * {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with {@code To}, {@code From} (or
 * {@code MessagingServiceSid}) and {@code Body}, HTTP Basic with the account SID and auth token. Anything but
 * {@code 201 Created} is a message not sent.
 */
final class TwilioMessagesSms implements VerificationSms {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpCaller http;
    private final IdentitySettings.Sms settings;
    private final Tenant tenant;

    TwilioMessagesSms(HttpCaller http, IdentitySettings.Sms settings, Tenant tenant) {
        this.http = http;
        this.settings = settings;
        this.tenant = tenant;
    }

    @Override
    public void send(String phoneNumber, String code, Locale culture) {
        if (blank(settings.accountSid()) || blank(settings.authToken()) || blank(settings.from())) {
            throw new NotSent("trustframe.identity.sms.account-sid, auth-token and from are not all configured");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", phoneNumber);
        form.put(settings.from().startsWith("MG") ? "MessagingServiceSid" : "From", settings.from());
        // B2C's own wording of the phone factor's text message.
        form.put("Body", "Use verification code " + code + " for " + tenant.name() + " authentication.");
        String url = settings.url().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
                + URLEncoder.encode(settings.accountSid(), StandardCharsets.UTF_8) + "/Messages.json";
        String basic = Base64.getEncoder().encodeToString((settings.accountSid() + ":" + settings.authToken())
                .getBytes(StandardCharsets.UTF_8));
        HttpCaller.HttpResponse response;
        try {
            response = http.call(new HttpCaller.HttpRequest("POST", url, Map.of(
                    "Content-Type", List.of("application/x-www-form-urlencoded"),
                    "Authorization", List.of("Basic " + basic)),
                    encode(form).getBytes(StandardCharsets.UTF_8), TIMEOUT));
        } catch (RuntimeException e) {
            throw new NotSent("the Messages API could not be reached: " + e.getMessage(), e);
        }
        if (response.status() != 201) {
            throw new NotSent(response.status() == 0 ? "the Messages API could not be reached: " + response.error()
                    : "the Messages API answered " + response.status() + ": " + response.bodyText());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
