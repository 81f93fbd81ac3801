package io.trustframe.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RandomSourceTest {

    @Test
    void sidsHaveTwiliosShapeAndDoNotRepeat() {
        RandomSource random = RandomSource.secure();
        Set<String> sids = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String sid = random.sid("VE");
            assertThat(sid).matches("VE[0-9a-f]{32}");
            sids.add(sid);
        }
        assertThat(sids).hasSize(1000);
    }

    @Test
    void aSeededSourceRepeatsItselfSoTestsCanControlIt() {
        assertThat(new RandomSource(new Random(3)).hex(16)).isEqualTo(new RandomSource(new Random(3)).hex(16));
    }
}
