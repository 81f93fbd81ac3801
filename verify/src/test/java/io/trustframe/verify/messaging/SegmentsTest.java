package io.trustframe.verify.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentsTest {

    @Test
    void gsmTextFits160CharactersPerSingleSegmentAnd153WhenConcatenated() {
        assertThat(Segments.count("a".repeat(160))).isEqualTo(1);
        assertThat(Segments.count("a".repeat(161))).isEqualTo(2);
        assertThat(Segments.count("a".repeat(306))).isEqualTo(2);
        assertThat(Segments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void theEuroSignTakesTwoSeptets() {
        assertThat(Segments.count("€".repeat(80))).isEqualTo(1);
        assertThat(Segments.count("€".repeat(81))).isEqualTo(2);
    }

    @Test
    void anyCharacterOutsideGsmMakesTheWholeBodyUcs2() {
        assertThat(Segments.count("ł" + "a".repeat(69))).isEqualTo(1);
        assertThat(Segments.count("ł" + "a".repeat(70))).isEqualTo(2);
    }
}
