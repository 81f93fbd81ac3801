package io.trustframe.identity.keys;

/** How a key came into its container: B2C's "Generate", "Manual" (a typed secret) and "Upload" options. */
public enum KeyOrigin {
    GENERATED, MANUAL, PKCS12, CERTIFICATE
}
