package io.trustframe.verify.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import io.trustframe.verify.TwilioError;
import io.trustframe.verify.account.Account;
import io.trustframe.verify.account.AccountDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio's authentication: HTTP Basic with an Account SID and Auth Token, or an API Key SID and secret. Anything
 * else is refused with 401, Twilio's 20003 body and a Basic challenge. The account is handed on as a request attribute.
 */
final class TwilioAuthFilter extends OncePerRequestFilter {

    static final String ACCOUNT = "io.trustframe.verify.api.account";

    private static final String DETAIL = "Your AccountSid or AuthToken was incorrect.";

    private final AccountDirectory accounts;
    private final JsonMapper json = JsonMapper.builder().build();

    TwilioAuthFilter(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            refuse(response, "Authentication Error - No credentials provided");
            return;
        }
        Optional<Account> account = credentials(header.substring(6).strip())
                .flatMap(pair -> accounts.authenticate(pair[0], pair[1]));
        if (account.isEmpty()) {
            refuse(response, "Authentication Error - invalid username");
            return;
        }
        request.setAttribute(ACCOUNT, account.get());
        chain.doFilter(request, response);
    }

    private static Optional<String[]> credentials(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private void refuse(HttpServletResponse response, String message) throws IOException {
        var body = TwilioErrorResponses.body(TwilioError.AUTHENTICATION_FAILED, message);
        body.put("detail", DETAIL);
        response.setStatus(TwilioError.AUTHENTICATION_FAILED.httpStatus());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
