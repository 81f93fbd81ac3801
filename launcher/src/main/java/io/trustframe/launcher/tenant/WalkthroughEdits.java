package io.trustframe.launcher.tenant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits the Twilio Verify PSD2 walkthrough (and the starter pack it builds on) tells its reader to make by hand,
 * made on the policy text so that comments and layout survive: the tenant name, the Twilio account SID, Verify
 * service SID and From number in the REST profiles, the bank's metadata URL in {@code IdTokenHint_ExtractClaims},
 * and the IdentityExperienceFramework / ProxyIdentityExperienceFramework application ids. Nothing else is touched;
 * {@link #placeholdersLeft(String)} names what a file still needs.
 */
public final class WalkthroughEdits {

    /** The walkthrough's placeholders, as its files spell them. */
    static final String TENANT = "yourtenant";
    static final String TWILIO_SID = "twilioAccountSID";
    static final String FROM = "+twilioPhone#";
    static final String IEF_APP = "IdentityExperienceFrameworkAppId";
    static final String PROXY_IEF_APP = "ProxyIdentityExperienceFrameworkAppId";

    private static final Pattern SERVICE_URL = Pattern.compile(
            "(<Item\\s+Key=\"ServiceUrl\"\\s*>)([^<]*)(</Item>)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT_CLAIM = Pattern.compile("<InputClaim\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FROM_CLAIM = Pattern.compile("ClaimTypeReferenceId\\s*=\\s*\"From\"",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT_VALUE = Pattern.compile("(DefaultValue\\s*=\\s*\")([^\"]*)(\")");
    private static final Pattern HINT_PROFILE = Pattern.compile(
            "<TechnicalProfile\\s+Id=\"IdTokenHint_ExtractClaims\"\\s*>.*?</TechnicalProfile>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern METADATA_ITEM = Pattern.compile(
            "(<Item\\s+Key=\"METADATA\"\\s*>)([^<]*)(</Item>)", Pattern.CASE_INSENSITIVE);

    /**
     * What goes into the files.
     *
     * @param tenant           the tenant name without {@code .onmicrosoft.com} (replaces {@code yourtenant})
     * @param accountSid       Twilio account SID ({@code AC…}), into the Messages API URL
     * @param verifyServiceSid Verify service SID ({@code VA…}), into the Verify URLs (the files name it
     *                         {@code twilioAccountSID} there too)
     * @param from             the SMS sender of the enrolment text
     * @param bankMetadataUrl  the bank's {@code /.well-known/openid-configuration}
     * @param iefAppId         IdentityExperienceFramework's application (client) id
     * @param proxyIefAppId    ProxyIdentityExperienceFramework's application (client) id
     */
    public record Values(String tenant, String accountSid, String verifyServiceSid, String from,
                         String bankMetadataUrl, String iefAppId, String proxyIefAppId) {

        public Values {
            tenant = tenantName(tenant);
        }

        /** {@code contoso}, {@code Contoso.onmicrosoft.com} → {@code contoso}: the files add the domain themselves. */
        static String tenantName(String tenant) {
            String name = tenant.strip().toLowerCase(Locale.ROOT);
            return name.endsWith(".onmicrosoft.com") ? name.substring(0, name.length() - ".onmicrosoft.com".length())
                    : name;
        }
    }

    /** One kind of edit in one file: what was replaced by what, how many times. */
    public record Change(String what, String from, String to, int count) {
        @Override
        public String toString() {
            return what + ": " + from + " → " + to + " (" + count + "×)";
        }
    }

    /** A file after the edits, with the changes made in it (empty when nothing applied). */
    public record EditedFile(String name, String text, List<Change> changes) {
    }

    private WalkthroughEdits() {
    }

    public static EditedFile apply(String name, String xml, Values values) {
        List<Change> changes = new ArrayList<>();
        String text = xml;
        // Proxy… first: IdentityExperienceFrameworkAppId is the end of ProxyIdentityExperienceFrameworkAppId.
        text = replaceWord(text, PROXY_IEF_APP, values.proxyIefAppId(), "ProxyIdentityExperienceFramework app id",
                changes);
        text = replaceWord(text, IEF_APP, values.iefAppId(), "IdentityExperienceFramework app id", changes);
        text = replaceWord(text, TENANT, values.tenant(), "tenant", changes);
        text = editGroup(text, SERVICE_URL, 2,
                url -> url.replace("/Accounts/" + TWILIO_SID + "/", "/Accounts/" + values.accountSid() + "/"),
                "ServiceUrl account SID", "Accounts/" + TWILIO_SID, "Accounts/" + values.accountSid(), changes);
        text = editGroup(text, SERVICE_URL, 2,
                url -> url.replace("/Services/" + TWILIO_SID + "/", "/Services/" + values.verifyServiceSid() + "/"),
                "ServiceUrl Verify service SID", "Services/" + TWILIO_SID, "Services/" + values.verifyServiceSid(),
                changes);
        text = editFrom(text, values.from(), changes);
        text = editHintMetadata(text, values.bankMetadataUrl(), changes);
        return new EditedFile(name, text, List.copyOf(changes));
    }

    /** The walkthrough's placeholders a text still contains, e.g. after an edit whose value was not given. */
    public static List<String> placeholdersLeft(String text) {
        List<String> left = new ArrayList<>();
        for (String placeholder : List.of(TENANT, TWILIO_SID, FROM, PROXY_IEF_APP, IEF_APP)) {
            if (Pattern.compile("(?<![A-Za-z])" + Pattern.quote(placeholder)).matcher(text).find()) {
                left.add(placeholder);
            }
        }
        return left;
    }

    private static String replaceWord(String text, String placeholder, String value, String what,
                                      List<Change> changes) {
        Matcher matcher = Pattern.compile("(?<![A-Za-z])" + Pattern.quote(placeholder) + "(?![A-Za-z])")
                .matcher(text);
        StringBuilder out = new StringBuilder();
        int count = 0;
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(xml(value)));
            count++;
        }
        matcher.appendTail(out);
        record(changes, what, placeholder, value, count);
        return out.toString();
    }

    /** Rewrites group {@code group} of every match of {@code pattern}; counts the matches it changed. */
    private static String editGroup(String text, Pattern pattern, int group, UnaryOperator<String> edit, String what,
                                    String from, String to, List<Change> changes) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int count = 0;
        while (matcher.find()) {
            String before = matcher.group(group);
            String after = edit.apply(before);
            if (!after.equals(before)) {
                count++;
            }
            String whole = matcher.group();
            int start = matcher.start(group) - matcher.start();
            String replaced = whole.substring(0, start) + after + whole.substring(start + before.length());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        matcher.appendTail(out);
        record(changes, what, from, to, count);
        return out.toString();
    }

    /** The {@code DefaultValue} of every {@code <InputClaim ClaimTypeReferenceId="From" …>}. */
    private static String editFrom(String text, String from, List<Change> changes) {
        Matcher tags = INPUT_CLAIM.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> previous = new ArrayList<>();
        int count = 0;
        while (tags.find()) {
            String tag = tags.group();
            if (FROM_CLAIM.matcher(tag).find()) {
                Matcher value = DEFAULT_VALUE.matcher(tag);
                if (value.find() && !value.group(2).equals(xml(from))) {
                    previous.add(value.group(2));
                    tag = tag.substring(0, value.start(2)) + xml(from) + tag.substring(value.end(2));
                    count++;
                }
            }
            tags.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        tags.appendTail(out);
        record(changes, "From of the enrolment SMS", previous.isEmpty() ? FROM : previous.get(0), from, count);
        return out.toString();
    }

    /** The {@code METADATA} item of {@code IdTokenHint_ExtractClaims} only: other profiles' METADATA stay. */
    private static String editHintMetadata(String text, String url, List<Change> changes) {
        Matcher profile = HINT_PROFILE.matcher(text);
        StringBuilder out = new StringBuilder();
        String previous = "";
        int count = 0;
        while (profile.find()) {
            String body = profile.group();
            Matcher item = METADATA_ITEM.matcher(body);
            if (item.find() && !item.group(2).strip().equals(xml(url))) {
                previous = item.group(2).strip();
                body = body.substring(0, item.start(2)) + xml(url) + body.substring(item.end(2));
                count++;
            }
            profile.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        profile.appendTail(out);
        record(changes, "IdTokenHint_ExtractClaims METADATA", previous, url, count);
        return out.toString();
    }

    private static void record(List<Change> changes, String what, String from, String to, int count) {
        if (count > 0) {
            changes.add(new Change(what, from, to, count));
        }
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
