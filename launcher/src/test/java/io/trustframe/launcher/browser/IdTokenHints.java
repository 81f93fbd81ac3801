package io.trustframe.launcher.browser;

import java.net.URI;
import java.text.ParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;

/** What someone between the bank and the identity service could do to the {@code id_token_hint} of a redirect. */
final class IdTokenHints {

    private static final Pattern HINT = Pattern.compile("([?&]id_token_hint=)([^&]+)");

    private IdTokenHints() {
    }

    /** The hint's claims, read without checking its signature. */
    static JWTClaimsSet claims(URI authorize) {
        try {
            return JWTClaimsSet.parse(new Base64URL(hint(authorize).group(2).split("\\.")[1]).decodeToString());
        } catch (ParseException e) {
            throw new AssertionError("the id_token_hint is not a JWT: " + authorize, e);
        }
    }

    /**
     * The same address with one claim of the hint changed and the payload encoded again, header and signature left
     * as they were: what an attacker without the bank's key can make.
     */
    static URI withClaim(URI authorize, String claim, String value) {
        Matcher hint = hint(authorize);
        String[] parts = hint.group(2).split("\\.");
        JWTClaimsSet edited = new JWTClaimsSet.Builder(claims(authorize)).claim(claim, value).build();
        String forged = parts[0] + "." + Base64URL.encode(edited.toString()) + "." + parts[2];
        return URI.create(hint.replaceFirst(Matcher.quoteReplacement(hint.group(1) + forged)));
    }

    private static Matcher hint(URI authorize) {
        Matcher hint = HINT.matcher(authorize.toString());
        if (!hint.find()) {
            throw new AssertionError("no id_token_hint in " + authorize);
        }
        return hint;
    }
}
