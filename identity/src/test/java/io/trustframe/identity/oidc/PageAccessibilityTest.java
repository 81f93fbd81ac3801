package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The pages as assistive technology and a browser without JavaScript meet them: every input has a label, errors are
 * announced (role=alert) and tied to their fields (aria-invalid, aria-describedby), the tab order is the reading
 * order, and every action is a plain form post.
 */
class PageAccessibilityTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://bank.example/signin-oidc";

    private PageBrowser signUpOrSignIn(List<String> files) {
        String tenant = newTenant();
        generateTokenKeys(tenant);
        String clientId = json(admin("POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"Bank\",\"web\":{\"redirectUris\":[\"" + REDIRECT + "\"]}}")).path("appId").asString();
        if (files == null) {
            uploadTrustframePolicies(tenant, clientId);
        } else {
            uploadCorpus(tenant, "starterpack/Display-Controls-Starterpack/LocalAccounts", files);
        }
        PageBrowser browser = new PageBrowser(url(""));
        browser.open("/" + tenant + ".onmicrosoft.com/" + (files == null ? "B2C_1A_TF_SignUpOrSignIn" : "B2C_1A_signup_signin")
                + "/oauth2/v2.0/authorize?client_id=" + clientId + "&redirect_uri="
                + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8) + "&response_type=code&scope=openid&state=s&nonce=n");
        return browser;
    }

    /** What every page must satisfy. */
    private static void assertAccessible(Document page) {
        assertThat(page.selectFirst("html").attr("lang")).as("the page's language").isNotBlank();
        assertThat(page.title()).as("a title").isNotBlank();
        assertThat(page.select("h1")).as("one main heading").hasSize(1);
        for (Element input : page.select("input:not([type=hidden]), select, textarea")) {
            boolean labelled = (!input.id().isEmpty() && page.selectFirst("label[for=\"" + input.id() + "\"]") != null
                    && !page.selectFirst("label[for=\"" + input.id() + "\"]").text().isBlank())
                    || (input.closest("label") != null && !input.closest("label").text().isBlank());
            assertThat(labelled).as("a label for " + input.outerHtml()).isTrue();
            for (String described : input.attr("aria-describedby").split("\\s+")) {
                if (!described.isEmpty()) {
                    assertThat(page.getElementById(described)).as(input.id() + " is described by #" + described).isNotNull();
                }
            }
        }
        assertThat(page.select("[id]").eachAttr("id")).as("ids are unique").doesNotHaveDuplicates();
        assertThat(page.select("[tabindex]").eachAttr("tabindex")).as("no tab order but the reading order")
                .allMatch(t -> Integer.parseInt(t) <= 0);
        // Without JavaScript: no scripts, no handlers, every button submits the one form.
        assertThat(page.select("script")).isEmpty();
        assertThat(page.getAllElements()).allSatisfy(e -> assertThat(e.attributes().asList())
                .noneMatch(a -> a.getKey().startsWith("on") || a.getValue().strip().startsWith("javascript:")));
        for (Element button : page.select("button")) {
            assertThat(button.attr("type")).isEqualTo("submit");
            assertThat(button.closest("form[method=post]")).as(button.outerHtml() + " in a form").isNotNull();
            assertThat(button.attr("name")).isEqualTo("_action");
            assertThat(button.text()).as("a button's label").isNotBlank();
        }
    }

    /** A page after a rejected form: the summary is announced and leads to each field, which says it is in error. */
    private static void assertErrorsAreTiedToFields(Document page, String... fieldsInError) {
        Element summary = page.selectFirst("[role=alert]");
        assertThat(summary).as("an error summary announced as an alert").isNotNull();
        assertThat(summary.text()).isNotBlank();
        for (String name : fieldsInError) {
            Element input = page.selectFirst("input[name=\"" + name + "\"]");
            assertThat(input.attr("aria-invalid")).as(name + " is marked invalid").isEqualTo("true");
            Element description = page.getElementById(input.attr("aria-describedby"));
            assertThat(description).as(name + " is described by its error").isNotNull();
            assertThat(description.select(".field-error").text()).isNotBlank();
            assertThat(summary.select("a[href=\"#" + input.id() + "\"]")).as("the summary links to " + name).hasSize(1);
        }
        assertThat(page.select("input[aria-invalid=true]")).as("only the fields in error are invalid")
                .hasSize(fieldsInError.length);
    }

    @Test
    void theSignInPageAndItsErrorsAreAccessibleWithoutJavaScript() {
        PageBrowser browser = signUpOrSignIn(null);
        assertAccessible(browser.page());

        browser.press("continue", Map.of("email", "", "password", ""));

        assertAccessible(browser.page());
        assertErrorsAreTiedToFields(browser.page(), "email", "password");
    }

    @Test
    void theSignUpPageWithADisplayControlAndItsErrorsAreAccessibleWithoutJavaScript() {
        PageBrowser browser = signUpOrSignIn(List.of("TrustFrameworkBase.xml", "TrustFrameworkLocalization.xml",
                "TrustFrameworkExtensions.xml", "SignUpOrSignin.xml"));
        assertAccessible(browser.page());
        browser.press("choose:SignUpWithLogonEmailExchange", Map.of());
        assertAccessible(browser.page());
        assertThat(browser.page().select("fieldset.control > legend").text()).isNotBlank();

        browser.press("continue", Map.of("displayName", "Ada"));

        assertAccessible(browser.page());
        assertErrorsAreTiedToFields(browser.page(), "newPassword", "reenterPassword");

        browser.press("control:emailVerificationControl:SendCode", Map.of("email", "ada@example.com"));
        assertAccessible(browser.page());
        assertThat(browser.page().select("[role=status]").text()).isNotBlank();
    }
}
