package io.trustframe.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.sun.net.httpserver.HttpServer;

/**
 * Branding as in B2C: a ContentDefinition's LoadUri names the tenant's own HTML on an allowed origin, and the page
 * is that HTML with our form inside its {@code <div id="api">}. A template without that div, or one that cannot be
 * loaded, gives an error page that says why.
 */
class BrandedPagesTest extends IdentityHttpTest {

    private static final String REDIRECT = "https://bank.example/signin-oidc";
    private static final String BUILT_IN_SIGN_IN = "~/tenant/templates/trustframe/unified.html";
    private static final HttpServer TENANT_SITE = tenantSite();

    private static HttpServer tenantSite() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            serve(server, "/branding/unified.html", """
                    <!DOCTYPE html>
                    <html lang="en"><head><title>Contoso Bank</title>
                    <link rel="stylesheet" href="/branding/contoso.css"></head>
                    <body><header class="contoso-banner">Contoso Bank — secure sign-in</header>
                    <div class="contoso-card"><div id="api"></div></div>
                    <footer class="contoso-footer">Contoso Bank plc</footer></body></html>
                    """);
            serve(server, "/branding/no-api.html", """
                    <!DOCTYPE html><html><head><title>Contoso</title></head><body><div id="content"></div></body></html>
                    """);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(HttpServer server, String path, String html) {
        server.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    private static String site(String path) {
        return "http://localhost:" + TENANT_SITE.getAddress().getPort() + path;
    }

    @DynamicPropertySource
    static void allowTheTenantSite(DynamicPropertyRegistry registry) {
        registry.add("trustframe.identity.pages.template-origins", () -> site(""));
    }

    @AfterAll
    static void stopTheTenantSite() {
        TENANT_SITE.stop(0);
    }

    private PageBrowser signInPageWithLoadUri(String loadUri) {
        String tenant = newTenant();
        generateTokenKeys(tenant);
        String clientId = json(admin("POST", "/graph/" + tenant + "/v1.0/applications", "application/json",
                "{\"displayName\":\"Bank\",\"web\":{\"redirectUris\":[\"" + REDIRECT + "\"]}}")).path("appId").asString();
        uploadTrustframePolicies(tenant, clientId, Map.of(BUILT_IN_SIGN_IN, loadUri));
        PageBrowser browser = new PageBrowser(url(""));
        browser.open("/" + tenant + ".onmicrosoft.com/B2C_1A_TF_SignUpOrSignIn/oauth2/v2.0/authorize?client_id="
                + clientId + "&redirect_uri=" + URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8)
                + "&response_type=code&scope=openid&state=s&nonce=n");
        return browser;
    }

    @Test
    void theTenantsTemplateSurroundsOurFormWhichStillWorks() {
        PageBrowser browser = signInPageWithLoadUri(site("/branding/unified.html"));

        Document page = browser.page();
        assertThat(page.title()).isEqualTo("Contoso Bank");
        assertThat(page.select("header.contoso-banner").text()).isEqualTo("Contoso Bank — secure sign-in");
        assertThat(page.select("footer.contoso-footer").text()).isEqualTo("Contoso Bank plc");
        Element form = page.selectFirst(".contoso-card > #api form[method=post]");
        assertThat(form).as("our form inside the tenant's <div id=\"api\">").isNotNull();
        assertThat(form.select("label[for=email]").text()).isEqualTo("Email address");
        assertThat(page.select("head link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/branding/contoso.css", "/identity-assets/api.css");

        browser.press("continue", Map.of("email", "nobody@example.com", "password", "wrong-Passw0rd"));

        assertThat(browser.page().select("header.contoso-banner")).hasSize(1);
        assertThat(browser.page().select("#api [role=alert]").text()).isNotBlank();
        assertThat(browser.value("email")).isEqualTo("nobody@example.com");
    }

    @Test
    void aTemplateWithoutTheApiDivGivesAnErrorPageThatSaysSo() {
        PageBrowser browser = signInPageWithLoadUri(site("/branding/no-api.html"));

        assertThat(browser.last().statusCode()).isEqualTo(500);
        assertThat(browser.last().body()).contains("must contain exactly one &lt;div id=&quot;api&quot;&gt;")
                .contains(site("/branding/no-api.html")).doesNotContain("<form");
    }

    @Test
    void aTemplateThatIsNotThereGivesB2csErrorForAMissingPage() {
        PageBrowser browser = signInPageWithLoadUri(site("/branding/gone.html"));

        assertThat(browser.last().statusCode()).isEqualTo(500);
        assertThat(browser.last().body())
                .contains("AADB2C90002: The CORS resource &#39;" + site("/branding/gone.html") + "&#39; returned a 404 not found.");
    }

    @Test
    void aTemplateOnAnOriginThatIsNotAllowedIsNotFetched() {
        String elsewhere = "http://127.0.0.1:" + TENANT_SITE.getAddress().getPort() + "/branding/unified.html";
        PageBrowser browser = signInPageWithLoadUri(elsewhere);

        assertThat(browser.last().statusCode()).isEqualTo(500);
        assertThat(browser.last().body()).contains("is not on an allowed origin").doesNotContain("Contoso Bank");
    }
}
