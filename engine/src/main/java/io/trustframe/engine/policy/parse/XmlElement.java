package io.trustframe.engine.policy.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed XML element with the position of its start tag. The policy parser reads it through {@link #attr},
 * {@link #child} and {@link #children}, which remember what was read: whatever is left unread afterwards is not
 * part of the model, and is reported as a warning instead of being silently dropped.
 */
final class XmlElement {

    final String namespace;
    final String name;
    final int line;
    final int column;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final Set<String> readAttributes = new LinkedHashSet<>();
    private boolean read;
    private XmlElement parent;
    private String path;

    XmlElement(String namespace, String name, int line, int column) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
        this.line = line;
        this.column = column;
    }

    void addAttribute(String name, String value) {
        attributes.put(name, value);
    }

    void addChild(XmlElement child) {
        child.parent = this;
        children.add(child);
    }

    /** Attributes that name an element among its siblings, in the order they are tried for its path. */
    private static final List<String> NAMING_ATTRIBUTES = List.of("Id", "ReferenceId", "ClaimTypeReferenceId",
            "DisplayControlReferenceId", "TechnicalProfileReferenceId", "Key", "Order", "StringId",
            "SubJourneyReferenceId", "TargetClaimsExchangeId");

    /** The element path from the root, e.g. {@code TrustFrameworkPolicy/…/TechnicalProfile[Facebook-OAUTH]}. */
    String path() {
        if (path == null) {
            path = parent == null ? selfPath() : parent.path() + "/" + selfPath();
        }
        return path;
    }

    private String selfPath() {
        String self = name;
        for (String naming : NAMING_ATTRIBUTES) {
            String value = attributes.get(naming);
            if (value != null) {
                self = name + "[" + value + "]";
                break;
            }
        }
        if ("ClaimsProvider".equals(name)) {
            XmlElement displayName = firstChildNamed("DisplayName");
            if (displayName != null && displayName.text() != null) {
                self = name + "[" + displayName.text() + "]";
            }
        }
        return self;
    }

    private XmlElement firstChildNamed(String wanted) {
        for (XmlElement child : children) {
            if (child.name.equals(wanted)) {
                return child;
            }
        }
        return null;
    }

    void appendText(String chars) {
        text.append(chars);
    }

    /** The attribute's value, or {@code null}; attribute names are matched exactly, as XML requires. */
    String attr(String name) {
        readAttributes.add(name);
        return attributes.get(name);
    }

    /** The element's text, trimmed; {@code null} when empty. */
    String text() {
        String value = text.toString().strip();
        return value.isEmpty() ? null : value;
    }

    /** The first child with this name in the policy namespace, or {@code null}. */
    XmlElement child(String name) {
        for (XmlElement child : children) {
            if (child.name.equals(name) && child.namespace.equals(this.namespace)) {
                child.read = true;
                return child;
            }
        }
        return null;
    }

    /** The text of the first child with this name, or {@code null}. */
    String childText(String name) {
        XmlElement child = child(name);
        return child == null ? null : child.text();
    }

    List<XmlElement> children(String name) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(name) && child.namespace.equals(this.namespace)) {
                child.read = true;
                found.add(child);
            }
        }
        return found;
    }

    /** The children named {@code item} of the first child named {@code list} ({@code InputClaims/InputClaim}). */
    List<XmlElement> list(String list, String item) {
        XmlElement container = child(list);
        return container == null ? List.of() : container.children(item);
    }

    void markRead() {
        read = true;
    }

    boolean wasRead() {
        return read;
    }

    List<XmlElement> allChildren() {
        return children;
    }

    /** Attributes the parser never asked for, except namespace declarations and xsi: schema hints. */
    List<String> unreadAttributes() {
        List<String> unread = new ArrayList<>();
        for (String attribute : attributes.keySet()) {
            if (!readAttributes.contains(attribute) && !attribute.startsWith("xmlns") && !attribute.contains(":")) {
                unread.add(attribute);
            }
        }
        return unread;
    }
}
