package io.trustframe.engine.journey;

import static io.trustframe.engine.journey.StubHttp.form;
import static io.trustframe.engine.journey.StubHttp.respond;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The edge of the machine for the walkthrough journeys, on a random local port: Twilio's Messages API, Twilio
 * Verify's Verifications and VerificationCheck (PSD2: a code is bound to To, Amount and Payee), and the bank's
 * OpenID metadata with the JWKS of the key that signs its id_token_hints.
 */
final class TwilioAndBankStub implements AutoCloseable {

    static final String ISSUER = "https://bank.example";
    static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    static final String SERVICE = "VA0123456789abcdef0123456789abcdef";

    final List<Map<String, String>> messages = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> verifications = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, String>> pending = new LinkedHashMap<>();
    private final HttpServer server;
    final RSAKey signingKey;
    String verifyCode = "731905";

    TwilioAndBankStub() throws IOException, JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("bank-key-1").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/2010-04-01/Accounts/", this::message);
        server.createContext("/v2/Services/", this::verify);
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, 200,
                "{\"issuer\":\"" + ISSUER + "\",\"jwks_uri\":\"" + base() + "/keys\"}"));
        server.createContext("/keys", exchange -> respond(exchange, 200,
                new JWKSet(signingKey.toPublicJWK()).toString()));
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The walkthrough's documented edits, pointed at this stub. */
    Map<String, String> edits() {
        Map<String, String> edits = new LinkedHashMap<>();
        edits.put("https://api.twilio.com", base());
        edits.put("https://verify.twilio.com", base());
        edits.put("Accounts/twilioAccountSID", "Accounts/" + ACCOUNT);
        edits.put("Services/twilioAccountSID", "Services/" + SERVICE);
        edits.put("+twilioPhone#", "+15005550006");
        edits.put("https://psd2demo.azurewebsites.net/.well-known/openid-configuration", base() + "/.well-known/openid-configuration");
        edits.put("yourtenant.onmicrosoft.com", "contoso.onmicrosoft.com");
        return edits;
    }

    String hint(Instant issuedAt, long lifetimeSeconds, String amount, String payee) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience("trustframe")
                .subject("payment-42").issueTime(Date.from(issuedAt)).notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plusSeconds(lifetimeSeconds)))
                .claim("amount", amount).claim("payee", payee).claim("accountnumber", "NL91ABNA0417164300")
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    private void message(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Map<String, String> form = form(exchange);
        messages.add(form);
        respond(exchange, 201, "{\"sid\":\"SM1\",\"status\":\"queued\",\"to\":\"" + form.get("To") + "\"}");
    }

    private void verify(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        Map<String, String> form = form(exchange);
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/Verifications")) {
            verifications.add(form);
            pending.put(form.get("To"), form);
            respond(exchange, 201, "{\"sid\":\"VE1\",\"status\":\"pending\",\"channel\":\"sms\"}");
            return;
        }
        Map<String, String> started = pending.get(form.get("To"));
        if (started == null) {
            respond(exchange, 404, "{\"code\":20404,\"message\":\"The requested resource was not found\",\"status\":404}");
            return;
        }
        // Dynamic linking: the code only approves the amount and payee it was sent for.
        boolean approved = verifyCode.equals(form.get("Code")) && started.get("Amount").equals(form.get("Amount"))
                && started.get("Payee").equals(form.get("Payee"));
        if (approved) {
            pending.remove(form.get("To"));
        }
        respond(exchange, 200, "{\"sid\":\"VE1\",\"status\":\"" + (approved ? "approved" : "pending") + "\"}");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static List<String> codesIn(List<Map<String, String>> messages) {
        List<String> codes = new ArrayList<>();
        for (Map<String, String> message : messages) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d{4,})$").matcher(message.get("Body"));
            if (matcher.find()) {
                codes.add(matcher.group(1));
            }
        }
        return codes;
    }
}
