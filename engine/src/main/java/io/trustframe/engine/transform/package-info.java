/**
 * Claims transformation methods, one class per page of B2C's claims transformation reference, each with one table of
 * its methods. {@link io.trustframe.engine.transform.TransformationMethods} is the registry the executor and the policy
 * validator use: the executor binds a ClaimsTransformation's claims and parameters into a
 * {@link io.trustframe.engine.transform.TransformationInput} and maps the
 * {@link io.trustframe.engine.transform.TransformationResult}; the validator checks bindings against each
 * {@link io.trustframe.engine.transform.MethodSignature}.
 */
package io.trustframe.engine.transform;
