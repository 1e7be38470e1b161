package com.coopromo.demo.seed;

import com.coopromo.demo.seed.MarketplacePlan.PlannedProduct;
import com.coopromo.demo.seed.SeedData.CategorySpec;
import com.coopromo.demo.seed.SeedData.SellerSpec;
import com.coopromo.search.ListingDocument;
import com.coopromo.search.ListingSearchIndex;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.service.SellerService;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXref;
import org.broadleafcommerce.core.catalog.domain.CategoryXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StreamUtils;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Seeds the demo store's marketplace on first start: Broadleaf's admin menu/roles/permissions, a currency and locale,
 * a demo admin, a catalog of {@value #PRODUCT_COUNT} products in twelve departments under the root category
 * {@value DemoCatalog#ROOT_CATEGORY}, 24 sellers in three segments, a seller listing per product's default Sku, and
 * the search index of those listings. Data come from {@code demo-seed/*.txt} and one fixed random seed, so every
 * fresh database gets the same marketplace.
 * <p>
 * Idempotent: when the marketplace already has sellers, {@link #seedIfEmpty()} writes nothing. Sellers and listings
 * are written in one transaction, after the catalog, so "has sellers" means the catalog and the listings are
 * complete. Main code stays Java 8 (the host's Spring 3.2 reads class files up to 8).
 */
public class DemoMarketplaceSeeder {
    public static final int PRODUCT_COUNT = 2400;
    public static final long RANDOM_SEED = 20240901L;
    public static final String ADMIN_LOGIN = "admin";
    public static final String ADMIN_PASSWORD = "admin";
    public static final String ADMIN_NAME = "Demo Admin";
    public static final String ADMIN_EMAIL = "admin@coop-demo.example";
    /** Broadleaf's "Admin Master Access" role from {@code load_admin_roles.sql}. */
    public static final long ADMIN_ROLE_ID = -1L;
    public static final String ADMIN_ROLE_NAME = "ROLE_ADMIN";
    public static final String ROOT_CATEGORY_URL = "/marketplace";
    static final String[] ADMIN_SCRIPTS = {
            "/config/bc/sql/load_admin_permissions.sql",
            "/config/bc/sql/load_admin_roles.sql",
            "/config/bc/sql/load_admin_menu.sql"};

    static final int PRODUCTS_PER_TRANSACTION = 200;
    /** Where data folders seeded before the store counted stock kept each Sku's units. */
    static final String OLD_STOCK_ATTRIBUTE = "quantityAvailable";
    static final int LISTINGS_PER_FLUSH = 200;
    static final int INDEX_BATCH = 500;

    private final ApplicationContext context;
    private final Consumer<String> progress;
    private final CatalogService catalog;
    private final SellerService sellers;
    private final StockService stock;
    private final ListingSearchIndex index;
    private final AdminSecurityService adminSecurity;
    private final BroadleafCurrencyService currencies;
    private final LocaleService locales;
    private final EntityConfiguration entities;
    private final PlatformTransactionManager transactions;
    private final DataSource dataSource;
    private final int productCount;

    /**
     * @param context  a Broadleaf context with the module installed and Broadleaf's admin beans (the admin web app's
     *                 root context, or the core test context)
     * @param progress receives progress lines (at most about one per 10% of each phase) and the final summary
     */
    public DemoMarketplaceSeeder(ApplicationContext context, Consumer<String> progress) {
        this(context, progress, PRODUCT_COUNT);
    }

    DemoMarketplaceSeeder(ApplicationContext context, Consumer<String> progress, int productCount) {
        this.context = context;
        this.progress = progress == null ? new Consumer<String>() {
            @Override
            public void accept(String line) {
            }
        } : progress;
        this.productCount = productCount;
        this.catalog = context.getBean("blCatalogService", CatalogService.class);
        this.sellers = context.getBean("coopSellerService", SellerService.class);
        this.stock = context.getBean("coopStock", StockService.class);
        this.index = context.getBean("coopListingIndex", ListingSearchIndex.class);
        this.adminSecurity = context.getBean("blAdminSecurityService", AdminSecurityService.class);
        this.currencies = context.getBean("blCurrencyService", BroadleafCurrencyService.class);
        this.locales = context.getBean("blLocaleService", LocaleService.class);
        this.entities = context.getBean("blEntityConfiguration", EntityConfiguration.class);
        this.transactions = context.getBean("blTransactionManager", PlatformTransactionManager.class);
        Map<?, ?> dataSources = context.getBean("blMergedDataSources", Map.class);
        Object web = dataSources.get("jdbc/web");
        if (!(web instanceof DataSource)) {
            throw new IllegalStateException("blMergedDataSources has no DataSource under 'jdbc/web' (keys: "
                    + dataSources.keySet() + ")");
        }
        this.dataSource = (DataSource) web;
    }

    /** Seeds everything unless the marketplace already has sellers; see the class comment. */
    public SeedReport seedIfEmpty() {
        long started = System.nanoTime();
        long existingSellers = sellers.countSellers();
        if (existingSellers > 0) {
            SeedReport report = SeedReport.skipped(existingSellers, sellers.countListings(), secondsSince(started));
            progress.accept(report.getSummary());
            return report;
        }
        if (!catalog.findCategoriesByName(DemoCatalog.ROOT_CATEGORY).isEmpty()) {
            throw new IllegalStateException("the catalog already has a '" + DemoCatalog.ROOT_CATEGORY
                    + "' category but the marketplace has no sellers: an earlier seed stopped part-way. "
                    + "Start the demo on a fresh database (delete its data directory).");
        }
        MarketplacePlan plan = MarketplacePlan.create(SeedData.load(), productCount, RANDOM_SEED);

        loadBroadleafAdminData();
        BroadleafCurrency currency = ensureCurrencyAndLocale();
        ensureAdminUser();

        Map<String, Long> categoryIds = createCategories(plan);
        long[] skuIds = createProducts(plan, categoryIds, currency);
        countStock(plan, skuIds);
        Map<String, Seller> sellersByCode = new LinkedHashMap<String, Seller>();
        long[] listingIds = createSellersAndListings(plan, skuIds, sellersByCode);
        int indexed = indexListings(plan, skuIds, listingIds, sellersByCode);

        SeedReport report = SeedReport.seeded(categoryIds.size() + 1, plan.products().size(), sellersByCode.size(),
                listingIds.length, indexed, secondsSince(started));
        progress.accept(report.getSummary());
        return report;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Broadleaf's admin permissions, roles and menu

    /**
     * Runs Broadleaf's own admin scripts from the framework jar when its base permission row is missing (hbm2ddl
     * {@code update} does not run Hibernate's import files). Plain JDBC, one transaction, explicit commit.
     */
    void loadBroadleafAdminData() {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (count(connection, "SELECT COUNT(*) FROM BLC_ADMIN_PERMISSION WHERE ADMIN_PERMISSION_ID = -1") > 0) {
                    connection.rollback();
                    progress.accept("Broadleaf admin permissions, roles and menu already present");
                    return;
                }
                int statements = 0;
                try (Statement statement = connection.createStatement()) {
                    for (String script : ADMIN_SCRIPTS) {
                        for (String sql : SqlScript.statements(readClasspath(script))) {
                            statement.addBatch(sql);
                            statements++;
                        }
                    }
                    statement.executeBatch();
                }
                connection.commit();
                evictHibernateCaches();
                progress.accept("loaded Broadleaf admin permissions, roles and menu (" + statements + " rows)");
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not load Broadleaf's admin data: " + describe(e), e);
        }
    }

    /** Rows written over plain JDBC are unknown to Hibernate's caches: drop anything cached before them. */
    private void evictHibernateCaches() {
        EntityManagerFactory emf = entityManagerFactory();
        if (emf == null) {
            return;
        }
        emf.getCache().evictAll();
        if (emf instanceof HibernateEntityManagerFactory) {
            ((HibernateEntityManagerFactory) emf).getSessionFactory().getCache().evictQueryRegions();
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String readClasspath(String path) {
        Resource resource = context.getResource("classpath:" + path);
        if (!resource.exists()) {
            throw new IllegalStateException(path + " is not on the class path (it ships in broadleaf-framework)");
        }
        try (InputStream in = resource.getInputStream()) {
            return StreamUtils.copyToString(in, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path, e);
        }
    }

    private static String describe(SQLException e) {
        SQLException next = e.getNextException();
        return next == null ? e.getMessage() : e.getMessage() + " / " + next.getMessage();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. Currency and locale

    /** USD and en_US when the host has no currency / locale yet; returns the default currency. */
    BroadleafCurrency ensureCurrencyAndLocale() {
        return inTransaction(new TransactionCallback<BroadleafCurrency>() {
            @Override
            public BroadleafCurrency doInTransaction(TransactionStatus status) {
                BroadleafCurrency currency = currencies.findDefaultBroadleafCurrency();
                if (currencies.getAllCurrencies().isEmpty()) {
                    BroadleafCurrency usd = new BroadleafCurrencyImpl();
                    usd.setCurrencyCode("USD");
                    usd.setFriendlyName("US Dollar");
                    usd.setDefaultFlag(true);
                    currency = currencies.save(usd);
                    progress.accept("created currency USD");
                } else if (currency == null) {
                    currency = currencies.findCurrencyByCode("USD");
                }
                if (locales.findAllLocales().isEmpty()) {
                    Locale locale = new LocaleImpl();
                    locale.setLocaleCode("en_US");
                    locale.setFriendlyName("English US");
                    locale.setDefaultFlag(true);
                    locale.setDefaultCurrency(currency);
                    locale.setUseCountryInSearchIndex(false);
                    locales.save(locale);
                    progress.accept("created locale en_US");
                }
                return currency;
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. The demo admin

    /** Login admin / admin with ROLE_ADMIN, unless a user with that login exists. */
    void ensureAdminUser() {
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                if (adminSecurity.readAdminUserByUserName(ADMIN_LOGIN) != null) {
                    progress.accept("admin user '" + ADMIN_LOGIN + "' already exists");
                    return null;
                }
                AdminRole role = adminSecurity.readAdminRoleById(ADMIN_ROLE_ID);
                if (role == null) {
                    throw new IllegalStateException("Broadleaf's admin role " + ADMIN_ROLE_ID + " (" + ADMIN_ROLE_NAME
                            + ") is missing although its admin scripts ran");
                }
                AdminUser user = entities.createEntityInstance(AdminUser.class.getName(), AdminUser.class);
                user.setLogin(ADMIN_LOGIN);
                user.setName(ADMIN_NAME);
                user.setEmail(ADMIN_EMAIL);
                user.setActiveStatusFlag(Boolean.TRUE);
                // saveAdminUser encodes the unencoded password with blPasswordEncoder (+ salt source, if any)
                user.setUnencodedPassword(ADMIN_PASSWORD);
                user.getAllRoles().add(role);
                adminSecurity.saveAdminUser(user);
                progress.accept("created admin user '" + ADMIN_LOGIN + "' (password '" + ADMIN_PASSWORD + "', "
                        + ADMIN_ROLE_NAME + ")");
                return null;
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. Catalog

    /** The root category and one child per department; returns the children's ids by name. */
    private Map<String, Long> createCategories(final MarketplacePlan plan) {
        final Date activeFrom = activeFrom();
        return inTransaction(new TransactionCallback<Map<String, Long>>() {
            @Override
            public Map<String, Long> doInTransaction(TransactionStatus status) {
                Category root = catalog.createCategory();
                root.setName(DemoCatalog.ROOT_CATEGORY);
                root.setUrl(ROOT_CATEGORY_URL);
                root.setDescription("Products from independent sellers of every size");
                root.setActiveStartDate(activeFrom);
                root = catalog.saveCategory(root);

                Map<String, Long> ids = new LinkedHashMap<String, Long>();
                int order = 1;
                for (CategorySpec spec : plan.categories()) {
                    Category category = catalog.createCategory();
                    category.setName(spec.name);
                    category.setUrl(spec.url());
                    category.setDescription(spec.tagline);
                    category.setActiveStartDate(activeFrom);
                    category.setDefaultParentCategory(root);
                    CategoryXref xref = new CategoryXrefImpl();
                    xref.setCategory(root);
                    xref.setSubCategory(category);
                    xref.setDisplayOrder(BigDecimal.valueOf(order++));
                    category.getAllParentCategoryXrefs().add(xref);
                    category = catalog.saveCategory(category);
                    ids.put(spec.name, category.getId());
                }
                progress.accept("created " + (ids.size() + 1) + " categories under '" + DemoCatalog.ROOT_CATEGORY + "'");
                return ids;
            }
        });
    }

    /** Products with their default Skus, {@value #PRODUCTS_PER_TRANSACTION} per transaction; returns Sku ids by product. */
    private long[] createProducts(final MarketplacePlan plan, final Map<String, Long> categoryIds,
                                  final BroadleafCurrency currency) {
        final List<PlannedProduct> products = plan.products();
        final long[] skuIds = new long[products.size()];
        final Date activeFrom = activeFrom();
        Progress report = new Progress("seeding products", products.size());
        for (int from = 0; from < products.size(); from += PRODUCTS_PER_TRANSACTION) {
            final List<PlannedProduct> chunk = products.subList(from, Math.min(products.size(), from + PRODUCTS_PER_TRANSACTION));
            inTransaction(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    Map<String, Category> categories = new HashMap<String, Category>();
                    for (Map.Entry<String, Long> entry : categoryIds.entrySet()) {
                        categories.put(entry.getKey(), catalog.findCategoryById(entry.getValue()));
                    }
                    for (PlannedProduct planned : chunk) {
                        Category category = categories.get(planned.category.name);
                        Product product = catalog.saveProduct(newProduct(planned, category, currency, activeFrom));
                        skuIds[planned.number - 1] = product.getDefaultSku().getId();
                    }
                    return null;
                }
            });
            report.done(from + chunk.size());
        }
        return skuIds;
    }

    private Product newProduct(PlannedProduct planned, Category category, BroadleafCurrency currency, Date activeFrom) {
        Sku sku = catalog.createSku();
        sku.setName(planned.name);
        sku.setDescription(planned.description);
        sku.setRetailPrice(new Money(planned.price));
        if (currency != null) {
            sku.setCurrency(currency);
        }
        sku.setActiveStartDate(activeFrom);
        sku.setDiscountable(Boolean.TRUE);
        sku.setTaxable(Boolean.TRUE);
        // its units are counted in the module's stock (countStock); Broadleaf's own availability checks ask it too
        sku.setInventoryType(InventoryType.CHECK_QUANTITY);

        Product product = catalog.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        product.setUrl(planned.url);
        product.setDefaultCategory(category);
        CategoryProductXref xref = entities.createEntityInstance(CategoryProductXref.class.getName(), CategoryProductXref.class);
        xref.setCategory(category);
        xref.setProduct(product);
        xref.setDisplayOrder(BigDecimal.valueOf(planned.number));
        product.getAllParentCategoryXrefs().add(xref);
        return product;
    }

    /** Every product's planned units, in the store's stock (the module's {@code coopStock}). */
    private void countStock(MarketplacePlan plan, long[] skuIds) {
        Map<Long, Integer> units = new HashMap<Long, Integer>();
        for (PlannedProduct planned : plan.products()) {
            units.put(skuIds[planned.number - 1], planned.quantity);
        }
        stock.setUnits(units);
        progress.accept("counted the stock of " + units.size() + " Skus");
    }

    /**
     * Data folders seeded before the store counted stock kept each Sku's units in a Sku attribute
     * ({@value #OLD_STOCK_ATTRIBUTE}, inventory type {@code ALWAYS_AVAILABLE} or {@code UNAVAILABLE}): moves them
     * into the store's stock, switches the Skus to {@code CHECK_QUANTITY} and drops the attribute, so there is one
     * stock. Skus already counted keep their count. Returns how many Skus were moved (0 once done).
     */
    public int moveAttributeStock() {
        final List<Object[]> old = inTransaction(new TransactionCallback<List<Object[]>>() {
            @Override
            public List<Object[]> doInTransaction(TransactionStatus status) {
                return EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory()).createQuery(
                        "select a.sku.id, a.value from SkuAttributeImpl a where a.name = :name", Object[].class)
                        .setParameter("name", OLD_STOCK_ATTRIBUTE).getResultList();
            }
        });
        if (old.isEmpty()) {
            return 0;
        }
        Map<Long, Integer> units = new HashMap<Long, Integer>();
        for (Object[] row : old) {
            try {
                units.put((Long) row[0], Math.max(0, Integer.parseInt(((String) row[1]).trim())));
            } catch (RuntimeException e) {
                units.put((Long) row[0], 0);
            }
        }
        units.keySet().removeAll(stock.unitsLeft(units.keySet()).keySet());
        stock.setUnits(units);
        final List<Long> skuIds = new ArrayList<Long>();
        for (Object[] row : old) {
            skuIds.add((Long) row[0]);
        }
        for (int from = 0; from < skuIds.size(); from += PRODUCTS_PER_TRANSACTION) {
            final List<Long> chunk = skuIds.subList(from, Math.min(skuIds.size(), from + PRODUCTS_PER_TRANSACTION));
            inTransaction(new TransactionCallback<Void>() {
                @Override
                public Void doInTransaction(TransactionStatus status) {
                    for (Long skuId : chunk) {
                        Sku sku = catalog.findSkuById(skuId);
                        sku.getSkuAttributes().remove(OLD_STOCK_ATTRIBUTE); // orphan removal deletes its row
                        sku.setInventoryType(InventoryType.CHECK_QUANTITY);
                        catalog.saveSku(sku);
                    }
                    return null;
                }
            });
        }
        progress.accept("moved the stock of " + skuIds.size() + " Skus from their '" + OLD_STOCK_ATTRIBUTE
                + "' attribute into the store's stock");
        return skuIds.size();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 5. + 6. Sellers and their listings, in one transaction

    private long[] createSellersAndListings(final MarketplacePlan plan, final long[] skuIds,
                                            final Map<String, Seller> sellersByCode) {
        final List<PlannedProduct> products = plan.products();
        final long[] listingIds = new long[products.size()];
        inTransaction(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                for (SellerSpec spec : plan.sellers()) {
                    Seller seller = sellers.registerSeller(new SellerDraft(spec.code, spec.name, spec.segment,
                            spec.standing, spec.contactEmail()));
                    sellersByCode.put(spec.code, seller);
                }
                progress.accept("registered " + sellersByCode.size() + " sellers");
                EntityManager em = transactionalEntityManager();
                Progress report = new Progress("creating listings", products.size());
                for (PlannedProduct planned : products) {
                    Seller seller = sellersByCode.get(planned.seller.code);
                    SellerListing listing = sellers.addListing(new ListingDraft(seller.getId(), skuIds[planned.number - 1],
                            planned.marginFloor, planned.shipMinDays, planned.shipMaxDays));
                    listingIds[planned.number - 1] = listing.getId();
                    if (planned.number % LISTINGS_PER_FLUSH == 0 && em != null) {
                        // keep the session small: every listing query auto-flushes (dirty-checks) all it holds
                        em.flush();
                        em.clear();
                    }
                    report.done(planned.number);
                }
                return null;
            }
        });
        return listingIds;
    }

    private EntityManager transactionalEntityManager() {
        EntityManagerFactory emf = entityManagerFactory();
        return emf == null ? null : EntityManagerFactoryUtils.getTransactionalEntityManager(emf);
    }

    /** blPU's factory, behind {@code blTransactionManager}. */
    private EntityManagerFactory entityManagerFactory() {
        return transactions instanceof JpaTransactionManager
                ? ((JpaTransactionManager) transactions).getEntityManagerFactory() : null;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 7. Search index

    private int indexListings(MarketplacePlan plan, long[] skuIds, long[] listingIds, Map<String, Seller> sellersByCode) {
        index.ensureIndex();
        List<PlannedProduct> products = plan.products();
        Progress report = new Progress("indexing listings", products.size());
        int indexed = 0;
        List<ListingDocument> batch = new ArrayList<ListingDocument>(INDEX_BATCH);
        for (PlannedProduct planned : products) {
            Seller seller = sellersByCode.get(planned.seller.code);
            ListingDocument doc = new ListingDocument();
            doc.setListingId(listingIds[planned.number - 1]);
            doc.setSkuId(skuIds[planned.number - 1]);
            doc.setSellerId(seller.getId());
            doc.setSellerCode(planned.seller.code);
            doc.setSellerName(planned.seller.name);
            doc.setSellerSegment(planned.seller.segment.name());
            doc.setProductName(planned.name);
            doc.setCategory(planned.category.name);
            doc.setPrice(planned.price);
            doc.setInStock(planned.quantity > 0);
            doc.setShipMaxDays(planned.shipMaxDays);
            batch.add(doc);
            if (batch.size() == INDEX_BATCH) {
                indexed += index.index(batch);
                batch.clear();
                report.done(indexed);
            }
        }
        if (!batch.isEmpty()) {
            indexed += index.index(batch);
            report.done(indexed);
        }
        index.refresh();
        return indexed;
    }

    // ---------------------------------------------------------------------------------------------------------------

    private <T> T inTransaction(TransactionCallback<T> work) {
        return new TransactionTemplate(transactions).execute(work);
    }

    /** Active from 30 days ago (Broadleaf compares start dates with a coarse "now"). */
    private static Date activeFrom() {
        return new Date(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(30));
    }

    private static double secondsSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Reports "what done/total" lines, at most one per tenth of the total (the last one included). */
    private final class Progress {
        private final String what;
        private final int total;
        private int lastTenth;

        Progress(String what, int total) {
            this.what = what;
            this.total = total;
        }

        void done(int count) {
            int tenth = total == 0 ? 10 : (int) ((long) count * 10 / total);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                progress.accept(what + " " + count + "/" + total);
            }
        }
    }
}
