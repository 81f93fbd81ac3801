package io.trustframe.verify.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.trustframe.verify.RandomSource;

class VerificationCodesTest {

    private final VerificationCodes codes = new VerificationCodes(new byte[32], new RandomSource(new Random(7)));

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 8, 10})
    void aCodeHasExactlyTheServicesNumberOfDigits(int length) {
        for (int i = 0; i < 200; i++) {
            assertThat(codes.code(codes.newSeed(), length)).hasSize(length).containsOnlyDigits();
        }
    }

    @Test
    void theSameSeedAlwaysGivesTheSameCodeSoAResendRepeatsIt() {
        String seed = codes.newSeed();

        assertThat(codes.code(seed, 6)).isEqualTo(codes.code(seed, 6));
    }

    @Test
    void anotherKeyGivesAnotherCodeForTheSameSeed() {
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        VerificationCodes other = new VerificationCodes(otherKey, new RandomSource(new Random(7)));
        String seed = codes.newSeed();

        assertThat(other.code(seed, 10)).isNotEqualTo(codes.code(seed, 10));
    }

    @Test
    void codesSpreadOverTheWholeRange() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(codes.code(codes.newSeed(), 4));
        }
        assertThat(seen).hasSizeGreaterThan(1500);
    }

    @Test
    void onlyTheHashedCodeMatches() {
        String salt = codes.newSalt();
        String hash = codes.hash(salt, "123456");

        assertThat(codes.matches("123456", salt, hash)).isTrue();
        assertThat(codes.matches("123457", salt, hash)).isFalse();
        assertThat(codes.matches("1234567", salt, hash)).isFalse();
        assertThat(hash).doesNotContain("123456");
    }

    @Test
    void theSameCodeHashesDifferentlyUnderAnotherSalt() {
        assertThat(codes.hash(codes.newSalt(), "123456")).isNotEqualTo(codes.hash(codes.newSalt(), "123456"));
    }
}
