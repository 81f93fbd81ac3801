package io.trustframe.bank.payments;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;

/**
 * An International Bank Account Number (ISO 13616), checked the way banks check it: country code, length for that
 * country where known, and the mod-97 check digits.
 *
 * @param value the IBAN in its electronic form: upper case, no spaces
 */
public record Iban(String value) {

    /** IBAN lengths of the SEPA countries (ISO 13616 registry); other countries are checked for 15–34 characters. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21), Map.entry("CY", 28),
            Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21),
            Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
            Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27));

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    /** Whether the text looks like an IBAN attempt (two letters, two digits) rather than a domestic account number. */
    static boolean looksLikeIban(String text) {
        String compact = compact(text);
        return compact.length() >= 4 && Character.isLetter(compact.charAt(0)) && Character.isLetter(compact.charAt(1));
    }

    /** The IBAN in the text, or a message saying what is wrong with it. */
    public static Parsed parse(String text) {
        String compact = compact(text);
        if (!compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
            return new Parsed.Invalid("Enter an IBAN like DE89 3704 0044 0532 0130 00: a country code, two check "
                    + "digits and the account, letters and digits only.");
        }
        Integer expected = LENGTHS.get(compact.substring(0, 2));
        if (expected != null && compact.length() != expected) {
            return new Parsed.Invalid("An IBAN from " + compact.substring(0, 2) + " has " + expected
                    + " characters; this one has " + compact.length() + ".");
        }
        if (remainder(compact.substring(4) + compact.substring(0, 4)) != 1) {
            return new Parsed.Invalid("This IBAN's check digits do not match: check it for a typing mistake.");
        }
        return new Parsed.Valid(new Iban(compact));
    }

    /** An IBAN for a country and a domestic account (BBAN), with the check digits computed. */
    public static Iban of(String country, String bban) {
        int check = 98 - remainder(bban + country + "00");
        return new Iban(country + (check < 10 ? "0" : "") + check + bban);
    }

    /** Groups of four, the way IBANs are printed for people. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** ISO 7064 MOD 97-10 over the text with letters as 10..35. */
    private static int remainder(String text) {
        StringBuilder digits = new StringBuilder(text.length() * 2);
        for (char c : text.toCharArray()) {
            digits.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    }

    public sealed interface Parsed {
        record Valid(Iban iban) implements Parsed {
        }

        record Invalid(String message) implements Parsed {
        }
    }
}
