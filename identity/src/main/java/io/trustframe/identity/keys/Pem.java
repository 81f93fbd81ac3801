package io.trustframe.identity.keys;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trustframe.identity.keys.PolicyKeyException.Reason;

/** The parts of an uploaded PEM (or bare base64 DER) certificate. */
record Pem(byte[] certificate, byte[] privateKey) {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]*)-----END \\1-----");

    static Pem parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the certificate is empty");
        }
        if (!text.contains("-----BEGIN")) {
            return new Pem(decode(text), null);
        }
        byte[] certificate = null;
        byte[] privateKey = null;
        Matcher blocks = BLOCK.matcher(text);
        while (blocks.find()) {
            switch (blocks.group(1)) {
                case "CERTIFICATE" -> certificate = certificate == null ? decode(blocks.group(2)) : certificate;
                case "PRIVATE KEY" -> privateKey = decode(blocks.group(2));
                case "RSA PRIVATE KEY", "ENCRYPTED PRIVATE KEY" -> throw new PolicyKeyException(Reason.INVALID_KEY,
                        "the private key must be unencrypted PKCS#8 (BEGIN PRIVATE KEY); convert it with "
                                + "'openssl pkcs8 -topk8 -nocrypt'");
                default -> {
                }
            }
        }
        if (certificate == null) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the PEM text holds no CERTIFICATE block");
        }
        return new Pem(certificate, privateKey);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new PolicyKeyException(Reason.INVALID_KEY, "the certificate is not base64");
        }
    }
}
