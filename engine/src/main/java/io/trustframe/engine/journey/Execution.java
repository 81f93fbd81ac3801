package io.trustframe.engine.journey;

import io.trustframe.engine.claims.ClaimsResolver;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.policy.model.ClaimType;
import io.trustframe.engine.policy.model.ContentDefinition;
import io.trustframe.engine.policy.model.OrchestrationStep;
import io.trustframe.engine.policy.model.StepType;
import io.trustframe.engine.policy.model.TechnicalProfile;
import io.trustframe.engine.profiles.Handlers;
import io.trustframe.engine.profiles.ProfileHandler;
import io.trustframe.engine.profiles.ProfileResult;
import io.trustframe.engine.profiles.ProfileRun;
import io.trustframe.engine.profiles.SsoSessionProviders;
import io.trustframe.engine.spi.Ports;
import io.trustframe.engine.transform.TransformationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One call of the engine on one journey: the mutable working copy of a {@link JourneyState}, the orchestration loop
 * and the technical-profile plumbing every handler shares (input claims, DefaultValue and resolvers, input and output
 * claims transformations, PartnerClaimType mapping, the SSO skip rule). Never kept between calls.
 */
final class Execution implements ProfileRun.Services {

    private final RelyingPartyPolicy policy;
    private final String policyHash;
    private final Ports ports;
    private final String correlationId;
    private final JourneyRequest request;
    private final List<JourneyState.Frame> frames;
    private final ClaimsBag claims;
    private final Map<String, String> controls;
    private final Map<String, Map<String, String>> sessionProfiles;
    private final SingleSignOn sso;
    private final RequestContext context;
    private String selectedExchange;
    private JourneyState.Waiting waiting;

    Execution(RelyingPartyPolicy policy, String policyHash, Ports ports, JourneyState state) {
        this.policy = policy;
        this.policyHash = policyHash;
        this.ports = ports;
        this.correlationId = state.correlationId();
        this.request = state.request();
        this.frames = new ArrayList<>(state.frames());
        this.claims = ClaimsBag.of(state.claims(), type -> ports.trace().claim(policy.policyId(), type));
        this.controls = new LinkedHashMap<>(state.controls());
        this.sessionProfiles = new LinkedHashMap<>(state.sessionProfiles());
        this.selectedExchange = state.selectedExchange();
        this.waiting = state.waiting();
        this.sso = new SingleSignOn(policy, ports, request, sessionProfiles);
        this.context = new RequestContext(policy, request, correlationId, ports.clock());
    }

    JourneyState state() {
        return new JourneyState(policy.policyId(), policyHash, correlationId, frames, storableClaims(), selectedExchange,
                waiting, controls, request, request.ssoSessionId(), sessionProfiles);
    }

