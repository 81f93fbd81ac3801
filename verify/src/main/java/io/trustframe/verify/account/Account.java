package io.trustframe.verify.account;

/** An account that may call the API; every service, verification and message belongs to one. */
public record Account(String sid) {
}
