package io.trustframe.verify.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The credentials the API accepts, as Twilio does: HTTP Basic with an Account SID and its Auth Token, or an API Key
 * SID ({@code SK…}) and its secret, which act for the key's account.
 */
public final class AccountDirectory {

    /** One accepted username/password pair and the account it authenticates. */
    public record Credential(String username, String secret, Account account) {
        @Override
        public String toString() {
            return "Credential[" + username + " for " + account.sid() + "]";
        }
    }

    private final List<Credential> credentials;

    public AccountDirectory(List<Credential> credentials) {
        this.credentials = List.copyOf(credentials);
    }

    /**
     * The account the credentials authenticate. Every configured credential is compared, in constant time, so that
     * the response time tells nothing about which part was wrong.
     */
    public Optional<Account> authenticate(String username, String secret) {
        byte[] user = username.getBytes(StandardCharsets.UTF_8);
        byte[] password = secret.getBytes(StandardCharsets.UTF_8);
        Account match = null;
        for (Credential credential : credentials) {
            boolean userMatches = MessageDigest.isEqual(user, credential.username().getBytes(StandardCharsets.UTF_8));
            boolean secretMatches =
                    MessageDigest.isEqual(password, credential.secret().getBytes(StandardCharsets.UTF_8));
            if (userMatches & secretMatches) {
                match = credential.account();
            }
        }
        return Optional.ofNullable(match);
    }

    public static List<Credential> forAccount(String accountSid, String authToken, List<ApiKeyCredential> apiKeys) {
        Account account = new Account(accountSid);
        List<Credential> result = new ArrayList<>();
        result.add(new Credential(accountSid, authToken, account));
        for (ApiKeyCredential key : apiKeys) {
            result.add(new Credential(key.sid(), key.secret(), account));
        }
        return result;
    }

    public record ApiKeyCredential(String sid, String secret) {
        @Override
        public String toString() {
            return "ApiKeyCredential[" + sid + "]";
        }
    }
}
