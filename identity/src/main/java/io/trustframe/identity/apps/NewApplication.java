package io.trustframe.identity.apps;

import java.util.List;

public record NewApplication(String displayName, boolean publicClient, List<RedirectUri> redirectUris) {

    public NewApplication {
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
    }
}
