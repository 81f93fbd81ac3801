/**
 * Claim values as the B2C claims bag holds them: {@link io.trustframe.engine.claims.DataType} names the ClaimsSchema
 * data types and {@link io.trustframe.engine.claims.ClaimValue} is an immutable value of one, readable from and
 * writable to the string forms B2C uses.
 */
package io.trustframe.engine.claims;
