package io.trustframe.identity.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;

import org.junit.jupiter.api.Test;

class PageTemplatesTest {

    private static final URI URI_OF_TEMPLATE = URI.create("https://cdn.contoso.example/unified.html");

    @Test
    void originsAreHttpsOrLocalHttp() {
        assertThat(PageTemplates.origins(" https://cdn.contoso.example/, http://localhost:9000 ,https://b.example:443"))
                .containsExactlyInAnyOrder("https://cdn.contoso.example", "http://localhost:9000", "https://b.example");
        assertThat(PageTemplates.origins("")).isEmpty();
        assertThatThrownBy(() -> PageTemplates.origins("http://cdn.contoso.example"))
                .hasMessageContaining("plain http is allowed only for localhost");
        assertThatThrownBy(() -> PageTemplates.origins("https://cdn.contoso.example/templates"))
                .hasMessageContaining("not an origin");
    }

    @Test
    void tildeAndRelativeLoadUrisNameTheBuiltInTemplates() {
        assertThat(PageTemplates.tenantUri("~/tenant/templates/AzureBlue/unified.cshtml")).isNull();
        assertThat(PageTemplates.tenantUri("templates/unified.html")).isNull();
        assertThat(PageTemplates.tenantUri(null)).isNull();
        assertThat(PageTemplates.tenantUri("https://cdn.contoso.example/unified.html")).isEqualTo(URI_OF_TEMPLATE);
    }

    @Test
    void ourContentGoesIntoTheOneApiDivAndOurStylesheetIntoTheHead() throws Exception {
        PageTemplates.Template template = PageTemplates.parse(URI_OF_TEMPLATE,
                "<html><head><title>C</title></HEAD><body><h1>Contoso</h1><div class='card' id='api'></div></body></html>");

        assertThat(template.render("<link rel=\"stylesheet\" href=\"/a.css\">", "<form></form>"))
                .isEqualTo("<html><head><title>C</title><link rel=\"stylesheet\" href=\"/a.css\"></HEAD><body>"
                        + "<h1>Contoso</h1><div class='card' id='api'><form></form></div></body></html>");
    }

    @Test
    void aTemplateNeedsExactlyOneApiDiv() {
        assertThatThrownBy(() -> PageTemplates.parse(URI_OF_TEMPLATE, "<div id=\"api\"></div><div id=api></div>"))
                .hasMessageContaining("exactly one <div id=\"api\">").hasMessageContaining("it has 2");
        assertThatThrownBy(() -> PageTemplates.parse(URI_OF_TEMPLATE, "<div id=\"apiary\"></div>"))
                .hasMessageContaining("it has 0");
    }
}
