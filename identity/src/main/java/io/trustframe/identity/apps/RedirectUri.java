package io.trustframe.identity.apps;

public record RedirectUri(Platform platform, String uri) {
}
