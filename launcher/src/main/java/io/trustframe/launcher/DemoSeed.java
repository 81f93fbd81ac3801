package io.trustframe.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.trustframe.engine.policy.PolicySource;
import io.trustframe.identity.apps.AppRegistrations;
import io.trustframe.identity.apps.Application;
import io.trustframe.identity.apps.NewApplication;
import io.trustframe.identity.apps.NewSecret;
import io.trustframe.identity.apps.RedirectUri;
import io.trustframe.identity.keys.KeyMaterial;
import io.trustframe.identity.keys.KeyType;
import io.trustframe.identity.keys.KeyUse;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.policies.TenantPolicies;
import io.trustframe.identity.tenants.DefaultTenant;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.launcher.policies.PolicyTemplates;
import io.trustframe.launcher.tenant.DevelopmentTwilio;
import io.trustframe.verify.DevelopmentAccount;

/**
 * The demo's wiring, run after verify and identity have started and before the bank starts: identity's default
 * tenant gets the bank's app registration, the policy keys Trustframe's policies use and those policies filled in
 * for these ports; the bank then starts with arguments pointing at them. Idempotent: every start of the same data
 * folder only adds what is missing or replaces what differs.
 *
 * <p>The bank's client id and secret are kept in {@code <data>/bank/client-id} and {@code <data>/bank/client-secret}
 * (owner-only permissions where the file system has them): identity stores only a digest of the secret. When the
 * files are missing, the app is gone, the secret no longer verifies or the bank's port (its redirect URIs) changed,
 * the registration is made anew and the files rewritten.
 */
final class DemoSeed {

    static final String BANK_APP_NAME = "Trustframe Bank (demo)";
    private static final Pattern POLICY_ID = Pattern.compile("\\bPolicyId=\"([^\"]+)\"");

    /** What the bank needs: its registration and the arguments that point it at identity. */
    record Seeded(Tenant tenant, UUID clientId, String clientSecret, List<String> bankArgs) {
        @Override
        public String toString() {
            return "Seeded[" + tenant + ", " + clientId + ", secret=(hidden)]";
        }
    }

    private DemoSeed() {
    }

    static Seeded seed(Platform platform, int bankPort, Path dataDir) {
        Tenant tenant = identityBean(platform, DefaultTenant.class).get();
        String bankUrl = "http://localhost:" + bankPort;
        String signInRedirect = bankUrl + "/signin-oidc";
        String stepUpRedirect = bankUrl + "/payments/step-up";
        // Where the bank's sign-out asks to come back to: B2C honours post_logout_redirect_uri only when it is a
        // registered reply URL of the app, else it leaves the customer on its own signed-out page.
        String signedOutRedirect = bankUrl + "/";
        Registration registration = registerBank(identityBean(platform, AppRegistrations.class), tenant,
                List.of(signInRedirect, stepUpRedirect, signedOutRedirect), dataDir.resolve(Service.BANK.serviceName()));

        DevelopmentAccount account = platform.bean(Service.VERIFY, DevelopmentAccount.class)
                .orElseThrow(() -> new IllegalStateException("verify has no development account"));
        PolicyKeys keys = identityBean(platform, PolicyKeys.class);
        ensureRsaKey(keys, tenant, "B2C_1A_TokenSigningKeyContainer", KeyUse.SIG);
        ensureRsaKey(keys, tenant, "B2C_1A_TokenEncryptionKeyContainer", KeyUse.ENC);
        ensureSecret(keys, tenant, "B2C_1A_B2cRestTwilioClientId", account.accountSid());
        ensureSecret(keys, tenant, "B2C_1A_B2cRestTwilioClientSecret", account.authToken());
        Path twilioFile = dataDir.resolve(Service.VERIFY.serviceName()).resolve(DevelopmentTwilio.FILE);
        if (!read(twilioFile).equals(Optional.of(account.environmentLines().strip()))) {
            write(twilioFile, account.environmentLines());
        }

        PolicyTemplates.Values values = new PolicyTemplates.Values(tenant.domain(),
                platform.baseUrl(Service.VERIFY).toString(), account.psd2ServiceSid(), account.accountSid(),
                platform.property(Service.VERIFY, "trustframe.verify.sms-from", DevelopmentAccount.SERVICE_NAME),
                bankUrl + "/.well-known/openid-configuration", registration.clientId().toString());
        TenantPolicies policies = identityBean(platform, TenantPolicies.class);
        for (PolicySource source : PolicyTemplates.fill(values)) {
            String id = policyId(source);
            boolean same = policies.find(tenant, id).map(stored -> stored.xml().equals(source.text())).orElse(false);
            if (!same) {
                policies.upload(tenant, id, source.text().getBytes(StandardCharsets.UTF_8));
            }
        }

        List<String> bankArgs = List.of(
                "--trustframe.bank.tenant=" + tenant.domain(),
                "--trustframe.bank.tenant-id=" + tenant.id(),
                "--trustframe.bank.client-id=" + registration.clientId(),
                "--trustframe.bank.client-secret=" + registration.secret(),
                "--trustframe.bank.aad-instance=" + platform.baseUrl(Service.IDENTITY) + "/{0}/{1}",
                "--trustframe.bank.sign-up-sign-in-policy=" + PolicyTemplates.SIGN_UP_OR_SIGN_IN,
                "--trustframe.bank.step-up-policy=" + PolicyTemplates.STEP_UP,
                "--trustframe.bank.profile-edit-policy=" + PolicyTemplates.PROFILE_EDIT,
                "--trustframe.bank.password-reset-policy=" + PolicyTemplates.PASSWORD_RESET,
                "--trustframe.bank.redirect-uri=" + signInRedirect,
                "--trustframe.bank.step-up-redirect-uri=" + stepUpRedirect,
                "--trustframe.bank.public-url=" + bankUrl);
        return new Seeded(tenant, registration.clientId(), registration.secret(), bankArgs);
    }

