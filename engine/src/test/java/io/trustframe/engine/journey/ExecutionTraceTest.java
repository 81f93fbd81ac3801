package io.trustframe.engine.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.trustframe.engine.policy.PolicyLoader;
import io.trustframe.engine.policy.PolicySource;
import io.trustframe.engine.policy.RelyingPartyPolicy;
import io.trustframe.engine.policy.model.IdMap;
import io.trustframe.engine.policy.validate.PolicyUsage;
import io.trustframe.engine.spi.ExecutionTrace;
import io.trustframe.engine.spi.Ports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The execution trace names what a journey ran, so a test can hold it against what the policy can run. */
class ExecutionTraceTest {

    private final List<String> events = new ArrayList<>();

    private final ExecutionTrace recorder = new ExecutionTrace() {
        @Override
        public void technicalProfile(String policyId, String technicalProfileId) {
            events.add("profile " + technicalProfileId);
        }

        @Override
        public void claimsTransformation(String policyId, String transformationId) {
            events.add("transformation " + transformationId);
        }

        @Override
        public void claim(String policyId, String claimType) {
            events.add("claim " + claimType);
        }
    };

    private static RelyingPartyPolicy greeting() throws IOException {
        try (InputStream in = ExecutionTraceTest.class.getResourceAsStream("/journeys/B2C_1A_Greeting.xml")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return PolicyLoader.load(PolicySource.of("B2C_1A_Greeting.xml", xml)).relyingParty("B2C_1A_Greeting");
        }
    }

    @Test
    void aJourneyReportsTheProfilesTransformationsAndClaimsItRan() throws IOException {
        TestPorts world = new TestPorts();
        Ports plain = world.ports();
        Ports traced = new Ports(plain.directory(), plain.http(), plain.keys(), plain.otps(), plain.sessions(),
                plain.mail(), plain.clock(), plain.randomness(), plain.sms(), recorder);
        Browser browser = new Browser(new JourneyEngine(traced), greeting());

        browser.start(JourneyRequest.of("contoso.example", "app-1", "https://app.example/cb"));
        browser.form(Map.of("nickname", "Grace"));
        browser.complete();

        assertThat(events).contains("profile Ask-Nickname", "transformation GreetByNickname", "claim nickname",
                "claim greeting", "profile JwtIssuer");
        assertThat(events.indexOf("claim nickname")).isLessThan(events.indexOf("claim greeting"));
    }

    @Test
    void withoutATraceNothingIsReported() throws IOException {
        Browser browser = new Browser(new JourneyEngine(new TestPorts().ports()), greeting());

        browser.start(JourneyRequest.of("contoso.example", "app-1", "https://app.example/cb"));

        assertThat(events).isEmpty();
    }

    @Test
    void policyUsageNamesWhatTheRelyingPartyCanRun() throws IOException {
        PolicyUsage usage = PolicyUsage.of(greeting());

        assertThat(usage.technicalProfiles()).contains(IdMap.key("Ask-Nickname"), IdMap.key("JwtIssuer"));
        assertThat(usage.transformations()).contains(IdMap.key("GreetByNickname"));
        assertThat(usage.claimTypes()).contains(IdMap.key("nickname"), IdMap.key("greeting"));
    }
}
