package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.Page;
import io.trustframe.engine.journey.Submission;
import io.trustframe.engine.spi.OtpStore;
import io.trustframe.engine.spi.VerificationSms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * B2C's phone factor (PhoneFactorProtocolProvider, content definition {@code api.phonefactor}): the input claim with
 * PartnerClaimType {@code UserId} names the user; the other input claims carry phone numbers. With one number the page
 * asks to verify it (shown masked, never editable), with several the user picks one (masked, by position); without
 * one the user enrols a number (country and number). A
 * six-digit code goes out through the {@link VerificationSms} port; the right code ends the profile with
 * {@code Verified.OfficePhone} (E.164) and, for an enrolled number, {@code newPhoneNumberEntered = true} — the starter
 * pack writes the number to the directory only when that claim exists.
 *
 * <p>Page submissions: {@code ControlAction(PhoneFactorHandler.CONTROL, "SendCode", {countryCode, phoneNumber})} and
 * {@code ControlAction(CONTROL, "VerifyCode", {verificationCode})}. Only text messages are sent
 * ({@code setting.authenticationMode} phone/mixed calls are not placed).
 */
final class PhoneFactorHandler implements ProfileHandler {

    /** The page's one control (its buttons' control id). */
    static final String CONTROL = "phoneFactor";
    /** Our choices (B2C does not document its own): a code lives 5 minutes, 3 wrong codes spend it. */
    private static final int CODE_SECONDS = 300;
    private static final int MAX_FAILURES = 3;
    /** At most this many text messages per number and journey (counted in the journey state). */
    private static final int MAX_SENDS = 5;

    @Override
    public ProfileResult run(ProfileRun run) {
        return page(run, null, null);
    }

    @Override
    public ProfileResult submit(ProfileRun run, Submission submission) {
        Map<String, String> fields;
        String action;
        if (submission instanceof Submission.ControlAction control) {
            fields = control.fields();
            action = control.action();
        } else if (submission instanceof Submission.Form form) {
            fields = form.fields();
            action = "VerifyCode";
        } else {
            return page(run, null, null);
        }
        Map<String, String> state = run.services().controls();
        if (action.equalsIgnoreCase("SendCode")) {
            return sendCode(run, fields, state);
        }
        String phone = state.get(key(run, "phone"));
        if (phone == null) {
            return page(run, text(run, "requiredField_number", "Please enter your phone number"), null);
        }
        return verifyCode(run, phone, SelfAssertedHandler.lookup(fields, "verificationCode"), state);
    }

    private ProfileResult sendCode(ProfileRun run, Map<String, String> fields, Map<String, String> state) {
        List<String> stored = storedNumbers(run);
        String phone;
        if (stored.size() == 1) {
            phone = stored.get(0);
        } else if (stored.size() > 1) {
            // Several numbers on record: the user picks one by its position in the list (never by typing a number).
            String choice = SelfAssertedHandler.lookup(fields, "phoneNumber");
            int index = choice != null && choice.strip().matches("\\d{1,2}") ? Integer.parseInt(choice.strip()) : -1;
            if (index < 0 || index >= stored.size()) {
                return page(run, text(run, "requiredField_number", "Please enter your phone number"), null);
            }
            phone = stored.get(index);
        } else {
            String country = SelfAssertedHandler.lookup(fields, "countryCode");
            String number = SelfAssertedHandler.lookup(fields, "phoneNumber");
            if (country == null || CountryCodes.callingCode(country).isEmpty()) {
                return page(run, text(run, "requiredField_countryCode", "Please select your country code"), null);
            }
            if (number == null || number.isBlank()) {
                return page(run, text(run, "requiredField_number", "Please enter your phone number"), null);
            }
            Optional<String> e164 = CountryCodes.e164(country, number);
            if (e164.isEmpty()) {
                return page(run, text(run, "error_tryagain",
                        "The phone number you provided is busy or unavailable. Please check the number and try again."), null);
            }
            phone = e164.get();
        }
        OtpStore store = run.ports().otps();
        String otpKey = otpKey(run, phone);
        Instant now = run.ports().clock().instant();
        String sendsKey = key(run, "sends:" + phone);
        int sent = Integer.parseInt(state.getOrDefault(sendsKey, "0"));
        if (sent >= MAX_SENDS) {
            return page(run, text(run, "error_sms_throttled",
                    "You hit the limit on the number of text messages. Try again shortly."), null);
        }
        String code = run.ports().randomness().digits(6);
        try {
            run.ports().sms().send(phone, code, culture(run));
        } catch (VerificationSms.NotSent e) {
            System.getLogger(PhoneFactorHandler.class.getName()).log(System.Logger.Level.WARNING,
                    "journey " + run.services().correlationId() + ": no text message sent: " + e.getMessage());
            return page(run, text(run, "error_tryagain",
                    "The phone number you provided is busy or unavailable. Please check the number and try again."), null);
        }
        store.put(otpKey, new OtpStore.OtpEntry(code, now.plusSeconds(CODE_SECONDS), sent + 1, 0));
        state.put(sendsKey, Integer.toString(sent + 1));
        state.put(key(run, "phone"), phone);
        return page(run, null, "We have sent a code to " + mask(phone) + ". Please enter it below.");
    }

