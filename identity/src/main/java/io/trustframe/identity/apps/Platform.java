package io.trustframe.identity.apps;

/** The platform a redirect URI is registered for, as the app registration's {@code web}, {@code spa} and {@code publicClient}. */
public enum Platform {
    WEB, SPA, PUBLIC_CLIENT
}
