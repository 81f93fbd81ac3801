package io.trustframe.engine.transform;

import io.trustframe.engine.claims.ClaimValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StringCollectionTransformationsTest {

    private static ClaimValue collection(String... items) {
        return new ClaimValue.StringCollectionValue(List.of(items));
    }

    @Test
    void addItemToStringCollectionAppendsTheItem() {
        assertThat(Invocation.of("AddItemToStringCollection").claim("item", "admin@contoso.com")
                .claim("collection", collection("someone@outlook.com")).produced().value("collection"))
                .contains(collection("someone@outlook.com", "admin@contoso.com"));
    }

    @Test
    void addItemToStringCollectionStartsANewCollectionAndKeepsValuesUnique() {
        assertThat(Invocation.of("AddItemToStringCollection").claim("item", "a@contoso.com").absent("collection")
                .produced().value("collection")).contains(collection("a@contoso.com"));
        assertThat(Invocation.of("AddItemToStringCollection").claim("item", "a@contoso.com")
                .claim("collection", collection("a@contoso.com")).produced().value("collection"))
                .contains(collection("a@contoso.com"));
    }

    @Test
    void addParameterToStringCollectionAppendsTheParameter() {
        assertThat(Invocation.of("AddParameterToStringCollection").claim("collection", collection("someone@outlook.com"))
                .param("item", "admin@contoso.com").produced().value("collection"))
                .contains(collection("someone@outlook.com", "admin@contoso.com"));
    }

    @Test
    void getSingleItemFromStringCollectionTakesTheFirst() {
        assertThat(Invocation.of("GetSingleItemFromStringCollection")
                .claim("collection", collection("someone@outlook.com", "someone@contoso.com")).out("extractedItem"))
                .isEqualTo("someone@outlook.com");
        assertThat(Invocation.of("GetSingleItemFromStringCollection").claim("collection", collection())
                .produced().values()).isEmpty();
    }

    @Test
    void stringCollectionContainsIgnoresCaseWhenAsked() {
        assertThat(Invocation.of("StringCollectionContains").claim("inputClaim", collection("reader", "author", "admin"))
                .param("item", "Admin").param("ignoreCase", "true").out("outputClaim")).isEqualTo("true");
        assertThat(Invocation.of("StringCollectionContains").claim("inputClaim", collection("reader", "author", "admin"))
                .param("item", "Admin").param("ignoreCase", "false").out("outputClaim")).isEqualTo("false");
    }

    @Test
    void stringCollectionContainsClaimComparesWithTheItemClaim() {
        assertThat(Invocation.of("StringCollectionContainsClaim").claim("collection", collection("reader", "author", "admin"))
                .claim("item", "Admin").param("ignoreCase", "true").out("outputClaim")).isEqualTo("true");
        assertThat(Invocation.of("StringCollectionContainsClaim").claim("collection", collection("reader"))
                .claim("item", "Admin").param("ignoreCase", "true").out("outputClaim")).isEqualTo("false");
    }
}