    /**
     * The bag without password claims (UserInputType Password): they are consumed by the validation profiles of
     * the request that carried them and must never reach the journey store.
     */
    private Map<String, String> storableClaims() {
        Map<String, String> storable = new LinkedHashMap<>();
        claims.asMap().forEach((type, value) -> {
            ClaimType claimType = policy.claimTypes().get(type);
            if (claimType == null || !"Password".equalsIgnoreCase(claimType.userInputType())) {
                storable.put(type, value);
            }
        });
        return storable;
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
            // The selection page has a cancel button too; it ends the journey as a self-asserted page's does.
            waiting = null;
            return submission instanceof Submission.Cancel
                    ? fail(B2cError.AADB2C90091, B2cError.AADB2C90091.defaultMessage())
                    : fail(B2cError.AADB2C90037, "a selection page accepts only a claims exchange choice or cancel");
        }
        if (submission instanceof Submission.ForgotPassword
                && step.stepType().orElse(null) == StepType.CombinedSignInAndSignUp) {
            waiting = null;
            return fail(B2cError.AADB2C90118, B2cError.AADB2C90118.defaultMessage());
        }
        if (submission instanceof Submission.Cancel) {
            waiting = null;
            return fail(B2cError.AADB2C90091, B2cError.AADB2C90091.defaultMessage());
        }
        TechnicalProfile profile = policy.technicalProfile(waiting.technicalProfileId());
        ProfileHandler handler = Handlers.forProfile(profile).orElseThrow();
        ProfileResult result = handler.submit(run(profile, inputs(profile, claims).orElse(Map.of())), submission);
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
        if (!sso.hasSession()) {
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
            if (profile.isPresent() && sso.claimsFor(profile.get()).isPresent()) {
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
                    value = resolveDefault(input.defaultValue(), true, claims);
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
        ports.trace().technicalProfile(policy.policyId(), issuer.id());
        TechnicalProfile relyingParty = policy.relyingPartyProfile();
        Map<String, String> token = new LinkedHashMap<>();
        for (ClaimReference output : relyingParty.outputClaims()) {
            String value = claims.get(output.claimTypeReferenceId()).orElse(null);
            if (output.defaultValue() != null && (value == null || Boolean.TRUE.equals(output.alwaysUseDefaultValue()))) {
                value = resolveDefault(output.defaultValue(), true, claims);
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
        Outcome.SsoInfo session = sso.save(claims, issuer);
        waiting = null;
        return new Outcome.Complete(token, subject, new Outcome.IssuerSettings(issuer.id(), protocol, metadata, keys),
                session, state());
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
        Optional<Map<String, String>> fromSession = sso.claimsFor(profile);
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
        Optional<Map<String, String>> inputs = inputs(profile, claims);
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
        sso.record(profile, claims);
        waiting = null;
        nextStep();
        return null;
    }

    /** The profile's inputs from {@code bag} by partner name; empty when a Required input claim has no value. */
    private Optional<Map<String, String>> inputs(TechnicalProfile profile, ClaimsBag bag) {
        boolean resolvers = profile.metadataOrEmpty().isTrue("IncludeClaimResolvingInClaimsHandling");
        Map<String, String> inputs = new LinkedHashMap<>();
        for (ClaimReference input : profile.inputClaims()) {
            String value = bag.get(input.claimTypeReferenceId()).orElse(null);
            if (input.defaultValue() != null && (value == null || Boolean.TRUE.equals(input.alwaysUseDefaultValue()))) {
                value = resolveDefault(input.defaultValue(), resolvers, bag);
            }
            if (value == null) {
                if (input.isRequired()) {
                    return Optional.empty();
                }
                continue;
            }
            ports.trace().claim(policy.policyId(), input.claimTypeReferenceId());
            inputs.put(partnerName(profile, input), value);
        }
        return Optional.of(inputs);
    }

    private ProfileResult runInputTransformations(TechnicalProfile profile, ClaimsBag bag) {
        for (var reference : profile.inputClaimsTransformations()) {
            ports.trace().claimsTransformation(policy.policyId(), reference.referenceId());
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
                value = resolveDefault(output.defaultValue(), resolvers, bag);
            }
            if (value != null) {
                bag.put(claimTypeId(output.claimTypeReferenceId()), value);
            }
        }
        for (var reference : profile.outputClaimsTransformations()) {
            ports.trace().claimsTransformation(policy.policyId(), reference.referenceId());
            ProfileResult result = transformations(profile).run(reference.referenceId(), bag, key -> message(profile, key));
            if (result instanceof ProfileResult.Error) {
                return result;
            }
        }
        return done;
    }

    private ProfileRun run(TechnicalProfile profile, Map<String, String> inputs) {
        ports.trace().technicalProfile(policy.policyId(), profile.id());
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
        Optional<Map<String, String>> inputs = inputs(profile, bag);
        if (inputs.isEmpty()) {
            return new ProfileResult.Error(B2cError.AADB2C90037,
                    "technical profile " + profile.id() + " is missing a required input claim");
        }
        ports.trace().technicalProfile(policy.policyId(), profile.id());
        ProfileResult result = handler.get().run(new ProfileRun(policy, profile, inputs.get(), bag, ports, this));
        if (result instanceof ProfileResult.Done done) {
            ProfileResult applied = applyOutputs(profile, done, bag);
            if (applied instanceof ProfileResult.Done) {
                sso.record(profile, bag);
            }
            return applied;
        }
        if (result instanceof ProfileResult.Error) {
            return result;
        }
        return new ProfileResult.Error(B2cError.AADB2C90037,
                "technical profile " + profile.id() + " cannot run as a validation profile");
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
        // B2C resolves claim resolvers in LoadUri, e.g. {Culture:LanguageName} for one template folder per language.
        return new Page(contentDefinitionId, definition == null ? null : resolve(definition.loadUri(), claims),
                definition == null ? null : definition.dataUri(), technicalProfileId, fields, controls, choices, errors,
                null, localizedStrings(contentDefinitionId), culture().toLanguageTag());
    }

    private Map<String, String> localizedStrings(String contentDefinitionId) {
        return context.localizedStrings(contentDefinitionId);
    }

    private Locale culture() {
        return context.culture();
    }

    @Override
    public String resolve(String text, ClaimsBag bag) {
        return context.resolve(text, bag);
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
        Optional<String> metadata = profile.metadataOrEmpty().find(key);
        if (metadata.isPresent()) {
            return metadata;
        }
        String definition = profile.metadataOrEmpty().get("ContentDefinitionReferenceId");
        return localized(definition, "ErrorMessage", null, key).or(() -> localized(null, "ErrorMessage", null, key));
    }

    private TransformationRunner transformations(TechnicalProfile profile) {
        Map<String, String> expressions = Map.of(
                "TechnicalProfileId", profile.id(),
                "RelyingPartyTenantId", nullToEmpty(policy.tenantId()),
                "TrustFrameworkTenantId", nullToEmpty(policy.tenantId()));
        TransformationContext context = new TransformationContext(ports.clock(), ports.randomness().generator(), culture(),
                transformationStrings(profile), expressions, ports.keys()::secret);
        return new TransformationRunner(policy, context);
    }

    /**
     * FormatLocalizedString and GetLocalizedStringsTransformation read the LocalizedStrings (ElementType
     * FormatLocalizedStringTransformationClaimType / GetLocalizedStringsTransformationClaimType, no ElementId) of the
     * content definition in use, in the request's language: the profile's own, else that of the page whose submission
     * or display-control action runs it (B2C's custom email verification calls them from a validation profile), else
     * the step's.
     */
    private TransformationContext.LocalizedStrings transformationStrings(TechnicalProfile profile) {
        String definition = profile.metadataOrEmpty().get("ContentDefinitionReferenceId");
        if (definition == null && waiting != null && waiting.kind() == JourneyState.Waiting.Kind.PAGE) {
            TechnicalProfile page = policy.technicalProfiles().get(waiting.technicalProfileId());
            definition = page == null ? null : page.metadataOrEmpty().get("ContentDefinitionReferenceId");
        }
        if (definition == null && !frames.isEmpty() && currentStepOrNull() != null) {
            definition = currentStepOrNull().contentDefinitionReferenceId();
        }
        if (definition == null) {
            return TransformationContext.LocalizedStrings.none();
        }
        Map<String, String> strings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        strings.putAll(localizedStrings(definition));
        return (elementType, stringId) -> Optional.ofNullable(strings.get(elementType + "::" + stringId));
    }

    private String resolveDefault(String defaultValue, boolean resolvers, ClaimsBag bag) {
        if (!resolvers || !ClaimsResolver.hasResolver(defaultValue)) {
            return defaultValue;
        }
        String resolved = resolve(defaultValue, bag);
        // A value made only of resolvers that resolve to nothing leaves the claim without a value, as B2C does for
        // {OIDC:LoginHint} when the request has no login_hint.
        return resolved.isEmpty() ? null : resolved;
    }

    /** The name the partner knows a claim by (see {@link RelyingPartyPolicy#partnerClaimName}). */
    String partnerName(TechnicalProfile profile, ClaimReference reference) {
        return policy.partnerClaimName(profile, reference);
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
