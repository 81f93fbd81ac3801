package io.trustframe.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.trustframe.engine.spi.HttpCaller.HttpRequest;
import io.trustframe.engine.spi.HttpCaller.HttpResponse;
import io.trustframe.engine.spi.JdkHttpCaller;

class HostMappedHttpCallerTest {

    private HttpServer verify;

    @BeforeEach
    void start() throws Exception {
        verify = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        verify.createContext("/", exchange -> {
            byte[] body = ("reached " + exchange.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        verify.start();
    }

    @AfterEach
    void stop() {
        verify.stop(0);
    }

    @Test
    void twilioUrlsInPoliciesReachTheMappedServiceWithPathAndQueryKept() {
        String local = "http://127.0.0.1:" + verify.getAddress().getPort();
        var caller = new HostMappedHttpCaller(new JdkHttpCaller(),
                HostMappedHttpCaller.parseHostMap("api.twilio.com=" + local + ", Verify.Twilio.com=" + local));

        HttpResponse response = caller.call(HttpRequest.get(
                "https://verify.twilio.com/v2/Services/VA1/Verifications?x=1", Duration.ofSeconds(5)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("reached /v2/Services/VA1/Verifications?x=1");
    }

    @Test
    void anEmptySettingMapsNothingAndAMalformedEntryIsNamed() {
        assertThat(HostMappedHttpCaller.parseHostMap(" ")).isEqualTo(Map.of());
        assertThatThrownBy(() -> HostMappedHttpCaller.parseHostMap("api.twilio.com"))
                .hasMessageContaining("'api.twilio.com'");
    }
}
