package io.trustframe.verify.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.trustframe.verify.verification.Verification;
import io.trustframe.verify.verification.VerificationStatus;

/** The Verification and VerificationCheck resources as Twilio renders them. */
final class VerificationJson {

    private VerificationJson() {
    }

    static Map<String, Object> verification(Verification v, String base) {
        Map<String, Object> json = common(v);
        Map<String, Object> lookup = new LinkedHashMap<>();
        if (v.lookupType() != null) {
            Map<String, Object> carrier = new LinkedHashMap<>();
            carrier.put("error_code", null);
            carrier.put("name", null);
            carrier.put("mobile_country_code", null);
            carrier.put("mobile_network_code", null);
            carrier.put("type", v.lookupType().name().toLowerCase(Locale.ROOT));
            lookup.put("carrier", carrier);
        }
        json.put("lookup", lookup);
        json.put("send_code_attempts", v.sendCodeAttempts().stream().map(attempt -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("attempt_sid", attempt.attemptSid());
            entry.put("channel", attempt.channel());
            entry.put("time", Dates.isoMillis(attempt.time()));
            return entry;
        }).toList());
        json.put("sna", null);
        json.put("url", base + "/v2/Services/" + v.serviceSid() + "/Verifications/" + v.sid());
        return json;
    }

    static Map<String, Object> check(Verification v) {
        Map<String, Object> json = common(v);
        json.put("sna_attempts_error_codes", List.of());
        return json;
    }

    private static Map<String, Object> common(Verification v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sid", v.sid());
        json.put("service_sid", v.serviceSid());
        json.put("account_sid", v.accountSid());
        json.put("to", v.to());
        json.put("channel", v.channel());
        json.put("status", v.status().value());
        json.put("valid", v.status() == VerificationStatus.APPROVED);
        json.put("amount", v.amount());
        json.put("payee", v.payee());
        json.put("date_created", Dates.iso(v.dateCreated()));
        json.put("date_updated", Dates.iso(v.dateUpdated()));
        return json;
    }
}
