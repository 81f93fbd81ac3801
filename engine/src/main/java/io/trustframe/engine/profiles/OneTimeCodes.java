package io.trustframe.engine.profiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** How every handler compares a one-time code a person typed with the one issued. */
final class OneTimeCodes {

    private OneTimeCodes() {
    }

    /** Constant time, so the comparison does not tell an attacker how many leading digits were right. */
    static boolean matches(String issued, String typed) {
        return typed != null && MessageDigest.isEqual(issued.getBytes(StandardCharsets.UTF_8),
                typed.getBytes(StandardCharsets.UTF_8));
    }
}
