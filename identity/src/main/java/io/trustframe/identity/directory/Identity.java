package io.trustframe.identity.directory;

/**
 * One way a user signs in, as Graph's {@code objectIdentity}: a local sign-in name ({@code emailAddress},
 * {@code userName}, {@code phoneNumber}; issuer = the tenant's domain) or a federated account
 * ({@code federated}; issuer = the identity provider, e.g. {@code facebook.com}).
 */
public record Identity(String signInType, String issuer, String issuerAssignedId) {

    public static final String FEDERATED = "federated";

    public boolean isLocal() {
        return !FEDERATED.equalsIgnoreCase(signInType);
    }
}
