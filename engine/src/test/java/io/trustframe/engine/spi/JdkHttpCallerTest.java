package io.trustframe.engine.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.trustframe.engine.spi.HttpCaller.HttpRequest;
import io.trustframe.engine.spi.HttpCaller.HttpResponse;

class JdkHttpCallerTest {

    @Test
    void aServiceThatNeverAnswersIsAFailedCallAfterTheRequestTimeoutNotAHang() throws Exception {
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    held.add(silent.accept());
                } catch (java.io.IOException closed) {
                    // the test is over
                }
            });
            acceptor.start();

            HttpResponse response = new JdkHttpCaller().call(
                    HttpRequest.get("http://127.0.0.1:" + silent.getLocalPort() + "/api", Duration.ofMillis(300)));

            assertThat(response.status()).isZero();
            assertThat(response.isSuccess()).isFalse();
            assertThat(response.error()).containsIgnoringCase("timed out");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void nothingListeningIsAFailedCallWithTheReason() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }

        HttpResponse response = new JdkHttpCaller().call(
                HttpRequest.get("http://127.0.0.1:" + port + "/api", Duration.ofSeconds(2)));

        assertThat(response.status()).isZero();
        assertThat(response.error()).contains("ConnectException");
    }
}
