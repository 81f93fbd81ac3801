package io.trustframe.engine.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimsResolverTest {

    private final ClaimsResolver.Context context = new ClaimsResolver.Context(Locale.forLanguageTag("fr-CA"),
            "B2C_1A_PSD2_StepUp", "contoso.onmicrosoft.com",
            Map.of("ClientId", "bank", "LoginHint", "ada@example.com", "Nonce", "n-1"),
            Map.of("campaign", "spring"), Map.of("CorrelationId", "c0ffee", "IPAddress", "192.0.2.7"),
            Instant.parse("2026-11-28T09:05:03Z"), claim -> claim.equalsIgnoreCase("payee") ? Optional.of("John Doe")
            : Optional.empty());

    @Test
    void everyResolverFamilyIsReplacedInsideText() {
        String text = "{Culture:LanguageName}|{Culture:RegionName}|{Culture:RFC5646}|{Culture:LCID}|{Policy:PolicyId}|"
                + "{Policy:TrustFrameworkTenantId}|{OIDC:ClientId}|{OIDC:LoginHint}|{OAUTH-KV:campaign}|"
                + "{Context:CorrelationId}|{Context:IPAddress}|{Claim:payee}";

        assertThat(ClaimsResolver.resolve(text, context)).isEqualTo(
                "fr|CA|fr-CA|1036|B2C_1A_PSD2_StepUp|contoso.onmicrosoft.com|bank|ada@example.com|spring|c0ffee|192.0.2.7|John Doe");
    }

    @Test
    void namesAreCaseInsensitiveAndMissingValuesResolveToEmpty() {
        assertThat(ClaimsResolver.resolve("[{oidc:loginhint}][{OIDC:DomainHint}][{OAUTH-KV:absent}]", context))
                .isEqualTo("[ada@example.com][][]");
    }

    @Test
    void dateTimeInUtcUsesTheInjectedClock() {
        assertThat(ClaimsResolver.resolve("{Context:DateTimeInUtc}", context)).isEqualTo("11/28/2026 9:05:03 AM");
    }

    @Test
    void textThatIsNotAResolverIsLeftAlone() {
        String json = "{\"a\":{0}} {service:te} {OIDC}";
        assertThat(ClaimsResolver.resolve(json, context)).isEqualTo(json);
        assertThat(ClaimsResolver.hasResolver(json)).isFalse();
    }
}
