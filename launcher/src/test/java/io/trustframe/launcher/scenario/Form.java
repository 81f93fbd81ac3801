package io.trustframe.launcher.scenario;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;

/**
 * An HTML form as a browser submits it: its fields with their current values (editable by the test) and its
 * submit buttons. Only what a browser would send is sent: no unchecked boxes, no disabled fields, and of the
 * buttons only the one pressed.
 */
public final class Form {

    /** An input the page shows, with what a driver needs to decide what to type into it. */
    public record Field(String name, String type, boolean readOnly, String label) {

        /** Whether a person could type into it. */
        public boolean editable() {
            return !readOnly && !type.equals("hidden");
        }
    }

    /** A submit button; {@code name}/{@code value} are sent when it is pressed. */
    public record Button(String name, String value, String text) {
    }

    private final URI action;
    private final String method;
    private final List<Field> fields = new ArrayList<>();
    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<Button> buttons = new ArrayList<>();

    private Form(URI action, String method) {
        this.action = action;
        this.method = method;
    }

    static Form of(Element form) {
        String action = form.absUrl("action");
        Form parsed = new Form(URI.create(action.isEmpty() ? form.baseUri() : action),
                form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase(Locale.ROOT));
        for (Element control : form.select("input, select, textarea, button")) {
            String type = control.tagName().equals("input") ? control.attr("type").toLowerCase(Locale.ROOT)
                    : control.tagName();
            if (control.tagName().equals("button") || type.equals("submit")) {
                if (!control.attr("type").equalsIgnoreCase("button")) {
                    parsed.buttons.add(new Button(control.attr("name"), control.attr("value"),
                            control.tagName().equals("button") ? control.text() : control.attr("value")));
                }
                continue;
            }
            String name = control.attr("name");
            if (name.isEmpty() || control.hasAttr("disabled") || type.equals("reset") || type.equals("image")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !control.hasAttr("checked")) {
                if (!parsed.values.containsKey(name)) {
                    parsed.fields.add(new Field(name, type, false, label(form, control)));
                }
                continue;
            }
            String value = switch (type) {
                case "select" -> control.select("option[selected]").stream().findFirst()
                        .or(() -> control.select("option").stream().findFirst())
                        .map(option -> option.hasAttr("value") ? option.attr("value") : option.text()).orElse("");
                case "textarea" -> control.text();
                default -> control.attr("value");
            };
            if (!parsed.values.containsKey(name)) {
                parsed.fields.add(new Field(name, type.isEmpty() ? "text" : type, control.hasAttr("readonly"),
                        label(form, control)));
            }
            parsed.values.put(name, value);
        }
        return parsed;
    }

    private static String label(Element form, Element control) {
        String id = control.id();
        if (!id.isEmpty()) {
            Element label = form.selectFirst("label[for=" + id + "]");
            if (label != null) {
                return label.text();
            }
        }
        Element enclosing = control.closest("label");
        return enclosing == null ? "" : enclosing.text();
    }

    public URI action() {
        return action;
    }

    public String method() {
        return method;
    }

    public List<Field> fields() {
        return List.copyOf(fields);
    }

    public List<Button> buttons() {
        return List.copyOf(buttons);
    }

    public boolean has(String name) {
        return fields.stream().anyMatch(field -> field.name().equals(name));
    }

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    /** Types into a field the page has; a name the page does not have is a mistake in the test, not ignored. */
    public Form set(String name, String value) {
        if (!has(name)) {
            throw new IllegalArgumentException("the form has no field " + name + "; it has " + values.keySet());
        }
        values.put(name, value);
        return this;
    }

    /** The first button matching, e.g. by its {@code _action} value. */
    public Optional<Button> button(Predicate<Button> which) {
        return buttons.stream().filter(which).findFirst();
    }

    /** What the browser sends when {@code pressed} is pressed (null: submitted without a button, e.g. by script). */
    Map<String, String> submission(Button pressed) {
        Map<String, String> sent = new LinkedHashMap<>(values);
        if (pressed != null && !pressed.name().isEmpty()) {
            sent.put(pressed.name(), pressed.value());
        }
        return sent;
    }

    @Override
    public String toString() {
        return method + " " + action + " fields=" + fields + " buttons=" + buttons;
    }
}
