package io.trustframe.engine.spi;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A TLS client credential: the private key and its certificate chain (leaf first), as a policy key container holds an
 * uploaded PKCS#12 file. B2C presents it when a RESTful profile says AuthenticationType ClientCertificate.
 */
public record ClientCertificate(PrivateKey privateKey, List<X509Certificate> chain) {
    public ClientCertificate {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a client certificate needs at least its own certificate");
        }
    }
}
