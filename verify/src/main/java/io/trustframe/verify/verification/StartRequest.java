package io.trustframe.verify.verification;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.trustframe.verify.Form;
import io.trustframe.verify.PhoneNumbers;
import io.trustframe.verify.TwilioError;

/**
 * A "start verification" request ({@code POST /v2/Services/{sid}/Verifications}). Parameters Twilio documents but
 * that do not apply here (CustomMessage, SendDigits, AppHash, TemplateSid, RateLimits, ChannelConfiguration,
 * DeviceIp, RiskCheck, Tags, …) are accepted and ignored.
 */
public record StartRequest(
        String to,
        String channel,
        Optional<String> amount,
        Optional<String> payee,
        Optional<String> locale,
        Optional<String> customFriendlyName,
        Optional<String> customCode) {

    private static final Set<String> CHANNELS = Set.of("sms", "call", "email", "whatsapp", "sna", "auto");
    static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{4,10}");

    public static StartRequest parse(Form form) {
        String channel = form.text("Channel").map(value -> value.strip().toLowerCase(Locale.ROOT))
                .filter(CHANNELS::contains)
                .orElseThrow(() -> TwilioError.invalidParameter("Channel"));
        String rawTo = form.text("To").orElseThrow(() -> TwilioError.invalidParameter("To"));
        String to = "email".equals(channel) ? rawTo.strip()
                : PhoneNumbers.e164(rawTo).orElseThrow(() -> TwilioError.invalidParameter("To"));
        Optional<String> customCode = form.text("CustomCode");
        if (customCode.isPresent() && !CODE.matcher(customCode.get()).matches()) {
            throw TwilioError.invalidParameter("CustomCode");
        }
        return new StartRequest(to, channel, form.text("Amount"), form.text("Payee"), form.text("Locale"),
                form.text("CustomFriendlyName"), customCode);
    }
}
