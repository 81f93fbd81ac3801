package io.trustframe.verify.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.trustframe.verify.service.VerifyService;

/** The Service resource as Twilio renders it. */
final class ServiceJson {

    private static final List<String> LINKS = List.of("verification_checks:VerificationCheck",
            "verifications:Verifications", "rate_limits:RateLimits",
            "messaging_configurations:MessagingConfigurations", "entities:Entities", "webhooks:Webhooks",
            "access_tokens:AccessTokens");

    private ServiceJson() {
    }

    static Map<String, Object> render(VerifyService s, String base) {
        String url = base + "/v2/Services/" + s.sid();
        Map<String, String> settings = s.channelSettings();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sid", s.sid());
        json.put("account_sid", s.accountSid());
        json.put("friendly_name", s.friendlyName());
        json.put("code_length", s.codeLength());
        json.put("lookup_enabled", s.lookupEnabled());
        json.put("psd2_enabled", s.psd2Enabled());
        json.put("skip_sms_to_landlines", s.skipSmsToLandlines());
        json.put("dtmf_input_required", s.dtmfInputRequired());
        json.put("tts_name", s.ttsName());
        json.put("do_not_share_warning_enabled", s.doNotShareWarningEnabled());
        json.put("custom_code_enabled", s.customCodeEnabled());
        json.put("push", object("include_date", bool(settings.getOrDefault("Push.IncludeDate", "true")),
                "apn_credential_sid", settings.get("Push.ApnCredentialSid"),
                "fcm_credential_sid", settings.get("Push.FcmCredentialSid")));
        json.put("totp", object("issuer", settings.get("Totp.Issuer"),
                "time_step", integer(settings.get("Totp.TimeStep")),
                "code_length", integer(settings.get("Totp.CodeLength")),
                "skew", integer(settings.get("Totp.Skew"))));
        json.put("whatsapp", object("msg_service_sid", settings.get("Whatsapp.MsgServiceSid"),
                "from", settings.get("Whatsapp.From")));
        String origins = settings.get("Passkeys.RelyingParty.Origins");
        json.put("passkeys", object(
                "relying_party", object("id", settings.get("Passkeys.RelyingParty.Id"),
                        "name", settings.get("Passkeys.RelyingParty.Name"),
                        "origins", origins == null ? null
                                : Arrays.stream(origins.split(",")).map(String::strip).toList()),
                "authenticator_attachment", settings.get("Passkeys.AuthenticatorAttachment"),
                "discoverable_credentials", settings.get("Passkeys.DiscoverableCredentials"),
                "user_verification", settings.get("Passkeys.UserVerification")));
        json.put("default_template_sid", s.defaultTemplateSid());
        json.put("verify_event_subscription_enabled", s.verifyEventSubscriptionEnabled());
        json.put("date_created", Dates.iso(s.dateCreated()));
        json.put("date_updated", Dates.iso(s.dateUpdated()));
        json.put("url", url);
        Map<String, Object> links = new LinkedHashMap<>();
        for (String link : LINKS) {
            String[] parts = link.split(":");
            links.put(parts[0], url + "/" + parts[1]);
        }
        json.put("links", links);
        return json;
    }

    private static Map<String, Object> object(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static Boolean bool(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
