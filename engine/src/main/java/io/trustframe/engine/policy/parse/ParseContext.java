package io.trustframe.engine.policy.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.trustframe.engine.policy.Diagnostic;
import io.trustframe.engine.policy.model.Reference;
import io.trustframe.engine.policy.model.SourcePos;

/** What every element parser needs: the file and policy names for positions, and a place for findings. */
final class ParseContext {

    final String file;
    String policyId = "";
    final List<Diagnostic> diagnostics = new ArrayList<>();

    ParseContext(String file) {
        this.file = file;
    }

    SourcePos pos(XmlElement element) {
        return new SourcePos(file, policyId, element.line, element.column, element.path());
    }

    /**
     * A required attribute; its absence is an error that names the attribute, and the model gets an empty string
     * so that later phases never meet a missing Id.
     */
    String required(XmlElement element, String attribute) {
        String value = element.attr(attribute);
        if (value == null || value.isBlank()) {
            diagnostics.add(Diagnostic.error(pos(element),
                    element.name + " has no " + attribute + " attribute; expected " + attribute + "=\"…\""));
            return "";
        }
        return value;
    }

    /** {@code true}/{@code false} as B2C reads them (case-insensitive); anything else is reported, and ignored. */
    Boolean bool(XmlElement element, String attribute) {
        String value = element.attr(attribute);
        return parseBoolean(element, attribute, value);
    }

    Boolean boolText(XmlElement element) {
        if (element == null) {
            return null;
        }
        return parseBoolean(element, element.name, element.text());
    }

    private Boolean parseBoolean(XmlElement element, String what, String value) {
        if (value == null) {
            return null;
        }
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals("true")) {
            return Boolean.TRUE;
        }
        if (normalized.equals("false")) {
            return Boolean.FALSE;
        }
        diagnostics.add(Diagnostic.error(pos(element),
                what + " is '" + value + "'; expected true or false"));
        return null;
    }

    Integer integer(XmlElement element, String what, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            diagnostics.add(Diagnostic.error(pos(element), what + " is '" + value + "'; expected a whole number"));
            return null;
        }
    }

    /** A {@code <X ReferenceId="…"/>} (or other attribute) reference, or {@code null} when the element is absent. */
    Reference reference(XmlElement element, String attribute) {
        if (element == null) {
            return null;
        }
        return new Reference(pos(element), required(element, attribute));
    }

    List<Reference> references(List<XmlElement> elements, String attribute) {
        List<Reference> references = new ArrayList<>();
        for (XmlElement element : elements) {
            references.add(reference(element, attribute));
        }
        return List.copyOf(references);
    }

    /** Everything the parsers did not read: the model does not cover it, so say so rather than drop it silently. */
    void warnUnread(XmlElement element) {
        for (String attribute : element.unreadAttributes()) {
            diagnostics.add(Diagnostic.warning(pos(element),
                    "unknown attribute " + attribute + " on " + element.name + " is ignored"));
        }
        for (XmlElement child : element.allChildren()) {
            if (!child.wasRead()) {
                boolean repeated = element.allChildren().stream()
                        .anyMatch(other -> other.wasRead() && other.name.equals(child.name));
                diagnostics.add(Diagnostic.warning(pos(child), repeated
                        ? "repeated element " + child.name + " in " + element.name + " is ignored; expected it once"
                        : "unknown element " + child.name + " in " + element.name + " is ignored"));
            } else {
                warnUnread(child);
            }
        }
    }
}
