package io.trustframe.launcher.policies;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything outside the identity service that the policies talk to, on one random local port: Verify v2
 * (Verifications, VerificationCheck; PSD2: a code approves only the To, Amount and Payee it was sent for), the
 * Messages API, and the bank's OpenID metadata with the JWKS of the key that signs its id_token_hints. Requests
 * without the expected HTTP Basic credentials get Twilio's 20003.
 */
final class EdgeStub implements AutoCloseable {

    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String AUTH_TOKEN = "stub-auth-token";
    static final String SERVICE = "VA0123456789abcdef0123456789abcdef";
    static final String BANK_CLIENT = "8a4e2c1d-7b6f-4e3a-a5c9-0d2b1f6e3c78";

    final List<Map<String, String>> messages = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> verifications = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> checks = new CopyOnWriteArrayList<>();
    /** The SMS Verify "sent": To, Amount, Payee, Locale and the code. */
    final List<Map<String, String>> verifySms = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, String>> pending = new LinkedHashMap<>();
    private final AtomicInteger codes = new AtomicInteger(482910);
    private final HttpServer server;
    private final RSAKey bankKey;

    EdgeStub() throws IOException, JOSEException {
        bankKey = new RSAKeyGenerator(2048).keyID("bank-hint-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json", this::message);
        server.createContext("/v2/Services/" + SERVICE + "/", this::verify);
        server.createContext("/bank/.well-known/openid-configuration", exchange -> respond(exchange, 200,
                "{\"issuer\":\"" + bankIssuer() + "\",\"jwks_uri\":\"" + base() + "/bank/.well-known/keys\","
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"));
        server.createContext("/bank/.well-known/keys", exchange -> respond(exchange, 200,
                new JWKSet(bankKey.toPublicJWK()).toString()));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String bankIssuer() {
        return base() + "/bank/";
    }

    PolicyTemplates.Values values() {
        return new PolicyTemplates.Values("contoso.onmicrosoft.com", base(), SERVICE, ACCOUNT, "+15005550006",
                base() + "/bank/.well-known/openid-configuration", BANK_CLIENT);
    }

    /** A hint as the bank signs it for one pending payment (docs/bank.md). */
    String hint(String customer, Instant now, String amount, String payee, String account) throws JOSEException {
        return hint(bankKey, customer, now, amount, payee, account);
    }

    String hint(RSAKey key, String customer, Instant now, String amount, String payee, String account)
            throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(bankIssuer()).audience(BANK_CLIENT).subject(customer)
                .jwtID("payment-" + codes.incrementAndGet()).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("amount", amount).claim("payee", payee).claim("accountnumber", account).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The code in the newest SMS of the Messages API. */
    String lastMessageCode() {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\b(\\d{6})\\b")
                .matcher(messages.get(messages.size() - 1).get("Body"));
        return matcher.find() ? matcher.group(1) : null;
    }

    private void message(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        Map<String, String> form = form(exchange);
        messages.add(form);
        respond(exchange, 201, "{\"sid\":\"SM" + messages.size() + "\",\"status\":\"queued\",\"to\":\"" + form.get("To") + "\"}");
    }

    private void verify(HttpExchange exchange) throws IOException {
        if (!authorized(exchange)) {
            return;
        }
        Map<String, String> form = form(exchange);
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/Verifications")) {
            verifications.add(form);
            Map<String, String> started = new LinkedHashMap<>(form);
            Map<String, String> previous = pending.get(form.get("To"));
            boolean sameTerms = previous != null && previous.get("Amount").equals(form.get("Amount"))
                    && previous.get("Payee").equals(form.get("Payee"));
            // Verify resends the same code for the same terms; new terms cancel the old code (PSD2 mode).
            started.put("code", sameTerms ? previous.get("code") : Integer.toString(codes.incrementAndGet()));
            pending.put(form.get("To"), started);
            verifySms.add(started);
            respond(exchange, 201, "{\"sid\":\"VE" + verifications.size() + "\",\"status\":\"pending\",\"channel\":\"sms\"}");
            return;
        }
        checks.add(form);
        Map<String, String> started = pending.get(form.get("To"));
        if (started == null) {
            respond(exchange, 404, "{\"code\":20404,\"message\":\"The requested resource /Services/" + SERVICE
                    + "/VerificationCheck was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}");
            return;
        }
        boolean approved = started.get("code").equals(form.get("Code")) && started.get("Amount").equals(form.get("Amount"))
                && started.get("Payee").equals(form.get("Payee"));
        if (approved) {
            pending.remove(form.get("To"));
        }
        respond(exchange, 200, "{\"sid\":\"VE1\",\"to\":\"" + form.get("To") + "\",\"status\":\""
                + (approved ? "approved" : "pending") + "\",\"valid\":" + approved + "}");
    }

    private boolean authorized(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (ACCOUNT + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
        if (expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        respond(exchange, 401, "{\"code\":20003,\"message\":\"Authentication Error - invalid username\",\"status\":401}");
        return false;
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
