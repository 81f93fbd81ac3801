package io.trustframe.identity.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.trustframe.identity.tenants.Tenant;

/**
 * The directory of users of each tenant: what B2C's {@code AzureActiveDirectoryProvider} technical profiles read
 * and write, what the Graph users API manages, and the password check of local accounts with smart lockout.
 * Sign-in names are matched ignoring case.
 */
public interface UserDirectory {

    /** @throws DirectoryException {@code IDENTITY_EXISTS}, {@code INVALID_VALUE} or {@code PASSWORD_TOO_WEAK} */
    User create(Tenant tenant, NewUser user);

    Optional<User> find(Tenant tenant, UUID objectId);

    /** The user with a local sign-in name ({@code emailAddress}, {@code userName}, …) of that type. */
    Optional<User> findBySignInName(Tenant tenant, String signInType, String signInName);

    /** The user with that identity from an issuer (the tenant's domain for local names, an IdP for federated ones). */
    Optional<User> findByIdentity(Tenant tenant, String issuer, String issuerAssignedId);

    /** Users in creation order: at most {@code limit}, after skipping the first {@code skip}. */
    List<User> list(Tenant tenant, int skip, int limit);

    /** @throws DirectoryException {@code USER_NOT_FOUND}, {@code IDENTITY_EXISTS}, {@code INVALID_VALUE}, {@code PASSWORD_TOO_WEAK} */
    User update(Tenant tenant, UUID objectId, UserChanges changes);

    /** @return whether the user existed */
    boolean delete(Tenant tenant, UUID objectId);

    /**
     * Checks the password of the local account with that sign-in name (any local sign-in type), counting failures
     * towards smart lockout.
     */
    PasswordCheck checkPassword(Tenant tenant, String signInName, String password);
}
