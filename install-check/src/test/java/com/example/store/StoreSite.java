package com.example.store;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.webapp.Configuration;
import org.eclipse.jetty.webapp.WebAppContext;
import org.eclipse.jetty.webapp.WebInfConfiguration;
import org.eclipse.jetty.webapp.WebXmlConfiguration;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The store's site web app ({@code src/main/webapp}, its {@code web.xml} and context files) started in embedded Jetty
 * the way a servlet container starts it: Broadleaf's {@code MergeContextLoaderListener} merges the {@code web.xml}'s
 * {@code patchConfigLocation} into the site's root context. Settings go in as Broadleaf reads them last, through
 * {@code -Dproperty-override=file}.
 */
final class StoreSite implements AutoCloseable {
    private final Server server;
    private final WebAppContext app;

    private StoreSite(Server server, WebAppContext app) {
        this.server = server;
        this.app = app;
    }

    /**
     * @param overrideDescriptor a web.xml fragment Jetty applies over the store's (e.g. another patchConfigLocation),
     *                           or null
     * @throws Exception whatever stopped the start (the site is stopped then)
     */
    static StoreSite start(Path work, Map<String, String> settings, String overrideDescriptor) throws Exception {
        writeOverrides(work, settings);
        Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
        WebAppContext app = new WebAppContext();
        app.setContextPath("/");
        app.setResourceBase("src/main/webapp");
        // classes come from the test's class path, as they would from the war's WEB-INF/lib
        app.setParentLoaderPriority(true);
        app.setConfigurations(new Configuration[]{new WebInfConfiguration(), new WebXmlConfiguration()});
        app.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", "^$");
        app.setAttribute("org.eclipse.jetty.server.webapp.WebInfIncludeJarPattern", "^$");
        app.setThrowUnavailableOnStartupException(true);
        if (overrideDescriptor != null) {
            app.setOverrideDescriptor(overrideDescriptor);
        }
        server.setHandler(app);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw e;
        }
        return new StoreSite(server, app);
    }

    /** The site's root context, as Broadleaf merged it. */
    WebApplicationContext context() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(app.getServletContext());
    }

    private static void writeOverrides(Path work, Map<String, String> settings) {
        Properties properties = new Properties();
        properties.putAll(settings);
        Path file = work.resolve("store-override.properties");
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, "written by the install check");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("property-override", file.toAbsolutePath().toString());
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // the start already failed; that failure is what the caller reports
        }
    }

    @Override
    public void close() {
        stopQuietly(server);
    }
}
