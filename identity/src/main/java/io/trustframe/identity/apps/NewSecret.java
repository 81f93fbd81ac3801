package io.trustframe.identity.apps;

/** A client secret just made: {@code secretText} is shown this once and cannot be read again. */
public record NewSecret(PasswordCredential credential, String secretText) {

    @Override
    public String toString() {
        return "NewSecret[" + credential + ", secretText=(hidden)]";
    }
}
