package io.trustframe.engine.policy.parse;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a policy document into {@link XmlElement}s with the StAX parser of the JDK, refusing what a policy never
 * needs and an attacker would use: DTDs (so no entity expansion bombs) and external entities (so no file or
 * network reads). Size is bounded by the caller before the text gets here.
 */
final class SecureXmlReader {

    private static final XMLInputFactory FACTORY = createFactory();

    private SecureXmlReader() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed");
        });
        return factory;
    }

    /** Thrown for text that is not a well-formed, DTD-free XML document. */
    static final class XmlProblem extends Exception {
        final int line;
        final int column;

        XmlProblem(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    static XmlElement read(String xml) throws XmlProblem {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            Deque<XmlElement> open = new ArrayDeque<>();
            XmlElement root = null;
            TextPositions positions = new TextPositions(xml);
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw problem("DOCTYPE declarations are not allowed in a policy",
                            reader.getLocation());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw problem(
                            "entity reference &" + reader.getLocalName() + "; is not allowed (no DTD is read)",
                            reader.getLocation());
                    case XMLStreamConstants.START_ELEMENT -> {
                        int[] start = positions.startOfTagEndingAt(reader.getLocation());
                        XmlElement element = new XmlElement(reader.getNamespaceURI(), reader.getLocalName(),
                                start[0], start[1]);
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            String prefix = reader.getAttributePrefix(i);
                            String name = prefix == null || prefix.isEmpty()
                                    ? reader.getAttributeLocalName(i)
                                    : prefix + ":" + reader.getAttributeLocalName(i);
                            element.addAttribute(name, reader.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().addChild(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!open.isEmpty()) {
                            open.peek().appendText(reader.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new XmlProblem("the document has no root element", 1, 1);
            }
            return root;
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            throw new XmlProblem(cleanMessage(e), at == null ? 1 : Math.max(1, at.getLineNumber()),
                    at == null ? 1 : Math.max(1, at.getColumnNumber()));
        } finally {
            close(reader);
        }
    }

    /**
     * Line and column of a start tag's {@code <}. The JDK reader only reports where the tag ends (the position
     * after its {@code >}); a {@code <} cannot occur inside a tag, so the nearest one before that is its start.
     */
    private static final class TextPositions {
        private final String text;
        private final int[] lineStarts;

        TextPositions(String text) {
            this.text = text;
            int[] starts = new int[64];
            int lines = 1;
            for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = newline + 1;
            }
            lineStarts = Arrays.copyOf(starts, lines);
        }

        int[] startOfTagEndingAt(Location end) {
            int line = Math.min(Math.max(end.getLineNumber(), 1), lineStarts.length);
            int offset = Math.min(lineStarts[line - 1] + Math.max(end.getColumnNumber(), 1) - 1, text.length());
            int start = text.lastIndexOf('<', offset - 1);
            if (start < 0) {
                return new int[] {line, Math.max(end.getColumnNumber(), 1)};
            }
            int startLine = line;
            while (startLine > 1 && lineStarts[startLine - 1] > start) {
                startLine--;
            }
            return new int[] {startLine, start - lineStarts[startLine - 1] + 1};
        }
    }

    private static XmlProblem problem(String message, Location at) {
        return new XmlProblem(message, at.getLineNumber(), at.getColumnNumber());
    }

    /** The JDK prefixes messages with "ParseError at [row,col]:[…]"; the position is reported separately. */
    private static String cleanMessage(XMLStreamException e) {
        String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
        int marker = message.indexOf("Message: ");
        return (marker >= 0 ? message.substring(marker + "Message: ".length()) : message).strip();
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release: the reader reads from a string
            }
        }
    }
}
