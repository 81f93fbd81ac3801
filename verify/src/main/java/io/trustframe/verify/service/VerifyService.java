package io.trustframe.verify.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.trustframe.verify.Form;
import io.trustframe.verify.TwilioError;

/**
 * A Verify Service: the settings shared by the verifications started under it. Field names follow Twilio's Service
 * resource. Settings this service does not act on (TTS, DTMF, Push, TOTP, WhatsApp, Passkeys, templates, event
 * subscriptions) are accepted and echoed so that Twilio client code keeps working.
 */
public record VerifyService(
        String sid,
        String accountSid,
        String friendlyName,
        int codeLength,
        boolean lookupEnabled,
        boolean psd2Enabled,
        boolean skipSmsToLandlines,
        boolean dtmfInputRequired,
        String ttsName,
        boolean doNotShareWarningEnabled,
        boolean customCodeEnabled,
        String defaultTemplateSid,
        boolean verifyEventSubscriptionEnabled,
        Map<String, String> channelSettings,
        Instant dateCreated,
        Instant dateUpdated) {

    /** Twilio's default code length. */
    public static final int DEFAULT_CODE_LENGTH = 6;

    /** The dotted parameters kept verbatim and echoed as the {@code push}, {@code totp}, … objects. */
    public static final List<String> CHANNEL_SETTING_PREFIXES = List.of("Push.", "Totp.", "Whatsapp.", "Passkeys.");

    /** Twilio documents FriendlyName as "up to 32 characters". */
    static final int MAX_FRIENDLY_NAME = 32;

    public VerifyService {
        channelSettings = Map.copyOf(new TreeMap<>(channelSettings));
    }

    /** A new service from a create request; FriendlyName is required. */
    public static VerifyService create(String sid, String accountSid, Form form, Instant now) {
        String friendlyName = form.text("FriendlyName").orElseThrow(() -> TwilioError.invalidParameter("FriendlyName"));
        VerifyService defaults = new VerifyService(sid, accountSid, friendlyName, DEFAULT_CODE_LENGTH, false, false,
                false, true, null, false, false, null, false, Map.of(), now, now);
        return defaults.updatedWith(form, now);
    }

    /** This service with the parameters of an update request applied; parameters not sent keep their value. */
    public VerifyService updatedWith(Form form, Instant now) {
        String name = form.text("FriendlyName").orElse(friendlyName);
        if (name.length() > MAX_FRIENDLY_NAME) {
            throw TwilioError.invalidParameter("FriendlyName");
        }
        int length = form.integer("CodeLength").orElse(codeLength);
        if (length < 4 || length > 10) {
            throw TwilioError.invalidParameter("CodeLength");
        }
        Map<String, String> settings = new TreeMap<>(channelSettings);
        settings.putAll(form.withPrefixes(CHANNEL_SETTING_PREFIXES));
        return new VerifyService(sid, accountSid, name, length,
                form.bool("LookupEnabled").orElse(lookupEnabled),
                form.bool("Psd2Enabled").orElse(psd2Enabled),
                form.bool("SkipSmsToLandlines").orElse(skipSmsToLandlines),
                form.bool("DtmfInputRequired").orElse(dtmfInputRequired),
                form.text("TtsName").orElse(ttsName),
                form.bool("DoNotShareWarningEnabled").orElse(doNotShareWarningEnabled),
                form.bool("CustomCodeEnabled").orElse(customCodeEnabled),
                form.text("DefaultTemplateSid").orElse(defaultTemplateSid),
                form.bool("VerifyEventSubscriptionEnabled").orElse(verifyEventSubscriptionEnabled),
                settings, dateCreated, now);
    }
}
