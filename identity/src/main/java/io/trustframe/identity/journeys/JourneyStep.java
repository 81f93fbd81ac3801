package io.trustframe.identity.journeys;

import io.trustframe.engine.journey.Outcome;
import io.trustframe.engine.journey.Page;

/** Where a journey stands after the engine ran: waiting on a page, gone to another site, or ended. */
public sealed interface JourneyStep {

    /** The journey waits for this page's form; {@code tx} and {@code csrfToken} go into it. */
    record Paused(Page page, String tx, String csrfToken) implements JourneyStep {
    }

    /** A federated sign-in: the browser goes to the identity provider and comes back to the journey. */
    record Away(String url) implements JourneyStep {
    }

    /** The journey ended: a {@link Outcome.Complete} or a {@link Outcome.Fail}, with the request that started it. */
    record Ended(Outcome outcome, String authorize) implements JourneyStep {
    }
}
