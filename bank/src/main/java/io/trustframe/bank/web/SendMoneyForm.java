package io.trustframe.bank.web;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

import io.trustframe.bank.payments.Money;
import io.trustframe.bank.payments.NewPayment;
import io.trustframe.bank.payments.PayeeAccount;

/**
 * The send-money form as typed; {@link #validate} turns it into a payment or into one message per wrong field.
 * Limits follow SEPA credit transfers: 70 characters for the payee's name, 140 for the reference.
 */
record SendMoneyForm(String payee, String account, String amount, String currency, String reference) {

    static final int PAYEE_MAX = 70;
    static final int REFERENCE_MAX = 140;

    static SendMoneyForm empty(Currency currency) {
        return new SendMoneyForm("", "", "", currency.getCurrencyCode(), "");
    }

    sealed interface Validated {
        record Valid(NewPayment payment) implements Validated {
        }

        /** Field name → message, in the order of the form. */
        record Invalid(Map<String, String> errors) implements Validated {
        }
    }

    Validated validate(String customer, Currency defaultCurrency) {
        Map<String, String> errors = new LinkedHashMap<>();
        String payeeName = payee == null ? "" : payee.strip();
        if (payeeName.isEmpty()) {
            errors.put("payee", "Enter the payee's name.");
        } else if (payeeName.length() > PAYEE_MAX) {
            errors.put("payee", "The payee's name can be at most " + PAYEE_MAX + " characters.");
        } else if (hasControlCharacters(payeeName)) {
            errors.put("payee", "The payee's name can only contain letters, digits, spaces and punctuation.");
        }
        PayeeAccount.Parsed parsedAccount = PayeeAccount.parse(account);
        if (parsedAccount instanceof PayeeAccount.Parsed.Invalid invalid) {
            errors.put("account", invalid.message());
        }
        Money.Parsed parsedAmount = Money.parse(amount, currency, defaultCurrency);
        if (parsedAmount instanceof Money.Parsed.Invalid invalid) {
            errors.put("amount", invalid.message());
        }
        String referenceText = reference == null ? "" : reference.strip();
        if (referenceText.length() > REFERENCE_MAX) {
            errors.put("reference", "The reference can be at most " + REFERENCE_MAX + " characters.");
        } else if (hasControlCharacters(referenceText)) {
            errors.put("reference", "The reference can only contain letters, digits, spaces and punctuation.");
        }
        if (!errors.isEmpty()) {
            return new Validated.Invalid(errors);
        }
        return new Validated.Valid(new NewPayment(customer, payeeName,
                ((PayeeAccount.Parsed.Valid) parsedAccount).account(),
                ((Money.Parsed.Valid) parsedAmount).money(), referenceText));
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
