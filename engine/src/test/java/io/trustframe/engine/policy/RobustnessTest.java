package io.trustframe.engine.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Bad input gives messages, never an exception: every element of the model-coverage policy is in turn stripped
 * of its attributes, emptied, and removed, and the result is loaded and validated.
 */
class RobustnessTest {

    @Test
    void mutilatedPoliciesAreReportedNotThrown() throws Exception {
        List<PolicySource> base = BrokenPolicyTest.sources("base");
        String original = BrokenPolicyTest.sources("coverage").get(0).text();
        int elements = parse(original).getElementsByTagName("*").getLength();
        List<String> crashes = new ArrayList<>();
        List<String> silent = new ArrayList<>();

        for (int index = 1; index < elements; index++) {
            for (Mutation mutation : Mutation.values()) {
                Document document = parse(original);
                Element element = (Element) document.getElementsByTagName("*").item(index);
                boolean losesRequiredId = mutation == Mutation.STRIP_ATTRIBUTES && REQUIRED.stream()
                        .anyMatch(element::hasAttribute);
                String what = mutation + " of " + element.getLocalName() + " (element " + index + ")";
                mutation.apply(element);
                List<PolicySource> sources = new ArrayList<>(base);
                sources.add(PolicySource.of("Everything.xml", serialize(document)));

                try {
                    ValidationReport report = PolicyValidator.validate(PolicyLoader.load(sources));
                    if (losesRequiredId && report.isValid()) {
                        silent.add(what);
                    }
                } catch (RuntimeException e) {
                    crashes.add(what + ": " + e + " at " + e.getStackTrace()[0]);
                }
            }
        }

        assertThat(crashes).isEmpty();
        assertThat(silent).as("elements that lost a required Id or reference without an error").isEmpty();
    }

    /** Attributes the schema requires wherever they occur in the coverage policy. */
    private static final List<String> REQUIRED = List.of("Id", "ReferenceId", "ClaimTypeReferenceId",
            "TechnicalProfileReferenceId", "Key", "Order", "TransformationMethod", "SubJourneyReferenceId");

    private enum Mutation {
        STRIP_ATTRIBUTES {
            @Override
            void apply(Element element) {
                while (element.getAttributes().getLength() > 0) {
                    element.removeAttributeNode((org.w3c.dom.Attr) element.getAttributes().item(0));
                }
            }
        },
        EMPTY {
            @Override
            void apply(Element element) {
                while (element.hasChildNodes()) {
                    element.removeChild(element.getFirstChild());
                }
            }
        },
        REMOVE {
            @Override
            void apply(Element element) {
                element.getParentNode().removeChild(element);
            }
        };

        abstract void apply(Element element);
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String serialize(Document document) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }

}
