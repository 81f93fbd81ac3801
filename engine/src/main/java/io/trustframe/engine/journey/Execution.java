package io.trustframe.engine.journey;

import io.trustframe.engine.claims.ClaimsResolver;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.engine.policy.model.Localization;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.RelyingParty;
import io.trustframe.engine.policy.model.StepType;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.profiles.Handlers;
import io.trustframe.engine.profiles.ProfileHandler;
import io.trustframe.engine.profiles.ProfileResult;
import io.trustframe.engine.profiles.ProfileRun;
import io.trustframe.engine.profiles.SsoSessionProviders;
import io.trustframe.engine.spi.Ports;
import io.trustframe.engine.spi.SsoSessions.SsoSession;
import io.trustframe.engine.transform.TransformationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One call of the engine on one journey: the mutable working copy of a {@link JourneyState}, the orchestration loop
 * and the technical-profile plumbing every handler shares (input claims, DefaultValue and resolvers, input and output
 * claims transformations, PartnerClaimType mapping, the SSO skip rule). Never kept between calls.
 */
final class Execution implements ProfileRun.Services {

    private static final int DEFAULT_SESSION_SECONDS = 86_400;

    private final RelyingPartyPolicy policy;
    private final String policyHash;
    private final Ports ports;
    private final String correlationId;
    private final JourneyRequest request;
    private final List<JourneyState.Frame> frames;
    private final ClaimsBag claims;
    private final Map<String, String> controls;
    private final Map<String, Map<String, String>> sessionProfiles;
    private final Optional<SsoSession> ssoSession;
    private String selectedExchange;
    private JourneyState.Waiting waiting;

    Execution(RelyingPartyPolicy policy, String policyHash, Ports ports, JourneyState state) {
        this.policy = policy;
        this.policyHash = policyHash;
        this.ports = ports;
        this.correlationId = state.correlationId();
        this.request = state.request();
        this.frames = new ArrayList<>(state.frames());
        this.claims = ClaimsBag.of(state.claims());
        this.controls = new LinkedHashMap<>(state.controls());
        this.sessionProfiles = new LinkedHashMap<>(state.sessionProfiles());
        this.selectedExchange = state.selectedExchange();
        this.waiting = state.waiting();
        this.ssoSession = ssoEnabled() && state.ssoSessionId() != null
                ? ports.sessions().find(state.ssoSessionId())
                .filter(s -> s.expiresAt() == null || s.expiresAt().isAfter(ports.clock().instant()))
                : Optional.empty();
    }

    JourneyState state() {
        return new JourneyState(policy.policyId(), policyHash, correlationId, frames, claims.asMap(), selectedExchange,
                waiting, controls, request, request.ssoSessionId(), sessionProfiles);
    }

    // ---- the orchestration loop ------------------------------------------------------------------------------

    Outcome advance() {
        while (true) {
            if (frames.isEmpty()) {
                return fail(B2cError.AADB2C90037, "the user journey ended without a SendClaims step");
            }
            JourneyState.Frame frame = frames.get(frames.size() - 1);
            List<OrchestrationStep> steps = steps(frame);
            if (frame.stepIndex() >= steps.size()) {
                if (frames.size() == 1) {
                    return fail(B2cError.AADB2C90037, "the user journey ended without a SendClaims step");
                }
                frames.remove(frames.size() - 1);
                nextStep();
                continue;
            }
            OrchestrationStep step = steps.get(frame.stepIndex());
            if (Preconditions.skip(step.preconditions(), claims)) {
                nextStep();
                continue;
            }
            StepType type = step.stepType().orElse(null);
            if (type == null) {
                return fail(B2cError.AADB2C90037, "unknown orchestration step type " + step.type());
            }
            Outcome paused = switch (type) {
                case ClaimsProviderSelection, CombinedSignInAndSignUp -> selection(step);
                case ClaimsExchange -> claimsExchange(step);
                case GetClaims -> getClaims(step);
                case InvokeSubJourney -> invokeSubJourney(step);
                case SendClaims -> sendClaims(step);
                default -> fail(B2cError.AADB2C90037, "orchestration step type " + type + " is not supported");
            };
            if (paused != null) {
                return paused;
            }
        }
    }

