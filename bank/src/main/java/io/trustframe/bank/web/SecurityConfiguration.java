package io.trustframe.bank.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import io.trustframe.bank.BankProperties;
import io.trustframe.bank.stepup.IdentityMetadataSource;
import io.trustframe.bank.stepup.IdentityUnavailableException;

/**
 * The bank's security, spelled out: the launcher runs three services on one classpath, so nothing here may rely on
 * Spring Boot's defaults (which would also apply to the services that do not use Spring Security).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** Where the identity service returns sign-in responses; the default of {@code ida:RedirectUri}. */
    static final String SIGN_IN_RESPONSE_PATH = "/signin-oidc";

    @Bean
    SecurityFilterChain bankSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2AuthorizationRequestResolver authorizationRequests,
            AuthorizationRequestRepository<OAuth2AuthorizationRequest> pendingAuthorizations) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/sign-in", "/.well-known/**", "/actuator/health", "/actuator/health/**",
                                "/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        // Anyone not signed in goes straight to the identity service, as [Authorize] did in the demo.
                        .loginPage("/sign-in")
                        .loginProcessingUrl(SIGN_IN_RESPONSE_PATH)
                        .authorizationEndpoint(endpoint -> endpoint
                                .authorizationRequestResolver(authorizationRequests)
                                .authorizationRequestRepository(pendingAuthorizations))
                        .defaultSuccessUrl("/account", false)
                        .failureHandler(new SignInFailures()))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessHandler(signOutAtIdentity(registrations)))
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; base-uri 'self'")));
        return http.build();
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(IdentityMetadataSource identity, BankProperties properties) {
        return new IdentityClientRegistrations(identity, properties);
    }

    @Bean
    OAuth2AuthorizationRequestResolver authorizationRequestResolver(ClientRegistrationRepository registrations) {
        return new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    }

    @Bean
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeRedemption() {
        return new RestClientAuthorizationCodeTokenResponseClient();
    }

    @Bean
    AuthorizationRequestRepository<OAuth2AuthorizationRequest> pendingAuthorizations() {
        return new PendingAuthorizations();
    }

    /**
     * Signs out at the sign-in policy's {@code end_session_endpoint} (B2C ends its SSO session there) and comes back
     * to the home page; when the identity service cannot be reached, the bank's own session still ends.
     */
    private static LogoutSuccessHandler signOutAtIdentity(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler oidc = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        oidc.setPostLogoutRedirectUri("{baseUrl}/");
        return new LogoutSuccessHandler() {
            @Override
            public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, ServletException {
                try {
                    oidc.onLogoutSuccess(request, response, authentication);
                } catch (IdentityUnavailableException e) {
                    response.sendRedirect(request.getContextPath() + "/");
                }
            }
        };
    }
}
