package io.trustframe.launcher.policies;

import io.trustframe.engine.policy.PolicySource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trustframe's own policy set (classpath {@code policies/trustframe/}, shipped in the identity module, which deploys
 * it) with its deploy-time tokens filled in.
 * B2C policies have no settings mechanism of their own, so the files carry {@code __NAME__} tokens where a deployment
 * differs (tenant, Verify service, sender, the bank); this class replaces every one of them or refuses: a token without
 * a value, a value that is blank, or a token the class does not know all stop the deployment rather than upload a
 * policy that points nowhere. Values are XML-escaped, since they land in attribute values and element text.
 */
public final class PolicyTemplates {

    static final String FOLDER = "policies/trustframe/";

    /** Base first, leaves last: the order B2C wants them uploaded in. */
    public static final List<String> FILES = List.of("TrustframeBase.xml", "TrustframeLocalization.xml",
            "TrustframeExtensions.xml", "SignUpOrSignIn.xml", "StepUp.xml", "PasswordReset.xml", "ProfileEdit.xml");

    public static final String SIGN_UP_OR_SIGN_IN = "B2C_1A_TF_SignUpOrSignIn";
    public static final String STEP_UP = "B2C_1A_TF_PSD2_StepUp";
    public static final String PASSWORD_RESET = "B2C_1A_TF_PasswordReset";
    public static final String PROFILE_EDIT = "B2C_1A_TF_ProfileEdit";

    private static final Pattern TOKEN = Pattern.compile("__([A-Z][A-Z0-9_]*?[A-Z0-9])__");

    private PolicyTemplates() {
    }

    /**
     * What a deployment fills in.
     *
     * @param tenant           the tenant's domain name, e.g. {@code contoso.onmicrosoft.com}: TenantId of every file
     * @param verifyBaseUrl    where Trustframe Verify (or Twilio) answers, without a trailing slash, e.g.
     *                         {@code http://localhost:8082}; both the Verify v2 and the Messages API paths hang off it
     * @param verifyServiceSid the PSD2-enabled Verify service ({@code VA…})
     * @param accountSid       the account whose Messages API sends enrolment and reset codes ({@code AC…})
     * @param smsFrom          the sender of those messages (E.164 number or alphanumeric sender id)
     * @param bankMetadataUrl  the bank's {@code /.well-known/openid-configuration}, whose jwks_uri verifies its hints
     * @param bankClientId     the audience the bank puts in its hints (its client id at the identity service)
     */
    public record Values(String tenant, String verifyBaseUrl, String verifyServiceSid, String accountSid,
                         String smsFrom, String bankMetadataUrl, String bankClientId) {

        /** Token name → value. */
        public Map<String, String> tokens() {
            Map<String, String> tokens = new LinkedHashMap<>();
            tokens.put("TENANT", tenant);
            tokens.put("VERIFY_BASE_URL", stripTrailingSlash(verifyBaseUrl));
            tokens.put("VERIFY_SERVICE_SID", verifyServiceSid);
            tokens.put("TWILIO_ACCOUNT_SID", accountSid);
            tokens.put("SMS_FROM", smsFrom);
            tokens.put("BANK_METADATA_URL", bankMetadataUrl);
            tokens.put("BANK_CLIENT_ID", bankClientId);
            return tokens;
        }

        private static String stripTrailingSlash(String url) {
            return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    /** Every file of the set, filled in, in upload order, ready for {@code PolicyLoader.load}. */
    public static List<PolicySource> fill(Values values) {
        Objects.requireNonNull(values, "values");
        List<PolicySource> sources = new ArrayList<>();
        for (String file : FILES) {
            sources.add(PolicySource.of(file, fill(file, read(file), values.tokens())));
        }
        return sources;
    }

    /** The tokens a file uses, by name (without underscores), sorted. */
    public static List<String> tokensIn(String file) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = TOKEN.matcher(read(file));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    static String fill(String file, String template, Map<String, String> tokens) {
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        Matcher matcher = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = tokens.get(name);
            if (!tokens.containsKey(name)) {
                unknown.add(name);
            } else if (value == null || value.isBlank()) {
                missing.add(name);
            } else {
                matcher.appendReplacement(out, Matcher.quoteReplacement(escapeXml(value.strip())));
                continue;
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group()));
        }
        matcher.appendTail(out);
        if (!unknown.isEmpty() || !missing.isEmpty()) {
            StringBuilder message = new StringBuilder(file).append(": cannot fill the policy template;");
            if (!missing.isEmpty()) {
                message.append(" no value for ").append(String.join(", ", missing)).append(';');
            }
            if (!unknown.isEmpty()) {
                message.append(" unknown token ").append(String.join(", ", unknown)).append(';');
            }
            throw new IllegalArgumentException(message.substring(0, message.length() - 1));
        }
        return out.toString();
    }

    private static String read(String file) {
        String resource = FOLDER + file;
        try (InputStream in = PolicyTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("policy template " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy template " + resource, e);
        }
    }

    private static String escapeXml(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
