package io.trustframe.identity.oidc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

import io.trustframe.identity.apps.AppRegistrations;
import io.trustframe.identity.apps.Application;
import io.trustframe.identity.engine.EnginePorts;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.pages.PageTexts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /{tenant}/{policy}/oauth2/v2.0/logout}: ends the tenant's SSO session (stored session and cookie), then
 * returns to {@code post_logout_redirect_uri} only when it is a registered redirect URI of the client named by
 * {@code client_id} or by the {@code aud} of an {@code id_token_hint} this policy signed; otherwise a signed-out page.
 */
@Controller
public class LogoutEndpoint {

    private static final String PATH = "/oauth2/v2.0/logout";

    private final PolicyEndpoints endpoints;
    private final EnginePorts ports;
    private final AppRegistrations applications;
    private final PolicyKeys keys;
    private final AuthorizationResponses responses;

    public LogoutEndpoint(PolicyEndpoints endpoints, EnginePorts ports, AppRegistrations applications, PolicyKeys keys,
                          AuthorizationResponses responses) {
        this.endpoints = endpoints;
        this.ports = ports;
        this.applications = applications;
        this.keys = keys;
        this.responses = responses;
    }

    @GetMapping(path = {"/{tenant}/{policy}" + PATH, "/tfp/{tenant}/{policy}" + PATH})
    ModelAndView logout(@PathVariable String tenant, @PathVariable String policy,
                        @RequestParam(name = "post_logout_redirect_uri", required = false) String postLogoutRedirectUri,
                        @RequestParam(name = "state", required = false) String state,
                        @RequestParam(name = "client_id", required = false) String clientId,
                        @RequestParam(name = "id_token_hint", required = false) String idTokenHint,
                        HttpServletRequest request, HttpServletResponse response) {
        PolicyEndpoint endpoint;
        try {
            endpoint = endpoints.resolve(tenant, policy);
        } catch (OidcException e) {
            return responses.errorPage(e.getMessage(), e.error().status());
        }
        String session = AuthorizeEndpoint.ssoSession(endpoint, request);
        if (session != null) {
            ports.forTenant(endpoint.tenant()).sessions().delete(session);
        }
        response.addHeader("Set-Cookie", JourneyResponses.SsoCookie.cleared(endpoint.tenant(), request.isSecure()).toString());
        Optional<Application> client = client(endpoint, clientId != null ? clientId : audience(endpoint, idTokenHint));
        if (postLogoutRedirectUri != null && client.filter(app -> app.allowsRedirectUri(postLogoutRedirectUri)).isPresent()) {
            String url = postLogoutRedirectUri + (state == null ? ""
                    : (postLogoutRedirectUri.contains("?") ? "&" : "?") + "state=" + URLEncoder.encode(state, StandardCharsets.UTF_8));
            RedirectView redirect = new RedirectView(url);
            redirect.setExposeModelAttributes(false);
            return new ModelAndView(redirect);
        }
        ModelAndView page = new ModelAndView("identity/signed-out");
        page.addObject("untrusted", postLogoutRedirectUri != null);
        page.addObject("texts", PageTexts.forLanguage(LocaleContextHolder.getLocale().toLanguageTag()));
        page.setStatus(HttpStatus.OK);
        return page;
    }

    private Optional<Application> client(PolicyEndpoint endpoint, String clientId) {
        if (clientId == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(clientId);
            return applications.find(endpoint.tenant(), id).filter(app -> app.appId().equals(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The audience of a hint this policy's signing key signed (expired hints are fine: sign-out often comes late). */
    private String audience(PolicyEndpoint endpoint, String idTokenHint) {
        if (idTokenHint == null) {
            return null;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(idTokenHint);
            String container = endpoint.signingKeyContainer().orElse(null);
            JWK key = container == null ? null : keys.jwks(endpoint.tenant(), container)
                    .map(set -> set.getKeyByKeyId(jwt.getHeader().getKeyID())).orElse(null);
            if (!(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))
                    || !endpoint.issuer().equals(jwt.getJWTClaimsSet().getIssuer())
                    || jwt.getJWTClaimsSet().getAudience().size() != 1) {
                return null;
            }
            return jwt.getJWTClaimsSet().getAudience().get(0);
        } catch (ParseException | JOSEException e) {
            return null;
        }
    }
}
