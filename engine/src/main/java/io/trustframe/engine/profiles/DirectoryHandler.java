package io.trustframe.engine.profiles;

import io.trustframe.engine.claims.AlternativeSecurityId;
import io.trustframe.engine.claims.ClaimValue;
import io.trustframe.engine.claims.DataType;
import io.trustframe.engine.journey.B2cError;
import io.trustframe.engine.policy.model.ClaimReference;
import io.trustframe.engine.spi.Directory;
import io.trustframe.engine.spi.Directory.DirectoryUser;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * AzureActiveDirectoryProvider on the {@link Directory} port. Metadata {@code Operation} is Read, Write or
 * DeleteClaimsPrincipal; the one input claim names the user by objectId, signInNames.*, userPrincipalName or
 * alternativeSecurityId; PersistedClaims are written; OutputClaims are read back by their partner names.
 * RaiseErrorIfClaimsPrincipalAlreadyExists / …DoesNotExist turn a found / missing user into an error with the
 * UserMessageIf… metadata.
 */
final class DirectoryHandler implements ProfileHandler {

    private static final String ALREADY_EXISTS = "UserMessageIfClaimsPrincipalAlreadyExists";
    private static final String DOES_NOT_EXIST = "UserMessageIfClaimsPrincipalDoesNotExist";

    @Override
    public ProfileResult run(ProfileRun run) {
        Directory directory = run.ports().directory();
        String operation = run.metadata("Operation", "Read").strip();
        Optional<DirectoryUser> user = find(directory, run.inputs());
        if (user.isPresent() && run.metadataTrue("RaiseErrorIfClaimsPrincipalAlreadyExists", false)) {
            return new ProfileResult.Error(B2cError.AADB2C90001,
                    run.metadata(ALREADY_EXISTS, B2cError.AADB2C90001.defaultMessage()), ALREADY_EXISTS);
        }
        if (user.isEmpty() && run.metadataTrue("RaiseErrorIfClaimsPrincipalDoesNotExist", false)) {
            return new ProfileResult.Error(B2cError.AADB2C99002,
                    run.metadata(DOES_NOT_EXIST, "An account could not be found for the provided user ID."), DOES_NOT_EXIST);
        }
        switch (operation.toLowerCase(Locale.ROOT)) {
            case "write":
                return write(run, directory, user);
            case "deleteclaimsprincipal":
                user.ifPresent(u -> directory.delete(u.objectId()));
                return ProfileResult.Done.of(Map.of());
            default:
                return ProfileResult.Done.of(user.map(DirectoryHandler::outputs).orElse(Map.of()));
        }
    }

    private static ProfileResult write(ProfileRun run, Directory directory, Optional<DirectoryUser> existing) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (ClaimReference persisted : run.profile().persistedClaims()) {
            String value = run.claims().get(persisted.claimTypeReferenceId()).orElse(persisted.defaultValue());
            String name = persisted.partnerName();
            if (value == null || name.equalsIgnoreCase("objectId")) {
                continue;
            }
            run.ports().trace().claim(run.policy().policyId(), persisted.claimTypeReferenceId());
            attributes.put(name, value);
        }
        if (existing.isEmpty()) {
            // A new user must carry the identifier it was looked up by (the sign-up's signInNames.emailAddress).
            run.inputs().forEach((name, value) -> {
                if (!name.equalsIgnoreCase("objectId")) {
                    attributes.putIfAbsent(name, value);
                }
            });
        }
        DirectoryUser written = directory.write(existing.map(DirectoryUser::objectId).orElse(null), attributes);
        Map<String, String> outputs = outputs(written);
        outputs.put("newClaimsPrincipalCreated", Boolean.toString(existing.isEmpty()));
        return ProfileResult.Done.of(outputs);
    }

    private static Map<String, String> outputs(DirectoryUser user) {
        Map<String, String> outputs = new LinkedHashMap<>(user.attributes());
        outputs.put("objectId", user.objectId());
        return outputs;
    }

    /** The user the profile's input claim names; B2C accepts exactly these identifiers. */
    static Optional<DirectoryUser> find(Directory directory, Map<String, String> inputs) {
        for (Map.Entry<String, String> input : inputs.entrySet()) {
            String name = input.getKey();
            String value = input.getValue();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("objectid")) {
                return directory.byObjectId(value);
            }
            if (lower.startsWith("signinnames.")) {
                return directory.bySignInName(name.substring("signInNames.".length()), value);
            }
            if (lower.equals("userprincipalname")) {
                return directory.byUserPrincipalName(value);
            }
            if (lower.equals("alternativesecurityid")) {
                AlternativeSecurityId id = ((ClaimValue.AlternativeSecurityIdValue) ClaimValue.parse(
                        DataType.ALTERNATIVE_SECURITY_ID, value)).value();
                return directory.byAlternativeSecurityId(id.issuer(), id.issuerUserId());
            }
        }
        return Optional.empty();
    }
}
