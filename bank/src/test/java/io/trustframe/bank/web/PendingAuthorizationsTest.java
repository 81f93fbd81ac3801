package io.trustframe.bank.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

class PendingAuthorizationsTest {

    private final PendingAuthorizations pending = new PendingAuthorizations();
    private final MockHttpSession session = new MockHttpSession();
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void twoStepUpsStartedInOneSessionAreEachFoundByTheirOwnResponse() {
        pending.saveAuthorizationRequest(request("state-first"), inSession(null), response);
        pending.saveAuthorizationRequest(request("state-second"), inSession(null), response);

        assertThat(pending.removeAuthorizationRequest(inSession("state-first"), response).getState())
                .isEqualTo("state-first");
        assertThat(pending.loadAuthorizationRequest(inSession("state-second")).getState()).isEqualTo("state-second");
    }

    @Test
    void aResponseIsAcceptedOnceOnly() {
        pending.saveAuthorizationRequest(request("state-1"), inSession(null), response);

        assertThat(pending.removeAuthorizationRequest(inSession("state-1"), response)).isNotNull();
        assertThat(pending.removeAuthorizationRequest(inSession("state-1"), response)).isNull();
    }

    @Test
    void anUnknownOrMissingStateFindsNothing() {
        pending.saveAuthorizationRequest(request("state-1"), inSession(null), response);

        assertThat(pending.loadAuthorizationRequest(inSession("forged"))).isNull();
        assertThat(pending.loadAuthorizationRequest(inSession(null))).isNull();
        assertThat(pending.loadAuthorizationRequest(new MockHttpServletRequest())).as("no session").isNull();
    }

    @Test
    void theOldestRequestGivesWayWhenTooManyAreOpen() {
        for (int i = 0; i <= PendingAuthorizations.MAX_PENDING; i++) {
            pending.saveAuthorizationRequest(request("state-" + i), inSession(null), response);
        }

        assertThat(pending.loadAuthorizationRequest(inSession("state-0"))).isNull();
        assertThat(pending.loadAuthorizationRequest(inSession("state-" + PendingAuthorizations.MAX_PENDING)))
                .isNotNull();
    }

    private MockHttpServletRequest inSession(String state) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(session);
        if (state != null) {
            request.setParameter("state", state);
        }
        return request;
    }

    private static OAuth2AuthorizationRequest request(String state) {
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri("http://localhost:8081/contoso.onmicrosoft.com/b2c_1a_tf_psd2_stepup/oauth2/v2.0/authorize")
                .clientId("bank")
                .redirectUri("http://localhost:8080/payments/step-up")
                .state(state)
                .build();
    }
}
