package io.trustframe.bank.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyAndAccountParsingTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void amountsGetTwoDecimalsAndTheAccountCurrency() {
        assertThat(Money.parse("50", "", EUR)).isEqualTo(new Money.Parsed.Valid(Money.of("50.00", "EUR")));
        assertThat(Money.parse(" 12,5 ", null, EUR)).isEqualTo(new Money.Parsed.Valid(Money.of("12.50", "EUR")));
        assertThat(Money.parse("0.01", "usd", EUR)).isEqualTo(new Money.Parsed.Valid(Money.of("0.01", "USD")));
        assertThat(Money.of("50", "EUR").toClaim()).isEqualTo("EUR 50.00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "0.00", "-5", "1.234", "1,234.56", "1e3", "fifty", "1000000.01"})
    void refusesAmountsThatAreNotAPositiveTwoDecimalNumber(String text) {
        assertThat(Money.parse(text, "EUR", EUR)).isInstanceOf(Money.Parsed.Invalid.class);
    }

    @Test
    void refusesAnUnknownCurrency() {
        assertThat(Money.parse("5", "XYZW", EUR)).isInstanceOf(Money.Parsed.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013000", "de89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32",
            "NL91ABNA0417164300", "FR14 2004 1010 0505 0001 3M02 606"})
    void acceptsIbansWithValidCheckDigits(String text) {
        assertThat(PayeeAccount.parse(text)).isInstanceOf(PayeeAccount.Parsed.Valid.class);
    }

    @Test
    void keepsTheElectronicFormOfAnIban() {
        assertThat(PayeeAccount.parse("de89 3704 0044 0532 0130 00"))
                .isEqualTo(new PayeeAccount.Parsed.Valid(new PayeeAccount("DE89370400440532013000")));
        assertThat(new PayeeAccount("DE89370400440532013000").formatted()).isEqualTo("DE89 3704 0044 0532 0130 00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DE89370400440532013001", "DE8937040044053201300", "GB82WEST12345698765433", "DE!9"})
    void refusesIbansWithWrongCheckDigitsOrLength(String text) {
        assertThat(PayeeAccount.parse(text)).isInstanceOf(PayeeAccount.Parsed.Invalid.class);
    }

    @Test
    void acceptsADomesticAccountNumberOfDigits() {
        assertThat(PayeeAccount.parse("1234-5678 90"))
                .isEqualTo(new PayeeAccount.Parsed.Valid(new PayeeAccount("1234567890")));
        assertThat(PayeeAccount.parse("12345")).isInstanceOf(PayeeAccount.Parsed.Invalid.class);
        assertThat(PayeeAccount.parse(" ")).isInstanceOf(PayeeAccount.Parsed.Invalid.class);
    }

    @Test
    void computesCheckDigitsForANewIban() {
        assertThat(Iban.of("DE", "370400440532013000").value()).isEqualTo("DE89370400440532013000");
    }
}
