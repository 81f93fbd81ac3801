package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class GeneralTransformationsTest {

    private static final byte[] SECRET = "1234567890".getBytes(StandardCharsets.UTF_8);

    @Test
    void copyClaimCopiesTheValue() {
        assertThat(Invocation.of("CopyClaim").claim("inputClaim", "bob@contoso.com").out("outputClaim")).isEqualTo("bob@contoso.com");
    }

    @Test
    void copyClaimKeepsTheOutputClaimsType() {
        assertThat(Invocation.of("CopyClaim").claim("inputClaim", "42").output("outputClaim", DataType.INT)
                .produced().value("outputClaim")).contains(new ClaimValue.IntValue(42));
    }

    @Test
    void doesClaimExistIsTrueForAValue() {
        assertThat(Invocation.of("DoesClaimExist").claim("inputClaim", "someone@contoso.com").out("outputClaim")).isEqualTo("true");
    }

    @Test
    void doesClaimExistIsFalseForAMissingOrEmptyClaim() {
        assertThat(Invocation.of("DoesClaimExist").absent("inputClaim").out("outputClaim")).isEqualTo("false");
        assertThat(Invocation.of("DoesClaimExist").claim("inputClaim", "").out("outputClaim")).isEqualTo("false");
    }

    @Test
    void hashIsAKeyedSha256OfPlaintextAndSaltInBase64() throws Exception {
        String hash = Invocation.of("Hash").claim("plaintext", "MyPass@word1").claim("salt", "487624568")
                .param("randomizerSecret", "B2C_1A_AccountTransformSecret").secret("B2C_1A_AccountTransformSecret", SECRET)
                .out("hash");

        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal("MyPass@word1487624568".getBytes(StandardCharsets.UTF_8)));
        assertThat(hash).isEqualTo(expected).hasSize(44);
    }

    @Test
    void hashDependsOnTheSalt() {
        Invocation first = Invocation.of("Hash").claim("plaintext", "MyPass@word1").claim("salt", "1")
                .param("randomizerSecret", "k").secret("k", SECRET);
        Invocation second = Invocation.of("Hash").claim("plaintext", "MyPass@word1").claim("salt", "2")
                .param("randomizerSecret", "k").secret("k", SECRET);
        assertThat(first.out("hash")).isNotEqualTo(second.out("hash"));
    }

    @Test
    void hashWithAnUnknownPolicyKeyIsAnError() {
        assertThat(Invocation.of("Hash").claim("plaintext", "x").claim("salt", "y").param("randomizerSecret", "B2C_1A_Missing")
                .failed().message()).contains("B2C_1A_Missing");
    }
}
