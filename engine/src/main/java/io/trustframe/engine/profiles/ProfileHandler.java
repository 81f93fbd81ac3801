package io.trustframe.engine.profiles;

import io.trustframe.engine.journey.Submission;

/**
 * One technical-profile protocol or handler (SelfAsserted, RESTful, AzureActiveDirectory, …). Handlers are stateless:
 * all a run needs comes in through {@link ProfileRun}; what must survive a page lives in the journey state.
 */
public interface ProfileHandler {

    /** Run the profile with its input claims already resolved. */
    ProfileResult run(ProfileRun run);

    /** Continue an interactive profile with what the browser sent. Non-interactive handlers never receive this. */
    default ProfileResult submit(ProfileRun run, Submission submission) {
        throw new IllegalStateException(getClass().getSimpleName() + " is not interactive");
    }
}
