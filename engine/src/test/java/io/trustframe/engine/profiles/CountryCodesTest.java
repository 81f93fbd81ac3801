package io.trustframe.engine.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.journey.Page;
import org.junit.jupiter.api.Test;

class CountryCodesTest {

    @Test
    void aNationalNumberLosesItsTrunkZeroAndGainsTheCountryCode() {
        assertThat(CountryCodes.e164("GB", "07700 900123")).contains("+447700900123");
        assertThat(CountryCodes.e164("de", "(0151) 123-45678")).contains("+4915112345678");
    }

    @Test
    void italianNumbersKeepTheirLeadingZero() {
        assertThat(CountryCodes.e164("IT", "06 1234 5678")).contains("+390612345678");
    }

    @Test
    void aNumberTypedInternationallyIsTakenAsTyped() {
        assertThat(CountryCodes.e164("FR", "+44 7700 900123")).contains("+447700900123");
        assertThat(CountryCodes.e164("FR", "0044 7700 900123")).contains("+447700900123");
    }

    @Test
    void lettersTooFewOrTooManyDigitsOrAnUnknownCountryGiveNothing() {
        assertThat(CountryCodes.e164("GB", "0770O 900123")).isEmpty();
        assertThat(CountryCodes.e164("GB", "123")).isEmpty();
        assertThat(CountryCodes.e164("GB", "+1234567890123456")).isEmpty();
        assertThat(CountryCodes.e164("XX", "07700900123")).isEmpty();
    }

    @Test
    void theOptionsPreselectTheGivenRegion() {
        assertThat(CountryCodes.options("DE")).filteredOn(Page.Option::selectByDefault)
                .extracting(Page.Option::value).containsExactly("DE");
    }
}
