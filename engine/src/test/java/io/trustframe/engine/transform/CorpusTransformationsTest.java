package io.trustframe.engine.transform;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every ClaimsTransformation in the compatibility corpus names a registered method and binds only the input claims,
 * parameters and output claims that method declares. The corpus is read through TRUSTFRAME_CORPUS (set by .ci/run).
 */
class CorpusTransformationsTest {

    @Test
    void everyCorpusClaimsTransformationFitsARegisteredSignature() throws Exception {
        String corpus = System.getenv("TRUSTFRAME_CORPUS");
        assumeTrue(corpus != null && !corpus.isBlank(), "TRUSTFRAME_CORPUS is not set");
        Path root = Path.of(corpus);
        assertThat(root).as("TRUSTFRAME_CORPUS").isDirectory();

        List<String> problems = new ArrayList<>();
        int checked = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        for (Path file : files) {
            NodeList transformations = parse(file).getElementsByTagName("ClaimsTransformation");
            for (int i = 0; i < transformations.getLength(); i++) {
                Element transformation = (Element) transformations.item(i);
                String method = transformation.getAttribute("TransformationMethod");
                String where = root.relativize(file) + " " + transformation.getAttribute("Id");
                var registered = TransformationMethods.byName(method);
                if (registered.isEmpty()) {
                    problems.add(where + ": unknown method " + method);
                    continue;
                }
                checked++;
                MethodSignature signature = registered.get().signature();
                for (Element claim : children(transformation, "InputClaim")) {
                    String type = claim.getAttribute("TransformationClaimType");
                    if (signature.inputClaim(type).isEmpty() && !signature.takesOtherInputClaim(type)) {
                        problems.add(where + ": " + method + " has no input claim " + type);
                    }
                }
                for (Element parameter : children(transformation, "InputParameter")) {
                    String id = parameter.getAttribute("Id");
                    if (signature.inputParameter(id).isEmpty() && !signature.takesOtherInputParameter(id)) {
                        problems.add(where + ": " + method + " has no input parameter " + id);
                    }
                }
                for (Element claim : children(transformation, "OutputClaim")) {
                    String type = claim.getAttribute("TransformationClaimType");
                    if (signature.outputClaim(type).isEmpty() && !signature.takesOtherOutputClaim(type)) {
                        problems.add(where + ": " + method + " has no output claim " + type);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).isPositive();
    }

    private static List<Element> children(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
