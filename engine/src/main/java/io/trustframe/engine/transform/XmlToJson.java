package io.trustframe.engine.transform;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * XML to JSON the way .NET's Json.NET SerializeXmlNode does it, which is what B2C's XmlStringToJsonString produces:
 * the root element becomes the single top-level property, an element with only text becomes a string, attributes
 * become "@name" properties, mixed text becomes "#text", and repeated sibling elements become an array.
 */
final class XmlToJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private XmlToJson() {
    }

    static JsonNode convert(String xml) {
        Element root = parse(xml).getDocumentElement();
        ObjectNode result = NODES.objectNode();
        result.set(root.getTagName(), element(root));
        return result;
    }

    private static JsonNode element(Element element) {
        NamedNodeMap attributes = element.getAttributes();
        Map<String, List<Element>> children = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                children.computeIfAbsent(e.getTagName(), k -> new ArrayList<>()).add(e);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        String trimmed = text.toString().trim();
        if (attributes.getLength() == 0 && children.isEmpty()) {
            return trimmed.isEmpty() ? NODES.nullNode() : NODES.stringNode(text.toString());
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            object.put("@" + attribute.getName(), attribute.getValue());
        }
        if (!trimmed.isEmpty()) {
            object.put("#text", trimmed);
        }
        children.forEach((name, elements) -> {
            if (elements.size() == 1) {
                object.set(name, element(elements.get(0)));
            } else {
                var array = NODES.arrayNode();
                elements.forEach(e -> array.add(element(e)));
                object.set(name, array);
            }
        });
        return object;
    }

    /** DTDs and external entities are off: the XML comes from a claim, i.e. from outside. */
    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Report malformed input through the exception only, not on standard error.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new TransformationException("xml is not well-formed XML: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a secure-processing feature", e);
        }
    }
}