    private record Registration(UUID clientId, String secret) {
    }

    private static Registration registerBank(AppRegistrations apps, Tenant tenant, List<String> redirectUris,
                                             Path bankFolder) {
        Path idFile = bankFolder.resolve("client-id");
        Path secretFile = bankFolder.resolve("client-secret");
        Optional<UUID> knownId = read(idFile).map(UUID::fromString);
        Optional<String> knownSecret = read(secretFile);
        if (knownId.isPresent()) {
            Optional<Application> existing = apps.find(tenant, knownId.get());
            boolean current = existing.isPresent()
                    && redirectUris.stream().allMatch(existing.get()::allowsRedirectUri)
                    && existing.get().redirectUris().size() == redirectUris.size();
            if (current && knownSecret.isPresent() && apps.verifySecret(tenant, knownId.get(), knownSecret.get())) {
                return new Registration(knownId.get(), knownSecret.get());
            }
            existing.ifPresent(app -> apps.delete(tenant, app.id()));
        }
        AppRegistrations.Created created = apps.create(tenant, new NewApplication(BANK_APP_NAME, false,
                redirectUris.stream().map(uri -> new RedirectUri(io.trustframe.identity.apps.Platform.WEB, uri))
                        .toList()));
        UUID clientId = created.application().appId();
        String secret = created.secret().map(NewSecret::secretText)
                .orElseThrow(() -> new IllegalStateException("identity made no secret for the bank"));
        write(secretFile, secret);
        write(idFile, clientId.toString());
        return new Registration(clientId, secret);
    }

    private static void ensureRsaKey(PolicyKeys keys, Tenant tenant, String container, KeyUse use) {
        if (keys.activeKey(tenant, container).isEmpty()) {
            if (keys.keySet(tenant, container).isEmpty()) {
                keys.createKeySet(tenant, container);
            }
            keys.generate(tenant, container, KeyType.RSA, use, null, null);
        }
    }

    /** Uploads the secret when the container has no active key or its active key holds another value. */
    private static void ensureSecret(PolicyKeys keys, Tenant tenant, String container, String value) {
        byte[] wanted = value.getBytes(StandardCharsets.UTF_8);
        boolean current = keys.activeKey(tenant, container).flatMap(KeyMaterial::secret)
                .map(secret -> Arrays.equals(secret, wanted)).orElse(false);
        if (!current) {
            if (keys.keySet(tenant, container).isEmpty()) {
                keys.createKeySet(tenant, container);
            }
            keys.uploadSecret(tenant, container, KeyUse.ENC, value, null, null);
        }
    }

    private static String policyId(PolicySource source) {
        Matcher matcher = POLICY_ID.matcher(source.text());
        if (!matcher.find()) {
            throw new IllegalStateException(source.name() + " names no PolicyId");
        }
        return matcher.group(1);
    }

    private static <T> T identityBean(Platform platform, Class<T> type) {
        return platform.bean(Service.IDENTITY, type)
                .orElseThrow(() -> new IllegalStateException("identity has no " + type.getSimpleName()));
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()).filter(s -> !s.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Written owner-only from the start (no moment where another user could read the secret). */
    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, text + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
