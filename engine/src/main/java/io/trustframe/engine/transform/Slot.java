package io.trustframe.engine.transform;

import io.trustframe.engine.claims.DataType;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One declared input claim, input parameter or output claim of a method: its TransformationClaimType (or parameter Id),
 * the data types the documentation allows for it, and whether a policy must bind it.
 */
public record Slot(String name, Set<DataType> dataTypes, boolean required) {

    public Slot {
        Objects.requireNonNull(name, "name");
        dataTypes = Set.copyOf(dataTypes);
    }

    public static Slot required(String name, DataType first, DataType... more) {
        return new Slot(name, EnumSet.of(first, more), true);
    }

    public static Slot optional(String name, DataType first, DataType... more) {
        return new Slot(name, EnumSet.of(first, more), false);
    }

    /** A slot that takes a claim of any data type (DoesClaimExist). */
    public static Slot anyType(String name, boolean required) {
        return new Slot(name, EnumSet.allOf(DataType.class), required);
    }

    public boolean accepts(DataType type) {
        return dataTypes.contains(type);
    }
}
