package io.trustframe.engine.transform;

import io.trustframe.engine.claims.AlternativeSecurityId;
import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SocialAccountTransformationsTest {

    private static final AlternativeSecurityId LIVE = new AlternativeSecurityId("live.com", "MTA4MTQ2MDgyOTI3MDUyNTYzMjcw");
    private static final AlternativeSecurityId FACEBOOK = new AlternativeSecurityId("facebook.com", "MTIzNDU=");

    @Test
    void addItemToAlternativeSecurityIdCollectionAppends() {
        assertThat(Invocation.of("AddItemToAlternativeSecurityIdCollection")
                .claim("item", new ClaimValue.AlternativeSecurityIdValue(FACEBOOK))
                .claim("collection", new ClaimValue.AlternativeSecurityIdCollectionValue(List.of(LIVE)))
                .produced().value("collection"))
                .contains(new ClaimValue.AlternativeSecurityIdCollectionValue(List.of(LIVE, FACEBOOK)));
    }

    @Test
    void addItemAcceptsTheJsonStringCreateAlternativeSecurityIdProduces() {
        assertThat(Invocation.of("AddItemToAlternativeSecurityIdCollection")
                .claim("item", "{\"issuer\":\"facebook.com\",\"issuerUserId\":\"MTIzNDU=\"}").absent("collection")
                .produced().value("collection"))
                .contains(new ClaimValue.AlternativeSecurityIdCollectionValue(List.of(FACEBOOK)));
    }

    @Test
    void createAlternativeSecurityIdEncodesTheKeyAndNamesTheIssuer() {
        String json = Invocation.of("CreateAlternativeSecurityId").claim("key", "12345").claim("identityProvider", "Facebook.com")
                .out("alternativeSecurityId");
        assertThat(ClaimValue.parse(DataType.ALTERNATIVE_SECURITY_ID, json))
                .isEqualTo(new ClaimValue.AlternativeSecurityIdValue(FACEBOOK));
    }

    @Test
    void createAlternativeSecurityIdProducesATypedValueForAnAlternativeSecurityIdClaim() {
        assertThat(Invocation.of("CreateAlternativeSecurityId").claim("key", "12345").claim("identityProvider", "facebook.com")
                .output("alternativeSecurityId", DataType.ALTERNATIVE_SECURITY_ID).produced().value("alternativeSecurityId"))
                .contains(new ClaimValue.AlternativeSecurityIdValue(FACEBOOK));
    }

    @Test
    void getIdentityProvidersListsTheIssuers() {
        ClaimValue ids = ClaimValue.parse(DataType.ALTERNATIVE_SECURITY_ID_COLLECTION,
                "[{\"issuer\":\"google.com\",\"issuerUserId\":\"MTA4MTQ2MDgyOTI3MDUyNTYzMjcw\"},"
                        + "{\"issuer\":\"facebook.com\",\"issuerUserId\":\"MTIzNDU=\"}]");
        ClaimValue providers = Invocation.of("GetIdentityProvidersFromAlternativeSecurityIdCollectionTransformation")
                .claim("alternativeSecurityIdCollection", ids).produced().value("identityProvidersCollection").orElseThrow();
        assertThat(((ClaimValue.StringCollectionValue) providers).values()).containsExactlyInAnyOrder("facebook.com", "google.com");
    }

    @Test
    void removeAlternativeSecurityIdByIdentityProviderUnlinksThatProvider() {
        assertThat(Invocation.of("RemoveAlternativeSecurityIdByIdentityProvider").claim("identityProvider", "facebook.com")
                .claim("collection", new ClaimValue.AlternativeSecurityIdCollectionValue(List.of(LIVE, FACEBOOK)))
                .produced().value("collection"))
                .contains(new ClaimValue.AlternativeSecurityIdCollectionValue(List.of(LIVE)));
    }
}
