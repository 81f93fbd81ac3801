package io.trustframe.identity.engine;

import java.security.SecureRandom;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.trustframe.engine.spi.ExecutionTrace;
import io.trustframe.engine.spi.HttpCaller;
import io.trustframe.engine.spi.JdkHttpCaller;
import io.trustframe.engine.spi.Ports;
import io.trustframe.identity.IdentitySettings;
import io.trustframe.identity.directory.UserDirectory;
import io.trustframe.identity.keys.PolicyKeys;
import io.trustframe.identity.keys.SecretEnvelope;
import io.trustframe.identity.tenants.Tenant;

/** The policy engine's ports on the identity service's stores, one set per tenant. */
@Component
public class EnginePorts {

    private final UserDirectory directory;
    private final PolicyKeys keys;
    private final JdbcClient jdbc;
    private final SecretEnvelope envelope;
    private final MailOutbox outbox;
    private final HttpCaller http;
    private final IdentitySettings.Sms sms;
    private final Clock clock;
    private final SecureRandom random;
    private volatile ExecutionTrace trace = ExecutionTrace.NONE;
    /** Hands every call to the trace set now: engines built earlier see a trace set later. */
    private final ExecutionTrace currentTrace = new ExecutionTrace() {
        @Override
        public void technicalProfile(String policyId, String technicalProfileId) {
            trace.technicalProfile(policyId, technicalProfileId);
        }

        @Override
        public void claimsTransformation(String policyId, String transformationId) {
            trace.claimsTransformation(policyId, transformationId);
        }

        @Override
        public void displayControlAction(String policyId, String displayControlId, String action) {
            trace.displayControlAction(policyId, displayControlId, action);
        }

        @Override
        public void claim(String policyId, String claimType) {
            trace.claim(policyId, claimType);
        }
    };

    public EnginePorts(UserDirectory directory, PolicyKeys keys, JdbcClient jdbc, SecretEnvelope envelope,
                       IdentitySettings settings, Clock clock, SecureRandom random) {
        this.directory = directory;
        this.keys = keys;
        this.jdbc = jdbc;
        this.envelope = envelope;
        this.outbox = new MailOutbox(jdbc, clock);
        this.http = new HostMappedHttpCaller(new JdkHttpCaller(),
                HostMappedHttpCaller.parseHostMap(settings.http().hostMap()));
        this.sms = settings.sms();
        this.clock = clock;
        this.random = random;
    }

    public Ports forTenant(Tenant tenant) {
        return new Ports(new DirectoryPort(directory, tenant), http, new PolicyKeysPort(keys, tenant),
                new JdbcOtpStore(jdbc, envelope, tenant), new JdbcSsoSessions(jdbc, tenant, clock), outbox.sink(tenant),
                clock, () -> random, new TwilioMessagesSms(http, sms, tenant), currentTrace);
    }

    /**
     * Where the journeys of every tenant report what they run (B2C's journey recorder has this place); {@code NONE},
     * the default, records nothing. Tests use it to see which parts of a policy a run exercised.
     */
    public void traceWith(ExecutionTrace target) {
        this.trace = target == null ? ExecutionTrace.NONE : target;
    }

    public MailOutbox outbox() {
        return outbox;
    }
}
