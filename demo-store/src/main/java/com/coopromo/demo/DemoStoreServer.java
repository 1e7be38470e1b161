package com.coopromo.demo;

import com.coopromo.admin.install.CoopAdminMenuInstaller;
import com.coopromo.demo.seed.DemoBannerSeeder;
import com.coopromo.demo.seed.DemoCampaignSeeder;
import com.coopromo.demo.seed.DemoCommunitySeeder;
import com.coopromo.demo.seed.DemoEventHistory;
import com.coopromo.demo.seed.DemoGovernanceSeeder;
import com.coopromo.demo.seed.DemoMarketplaceSeeder;
import com.coopromo.demo.seed.SeedReport;
import com.coopromo.infra.Ports;
import com.coopromo.infra.host.EmbeddedServices;
import com.coopromo.pricing.host.CampaignHostOffers;
import com.coopromo.pricing.index.ActiveEnrollmentIndexHolder;
import com.coopromo.settlement.service.SettlementService;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.plus.jndi.EnvEntry;
import org.eclipse.jetty.plus.webapp.EnvConfiguration;
import org.eclipse.jetty.plus.webapp.PlusConfiguration;
import org.eclipse.jetty.webapp.Configuration;
import org.eclipse.jetty.webapp.FragmentConfiguration;
import org.eclipse.jetty.webapp.JettyWebXmlConfiguration;
import org.eclipse.jetty.webapp.MetaInfConfiguration;
import org.eclipse.jetty.webapp.WebAppContext;
import org.eclipse.jetty.webapp.WebInfConfiguration;
import org.eclipse.jetty.webapp.WebXmlConfiguration;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.servlet.FrameworkServlet;

import javax.naming.NamingException;
import java.io.PrintStream;

/**
 * The demo store: embedded PostgreSQL and search node (or external ones), Broadleaf's admin at {@code /admin} and
 * storefront at {@code /}, both in one embedded Jetty, and the demo marketplace seeded on first start.
 */
public final class DemoStoreServer implements AutoCloseable {
    public static final String ADMIN_PATH = "/admin";

    private final DemoStoreOptions options;
    private final PrintStream out;
    private EmbeddedServices services;
    private Server server;
    private SeedReport seedReport;
    private WebApplicationContext adminSpring;
    private WebApplicationContext siteSpring;
    private WebAppContext adminApp;
    private WebAppContext siteApp;