    Outcome resume(Submission submission) {
        if (waiting == null) {
            return fail(B2cError.AADB2C90037, "the journey is not waiting for a submission");
        }
        OrchestrationStep step = currentStep();
        if (submission instanceof Submission.ChooseClaimsExchange choice
                && waiting.kind() != JourneyState.Waiting.Kind.FEDERATION) {
            // An identity-provider button or the sign-up link: the next ClaimsExchange step runs that exchange.
            selectedExchange = choice.claimsExchangeId();
            waiting = null;
            nextStep();
            return advance();
        }
        if (waiting.kind() == JourneyState.Waiting.Kind.SELECTION) {
            return fail(B2cError.AADB2C90037, "a selection page accepts only a claims exchange choice");
        }
        if (submission instanceof Submission.Cancel) {
            waiting = null;
            return fail(B2cError.AADB2C90091, B2cError.AADB2C90091.defaultMessage());
        }
        TechnicalProfile profile = policy.technicalProfile(waiting.technicalProfileId());
        ProfileHandler handler = Handlers.forProfile(profile).orElseThrow();
        ProfileResult result = handler.submit(run(profile, inputs(profile).orElse(Map.of())), submission);
        Outcome paused = afterProfile(step, profile, result);
        return paused != null ? paused : advance();
    }

    private Outcome selection(OrchestrationStep step) {
        List<Page.Choice> choices = new ArrayList<>();
        String validationExchange = null;
        for (OrchestrationStep.ClaimsProviderSelection selection : step.claimsProviderSelections()) {
            if (selection.targetClaimsExchangeId() != null) {
                choices.add(new Page.Choice(selection.targetClaimsExchangeId(), exchangeDisplayName(selection.targetClaimsExchangeId())));
            }
            if (selection.validationClaimsExchangeId() != null && validationExchange == null) {
                validationExchange = selection.validationClaimsExchangeId();
            }
        }
        Optional<String> fromSession = exchangeSatisfiedBySession(step, validationExchange);
        if (fromSession.isPresent()) {
            // The user already authenticated with one of this page's options in the web session: B2C does not show
            // the page again; the chosen exchange is replayed from the session in this or the next step.
            boolean ownExchange = step.claimsExchanges().stream().anyMatch(e -> e.id().equalsIgnoreCase(fromSession.get()));
            if (ownExchange) {
                var exchange = step.claimsExchanges().stream().filter(e -> e.id().equalsIgnoreCase(fromSession.get())).findFirst().orElseThrow();
                return runStepProfile(step, exchange.technicalProfileReferenceId());
            }
            selectedExchange = fromSession.get();
            nextStep();
            return null;
        }
        if (validationExchange != null) {
            // The local-account form is embedded in the selection page (the unified sign-in page): its exchange is
            // in this very step.
            String exchangeId = validationExchange;
            var exchange = step.claimsExchanges().stream().filter(e -> e.id().equalsIgnoreCase(exchangeId)).findFirst();
            if (exchange.isEmpty()) {
                return fail(B2cError.AADB2C90037, "validation claims exchange " + exchangeId + " is not in the step");
            }
            return runStepProfile(step, exchange.get().technicalProfileReferenceId());
        }
        if (choices.size() == 1) {
            // A single button: we select it without showing the page (a documented choice, see docs/journeys.md).
            selectedExchange = choices.get(0).claimsExchangeId();
            nextStep();
            return null;
        }
        waiting = new JourneyState.Waiting(JourneyState.Waiting.Kind.SELECTION, null, null);
        Page page = page(step.contentDefinitionReferenceId(), null, List.of(), List.of(), choices, List.of());
        return new Outcome.ShowPage(page, state());
    }

