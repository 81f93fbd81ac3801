package io.trustframe.identity.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.trustframe.identity.directory.Identity;
import io.trustframe.identity.directory.User;
import io.trustframe.identity.tenants.Tenant;

/** Directory values rendered as Graph resources, with Graph's property names. */
final class GraphJson {

    static final String USER_PRINCIPAL_NAME = "userPrincipalName";

    private GraphJson() {
    }

    static Map<String, Object> user(User user, Tenant tenant, String context) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (context != null) {
            json.put("@odata.context", context);
        }
        String upn = user.objectId() + "@" + tenant.domain();
        json.put("id", user.objectId().toString());
        json.put("accountEnabled", user.accountEnabled());
        json.put("displayName", user.displayName());
        json.put("givenName", user.givenName());
        json.put("surname", user.surname());
        json.put("userPrincipalName", upn);
        json.put("createdDateTime", user.createdDateTime().toString());
        // B2C marks accounts with a local sign-in name so; federated-only users have none.
        json.put("creationType", user.identities().stream().anyMatch(Identity::isLocal) ? "LocalAccount" : null);
        json.put("passwordPolicies", user.passwordPolicies());
        List<Map<String, Object>> identities = new ArrayList<>();
        for (Identity identity : user.identities()) {
            identities.add(identity(identity.signInType(), identity.issuer(), identity.issuerAssignedId()));
        }
        // B2C lists the userPrincipalName as an identity of every user.
        identities.add(identity(USER_PRINCIPAL_NAME, tenant.domain(), upn));
        json.put("identities", identities);
        json.put("strongAuthenticationPhoneNumber", user.strongAuthenticationPhoneNumber());
        json.putAll(new TreeMap<>(user.extensionAttributes()));
        return json;
    }

    private static Map<String, Object> identity(String signInType, String issuer, String issuerAssignedId) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("signInType", signInType);
        json.put("issuer", issuer);
        json.put("issuerAssignedId", issuerAssignedId);
        return json;
    }
}
