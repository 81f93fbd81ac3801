package io.trustframe.bank.web;

import java.util.List;

import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in customer, as the sign-in policy's token names them.
 *
 * @param subject     {@code sub}: the key of the customer's account and payments
 * @param displayName what the pages greet them with
 */
record Customer(String subject, String displayName) {

    static Customer of(OidcUser user) {
        return new Customer(user.getSubject(), displayName(user));
    }

    /** B2C tokens carry {@code name} or, from the starter packs' local accounts, an {@code emails} array. */
    private static String displayName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        if (user.getEmail() != null) {
            return user.getEmail();
        }
        Object emails = user.getClaims().get("emails");
        if (emails instanceof List<?> list && !list.isEmpty()) {
            return String.valueOf(list.get(0));
        }
        return "customer";
    }
}
