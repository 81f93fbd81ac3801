package io.trustframe.identity.oidc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import io.trustframe.identity.oidc.AuthorizeDecision.ResponseTarget;
import io.trustframe.identity.pages.PageTexts;

/**
 * Writes authorization responses to the client's redirect URI in the requested response mode (query, fragment, or
 * an auto-submitted form for form_post, which also works without JavaScript through its button), and error pages for
 * requests whose redirect URI cannot be trusted.
 */
@Component
public class AuthorizationResponses {

    public ModelAndView success(ResponseTarget target, Map<String, String> parameters) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        if (target.state() != null) {
            all.put("state", target.state());
        }
        return respond(target, all);
    }

    public ModelAndView error(ResponseTarget target, OidcError error, String description) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("error", error.oauthError());
        all.put("error_description", description);
        if (target.state() != null) {
            all.put("state", target.state());
        }
        return respond(target, all);
    }

    /** B2C's error for a journey that ended in an AADB2C error (cancel, forgotten password, a failed step). */
    public ModelAndView journeyError(ResponseTarget target, String code, String message) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("error", code.equals("AADB2C90037") ? "server_error" : "access_denied");
        all.put("error_description", code + ": " + message);
        if (target.state() != null) {
            all.put("state", target.state());
        }
        return respond(target, all);
    }

    /** The error page in the browser's language (Accept-Language: English or German). */
    public ModelAndView errorPage(String description, HttpStatus status) {
        return errorPage(description, status, LocaleContextHolder.getLocale().toLanguageTag());
    }

    /** The error page in a journey's language. */
    public ModelAndView errorPage(String description, HttpStatus status, String language) {
        ModelAndView page = new ModelAndView("identity/error");
        page.addObject("message", description);
        page.addObject("texts", PageTexts.forLanguage(language));
        page.setStatus(status);
        return page;
    }

    private static ModelAndView respond(ResponseTarget target, Map<String, String> parameters) {
        if (target.mode() == ResponseMode.FORM_POST) {
            ModelAndView page = new ModelAndView("identity/form_post");
            page.addObject("action", target.redirectUri());
            page.addObject("parameters", parameters);
            return page;
        }
        String encoded = parameters.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        String uri = target.redirectUri();
        String url = target.mode() == ResponseMode.FRAGMENT ? uri + "#" + encoded
                : uri + (uri.contains("?") ? "&" : "?") + encoded;
        RedirectView redirect = new RedirectView(url);
        redirect.setExposeModelAttributes(false);
        redirect.setStatusCode(HttpStatus.FOUND);
        return new ModelAndView(redirect);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
