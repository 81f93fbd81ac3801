package io.trustframe.engine.transform;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Encodings BuildUri applies: RFC 3986 path segments and application/x-www-form-urlencoded query items. */
final class UriEncoding {

    private static final String PATH_SAFE = "-._~!$&'()*+,;=:@/";

    private UriEncoding() {
    }

    static String path(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (b >= 0 && (Character.isLetterOrDigit(c) || PATH_SAFE.indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
