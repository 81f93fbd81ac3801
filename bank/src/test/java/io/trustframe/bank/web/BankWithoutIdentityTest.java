package io.trustframe.bank.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In the launcher the identity service starts before the bank but may not serve its policies yet: the bank must
 * start, answer health and serve its hint metadata anyway, and tell customers that sign-in is unavailable.
 */
@SpringBootTest(args = "--spring.config.name=bank")
@AutoConfigureMockMvc
class BankWithoutIdentityTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("bank-without-identity").toString();
        registry.add("trustframe.data-dir", () -> data);
        // Port 9 (discard) on loopback: nothing answers there.
        registry.add("trustframe.bank.aad-instance", () -> "http://127.0.0.1:9/{0}/{1}");
    }

    @Autowired
    MockMvc mvc;

    @Test
    void answersHealthWithoutSigningIn() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void servesItsHintMetadataWithoutSigningIn() throws Exception {
        mvc.perform(get("/.well-known/openid-configuration")).andExpect(status().isOk())
                .andExpect(jsonPath("$.jwks_uri").value("http://localhost:8080/.well-known/keys"));
        mvc.perform(get("/.well-known/keys")).andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"));
    }

    @Test
    void showsTheHomePageToEveryone() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign up / Sign in")));
    }

    @Test
    void sendsCustomersWhoAreNotSignedInToSignIn() throws Exception {
        mvc.perform(get("/account")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void saysSignInIsUnavailableInsteadOfFailing() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Sign-in is not available right now")));
    }
}
