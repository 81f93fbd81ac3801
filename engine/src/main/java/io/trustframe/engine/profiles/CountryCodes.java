package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries the phone-factor enrolment page offers (ITU-T E.164 country calling codes; the EEA, Switzerland, the
 * United Kingdom and a few more) and how a national number becomes E.164.
 */
final class CountryCodes {

    private static final Map<String, String[]> COUNTRIES = new LinkedHashMap<>();

    static {
        String[][] table = {
                {"AT", "Austria", "43"}, {"AU", "Australia", "61"}, {"BE", "Belgium", "32"}, {"BG", "Bulgaria", "359"},
                {"CA", "Canada", "1"}, {"CH", "Switzerland", "41"}, {"CY", "Cyprus", "357"},
                {"CZ", "Czechia", "420"}, {"DE", "Germany", "49"}, {"DK", "Denmark", "45"}, {"EE", "Estonia", "372"},
                {"ES", "Spain", "34"}, {"FI", "Finland", "358"}, {"FR", "France", "33"},
                {"GB", "United Kingdom", "44"}, {"GR", "Greece", "30"}, {"HR", "Croatia", "385"},
                {"HU", "Hungary", "36"}, {"IE", "Ireland", "353"}, {"IN", "India", "91"}, {"IS", "Iceland", "354"},
                {"IT", "Italy", "39"}, {"LI", "Liechtenstein", "423"}, {"LT", "Lithuania", "370"},
                {"LU", "Luxembourg", "352"}, {"LV", "Latvia", "371"}, {"MT", "Malta", "356"},
                {"NL", "Netherlands", "31"}, {"NO", "Norway", "47"}, {"NZ", "New Zealand", "64"},
                {"PL", "Poland", "48"}, {"PT", "Portugal", "351"}, {"RO", "Romania", "40"}, {"SE", "Sweden", "46"},
                {"SI", "Slovenia", "386"}, {"SK", "Slovakia", "421"}, {"US", "United States", "1"}};
        for (String[] row : table) {
            COUNTRIES.put(row[0], new String[] {row[1], row[2]});
        }
    }

    private CountryCodes() {
    }

    static Optional<String> callingCode(String region) {
        return Optional.ofNullable(COUNTRIES.get(region.strip().toUpperCase(Locale.ROOT))).map(row -> row[1]);
    }

    /** One option per country, "Germany (+49)" with value {@code DE}; {@code defaultRegion} preselected. */
    static List<Page.Option> options(String defaultRegion) {
        List<Page.Option> options = new ArrayList<>();
        COUNTRIES.forEach((region, row) -> options.add(new Page.Option(row[0] + " (+" + row[1] + ")", region,
                region.equals(defaultRegion))));
        return options;
    }

    /**
     * The E.164 form of a number typed with its country: separators dropped, a leading national trunk 0 dropped
     * (not in Italy, where it belongs to the number), a number typed with its own {@code +} or {@code 00} prefix taken
     * as international. Empty when the result is not 8 to 15 digits.
     */
    static Optional<String> e164(String region, String typed) {
        Optional<String> code = callingCode(region);
        String number = typed.strip().replaceAll("[\\s().-]", "");
        if (code.isEmpty() || !number.matches("\\+?\\d+")) {
            return Optional.empty();
        }
        String digits;
        if (number.startsWith("+")) {
            digits = number.substring(1);
        } else if (number.startsWith("00")) {
            digits = number.substring(2);
        } else {
            boolean keepsZero = region.strip().equalsIgnoreCase("IT");
            digits = code.get() + (number.startsWith("0") && !keepsZero ? number.substring(1) : number);
        }
        return digits.length() >= 8 && digits.length() <= 15 ? Optional.of("+" + digits) : Optional.empty();
    }
}
