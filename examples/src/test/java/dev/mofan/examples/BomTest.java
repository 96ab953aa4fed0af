package dev.mofan.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM lists every published module of the build, at the build's version: a module added to the
 * parent POM and deployed but missing from {@code bom/pom.xml} fails here. Examples and benchmarks
 * are not published ({@code maven.deploy.skip}).
 */
class BomTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theBomListsEveryPublishedModuleAtTheProjectVersion() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        String version = child(parent.getDocumentElement(), "version");
        Map<String, String> published = new TreeMap<>();
        for (String module : texts(parent.getDocumentElement(), "module")) {
            Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
            Element project = pom.getDocumentElement();
            boolean deployed = texts(project, "maven.deploy.skip").stream().noneMatch("true"::equals);
            if (deployed && !module.equals("bom")) {
                published.put(child(project, "artifactId"), version);
            }
        }
        Map<String, String> listed = new TreeMap<>();
        Document bom = read(ROOT.resolve("bom/pom.xml"));
        NodeList dependencies = bom.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertEquals("dev.mofan", child(dependency, "groupId"));
            listed.put(child(dependency, "artifactId"), child(dependency, "version"));
        }
        assertEquals(published, listed);
        assertEquals(version, child(bom.getDocumentElement(), "version"), "the BOM's own version");
        assertEquals(Map.of("mofan-cli", version, "mofan-core", version, "mofan-model", version,
                "mofan-testkit", version), listed, "the modules published today");
    }

    private static Document read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(file));
    }

    /** The text of the direct child {@code name} of {@code element}. */
    private static String child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().trim();
            }
        }
        throw new AssertionError("no <" + name + "> in <" + element.getTagName() + ">");
    }

    /** The texts of every element {@code name} below {@code element}, in document order. */
    private static List<String> texts(Element element, String name) {
        NodeList nodes = element.getElementsByTagName(name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().trim());
        }
        return texts;
    }
}
