package io.trustframe.verify.verification;

/** What a verification check came to, decided (and committed) before anything is answered. */
sealed interface CheckOutcome {

    /** The code was checked: approved, or still pending with one attempt fewer left. */
    record Checked(Verification verification) implements CheckOutcome {
    }

    /** The check after the last allowed one, or any check of a verification spent that way. */
    record TooManyAttempts() implements CheckOutcome {
    }

    /** No live verification: never existed, or approved, canceled or expired. */
    record NotFound() implements CheckOutcome {
    }
}
