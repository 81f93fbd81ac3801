package io.trustframe.verify.verification;

import java.util.Optional;

import io.trustframe.verify.Form;
import io.trustframe.verify.PhoneNumbers;
import io.trustframe.verify.TwilioError;

/**
 * A {@code POST /v2/Services/{sid}/VerificationCheck}: the code, which verification it is for (To or
 * VerificationSid), and under PSD2 the Amount and Payee it must be bound to.
 */
public record CheckRequest(
        String code,
        Optional<String> to,
        Optional<String> verificationSid,
        Optional<String> amount,
        Optional<String> payee) {

    public static CheckRequest parse(Form form) {
        String code = form.text("Code").map(String::strip)
                .filter(value -> StartRequest.CODE.matcher(value).matches())
                .orElseThrow(() -> TwilioError.invalidParameter("Code"));
        Optional<String> verificationSid = form.text("VerificationSid");
        Optional<String> to = form.text("To").map(raw -> raw.contains("@") ? raw.strip()
                : PhoneNumbers.e164(raw).orElseThrow(() -> TwilioError.invalidParameter("To")));
        if (to.isEmpty() && verificationSid.isEmpty()) {
            throw TwilioError.invalidParameter("To");
        }
        return new CheckRequest(code, to, verificationSid, form.text("Amount"), form.text("Payee"));
    }
}