    private ProfileResult verifyCode(ProfileRun run, String phone, String typed, Map<String, String> state) {
        OtpStore store = run.ports().otps();
        String otpKey = otpKey(run, phone);
        Optional<OtpStore.OtpEntry> entry = store.get(otpKey);
        Instant now = run.ports().clock().instant();
        if (entry.isEmpty() || !entry.get().expiresAt().isAfter(now)) {
            return page(run, "That code is expired. Please request a new code.", null);
        }
        if (!OneTimeCodes.matches(entry.get().code(), typed == null ? null : typed.strip())) {
            int failures = entry.get().failedAttempts() + 1;
            if (failures >= MAX_FAILURES) {
                store.remove(otpKey);
            } else {
                store.put(otpKey, new OtpStore.OtpEntry(entry.get().code(), entry.get().expiresAt(),
                        entry.get().generated(), failures));
            }
            return page(run, failures >= MAX_FAILURES
                    ? text(run, "error_throttled", "You hit the limit on the number of verification attempts. Try again shortly.")
                    : text(run, "error_incorrect_code", "The verification code you have entered does not match our "
                    + "records. Please try again, or request a new code."), null);
        }
        store.remove(otpKey);
        state.remove(key(run, "phone"));
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("Verified.OfficePhone", phone);
        if (storedNumbers(run).isEmpty()) {
            outputs.put("newPhoneNumberEntered", "true");
        }
        return ProfileResult.Done.of(outputs);
    }

    private ProfileResult page(ProfileRun run, String error, String message) {
        List<String> stored = storedNumbers(run);
        String codeSentTo = run.services().controls().get(key(run, "phone"));
        List<Page.Field> fields = new ArrayList<>();
        if (stored.size() == 1) {
            fields.add(field("phoneNumber", text(run, "number_label", "Phone Number"), "Readonly", mask(stored.get(0)),
                    List.of()));
        } else if (stored.size() > 1) {
            List<Page.Option> numbers = new ArrayList<>();
            for (int i = 0; i < stored.size(); i++) {
                boolean selected = codeSentTo == null ? i == 0 : stored.get(i).equals(codeSentTo);
                numbers.add(new Page.Option(mask(stored.get(i)), Integer.toString(i), selected));
            }
            fields.add(field("phoneNumber", text(run, "number_label", "Phone Number"), "RadioSingleSelect", null,
                    numbers));
        } else {
            String region = Optional.ofNullable(run.services().resolve("{Culture:RegionName}", run.claims()))
                    .orElse("").toUpperCase(Locale.ROOT);
            fields.add(field("countryCode", "Country or region", "DropdownSingleSelect", null,
                    CountryCodes.options(region)));
            // After a code went out the number stays filled in (E.164), so "send a new code" needs no retyping.
            fields.add(field("phoneNumber", text(run, "number_label", "Phone Number"), "TelephoneNumber", codeSentTo,
                    List.of()));
        }
        List<String> actions = new ArrayList<>(List.of("SendCode"));
        List<Page.Field> controlFields = new ArrayList<>();
        if (codeSentTo != null) {
            controlFields.add(field("verificationCode", "Verification code", "TextBox", null, List.of()));
            actions.add("VerifyCode");
        }
        Page.Control control = new Page.Control(CONTROL, "PhoneFactor", controlFields, actions, false);
        Page page = run.services().page(run.metadata("ContentDefinitionReferenceId"), run.profile().id(), fields,
                List.of(control), List.of(), error == null ? List.of() : List.of(error));
        return new ProfileResult.ShowPage(message == null ? page : page.withMessage(message));
    }

    private static Page.Field field(String id, String label, String type, String value, List<Page.Option> options) {
        return new Page.Field(id, label, type, value, true, options, null, null, null);
    }

    /** The numbers on record: every input claim but UserId that holds one, in the profile's order, without repeats. */
    private static List<String> storedNumbers(ProfileRun run) {
        return run.inputs().entrySet().stream()
                .filter(e -> !e.getKey().equalsIgnoreCase("UserId"))
                .map(Map.Entry::getValue)
                .filter(v -> v != null && !v.isBlank())
                .map(v -> v.replaceAll("[\\s().-]", ""))
                .distinct()
                .toList();
    }

    private static String key(ProfileRun run, String what) {
        return "phonefactor:" + run.profile().id() + ":" + what;
    }

    private static String otpKey(ProfileRun run, String phone) {
        return "phonefactor:" + run.services().correlationId() + ":" + phone;
    }

    /** All but the last four digits hidden, as the starter pack's Mask on the phone claims does. */
    static String mask(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return "XXX-XXX-" + (digits.length() <= 4 ? digits : digits.substring(digits.length() - 4));
    }

    private static String text(ProfileRun run, String stringId, String defaultText) {
        return run.services().localized(run.metadata("ContentDefinitionReferenceId"), "UxElement", null, stringId)
                .orElse(defaultText);
    }

    /** The language of the text message: the request's first ui_locales entry, else English. */
    private static Locale culture(ProfileRun run) {
        String locales = run.services().request().uiLocales();
        return locales == null || locales.isBlank() ? Locale.ENGLISH
                : Locale.forLanguageTag(locales.strip().split("[ ,]")[0]);
    }
}
