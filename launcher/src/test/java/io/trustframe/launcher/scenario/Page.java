package io.trustframe.launcher.scenario;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page the browser ended on: where, with which status, and its HTML. */
public record Page(URI uri, int status, Document document) implements Browser.Arrival {

    /** The visible text, as a person reads it. */
    public String text() {
        return document.body() == null ? "" : document.body().text();
    }

    public String title() {
        return document.title();
    }

    /** The text of the element with this id, when the page has it. */
    public Optional<String> textOf(String id) {
        return Optional.ofNullable(document.getElementById(id)).map(Element::text);
    }

    /** The page's forms that post, in page order. */
    public List<Form> forms() {
        return document.select("form").stream().map(Form::of).toList();
    }

    /** The one form of the page whose action path ends with {@code pathSuffix} (e.g. "/execute"). */
    public Form form(String pathSuffix) {
        return forms().stream().filter(form -> form.action().getPath().endsWith(pathSuffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no form posting to …" + pathSuffix + " on " + this));
    }

    /** The page's first form: identity's pages have exactly one. */
    public Form form() {
        return forms().stream().findFirst().orElseThrow(() -> new AssertionError("no form on " + this));
    }

    public boolean isOn(URI base) {
        return uri.getHost().equals(base.getHost()) && uri.getPort() == base.getPort();
    }

    @Override
    public String toString() {
        return status + " " + uri + " \"" + title() + "\": " + abbreviate(text());
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
