package com.example.store;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The BOM a store imports ({@code coop-bom}) manages every library it shares with the project's own build at the
 * version the module is built and tested with (the project's parent POM), so a store never runs on versions no test
 * ran on.
 */
class BomMatchesTheBuildTest {
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    @Test
    void everyLibraryTheBomSharesWithTheBuildHasTheBuildsVersion() throws Exception {
        Map<String, String> bom = managed(Paths.get("../coop-bom/pom.xml"));
        Map<String, String> build = managed(Paths.get("../pom.xml"));

        Map<String, String> shared = new TreeMap<String, String>();
        for (Map.Entry<String, String> entry : bom.entrySet()) {
            if (build.containsKey(entry.getKey()) && !entry.getKey().startsWith("com.coopromo:")) {
                shared.put(entry.getKey(), build.get(entry.getKey()));
            }
        }
        assertThat(shared).as("libraries both manage").containsKeys("org.apache.httpcomponents:httpcore",
                "commons-io:commons-io", "org.apache.commons:commons-lang3", "org.liquibase:liquibase-core",
                "org.postgresql:postgresql", "com.fasterxml.jackson:jackson-bom");
        for (Map.Entry<String, String> library : shared.entrySet()) {
            assertThat(bom.get(library.getKey())).as(library.getKey()).isEqualTo(library.getValue());
        }
    }

    /** groupId:artifactId to version, properties of the same POM filled in. */
    private static Map<String, String> managed(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Map<String, String> properties = new TreeMap<String, String>();
        NodeList props = doc.getElementsByTagName("properties");
        if (props.getLength() > 0) {
            for (Node n = props.item(0).getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element) {
                    properties.put(n.getNodeName(), n.getTextContent().trim());
                }
            }
        }
        Map<String, String> versions = new TreeMap<String, String>();
        Element management = (Element) doc.getElementsByTagName("dependencyManagement").item(0);
        NodeList dependencies = management.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (dependency.getParentNode().getParentNode() != management) {
                continue; // an exclusion's parent dependency, not a managed one
            }
            versions.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"),
                    resolve(text(dependency, "version"), properties));
        }
        return versions;
    }

    private static String text(Element parent, String child) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && n.getNodeName().equals(child)) {
                return n.getTextContent().trim();
            }
        }
        return null;
    }

    private static String resolve(String value, Map<String, String> properties) {
        if (value == null) {
            return null;
        }
        Matcher m = PROPERTY.matcher(value);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            String replacement = properties.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
