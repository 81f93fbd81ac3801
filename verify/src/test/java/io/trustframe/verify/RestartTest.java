package io.trustframe.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.verify.v2.service.Verification;
import com.twilio.rest.verify.v2.service.VerificationCheck;
import com.twilio.type.PhoneNumber;

import io.trustframe.verify.delivery.RelayHttpClient;
import io.trustframe.verify.outbox.OutboxStore;

/** Everything lives in the service's database (and the code key in its data folder): a restart loses nothing. */
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsPendingVerificationsAttemptCountersMessagesAndTheDevelopmentAccount() {
        String counted = TestNumbers.mobile();
        String resumed = TestNumbers.mobile();
        String accountSid;
        String authToken;
        String serviceSid;
        String verificationSid;
        String messageSid;
        String countedCode;
        try (ConfigurableApplicationContext first = start()) {
            DevelopmentAccount account = first.getBean(DevelopmentAccount.class);
            accountSid = account.accountSid();
            authToken = account.authToken();
            serviceSid = account.psd2ServiceSid();
            TwilioRestClient client = client(first, accountSid, authToken);
            verificationSid = Verification.creator(serviceSid, counted, "sms").setAmount("€50.00").setPayee("John Doe")
                    .create(client).getSid();
            countedCode = code(first, counted);
            for (int i = 0; i < 4; i++) {
                VerificationCheck.creator(serviceSid).setTo(counted).setCode(countedCode).setAmount("€1.00")
                        .setPayee("John Doe").create(client);
            }
            Verification.creator(serviceSid, resumed, "sms").setAmount("€9.99").setPayee("Jane Roe").create(client);
            messageSid = Message.creator(new PhoneNumber(resumed), new PhoneNumber("+15017122661"), "kept")
                    .create(client).getSid();
        }

        try (ConfigurableApplicationContext second = start()) {
            DevelopmentAccount account = second.getBean(DevelopmentAccount.class);
            assertThat(account.accountSid()).isEqualTo(accountSid);
            assertThat(account.authToken()).isEqualTo(authToken);
            assertThat(account.psd2ServiceSid()).isEqualTo(serviceSid);
            TwilioRestClient client = client(second, accountSid, authToken);

            assertThat(Verification.fetcher(serviceSid, verificationSid).fetch(client).getStatus())
                    .isEqualTo("pending");
            assertThat(VerificationCheck.creator(serviceSid).setTo(counted).setCode(countedCode).setAmount("€1.00")
                    .setPayee("John Doe").create(client).getStatus()).isEqualTo("pending");
            assertThatThrownBy(() -> VerificationCheck.creator(serviceSid).setTo(counted).setCode(countedCode)
                    .setAmount("€50.00").setPayee("John Doe").create(client))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(60202));

            Verification resend = Verification.creator(serviceSid, resumed, "sms").setAmount("€9.99")
                    .setPayee("Jane Roe").create(client);
            assertThat(resend.getSendCodeAttempts()).hasSize(2);
            assertThat(VerificationCheck.creator(serviceSid).setTo(resumed).setCode(code(second, resumed))
                    .setAmount("€9.99").setPayee("Jane Roe").create(client).getStatus()).isEqualTo("approved");
            assertThat(Message.fetcher(messageSid).fetch(client).getBody()).isEqualTo("kept");
            assertThat(second.getBean(OutboxStore.class).newestFirst(Optional.of(resumed), 10)).hasSize(3);
        }
    }

    private ConfigurableApplicationContext start() {
        return VerifyApplication.application().run(VerifyApplication.withConfigName(
                "--server.port=0", "--trustframe.data-dir=" + dataDir, "--spring.main.banner-mode=off"));
    }

    private static TwilioRestClient client(ConfigurableApplicationContext context, String user, String password) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return new TwilioRestClient.Builder(user, password)
                .httpClient(new RelayHttpClient("http://localhost:" + port))
                .build();
    }

    private static String code(ConfigurableApplicationContext context, String to) {
        String body = context.getBean(OutboxStore.class).newestFirst(Optional.of(to), 1).get(0).body();
        Matcher code = Pattern.compile(":\\s*([0-9]{4,10})\\.").matcher(body);
        assertThat(code.find()).isTrue();
        return code.group(1);
    }
}
