package io.trustframe.engine.claims;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B2C claim resolvers: {@code {Culture:…}}, {@code {Policy:…}}, {@code {OIDC:…}}, {@code {OAUTH-KV:…}},
 * {@code {Context:…}} and {@code {Claim:…}} inside DefaultValue attributes, metadata values (ServiceUrl) and input
 * parameters. Names match case-insensitively. A resolver with no value resolves to the empty string, as B2C does, and
 * any other text in braces (JSON payloads, {@code {0}} format holes, {@code {service:te}}) is left as written.
 */
public final class ClaimsResolver {

    private static final Pattern RESOLVER = Pattern.compile("\\{(Culture|Policy|OIDC|OAUTH-KV|Context|Claim):([^{}]+)}",
            Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter B2C_DATE_TIME =
            DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.ROOT).withZone(ZoneOffset.UTC);

    /**
     * What resolvers read.
     *
     * @param oidc            the authorization request's parameters by resolver name (ClientId, Nonce, LoginHint,
     *                        DomainHint, Prompt, Scope, RedirectUri, MaxAge, IdToken, …)
     * @param queryParameters every query-string parameter of the request ({OAUTH-KV:name})
     * @param context         CorrelationId, DeploymentMode, IPAddress, KMSI, BuildNumber
     * @param claims          the current claims bag, by claim type ({Claim:type})
     */
    public record Context(Locale culture, String policyId, String tenantId, Map<String, String> oidc,
                          Map<String, String> queryParameters, Map<String, String> context, Instant now,
                          Function<String, Optional<String>> claims) {
    }

    private ClaimsResolver() {
    }

    /** True when {@code text} contains at least one resolver. */
    public static boolean hasResolver(String text) {
        return text != null && text.indexOf('{') >= 0 && RESOLVER.matcher(text).find();
    }

    public static String resolve(String text, Context context) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Matcher matcher = RESOLVER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = value(matcher.group(1), matcher.group(2).strip(), context);
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String value(String kind, String name, Context context) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "culture" -> culture(name, context.culture());
            case "policy" -> policy(name, context);
            case "oidc" -> ignoreCase(context.oidc(), name);
            case "oauth-kv" -> ignoreCase(context.queryParameters(), name);
            case "context" -> name.equalsIgnoreCase("DateTimeInUtc") ? B2C_DATE_TIME.format(context.now())
                    : ignoreCase(context.context(), name);
            case "claim" -> context.claims().apply(name).orElse("");
            default -> "";
        };
    }

    private static String culture(String name, Locale culture) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "languagename" -> culture.getLanguage();
            case "regionname" -> culture.getCountry();
            case "rfc5646" -> culture.toLanguageTag();
            case "lcid" -> lcid(culture);
            default -> "";
        };
    }

    /** The Windows LCIDs of the languages B2C ships localized pages for; others fall back to en-US's 1033. */
    private static String lcid(Locale culture) {
        return switch (culture.getLanguage()) {
            case "de" -> "1031";
            case "fr" -> "1036";
            case "es" -> "3082";
            case "it" -> "1040";
            case "nl" -> "1043";
            case "pt" -> "1046";
            case "sv" -> "1053";
            case "ja" -> "1041";
            default -> "1033";
        };
    }

    private static String policy(String name, Context context) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "policyid" -> context.policyId();
            case "relyingpartytenantid", "trustframeworktenantid" -> context.tenantId();
            case "tenantobjectid" -> ignoreCase(context.context(), "TenantObjectId");
            default -> "";
        };
    }

    private static String ignoreCase(Map<String, String> values, String name) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(name)) {
                return entry.getValue() == null ? "" : entry.getValue();
            }
        }
        return "";
    }
}
