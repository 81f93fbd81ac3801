package io.trustframe.engine.transform;

import io.trustframe.engine.claims.DataType;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One declared input claim, input parameter or output claim of a method: its TransformationClaimType (or parameter Id),
 * other names the reference uses for it, the data types the documentation allows for it, and whether a policy must
 * bind it.
 *
 * @param aliases names the reference also uses for this slot (its tables and examples disagree, or a later revision
 *                renamed it); a policy may bind any of them, and the method sees the slot under {@code name}
 */
public record Slot(String name, Set<DataType> dataTypes, boolean required, List<String> aliases) {

    public Slot {
        Objects.requireNonNull(name, "name");
        dataTypes = Collections.unmodifiableSet(dataTypes.isEmpty()
                ? EnumSet.noneOf(DataType.class) : EnumSet.copyOf(dataTypes));
        aliases = List.copyOf(aliases);
    }

    public static Slot required(String name, DataType first, DataType... more) {
        return new Slot(name, EnumSet.of(first, more), true, List.of());
    }

    public static Slot optional(String name, DataType first, DataType... more) {
        return new Slot(name, EnumSet.of(first, more), false, List.of());
    }

    /** A slot that takes a claim of any data type (DoesClaimExist, CopyClaim, NullClaim). */
    public static Slot anyType(String name, boolean required) {
        return new Slot(name, EnumSet.allOf(DataType.class), required, List.of());
    }

    /** This slot, also bound under {@code alias}. */
    public Slot alsoNamed(String alias) {
        return new Slot(name, dataTypes, required, Stream.concat(aliases.stream(), Stream.of(alias)).toList());
    }

    /** Whether a policy binds this slot with {@code boundName} (a TransformationClaimType or parameter Id). */
    public boolean isNamed(String boundName) {
        return Stream.concat(Stream.of(name), aliases.stream()).anyMatch(known -> known.equalsIgnoreCase(boundName));
    }

    /**
     * Whether a claim (or parameter) of {@code type} may be bound here: one of the documented types, or one B2C
     * converts to it ({@link DataType#accepts}). The methods read their inputs through {@link ClaimValues}, which
     * does the same conversions.
     */
    public boolean accepts(DataType type) {
        return dataTypes.stream().anyMatch(declared -> declared.accepts(type));
    }

    /** Whether every data type fits, so there is nothing to check. */
    public boolean acceptsAnyType() {
        return dataTypes.size() == DataType.values().length;
    }

    /** The documented types as a reader would write them: {@code string}, or {@code string or boolean}. */
    public String describeTypes() {
        return dataTypes.stream().map(DataType::schemaName).collect(Collectors.joining(" or "));
    }
}
