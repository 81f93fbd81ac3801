package io.trustframe.bank.payments;

/**
 * Where the money goes: an IBAN, or a domestic account number (the walkthrough's form asks for an "account number").
 *
 * @param value the account as stored and as carried in the hint's {@code accountnumber}: an IBAN without spaces,
 *              or the digits of a domestic account number
 */
public record PayeeAccount(String value) {

    /** The account in the text, or a message saying what is wrong with it. */
    public static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return new Parsed.Invalid("Enter the payee's account number or IBAN.");
        }
        if (Iban.looksLikeIban(text)) {
            Iban.Parsed iban = Iban.parse(text);
            if (iban instanceof Iban.Parsed.Invalid invalid) {
                return new Parsed.Invalid(invalid.message());
            }
            return new Parsed.Valid(new PayeeAccount(((Iban.Parsed.Valid) iban).iban().value()));
        }
        String digits = text.replaceAll("[\\s-]", "");
        if (!digits.matches("[0-9]{6,18}")) {
            return new Parsed.Invalid("Enter an account number of 6 to 18 digits, or an IBAN.");
        }
        return new Parsed.Valid(new PayeeAccount(digits));
    }

    /** As people read it: IBANs in groups of four. */
    public String formatted() {
        return Iban.looksLikeIban(value) ? new Iban(value).formatted() : value;
    }

    public sealed interface Parsed {
        record Valid(PayeeAccount account) implements Parsed {
        }

        record Invalid(String message) implements Parsed {
        }
    }
}
