package io.trustframe.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The admin commands against a real identity service on a free port, as an operator runs them on the machine where
 * the service keeps its data: the admin token is read from the data folder.
 */
class AdminCommandsTest {

    @TempDir
    static Path dataDir;

    @TempDir
    Path folder;

    private static ConfigurableApplicationContext identity;
    private static String url;

    private final Terminal terminal = new Terminal();

    @BeforeAll
    static void startIdentity() {
        SpringApplication application = Service.IDENTITY.newApplication();
        application.setBannerMode(Banner.Mode.OFF);
        identity = application.run(Service.IDENTITY.newApplicationArgs(List.of("--server.port=0",
                "--trustframe.data-dir=" + dataDir, "--logging.level.root=WARN", "--logging.include-application-name=false")));
        url = "http://localhost:" + identity.getEnvironment().getRequiredProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (identity != null) {
            identity.close();
        }
    }

    /** Runs {@code trustframe <args> --url … --data …}; output in {@link #terminal}. */
    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", url, "--data", dataDir.toString()));
        return runAsTyped(all.toArray(String[]::new));
    }

    private int runAsTyped(String... args) {
        return terminal.run(Trustframe.commandLine(), args);
    }

    private Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void policiesAreUploadedListedDownloadedAndDeleted() throws IOException {
        write("deploy/Base.xml", PolicyXml.base("B2C_1A_CliBase", "contoso.onmicrosoft.com"));
        Path rp = write("deploy/Rp.xml", PolicyXml.relyingParty("B2C_1A_CliRp", "B2C_1A_CliBase", "Issue", "objectId"));

        int uploaded = run("policy", "upload", folder.resolve("deploy").toString());
        String uploadOutput = terminal.out();
        int again = run("policy", "upload", rp.toString());
        String againOutput = terminal.out();
        int listed = run("policy", "list");
        String list = terminal.out();
        Path downloaded = folder.resolve("downloaded.xml");
        int download = run("policy", "download", "b2c_1a_clirp", "-o", downloaded.toString());
        int deleted = run("policy", "delete", "B2C_1A_CliRp");
        run("policy", "list");
        String afterDelete = terminal.out();

        assertThat(uploaded).as(uploadOutput + terminal.err()).isZero();
        assertThat(uploadOutput).contains("created  B2C_1A_CliBase", "created  B2C_1A_CliRp",
                "uploaded 2 policies to tenant contoso");
        assertThat(again).as("a relying party alone is checked against its stored base: " + againOutput + terminal.err()).isZero();
        assertThat(againOutput).contains("replaced B2C_1A_CliRp");
        assertThat(listed).isZero();
        assertThat(list.lines()).contains("B2C_1A_CliBase", "B2C_1A_CliRp");
        assertThat(download).isZero();
        assertThat(Files.readString(downloaded)).isEqualTo(Files.readString(rp));
        assertThat(deleted).isZero();
        assertThat(afterDelete.lines()).contains("B2C_1A_CliBase").doesNotContain("B2C_1A_CliRp");
    }

    @Test
    void anInvalidFileIsReportedHereAndNothingIsSent() throws IOException {
        write("broken/Base.xml", PolicyXml.base("B2C_1A_BrokenBase", "contoso.onmicrosoft.com"));
        Path rp = write("broken/Rp.xml",
                PolicyXml.relyingParty("B2C_1A_BrokenRp", "B2C_1A_BrokenBase", "NoSuchJourney", "objectId"));

        int exitCode = run("policy", "upload", folder.resolve("broken").toString());
        String output = terminal.out();
        run("policy", "list");

        assertThat(exitCode).isEqualTo(1);
        assertThat(output).contains(rp + ":8:5: error: undefined user journey 'NoSuchJourney'")
                .contains("invalid: 1 error, 0 warnings in 2 policies; relying parties: B2C_1A_BrokenRp")
                .contains("nothing uploaded");
        assertThat(terminal.out()).doesNotContain("B2C_1A_BrokenBase");
    }

    @Test
    void whenTheServiceRefusesOneFileNoneIsStored() throws IOException {
        // Valid here (the engine does not know which tenant it will be uploaded to); the service refuses the second.
        write("mixed/A.xml", PolicyXml.base("B2C_1A_MixedA", "contoso.onmicrosoft.com"));
        write("mixed/B.xml", PolicyXml.base("B2C_1A_MixedB", "fabrikam.onmicrosoft.com"));

        int exitCode = run("policy", "upload", folder.resolve("mixed").toString());
        String error = terminal.err();
        run("policy", "list");

        assertThat(exitCode).isEqualTo(1);
        assertThat(error).contains("TenantId 'fabrikam.onmicrosoft.com' is not this tenant").contains("Request_BadRequest");
        assertThat(terminal.out()).doesNotContain("B2C_1A_MixedA").doesNotContain("B2C_1A_MixedB");
    }

    @Test
    void keysAreGeneratedUploadedAndListedWithoutTheirSecrets() throws Exception {
        Path secret = write("twilio.txt", "twilio-auth-token-0123456789abcdef\n");
        Path pfx = folder.resolve("idp.pfx");
        keytool("-genkeypair", "-alias", "idp", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=idp.example",
                "-validity", "30", "-storetype", "PKCS12", "-keystore", pfx.toString(), "-storepass", "pfx-pass-1");
        Path password = write("pfx-password.txt", "pfx-pass-1\n");
        Path pem = folder.resolve("idp.pem");
        keytool("-exportcert", "-rfc", "-alias", "idp", "-keystore", pfx.toString(), "-storepass", "pfx-pass-1",
                "-file", pem.toString());

        int rsa = run("keys", "generate", "CliSigning", "--type", "rsa", "--use", "sig");
        String rsaOutput = terminal.out();
        int generatedSecret = run("keys", "generate", "B2C_1A_CliSecret", "--type", "secret", "--expires", "2030-01-01");
        String secretOutput = terminal.out() + terminal.err();
        int manual = run("keys", "upload-secret", "CliTwilioToken", "--secret-file", secret.toString());
        String manualOutput = terminal.out() + terminal.err();
        int pkcs12 = run("keys", "upload-cert", "CliIdpCert", pfx.toString(), "--password-file", password.toString());
        String pkcs12Output = terminal.out() + terminal.err();
        int certificate = run("keys", "upload-cert", "CliIdpPublic", pem.toString());
        String certificateOutput = terminal.out() + terminal.err();
        int listed = run("keys", "list");
        String list = terminal.out();

        assertThat(rsa).as(rsaOutput + terminal.err()).isZero();
        assertThat(rsaOutput).startsWith("added B2C_1A_CliSigning v1: RSA sig, generated, kid ");
        assertThat(generatedSecret).as(secretOutput).isZero();
        assertThat(secretOutput).contains("B2C_1A_CliSecret v1: oct sig, generated").contains("until 2030-01-01T00:00:00Z");
        assertThat(manual).as(manualOutput).isZero();
        assertThat(pkcs12).as(pkcs12Output).isZero();
        assertThat(pkcs12Output).contains("B2C_1A_CliIdpCert v1: RSA sig, pkcs12").contains(", until ");
        assertThat(certificate).as(certificateOutput).isZero();
        assertThat(listed).isZero();
        assertThat(list).contains("B2C_1A_CliTwilioToken v1: oct sig, manual", "B2C_1A_CliIdpPublic v1: RSA sig, certificate")
                .doesNotContain("twilio-auth-token").doesNotContain("pfx-pass-1");
    }

    @Test
    void aWrongCertificatePasswordIsTheServicesMessageAndExitOne() throws Exception {
        Path pfx = folder.resolve("other.p12");
        keytool("-genkeypair", "-alias", "x", "-keyalg", "RSA", "-dname", "CN=x", "-storetype", "PKCS12",
                "-keystore", pfx.toString(), "-storepass", "right-pass");
        Path wrong = write("wrong.txt", "wrong-pass");

        int exitCode = run("keys", "upload-cert", "CliWrong", pfx.toString(), "--password-file", wrong.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(terminal.err()).startsWith("trustframe: ").contains("Request_BadRequest").doesNotContain("wrong-pass");
    }

    @Test
    void anAppIsRegisteredWithItsSecretShownOnceAndGetsAnotherSecret() {
        int created = run("apps", "create", "--name", "CLI bank", "--redirect-uri", "http://localhost:8080/signin-oidc");
        String createdOutput = terminal.out();
        String clientId = matching(createdOutput, "client id: (\\S+)");
        String secret = matching(createdOutput, "client secret: (\\S+)");
        int listed = run("apps", "list");
        String list = terminal.out();
        int added = run("apps", "add-secret", clientId, "--name", "rotation", "--expires", "2027-06-30");
        String addedOutput = terminal.out();
        int refused = run("apps", "create", "--name", "Bad", "--redirect-uri", "http://bank.example/callback");

        assertThat(created).isZero();
        assertThat(secret).hasSizeGreaterThan(30);
        assertThat(listed).isZero();
        assertThat(list).contains(clientId + "  CLI bank  secrets: 1  redirect URIs: http://localhost:8080/signin-oidc")
                .doesNotContain(secret);
        assertThat(added).isZero();
        assertThat(matching(addedOutput, "client secret: (\\S+)")).isNotEqualTo(secret);
        assertThat(addedOutput).contains("valid until 2027-06-30T00:00:00Z");
        assertThat(refused).isEqualTo(1);
        assertThat(terminal.err()).startsWith("trustframe: ").contains("https");
    }

    @Test
    void aUserIsCreatedWithAVerifiedPhoneFoundByEmailAndDeleted() throws IOException {
        Path password = write("password.txt", "Secret-Passw0rd\n");

        int created = run("users", "create", "--email", "cli.john@example.com", "--name", "John CLI",
                "--phone", "+447700900123", "--password-file", password.toString());
        String createdOutput = terminal.out();
        int listed = run("users", "list");
        String list = terminal.out();
        int got = run("users", "get", "CLI.John@example.com");
        String shown = terminal.out();
        int deleted = run("users", "delete", "cli.john@example.com");
        int gone = run("users", "get", "cli.john@example.com");

        assertThat(created).as(terminal.err()).isZero();
        assertThat(createdOutput).contains("John CLI  cli.john@example.com  +447700900123");
        assertThat(listed).isZero();
        assertThat(list).contains("cli.john@example.com");
        assertThat(got).isZero();
        assertThat(shown).contains("identity: emailAddress cli.john@example.com (contoso.onmicrosoft.com)",
                "strongAuthenticationPhoneNumber: +447700900123").doesNotContain("Passw0rd");
        assertThat(deleted).isZero();
        assertThat(gone).isEqualTo(1);
        assertThat(terminal.err()).contains("no user signs in as cli.john@example.com");
    }

    @Test
    void aWeakPasswordIsRefusedWithTheServicesMessage() throws IOException {
        Path password = write("weak.txt", "weak");

        int exitCode = run("users", "create", "--email", "weak@example.com", "--password-file", password.toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(terminal.err()).startsWith("trustframe: ").contains("Request_BadRequest").doesNotContain("weak\"");
    }

    @Test
    void aWrongTokenOrNoServiceIsOneLineAndExitOne() {
        int wrongToken = run("users", "list", "--token", "not-the-token");
        String wrongTokenError = terminal.err();
        int noService = runAsTyped("policy", "list", "--url", "http://localhost:1", "--token", "x");
        String noServiceError = terminal.err();

        assertThat(wrongToken).isEqualTo(1);
        assertThat(wrongTokenError.strip())
                .isEqualTo("trustframe: Access token validation failure. (InvalidAuthenticationToken, HTTP 401)");
        assertThat(noService).isEqualTo(1);
        assertThat(noServiceError).startsWith("trustframe: cannot reach the identity service at http://localhost:1/");
    }

    @Test
    void theTopLevelHelpListsTheAdminCommands() {
        int exitCode = runAsTyped("--help");

        assertThat(exitCode).isZero();
        assertThat(terminal.out()).contains("policy", "keys", "apps", "users");
        assertThat(runAsTyped("policy", "--help")).isZero();
        assertThat(terminal.out()).contains("validate", "upload", "list", "download", "delete");
    }

    @Test
    void helpNamesTheConnectionOptions() {
        int exitCode = run("users", "create", "--help");

        assertThat(exitCode).isZero();
        assertThat(terminal.out()).contains("--url", "TRUSTFRAME_IDENTITY_URL", "--tenant", "--token",
                "TRUSTFRAME_IDENTITY_ADMIN_TOKEN", "--data", "TRUSTFRAME_DATA_DIR", "--password-file", "--phone");
    }

    private static String matching(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        assertThat(matcher.find()).as(regex + " in " + text).isTrue();
        return matcher.group(1);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
    }
}
