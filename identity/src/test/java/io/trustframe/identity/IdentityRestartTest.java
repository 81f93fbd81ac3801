package io.trustframe.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import io.trustframe.identity.keys.KeyMaterial;
import io.trustframe.identity.keys.KeyUse;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.tenants.DefaultTenant;
import io.trustframe.identity.tenants.Tenant;
import io.trustframe.identity.tenants.Tenants;

/** The service started the way the launcher starts it, stopped, and started again on the same data folder. */
class IdentityRestartTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start(String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--trustframe.data-dir=" + data,
                "--trustframe.identity.db.url=jdbc:h2:file:" + data.resolve("identity").resolve("identity")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        args.addAll(List.of(extra));
        return IdentityApplication.application().run(IdentityApplication.withConfigName(args.toArray(String[]::new)));
    }

    @Test
    void keysSealedWithTheGeneratedDevelopmentMasterKeyOpenAfterARestart() throws IOException {
        String secret = "walkthrough-rest-password";
        Tenant before;
        try (ConfigurableApplicationContext first = start()) {
            before = first.getBean(DefaultTenant.class).get();
            PolicyKeys keys = first.getBean(PolicyKeys.class);
            keys.createKeySet(before, "RestApiPassword");
            keys.uploadSecret(before, "RestApiPassword", KeyUse.SIG, secret, null, null);
        }
        Path masterKey = data.resolve("identity").resolve("master.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(masterKey))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("identity").resolve("admin.token"))))
                .isEqualTo("rw-------");

        try (ConfigurableApplicationContext second = start()) {
            Tenant after = second.getBean(DefaultTenant.class).get();
            assertThat(after).isEqualTo(before);
            assertThat(second.getBean(Tenants.class).list()).containsExactly(before);
            assertThat(second.getBean(PolicyKeys.class).activeKey(after, "B2C_1A_RestApiPassword")
                    .flatMap(KeyMaterial::secret)
                    .map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                    .contains(secret);
        }
    }

    @Test
    void productionRefusesToStartWithoutAConfiguredMasterKey() {
        assertThatThrownBy(() -> start("--trustframe.identity.require-configured-master-key=true").close())
                .rootCause().hasMessageContaining("trustframe.identity.master-key is not set");
        assertThat(data.resolve("identity").resolve("master.key")).doesNotExist();
    }

    @Test
    void aConfiguredMasterKeyIsUsedInsteadOfAFile() {
        try (ConfigurableApplicationContext context = start("--trustframe.identity.require-configured-master-key=true",
                "--trustframe.identity.master-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--trustframe.identity.admin.token=configured-admin-token-123")) {
            assertThat(context.getBean(DefaultTenant.class).get().domain()).isEqualTo("contoso.onmicrosoft.com");
        }
        assertThat(data.resolve("identity").resolve("master.key")).doesNotExist();
        assertThat(data.resolve("identity").resolve("admin.token")).doesNotExist();
    }
}
