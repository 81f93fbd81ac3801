package io.trustframe.identity.apps;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.trustframe.identity.apps.AppRegistrationException.Reason;

/** What a redirect URI may be, after Entra's app registration rules and RFC 6749 §3.1.2. */
final class RedirectUriRules {

    /** Entra's limits: 256 redirect URIs of at most 256 characters each. */
    static final int MAX_URIS = 256;
    static final int MAX_LENGTH = 256;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private RedirectUriRules() {
    }

    static void check(List<RedirectUri> uris) {
        if (uris.size() > MAX_URIS) {
            throw invalid("at most " + MAX_URIS + " redirect URIs may be registered");
        }
        for (RedirectUri redirect : uris) {
            String text = redirect.uri();
            if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
                throw invalid("a redirect URI is 1 to " + MAX_LENGTH + " characters");
            }
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw invalid("'" + text + "' is not a URI");
            }
            if (!uri.isAbsolute()) {
                throw invalid("'" + text + "' is not an absolute URI");
            }
            if (uri.getRawFragment() != null || text.contains("#")) {
                throw invalid("'" + text + "' has a fragment, which a redirect URI must not have");
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            // Web and single-page apps receive codes over https; plain http only on the developer's own machine.
            // Native apps (publicClient) may use custom schemes such as com.contoso.bank://auth.
            if (redirect.platform() != Platform.PUBLIC_CLIENT) {
                boolean loopback = uri.getHost() != null && LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
                if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
                    throw invalid("'" + text + "' must use https (http is allowed for localhost only)");
                }
            }
        }
    }

    private static AppRegistrationException invalid(String message) {
        return new AppRegistrationException(Reason.INVALID_VALUE, message);
    }
}
