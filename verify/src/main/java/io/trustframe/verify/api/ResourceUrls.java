package io.trustframe.verify.api;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.trustframe.verify.VerifyProperties;

/**
 * The absolute base of the {@code url} and {@code links} fields. Twilio's point at verify.twilio.com; ours point at
 * this server, as configured ({@code trustframe.verify.public-url}) or as the request reached it, so that a client
 * following them (e.g. the SDK's next page) stays here.
 */
@Component
class ResourceUrls {

    private final String configured;

    ResourceUrls(VerifyProperties properties) {
        this.configured = properties.publicUrl().replaceAll("/+$", "");
    }

    String base() {
        return configured.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : configured;
    }
}
