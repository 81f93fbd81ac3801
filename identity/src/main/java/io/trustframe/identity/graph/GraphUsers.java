package io.trustframe.identity.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.trustframe.identity.directory.Change;
import io.trustframe.identity.directory.Identity;
import io.trustframe.identity.directory.NewUser;
import io.trustframe.identity.directory.User;
import io.trustframe.identity.directory.UserChanges;
import io.trustframe.identity.directory.UserDirectory;
import io.trustframe.identity.tenants.Tenant;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * The Microsoft Graph {@code /v1.0/users} subset B2C administrators use to manage consumer accounts: create with
 * identities and a password profile, read, list (with the {@code identities/any(…)} filter), update, delete.
 */
@RestController
public class GraphUsers {

    static final String TYPE = "microsoft.graph.user";
    private static final Set<String> PROPERTIES = Set.of("accountEnabled", "displayName", "givenName", "surname",
            "identities", "passwordProfile", "passwordPolicies", "strongAuthenticationPhoneNumber");
    /** Graph's answer to a longer $top; its default page is 100. */
    private static final int MAX_TOP = 999;
    private static final int DEFAULT_TOP = 100;
    /** The identity filter Graph documents for B2C: {@code identities/any(c:c/issuerAssignedId eq 'j.smith@…' and c/issuer eq 'contoso.onmicrosoft.com')}. */
    private static final Pattern IDENTITY_FILTER = Pattern.compile(
            "identities/any\\(\\s*(\\w+)\\s*:\\s*(.+?)\\s+and\\s+(.+?)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONDITION = Pattern.compile("(\\w+)/(issuerAssignedId|issuer)\\s+eq\\s+'((?:[^']|'')*)'",
            Pattern.CASE_INSENSITIVE);

    private final UserDirectory directory;
    private final GraphTenant tenants;

    public GraphUsers(UserDirectory directory, GraphTenant tenants) {
        this.directory = directory;
        this.tenants = tenants;
    }

    @PostMapping(path = {"/v1.0/users", "/graph/{tenant}/v1.0/users"})
    ResponseEntity<Map<String, Object>> create(@PathVariable(required = false) String tenant,
                                               @RequestBody JsonNode json, HttpServletRequest request) {
        Tenant target = tenants.resolve(tenant);
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(PROPERTIES, true);
        Optional<GraphBody> profile = body.object("passwordProfile");
        profile.ifPresent(p -> p.onlyProperties(Set.of("password", "forceChangePasswordNextSignIn"), false));
        NewUser user = new NewUser(
                body.bool("accountEnabled").orElse(true),
                body.string("displayName").orElse(null),
                body.string("givenName").orElse(null),
                body.string("surname").orElse(null),
                identities(body).orElse(List.of()),
                profile.flatMap(p -> p.string("password")).orElse(null),
                profile.flatMap(p -> p.bool("forceChangePasswordNextSignIn")).orElse(false),
                body.string("passwordPolicies").orElse(null),
                body.string("strongAuthenticationPhoneNumber").orElse(null),
                withoutNulls(extensions(body)));
        User created = directory.create(target, user);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(GraphJson.user(created, target, context(request, "users/$entity")));
    }

    /**
     * A page of users. Like Graph, a longer list ends with {@code @odata.nextLink}, the URL of the next page (its
     * {@code $skiptoken} is opaque to clients: here the number of users already returned).
     */
    @GetMapping(path = {"/v1.0/users", "/graph/{tenant}/v1.0/users"})
    Map<String, Object> list(@PathVariable(required = false) String tenant,
                             @RequestParam(name = "$filter", required = false) String filter,
                             @RequestParam(name = "$top", required = false) String top,
                             @RequestParam(name = "$skiptoken", required = false) String skipToken,
                             HttpServletRequest request) {
        Tenant target = tenants.resolve(tenant);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@odata.context", context(request, "users"));
        if (filter != null) {
            page.put("value", byIdentity(target, filter).stream().map(user -> GraphJson.user(user, target, null)).toList());
            return page;
        }
        int size = top(top);
        int skip = skip(skipToken);
        List<User> users = directory.list(target, skip, size + 1);
        page.put("value", users.stream().limit(size).map(user -> GraphJson.user(user, target, null)).toList());
        if (users.size() > size) {
            page.put("@odata.nextLink", request.getRequestURL() + "?$top=" + size + "&$skiptoken=" + (skip + size));
        }
        return page;
    }

    @GetMapping(path = {"/v1.0/users/{id}", "/graph/{tenant}/v1.0/users/{id}"})
    Map<String, Object> get(@PathVariable(required = false) String tenant, @PathVariable String id, HttpServletRequest request) {
        Tenant target = tenants.resolve(tenant);
        return GraphJson.user(existing(target, id), target, context(request, "users/$entity"));
    }

    @PatchMapping(path = {"/v1.0/users/{id}", "/graph/{tenant}/v1.0/users/{id}"})
    ResponseEntity<Void> update(@PathVariable(required = false) String tenant, @PathVariable String id,
                                @RequestBody JsonNode json) {
        Tenant target = tenants.resolve(tenant);
        User user = existing(target, id);
        GraphBody body = GraphBody.of(json, TYPE);
        body.onlyProperties(PROPERTIES, true);
        Optional<GraphBody> profile = body.object("passwordProfile");
        profile.ifPresent(p -> p.onlyProperties(Set.of("password", "forceChangePasswordNextSignIn"), false));
        UserChanges changes = new UserChanges(
                body.has("accountEnabled") ? Change.to(body.bool("accountEnabled").orElseThrow(
                        () -> GraphException.badRequest("Invalid value specified for property 'accountEnabled'."))) : Change.keep(),
                stringChange(body, "displayName"),
                stringChange(body, "givenName"),
                stringChange(body, "surname"),
                body.has("identities") ? Change.to(identities(body).orElse(List.of())) : Change.keep(),
                profile.flatMap(p -> p.string("password")).map(Change::to).orElse(Change.keep()),
                profile.flatMap(p -> p.bool("forceChangePasswordNextSignIn")).map(Change::to).orElse(Change.keep()),
                stringChange(body, "passwordPolicies"),
                stringChange(body, "strongAuthenticationPhoneNumber"),
                extensions(body));
        directory.update(target, user.objectId(), changes);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping(path = {"/v1.0/users/{id}", "/graph/{tenant}/v1.0/users/{id}"})
    ResponseEntity<Void> delete(@PathVariable(required = false) String tenant, @PathVariable String id) {
        Tenant target = tenants.resolve(tenant);
        directory.delete(target, existing(target, id).objectId());
        return ResponseEntity.noContent().build();
    }

    /** A user by object id or by the userPrincipalName B2C gives every user, {@code <objectId>@<tenant domain>}. */
    private User existing(Tenant tenant, String id) {
        String objectId = id;
        int at = id.indexOf('@');
        if (at > 0 && id.substring(at + 1).equalsIgnoreCase(tenant.domain())) {
            objectId = id.substring(0, at);
        }
        try {
            return directory.find(tenant, UUID.fromString(objectId)).orElseThrow(() -> GraphException.notFound(id));
        } catch (IllegalArgumentException notAGuid) {
            throw GraphException.notFound(id);
        }
    }

    private Optional<User> byIdentity(Tenant tenant, String filter) {
        Matcher any = IDENTITY_FILTER.matcher(filter.strip());
        if (!any.matches()) {
            throw unsupportedFilter();
        }
        Map<String, String> values = new HashMap<>();
        for (String condition : List.of(any.group(2), any.group(3))) {
            Matcher match = CONDITION.matcher(condition.strip());
            if (!match.matches() || !match.group(1).equals(any.group(1))) {
                throw unsupportedFilter();
            }
            values.put(match.group(2).toLowerCase(), match.group(3).replace("''", "'"));
        }
        if (!values.containsKey("issuer") || !values.containsKey("issuerassignedid")) {
            throw unsupportedFilter();
        }
        return directory.findByIdentity(tenant, values.get("issuer"), values.get("issuerassignedid"));
    }

    private static GraphException unsupportedFilter() {
        return new GraphException(GraphError.UNSUPPORTED_QUERY, "Unsupported or invalid query filter clause specified: "
                + "only identities/any(c:c/issuerAssignedId eq '…' and c/issuer eq '…') is supported.");
    }

    private static int top(String top) {
        if (top == null) {
            return DEFAULT_TOP;
        }
        try {
            int value = Integer.parseInt(top);
            if (value >= 1 && value <= MAX_TOP) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new GraphException(GraphError.BAD_REQUEST, "Invalid page size specified: '" + top + "'. Must be between 1 and 999 inclusive.");
    }

    private static int skip(String skipToken) {
        if (skipToken == null) {
            return 0;
        }
        try {
            int skip = Integer.parseInt(skipToken);
            if (skip >= 0) {
                return skip;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw GraphException.badRequest("Invalid $skiptoken: use the @odata.nextLink of the previous page.");
    }

    /** The identities of a request, without the userPrincipalName entry Graph lists but which B2C maintains itself. */
    private static Optional<List<Identity>> identities(GraphBody body) {
        return body.objects("identities").map(items -> {
            List<Identity> identities = new ArrayList<>();
            for (GraphBody item : items) {
                item.onlyProperties(Set.of("signInType", "issuer", "issuerAssignedId"), false);
                Identity identity = new Identity(item.string("signInType").orElse(null), item.string("issuer").orElse(null),
                        item.string("issuerAssignedId").orElse(null));
                if (!GraphJson.USER_PRINCIPAL_NAME.equalsIgnoreCase(identity.signInType())) {
                    identities.add(identity);
                }
            }
            return identities;
        });
    }

    private static Map<String, Object> extensions(GraphBody body) {
        Map<String, Object> extensions = new HashMap<>();
        for (String name : body.propertyNames()) {
            if (name.startsWith("extension_")) {
                extensions.put(name, body.extensionValue(name));
            }
        }
        return extensions;
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> attributes) {
        Map<String, Object> present = new HashMap<>(attributes);
        present.values().removeIf(Objects::isNull);
        return present;
    }

    private static Change<String> stringChange(GraphBody body, String name) {
        return body.has(name) ? Change.to(body.string(name).orElse(null)) : Change.keep();
    }

    /** Graph's {@code @odata.context}: the service root the request came through, then {@code $metadata#…}. */
    static String context(HttpServletRequest request, String fragment) {
        String url = request.getRequestURL().toString();
        int version = Math.max(url.indexOf("/v1.0/"), url.indexOf("/beta/"));
        String root = version < 0 ? url : url.substring(0, url.indexOf('/', version + 1));
        return root + "/$metadata#" + fragment;
    }
}
