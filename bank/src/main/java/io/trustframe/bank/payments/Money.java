package io.trustframe.bank.payments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money: positive or zero, exactly two decimals, in an ISO 4217 currency.
 *
 * @param amount   the amount, scale 2
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) {

    /** The largest single payment the demo bank takes; it also keeps amounts inside NUMERIC(19, 2). */
    static final BigDecimal MAXIMUM = new BigDecimal("1000000.00");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("more than two decimals: " + amount);
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    /**
     * A payment amount as a customer types it: digits with at most two decimals after a point or a comma (both are
     * usual in the EU), more than zero, in a known currency (empty: the account's).
     */
    public static Parsed parse(String amountText, String currencyText, Currency defaultCurrency) {
        Currency currency = defaultCurrency;
        if (currencyText != null && !currencyText.isBlank()) {
            try {
                currency = Currency.getInstance(currencyText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return new Parsed.Invalid("Choose a currency such as EUR.");
            }
        }
        String text = amountText == null ? "" : amountText.strip();
        if (text.isEmpty()) {
            return new Parsed.Invalid("Enter an amount.");
        }
        if (!text.matches("[0-9]{1,10}([.,][0-9]{1,2})?")) {
            return new Parsed.Invalid("Enter an amount in numbers, with at most two decimals, like 50.00.");
        }
        BigDecimal amount = new BigDecimal(text.replace(',', '.')).setScale(2, RoundingMode.UNNECESSARY);
        if (amount.signum() <= 0) {
            return new Parsed.Invalid("Enter an amount greater than zero.");
        }
        if (amount.compareTo(MAXIMUM) > 0) {
            return new Parsed.Invalid("The most you can send in one payment is " + MAXIMUM.toPlainString() + ".");
        }
        return new Parsed.Valid(new Money(amount, currency));
    }

    /** The amount as the hint, the step-up token and the SMS carry it, e.g. {@code EUR 50.00}. */
    public String toClaim() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    public boolean isAtLeast(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) >= 0;
    }

    @Override
    public String toString() {
        return toClaim();
    }

    public sealed interface Parsed {
        record Valid(Money money) implements Parsed {
        }

        record Invalid(String message) implements Parsed {
        }
    }
}
