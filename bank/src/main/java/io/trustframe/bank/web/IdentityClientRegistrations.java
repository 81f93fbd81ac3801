package io.trustframe.bank.web;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

import io.trustframe.bank.BankProperties;
import io.trustframe.bank.stepup.IdentityMetadata;
import io.trustframe.bank.stepup.IdentityMetadataSource;

/**
 * The bank's client registrations, one per policy, built from each policy's metadata on first use. Spring Boot's
 * property-based registrations read the issuer's metadata at startup and insist that the issuer equal the metadata
 * URL; B2C's per-policy metadata has neither property, and the bank must start while the identity service is not
 * serving yet.
 */
final class IdentityClientRegistrations implements ClientRegistrationRepository {

    private final IdentityMetadataSource identity;
    private final BankProperties properties;

    IdentityClientRegistrations(IdentityMetadataSource identity, BankProperties properties) {
        this.identity = identity;
        this.properties = properties;
    }

    /**
     * @throws io.trustframe.bank.stepup.IdentityUnavailableException while the policy's metadata cannot be read
     */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return Policies.byRegistrationId(registrationId).map(this::registration).orElse(null);
    }

    private ClientRegistration registration(Policies policy) {
        IdentityMetadata metadata = identity.metadata(policy.policy(properties));
        return ClientRegistration.withRegistrationId(policy.registrationId())
                .clientName(metadata.policy())
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                // B2C documents the secret in the token request body.
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(policy.redirectUri(properties))
                // B2C returns an access token only when the scope names the app's own id; Spring Security's
                // client requires one in every token response.
                .scope("openid", properties.clientId())
                .authorizationUri(metadata.authorizationEndpoint().toString())
                .tokenUri(metadata.tokenEndpoint().toString())
                .jwkSetUri(metadata.jwksUri().toString())
                .issuerUri(metadata.issuer())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(metadata.document())
                .build();
    }
}