    public DemoStoreServer(DemoStoreOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public synchronized DemoStoreServer start() throws Exception {
        Ports.requireFree(options.port, "The demo store's HTTP", "choose another with --port=");
        long started = System.nanoTime();
        try {
            out.println("Starting database and search (data in " + options.dataDir.toAbsolutePath() + ") ...");
            EmbeddedServices.Options serviceOptions = new EmbeddedServices.Options(options.dataDir)
                    .searchPort(options.searchPort);
            if (options.dbUrl != null) {
                serviceOptions.externalDatabase(options.dbUrl, options.dbUser, options.dbPassword);
            }
            if (options.searchUrl != null) {
                serviceOptions.externalSearch(options.searchUrl, options.searchApiKey);
            }
            services = EmbeddedServices.start(serviceOptions);

            server = new Server();
            server.setErrorHandler(PlainErrorHandler.forServer());
            ServerConnector http = new ServerConnector(server);
            http.setHost(options.host);
            http.setPort(options.port);
            server.addConnector(http);
            ContextHandlerCollection contexts = new ContextHandlerCollection();
            server.setHandler(contexts);

            out.println("Starting the admin ...");
            WebAppContext admin = webApp(ADMIN_PATH, "webapps/admin", "coop-admin");
            contexts.addHandler(admin);
            adminApp = admin;
            server.start();
            requireStarted(admin);

            adminSpring = WebApplicationContextUtils.getRequiredWebApplicationContext(admin.getServletContext());
            DemoMarketplaceSeeder marketplace = new DemoMarketplaceSeeder(adminSpring, line -> out.println("  " + line));
            seedReport = marketplace.seedIfEmpty();
            // data folders seeded before the store counted stock: their units move into the store's stock once
            marketplace.moveAttributeStock();
            // the module's admin menu needs Broadleaf's admin roles, which the first seeding has just loaded
            adminSpring.getBean("coopAdminMenuInstaller", CoopAdminMenuInstaller.class).install();
            DemoGovernanceSeeder governanceSeeder = new DemoGovernanceSeeder(adminSpring, line -> out.println("  " + line));
            // the committee first: submitting a standard or flagship campaign puts it to the committee's vote
            governanceSeeder.setUpCommittee();
            new DemoCampaignSeeder(adminSpring, line -> out.println("  " + line)).seedIfEmpty();
            governanceSeeder.seed();
            new DemoBannerSeeder(adminSpring, line -> out.println("  " + line)).seedIfMissing();
            // data folders seeded before campaigns had host offers: give every scheduled or live campaign its offer
            int priced = adminSpring.getBean("coopCampaignHostOffers", CampaignHostOffers.class).synchronizeAll();
            adminSpring.getBean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class).rebuild();
            out.println("  " + priced + " scheduled or live campaign(s) priced through their host offers");
            // what the campaign dashboard shows on a first start, through the storefront's ingestion path
            new DemoEventHistory(adminSpring, line -> out.println("  " + line)).seed();
            // the ended campaign's payout run now rather than at the settlement job's next round, so the Settlement
            // section shows its statements on a first start and the store is settled before it says it is ready
            int settled = adminSpring.getBean("coopSettlementService", SettlementService.class).settleEndedCampaigns();
            if (settled > 0) {
                out.println("  " + settled + " ended campaign(s) settled");
            }
            // badges earned by the seeded history, and the mentoring pairs proposed, before the hub is indexed
            new DemoCommunitySeeder(adminSpring, line -> out.println("  " + line)).seed();

            out.println("Starting the storefront ...");
            WebAppContext site = webApp("/", "webapps/site", "coop-site");
            contexts.addHandler(site);
            siteApp = site;
            site.start();
            requireStarted(site);
            siteSpring = WebApplicationContextUtils.getRequiredWebApplicationContext(site.getServletContext());
            siteSpring.getBean("coopEnrollmentIndex", ActiveEnrollmentIndexHolder.class).rebuild();
            out.printf("Demo store ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
            return this;
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /**
     * A web app served from a folder on the classpath, loading its classes from the application's classpath (parent
     * first). Each app gets its own class loader, hence its own {@code java:comp/env}: Broadleaf names its JMX beans
     * after {@code java:comp/env/appName}, and two apps with one name would collide in this JVM.
     */
    private static WebAppContext webApp(String contextPath, String classpathFolder, String appName) throws NamingException {
        WebAppContext app = new WebAppContext();
        app.setContextPath(contextPath);
        app.setBaseResource(Resource.newClassPathResource(classpathFolder));
        app.setParentLoaderPriority(true);
        app.setConfigurations(new Configuration[]{new WebInfConfiguration(), new WebXmlConfiguration(),
                new MetaInfConfiguration(), new FragmentConfiguration(), new EnvConfiguration(),
                new PlusConfiguration(), new JettyWebXmlConfiguration()});
        new EnvEntry(app, "appName", appName, true);
        app.setThrowUnavailableOnStartupException(true);
        app.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", "^$");
        app.setAttribute("org.eclipse.jetty.server.webapp.WebInfIncludeJarPattern", "^$");
        app.setInitParameter("org.eclipse.jetty.servlet.Default.dirAllowed", "false");
        // errors go to the error page the app's web.xml names; what cannot reach it gets a plain page, never a stack
        app.setErrorHandler(new PlainErrorHandler());
        return app;
    }

    private static void requireStarted(WebAppContext app) {
        Throwable failure = app.getUnavailableException();
        if (failure != null || !app.isAvailable()) {
            throw new IllegalStateException(app.getContextPath() + " did not start", failure);
        }
    }

    public String baseUrl() {
        return "http://" + ("0.0.0.0".equals(options.host) ? "127.0.0.1" : options.host) + ":" + port();
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public SeedReport seedReport() {
        return seedReport;
    }

    /** The admin web app's root Spring context (Broadleaf's and the module's services). */
    public WebApplicationContext adminContext() {
        return adminSpring;
    }

    /** The storefront's root Spring context: the services that price and check out shoppers' carts. */
    public WebApplicationContext siteContext() {
        return siteSpring;
    }

    /** The admin's DispatcherServlet context: its controllers and request mappings (the module's screens among them). */
    public WebApplicationContext adminDispatcherContext() {
        return dispatcherContext(adminApp, "admin");
    }

    /** The storefront's DispatcherServlet context: its controllers and request mappings. */
    public WebApplicationContext siteDispatcherContext() {
        return dispatcherContext(siteApp, "site");
    }

    private static WebApplicationContext dispatcherContext(WebAppContext app, String servletName) {
        return app == null ? null : WebApplicationContextUtils.getWebApplicationContext(app.getServletContext(),
                FrameworkServlet.SERVLET_CONTEXT_PREFIX + servletName);
    }

    public EmbeddedServices services() {
        return services;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                out.println("Jetty did not stop cleanly: " + e.getMessage());
            }
            server = null;
        }
        adminSpring = null;
        siteSpring = null;
        adminApp = null;
        siteApp = null;
        if (services != null) {
            services.close();
            services = null;
        }
    }
}