    /**
     * The claims exchange of a selection step that the SSO session already satisfied: the step's own (validation)
     * exchange, a ClaimsProviderSelection target, or the sign-up target of the embedded form, in that order.
     */
    private Optional<String> exchangeSatisfiedBySession(OrchestrationStep step, String validationExchange) {
        if (ssoSession.isEmpty()) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        if (validationExchange != null) {
            candidates.add(validationExchange);
            step.claimsExchanges().stream().filter(e -> e.id().equalsIgnoreCase(validationExchange)).findFirst()
                    .map(e -> policy.technicalProfiles().get(e.technicalProfileReferenceId()))
                    .map(p -> p.metadataOrEmpty().get("SignUpTarget"))
                    .ifPresent(candidates::add);
        }
        step.claimsProviderSelections().stream().map(OrchestrationStep.ClaimsProviderSelection::targetClaimsExchangeId)
                .filter(java.util.Objects::nonNull).forEach(candidates::add);
        for (String candidate : candidates) {
            Optional<TechnicalProfile> profile = profileOfExchange(candidate);
            if (profile.isPresent() && sessionClaims(profile.get()).isPresent()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private Optional<TechnicalProfile> profileOfExchange(String exchangeId) {
        for (JourneyState.Frame frame : frames) {
            for (OrchestrationStep step : steps(frame)) {
                for (var exchange : step.claimsExchanges()) {
                    if (exchange.id().equalsIgnoreCase(exchangeId)) {
                        return policy.technicalProfiles().find(exchange.technicalProfileReferenceId());
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Outcome claimsExchange(OrchestrationStep step) {
        List<OrchestrationStep.ClaimsExchange> exchanges = step.claimsExchanges();
        OrchestrationStep.ClaimsExchange exchange = null;
        if (selectedExchange != null) {
            exchange = exchanges.stream().filter(e -> e.id().equalsIgnoreCase(selectedExchange)).findFirst().orElse(null);
        }
        if (exchange == null && exchanges.size() == 1) {
            exchange = exchanges.get(0);
        }
        if (exchange == null) {
            return fail(B2cError.AADB2C90037, "no claims exchange of step " + step.order() + " was selected");
        }
        selectedExchange = null;
        return runStepProfile(step, exchange.technicalProfileReferenceId());
    }

    /**
     * GetClaims: the step's issuer profile (an id_token_hint profile) runs on the request; the relying party's
     * InputClaims are then taken from what it produced, or from the query string when there is no such profile.
     */
    private Outcome getClaims(OrchestrationStep step) {
        Map<String, String> received = new HashMap<>();
        String profileId = step.cpimIssuerTechnicalProfileReferenceId();
        if (profileId != null) {
            TechnicalProfile profile = policy.technicalProfile(profileId);
            Optional<ProfileHandler> handler = Handlers.forProfile(profile);
            if (handler.isEmpty()) {
                return fail(B2cError.AADB2C90037, "no handler for technical profile " + profileId);
            }
            ProfileResult result = handler.get().run(run(profile, Map.of()));
            if (result instanceof ProfileResult.Error error) {
                return fail(error.error(), error.userMessage());
            }
            if (result instanceof ProfileResult.Done done) {
                received.putAll(done.outputs());
                ProfileResult mapped = applyOutputs(profile, done);
                if (mapped instanceof ProfileResult.Error error) {
                    return fail(error.error(), error.userMessage());
                }
            }
        } else {
            received.putAll(request.queryParameters());
        }
        TechnicalProfile relyingParty = policy.relyingPartyProfile();
        if (relyingParty != null) {
            for (ClaimReference input : relyingParty.inputClaims()) {
                String value = lookup(received, partnerName(relyingParty, input));
                if (value == null && input.defaultValue() != null) {
                    value = resolveDefault(input.defaultValue(), true);
                }
                if (value != null) {
                    claims.put(claimTypeId(input.claimTypeReferenceId()), value);
                }
            }
        }
        nextStep();
        return null;
    }

    private Outcome invokeSubJourney(OrchestrationStep step) {
        if (step.journeyList().isEmpty()) {
            return fail(B2cError.AADB2C90037, "InvokeSubJourney without a candidate");
        }
        var subJourney = policy.subJourney(step.journeyList().get(0).subJourneyReferenceId());
        if (subJourney.isTransfer()) {
            // Transfer: control never comes back; the sub-journey ends the journey with its own SendClaims.
            frames.remove(frames.size() - 1);
        }
        frames.add(new JourneyState.Frame(subJourney.id(), true, 0));
        return null;
    }

    private Outcome sendClaims(OrchestrationStep step) {
        TechnicalProfile issuer = policy.technicalProfile(step.cpimIssuerTechnicalProfileReferenceId());
        TechnicalProfile relyingParty = policy.relyingPartyProfile();
        Map<String, String> token = new LinkedHashMap<>();
        for (ClaimReference output : relyingParty.outputClaims()) {
            String value = claims.get(output.claimTypeReferenceId()).orElse(null);
            if (output.defaultValue() != null && (value == null || Boolean.TRUE.equals(output.alwaysUseDefaultValue()))) {
                value = resolveDefault(output.defaultValue(), true);
            }
            if (value != null) {
                token.put(partnerName(relyingParty, output), value);
            }
        }
        String subject = null;
        if (relyingParty.subjectNamingInfo() != null && relyingParty.subjectNamingInfo().claimType() != null) {
            subject = lookup(token, relyingParty.subjectNamingInfo().claimType());
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        issuer.metadataOrEmpty().items().forEach(i -> metadata.put(i.key(), resolve(i.value(), claims)));
        Map<String, String> keys = new LinkedHashMap<>();
        issuer.cryptographicKeys().forEach(k -> keys.put(k.id(), k.storageReferenceId()));
        String protocol = issuer.protocol() == null ? null : issuer.protocol().name();
        Outcome.SsoInfo sso = saveSession(issuer);
        waiting = null;
        return new Outcome.Complete(token, subject, new Outcome.IssuerSettings(issuer.id(), protocol, metadata, keys),
                sso, state());
    }

    // ---- running one technical profile -----------------------------------------------------------------------

    /** Runs the profile of an orchestration step; null when the journey goes on, else the outcome to return. */
    private Outcome runStepProfile(OrchestrationStep step, String technicalProfileId) {
        TechnicalProfile profile = policy.technicalProfiles().get(technicalProfileId);
        if (profile == null) {
            return fail(B2cError.AADB2C90037, "unknown technical profile " + technicalProfileId);
        }
        if (!SsoSessionProviders.enabledForJourney(profile, claims)) {
            nextStep();
            return null;
        }
        Optional<Map<String, String>> fromSession = sessionClaims(profile);
        if (fromSession.isPresent()) {
            // B2C's SSO rule: a profile already satisfied in this web session is not run again; the claims its
            // session provider persisted (and the provider's own output claims) take its place.
            fromSession.get().forEach(claims::put);
            SsoSessionProviders.sessionOutputs(policy, profile).forEach((k, v) -> claims.put(k, resolve(v, claims)));
            nextStep();
            return null;
        }
        Optional<ProfileHandler> handler = Handlers.forProfile(profile);
        if (handler.isEmpty()) {
            return fail(B2cError.AADB2C90037, "no handler for technical profile " + profile.id());
        }
        ProfileResult transformed = runInputTransformations(profile, claims);
        if (transformed instanceof ProfileResult.Error error) {
            return fail(error.error(), error.userMessage());
        }
        Optional<Map<String, String>> inputs = inputs(profile);
        if (inputs.isEmpty()) {
            return fail(B2cError.AADB2C90037, "technical profile " + profile.id() + " is missing a required input claim");
        }
        ProfileResult result = handler.get().run(run(profile, inputs.get()));
        return afterProfile(step, profile, result);
    }

    private Outcome afterProfile(OrchestrationStep step, TechnicalProfile profile, ProfileResult result) {
        if (result instanceof ProfileResult.ShowPage show) {
            waiting = new JourneyState.Waiting(JourneyState.Waiting.Kind.PAGE, profile.id(), null);
            return new Outcome.ShowPage(withStepChoices(step, show.page()), state());
        }
        if (result instanceof ProfileResult.Redirect redirect) {
            waiting = new JourneyState.Waiting(JourneyState.Waiting.Kind.FEDERATION, profile.id(), redirect.federationState());
            return new Outcome.Redirect(redirect.url(), state());
        }
        if (result instanceof ProfileResult.Error error) {
            return fail(error.error(), error.userMessage());
        }
        ProfileResult applied = applyOutputs(profile, (ProfileResult.Done) result);
        if (applied instanceof ProfileResult.Error error) {
            return fail(error.error(), error.userMessage());
        }
        rememberForSession(profile);
        waiting = null;
        nextStep();
        return null;
    }

    /** The profile's inputs by partner name; empty when a Required input claim has no value. */
    private Optional<Map<String, String>> inputs(TechnicalProfile profile) {
        boolean resolvers = profile.metadataOrEmpty().isTrue("IncludeClaimResolvingInClaimsHandling");
        Map<String, String> inputs = new LinkedHashMap<>();
        for (ClaimReference input : profile.inputClaims()) {
            String value = claims.get(input.claimTypeReferenceId()).orElse(null);
            if (input.defaultValue() != null && (value == null || Boolean.TRUE.equals(input.alwaysUseDefaultValue()))) {
                value = resolveDefault(input.defaultValue(), resolvers);
            }
            if (value == null) {
                if (input.isRequired()) {
                    return Optional.empty();
                }
                continue;
            }
            inputs.put(partnerName(profile, input), value);
        }
        return Optional.of(inputs);
    }

    private ProfileResult runInputTransformations(TechnicalProfile profile, ClaimsBag bag) {
        for (var reference : profile.inputClaimsTransformations()) {
            ProfileResult result = transformations(profile).run(reference.referenceId(), bag, key -> message(profile, key));
            if (result instanceof ProfileResult.Error) {
                return result;
            }
        }
        return ProfileResult.Done.of(Map.of());
    }

    /** Maps a finished profile's outputs onto its OutputClaims, then runs its output claims transformations. */
    private ProfileResult applyOutputs(TechnicalProfile profile, ProfileResult.Done done) {
        return applyOutputs(profile, done, claims);
    }

    private ProfileResult applyOutputs(TechnicalProfile profile, ProfileResult.Done done, ClaimsBag bag) {
        done.claims().forEach(bag::put);
        boolean resolvers = profile.metadataOrEmpty().isTrue("IncludeClaimResolvingInClaimsHandling");
        for (ClaimReference output : profile.outputClaims()) {
            String value = lookup(done.outputs(), partnerName(profile, output));
            boolean set = value != null || lookup(done.claims(), output.claimTypeReferenceId()) != null;
            if (output.defaultValue() != null && (!set || Boolean.TRUE.equals(output.alwaysUseDefaultValue()))) {
                value = resolveDefault(output.defaultValue(), resolvers);
            }
            if (value != null) {
                bag.put(claimTypeId(output.claimTypeReferenceId()), value);
            }
        }
        for (var reference : profile.outputClaimsTransformations()) {
            ProfileResult result = transformations(profile).run(reference.referenceId(), bag, key -> message(profile, key));
            if (result instanceof ProfileResult.Error) {
                return result;
            }
        }
        return done;
    }

    private ProfileRun run(TechnicalProfile profile, Map<String, String> inputs) {
        return new ProfileRun(policy, profile, inputs, claims, ports, this);
    }

    @Override
    public ProfileResult runProfile(String technicalProfileId, ClaimsBag bag) {
        TechnicalProfile profile = policy.technicalProfiles().get(technicalProfileId);
        if (profile == null) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "unknown technical profile " + technicalProfileId);
        }
        Optional<ProfileHandler> handler = Handlers.forProfile(profile);
        if (handler.isEmpty()) {
            return new ProfileResult.Error(B2cError.AADB2C90037, "no handler for technical profile " + profile.id());
        }
        ProfileResult transformed = runInputTransformations(profile, bag);
        if (transformed instanceof ProfileResult.Error) {
            return transformed;
        }
        Map<String, String> inputs = new LinkedHashMap<>();
        boolean resolvers = profile.metadataOrEmpty().isTrue("IncludeClaimResolvingInClaimsHandling");
        for (ClaimReference input : profile.inputClaims()) {
            String value = bag.get(input.claimTypeReferenceId()).orElse(null);
            if (input.defaultValue() != null && (value == null || Boolean.TRUE.equals(input.alwaysUseDefaultValue()))) {
                value = resolveDefault(input.defaultValue(), resolvers);
            }
            if (value == null) {
                if (input.isRequired()) {
                    return new ProfileResult.Error(B2cError.AADB2C90037,
                            "technical profile " + profile.id() + " is missing required input claim "
                                    + input.claimTypeReferenceId());
                }
                continue;
            }
            inputs.put(partnerName(profile, input), value);
        }
        ProfileResult result = handler.get().run(new ProfileRun(policy, profile, inputs, bag, ports, this));
        if (result instanceof ProfileResult.Done done) {
            ProfileResult applied = applyOutputs(profile, done, bag);
            if (applied instanceof ProfileResult.Done) {
                rememberForSession(profile, bag);
            }
            return applied;
        }
        if (result instanceof ProfileResult.Error) {
            return result;
        }
        return new ProfileResult.Error(B2cError.AADB2C90037,
                "technical profile " + profile.id() + " cannot run as a validation profile");
    }

    @Override
    public ProfileResult runTransformation(String claimsTransformationId, ClaimsBag bag) {
        return transformations(null).run(claimsTransformationId, bag, key -> Optional.empty());
    }

    // ---- SSO -----------------------------------------------------------------------------------------------

    private boolean ssoEnabled() {
        RelyingParty.UserJourneyBehaviors behaviors = policy.relyingParty().userJourneyBehaviors();
        boolean suppressed = behaviors != null && behaviors.singleSignOn() != null
                && "Suppressed".equalsIgnoreCase(behaviors.singleSignOn().scope());
        // prompt=login asks for fresh credentials: B2C ignores the session for this request.
        return !suppressed && !"login".equalsIgnoreCase(request.prompt());
    }

    /**
     * The claims a skipped profile gets back from the session: what every profile sharing its session provider
     * persisted (B2C keeps one set of persisted claims per session provider, not per profile).
     */
    private Optional<Map<String, String>> sessionClaims(TechnicalProfile profile) {
        if (ssoSession.isEmpty() || !SsoSessionProviders.skipsWhenInSession(policy, profile)
                || lookup(ssoSession.get().profiles(), profile.id()) == null) {
            return Optional.empty();
        }
        String manager = profile.useTechnicalProfileForSessionManagement().referenceId();
        Map<String, String> merged = new LinkedHashMap<>();
        ssoSession.get().profiles().forEach((id, persisted) -> {
            TechnicalProfile other = policy.technicalProfiles().get(id);
            if (other != null && other.useTechnicalProfileForSessionManagement() != null
                    && other.useTechnicalProfileForSessionManagement().referenceId().equalsIgnoreCase(manager)) {
                merged.putAll(persisted);
            }
        });
        return Optional.of(merged);
    }

    private void rememberForSession(TechnicalProfile profile) {
        rememberForSession(profile, claims);
    }

    private void rememberForSession(TechnicalProfile profile, ClaimsBag bag) {
        if (SsoSessionProviders.skipsWhenInSession(policy, profile)) {
            sessionProfiles.put(profile.id(), SsoSessionProviders.persisted(policy, profile, bag));
        }
    }

    private Outcome.SsoInfo saveSession(TechnicalProfile issuer) {
        RelyingParty.UserJourneyBehaviors behaviors = policy.relyingParty().userJourneyBehaviors();
        String expiryType = behaviors != null && behaviors.sessionExpiryType() != null ? behaviors.sessionExpiryType() : "Rolling";
        int seconds = behaviors != null && behaviors.sessionExpiryInSeconds() != null
                ? behaviors.sessionExpiryInSeconds() : DEFAULT_SESSION_SECONDS;
        if (!ssoEnabled() && ssoSession.isEmpty() && sessionProfiles.isEmpty()) {
            return null;
        }
        String id = ssoSession.map(SsoSession::id).orElseGet(() -> ports.randomness().id());
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>(ssoSession.map(SsoSession::profiles).orElse(Map.of()));
        // The session cookie is written when the journey sends its claims, so persisted claims carry their final
        // values (a phone number read after the sign-in step is still persisted with it).
        sessionProfiles.keySet().forEach(profileId -> policy.technicalProfiles().find(profileId)
                .ifPresent(p -> profiles.put(p.id(), SsoSessionProviders.persisted(policy, p, claims))));
        List<String> parties = new ArrayList<>(ssoSession.map(SsoSession::relyingParties).orElse(List.of()));
        if (request.clientId() != null && !parties.contains(request.clientId())
                && SsoSessionProviders.tracksRelyingParties(policy, issuer)) {
            parties.add(request.clientId());
        }
        ports.sessions().save(new SsoSession(id, profiles, parties, ports.clock().instant().plusSeconds(seconds)));
        return new Outcome.SsoInfo(id, expiryType, seconds);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private List<OrchestrationStep> steps(JourneyState.Frame frame) {
        return frame.subJourney() ? policy.subJourney(frame.journeyId()).orchestrationSteps()
                : policy.userJourney(frame.journeyId()).orchestrationSteps();
    }

    private OrchestrationStep currentStep() {
        JourneyState.Frame frame = frames.get(frames.size() - 1);
        return steps(frame).get(frame.stepIndex());
    }

    private OrchestrationStep currentStepOrNull() {
        JourneyState.Frame frame = frames.get(frames.size() - 1);
        List<OrchestrationStep> steps = steps(frame);
        return frame.stepIndex() < steps.size() ? steps.get(frame.stepIndex()) : null;
    }

    private void nextStep() {
        JourneyState.Frame frame = frames.get(frames.size() - 1);
        frames.set(frames.size() - 1, new JourneyState.Frame(frame.journeyId(), frame.subJourney(), frame.stepIndex() + 1));
    }

    private Page withStepChoices(OrchestrationStep step, Page page) {
        List<Page.Choice> choices = new ArrayList<>();
        StepType type = step.stepType().orElse(null);
        if (type == StepType.CombinedSignInAndSignUp || type == StepType.ClaimsProviderSelection) {
            for (var selection : step.claimsProviderSelections()) {
                if (selection.targetClaimsExchangeId() != null) {
                    choices.add(new Page.Choice(selection.targetClaimsExchangeId(),
                            exchangeDisplayName(selection.targetClaimsExchangeId())));
                }
            }
        }
        choices.addAll(page.choices());
        // A combined sign-in and sign-up page is rendered with the step's content definition (the unified page),
        // not the embedded profile's own.
        String definition = type == StepType.CombinedSignInAndSignUp && step.contentDefinitionReferenceId() != null
                ? step.contentDefinitionReferenceId() : page.contentDefinitionId();
        return page(definition, page.technicalProfileId(), page.fields(), page.displayControls(), choices, page.errors())
                .withMessage(page.message());
    }

    private String exchangeDisplayName(String exchangeId) {
        for (JourneyState.Frame frame : frames) {
            for (OrchestrationStep step : steps(frame)) {
                for (var exchange : step.claimsExchanges()) {
                    if (exchange.id().equalsIgnoreCase(exchangeId)) {
                        TechnicalProfile profile = policy.technicalProfiles().get(exchange.technicalProfileReferenceId());
                        if (profile != null && profile.displayName() != null) {
                            return profile.displayName();
                        }
                    }
                }
            }
        }
        return exchangeId;
    }

    /** A page of {@code contentDefinitionId} with its LoadUri, DataUri and localized strings. */
    @Override
    public Page page(String contentDefinitionId, String technicalProfileId, List<Page.Field> fields,
              List<Page.Control> controls, List<Page.Choice> choices, List<String> errors) {
        ContentDefinition definition = contentDefinitionId == null ? null
                : policy.contentDefinitions().get(contentDefinitionId);
        return new Page(contentDefinitionId, definition == null ? null : definition.loadUri(),
                definition == null ? null : definition.dataUri(), technicalProfileId, fields, controls, choices, errors,
                localizedStrings(contentDefinitionId));
    }

    /** Localized strings of a content definition in the request's language, keyed ElementType:ElementId:StringId. */
    static Map<String, String> localizedStrings(RelyingPartyPolicy policy, String contentDefinitionId, Locale culture) {
        Map<String, String> strings = new LinkedHashMap<>();
        ContentDefinition definition = contentDefinitionId == null ? null : policy.contentDefinitions().get(contentDefinitionId);
        if (definition == null || definition.localizedResourcesReferences() == null) {
            return strings;
        }
        var references = definition.localizedResourcesReferences().references();
        var reference = references.stream().filter(r -> culture.getLanguage().equalsIgnoreCase(r.language())).findFirst()
                .or(() -> references.stream().findFirst());
        if (reference.isEmpty()) {
            return strings;
        }
        Localization.LocalizedResources resources = policy.localizedResources().get(reference.get().localizedResourcesReferenceId());
        if (resources == null) {
            return strings;
        }
        for (Localization.LocalizedString string : resources.localizedStrings()) {
            strings.put(string.elementType() + ":" + (string.elementId() == null ? "" : string.elementId()) + ":"
                    + string.stringId(), string.text());
        }
        return strings;
    }

    private Map<String, String> localizedStrings(String contentDefinitionId) {
        return localizedStrings(policy, contentDefinitionId, culture());
    }

    @Override
    public Optional<String> localized(String contentDefinitionId, String elementType, String elementId, String stringId) {
        // Without a content definition, the current step's (the unified sign-in page embeds a profile whose own
        // content definition is not the one shown).
        String definition = contentDefinitionId != null ? contentDefinitionId
                : frames.isEmpty() ? null : currentStepOrNull() == null ? null : currentStepOrNull().contentDefinitionReferenceId();
        return Optional.ofNullable(localizedStrings(definition)
                .get(elementType + ":" + (elementId == null ? "" : elementId) + ":" + stringId));
    }

    /** A user message of a profile: its metadata item, else the ErrorMessage localized string of that id. */
    private Optional<String> message(TechnicalProfile profile, String key) {
        if (profile == null) {
            return Optional.empty();
        }
        Optional<String> metadata = profile.metadataOrEmpty().find(key);
        if (metadata.isPresent()) {
            return metadata;
        }
        String definition = profile.metadataOrEmpty().get("ContentDefinitionReferenceId");
        return localized(definition, "ErrorMessage", null, key).or(() -> localized(null, "ErrorMessage", null, key));
    }

    private TransformationRunner transformations(TechnicalProfile profile) {
        Map<String, String> expressions = Map.of(
                "TechnicalProfileId", profile == null ? "" : profile.id(),
                "RelyingPartyTenantId", nullToEmpty(policy.tenantId()),
                "TrustFrameworkTenantId", nullToEmpty(policy.tenantId()));
        TransformationContext context = new TransformationContext(ports.clock(), ports.randomness().generator(), culture(),
                TransformationContext.LocalizedStrings.none(), expressions, ports.keys()::secret);
        return new TransformationRunner(policy, context);
    }

    Locale culture() {
        String locales = request.uiLocales();
        if (locales != null && !locales.isBlank()) {
            return Locale.forLanguageTag(locales.strip().split("[ ,]")[0]);
        }
        Localization localization = policy.localization();
        if (localization != null && localization.supportedLanguages() != null
                && localization.supportedLanguages().defaultLanguage() != null) {
            return Locale.forLanguageTag(localization.supportedLanguages().defaultLanguage());
        }
        return Locale.forLanguageTag("en");
    }

    private String resolveDefault(String defaultValue, boolean resolvers) {
        if (!resolvers || !ClaimsResolver.hasResolver(defaultValue)) {
            return defaultValue;
        }
        String resolved = resolve(defaultValue, claims);
        // A value made only of resolvers that resolve to nothing leaves the claim without a value, as B2C does for
        // {OIDC:LoginHint} when the request has no login_hint.
        return resolved.isEmpty() ? null : resolved;
    }

    @Override
    public String resolve(String text, ClaimsBag bag) {
        if (text == null || !ClaimsResolver.hasResolver(text)) {
            return text;
        }
        Map<String, String> oidc = new HashMap<>();
        putIfPresent(oidc, "ClientId", request.clientId());
        putIfPresent(oidc, "RedirectUri", request.redirectUri());
        putIfPresent(oidc, "Nonce", request.nonce());
        putIfPresent(oidc, "Scope", request.scope());
        putIfPresent(oidc, "LoginHint", request.loginHint());
        putIfPresent(oidc, "DomainHint", request.domainHint());
        putIfPresent(oidc, "Prompt", request.prompt());
        putIfPresent(oidc, "MaxAge", request.maxAge());
        putIfPresent(oidc, "IdToken", request.idTokenHint());
        putIfPresent(oidc, "AuthenticationContextReferences", request.acrValues());
        putIfPresent(oidc, "Resource", request.queryParameters().get("resource"));
        Map<String, String> context = new HashMap<>();
        context.put("CorrelationId", correlationId);
        context.put("BuildNumber", "trustframe");
        putIfPresent(context, "DeploymentMode", policy.deploymentMode());
        putIfPresent(context, "IPAddress", request.ipAddress());
        putIfPresent(context, "TenantObjectId", request.tenant());
        context.put("KMSI", "false");
        var resolverContext = new ClaimsResolver.Context(culture(), policy.policyId(), policy.tenantId(), oidc,
                request.queryParameters(), context, ports.clock().instant(), bag::get);
        return ClaimsResolver.resolve(text, resolverContext);
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /**
     * The name the partner knows a claim by: PartnerClaimType, else the claim type's DefaultPartnerClaimTypes entry
     * for the profile's protocol, else the ClaimTypeReferenceId.
     */
    String partnerName(TechnicalProfile profile, ClaimReference reference) {
        if (reference.partnerClaimType() != null) {
            return reference.partnerClaimType();
        }
        ClaimType type = policy.claimTypes().get(reference.claimTypeReferenceId());
        String protocol = profile.protocol() == null ? null : profile.protocol().name();
        if (type != null && protocol != null) {
            for (ClaimType.PartnerClaimType partner : type.defaultPartnerClaimTypes()) {
                if (protocol.equalsIgnoreCase(partner.name()) && partner.partnerClaimType() != null) {
                    return partner.partnerClaimType();
                }
            }
        }
        // Else the reference as written: B2C names the token claim after the OutputClaim's ClaimTypeReferenceId even
        // when the ClaimType is spelled differently (the walkthrough's amount vs Amount).
        return reference.claimTypeReferenceId();
    }

    private String claimTypeId(String reference) {
        ClaimType type = policy.claimTypes().get(reference);
        return type == null ? reference : type.id();
    }

    static <V> V lookup(Map<String, V> map, String key) {
        V exact = map.get(key);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, V> entry : map.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private Outcome fail(B2cError error, String message) {
        return new Outcome.Fail(error, message, state());
    }

    @Override
    public JourneyRequest request() {
        return request;
    }

    @Override
    public Optional<String> federationState() {
        return waiting == null ? Optional.empty() : Optional.ofNullable(waiting.federationState());
    }

    @Override
    public String newRandomValue() {
        return ports.randomness().id();
    }

    @Override
    public String correlationId() {
        return correlationId;
    }

    @Override
    public Map<String, String> controls() {
        return controls;
    }
}
