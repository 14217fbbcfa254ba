package dev.annex.host.plugin.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the persistence unit a plugin declares. The file is read from the plugin's own jar, never
 * through its class loader: that would also find the host's {@code persistence.xml}.
 */
final class PersistenceXml {

    static final String RESOURCE = "META-INF/persistence.xml";

    private PersistenceXml() {
    }

    /** @return the plugin's unit, or empty when its jar has no persistence.xml */
    static Optional<UnitDeclaration> read(Path jar) throws PluginUnitException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(RESOURCE);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(parse(in));
            }
        } catch (IOException e) {
            throw new PluginUnitException("its " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    static UnitDeclaration parse(InputStream in) throws PluginUnitException, IOException {
        Element root;
        try {
            root = builderFactory().newDocumentBuilder().parse(in).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new PluginUnitException("its " + RESOURCE + " is not valid XML: " + e.getMessage(), e);
        }
        List<Element> units = children(root, "persistence-unit");
        if (units.size() != 1) {
            throw new PluginUnitException("its " + RESOURCE + " declares " + units.size()
                    + " persistence units; a plugin has exactly one");
        }
        Element unit = units.get(0);
        if (!children(unit, "jar-file").isEmpty()) {
            throw new PluginUnitException("its " + RESOURCE + " names a <jar-file>; a plugin's entities must be in its own jar");
        }
        List<Element> exclude = children(unit, "exclude-unlisted-classes");
        // An empty <exclude-unlisted-classes/> means true (the schema's default value).
        boolean excludeUnlisted = !exclude.isEmpty() && !exclude.get(0).getTextContent().trim().equalsIgnoreCase("false");
        String version = root.getAttribute("version");
        return new UnitDeclaration(unit.getAttribute("name"), texts(unit, "class"), texts(unit, "mapping-file"),
                excludeUnlisted, version.isBlank() ? "3.0" : version);
    }

    private static DocumentBuilderFactory builderFactory() throws ParserConfigurationException {
        // A plugin's file is input: no DTDs, no external entities.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        return factory;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent, String localName) {
        return children(parent, localName).stream().map(e -> e.getTextContent().trim()).filter(t -> !t.isEmpty()).toList();
    }
}
