package com.coopromo.demo.seed;

import com.coopromo.demo.seed.DemoCatalog;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.search.ListingFacetQuery;
import com.coopromo.search.ListingFacetResult;
import com.coopromo.search.ListingSearchIndex;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerService;
import com.coopromo.stock.service.StockService;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.domain.SkuAttribute;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.inventory.service.InventoryService;
import org.broadleafcommerce.core.inventory.service.type.InventoryType;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.security.authentication.encoding.PasswordEncoder;

import javax.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeds the demo marketplace once into the real host (Broadleaf on PostgreSQL, the search node) and checks what the
 * demo store relies on. Assertions are scoped to the seeded data (root category "Marketplace", the seller codes of
 * {@code demo-seed/sellers.txt}) so other tests sharing the host do not disturb them.
 */
@ExtendWith(CoopHostExtension.class)
class DemoMarketplaceSeederIntegrationTest {
    private static final String ROOT = DemoCatalog.ROOT_CATEGORY;
    private static final String IN_MARKETPLACE = "p.defaultCategory.defaultParentCategory.name = :root";

    private static TestHost host;
    private static SellerService sellers;
    private static CatalogService catalog;
    private static ListingSearchIndex index;
    private static SeedReport firstRun;
    private static boolean hostWasPristine;
    private static final List<String> progressLines = Collections.synchronizedList(new ArrayList<>());
    private static final Set<String> seededCodes = SeedData.load().sellers().stream().map(s -> s.code)
            .collect(Collectors.toSet());

    @BeforeAll
    static void seedOnce(TestHost testHost) {
        host = testHost;
        sellers = host.bean("coopSellerService", SellerService.class);
        catalog = host.bean("blCatalogService", CatalogService.class);
        index = host.bean("coopListingIndex", ListingSearchIndex.class);
        hostWasPristine = sellers.countSellers() == 0;

        long started = System.nanoTime();
        firstRun = new DemoMarketplaceSeeder(host.context(), line -> {
            progressLines.add(line);
            System.out.printf("[seed %5.1f s] %s%n", (System.nanoTime() - started) / 1e9, line);
        }).seedIfEmpty();
        System.out.printf("[seed] measured: %.2f s for the whole seed (%s)%n", firstRun.getSeconds(), firstRun);

        assertThat(hostWasPristine || !firstRun.isSkipped() || marketplaceExists())
                .as("another test registered sellers in the shared host before the demo marketplace was seeded, "
                        + "so seedIfEmpty() skipped; run this test in its own JVM")
                .isTrue();
    }

    @Test
    void theFirstRunSeedsAndReportsWhatItCreated() {
        if (!hostWasPristine) {
            return; // seeded by an earlier user of the shared host: the data checks below still apply
        }
        assertThat(firstRun.isSkipped()).isFalse();
        assertThat(firstRun.getCategories()).isEqualTo(13);
        assertThat(firstRun.getProducts()).isEqualTo(DemoMarketplaceSeeder.PRODUCT_COUNT);
        assertThat(firstRun.getSellers()).isEqualTo(24);
        assertThat(firstRun.getListings()).isEqualTo(DemoMarketplaceSeeder.PRODUCT_COUNT);
        assertThat(firstRun.getIndexed()).isEqualTo(DemoMarketplaceSeeder.PRODUCT_COUNT);
        assertThat(firstRun.getSeconds()).isPositive();
        assertThat(progressLines).anyMatch(l -> l.startsWith("seeding products "))
                .anyMatch(l -> l.startsWith("creating listings "))
                .anyMatch(l -> l.startsWith("indexing listings "))
                .anyMatch(l -> l.startsWith("created admin user 'admin'"))
                .anyMatch(l -> l.startsWith("loaded Broadleaf admin permissions"));
        assertThat(progressLines).filteredOn(l -> l.startsWith("seeding products ")).hasSizeLessThanOrEqualTo(10)
                .contains("seeding products 2400/2400");
        assertThat(progressLines).filteredOn(l -> l.startsWith("indexing listings ")).hasSizeLessThanOrEqualTo(10)
                .contains("indexing listings 2400/2400");
        assertThat(progressLines.get(progressLines.size() - 1)).isEqualTo(firstRun.getSummary())
                .contains("2400 products", "24 sellers");
    }

    @Test
    void sellersOfAllThreeSegmentsEachListAtLeastTwentyProducts() {
        List<Seller> seeded = sellers.findAllSellers().stream().filter(s -> seededCodes.contains(s.getCode())).toList();
        assertThat(seeded).hasSizeGreaterThanOrEqualTo(20);
        Map<SellerSegment, Long> segments = seeded.stream().collect(Collectors.groupingBy(Seller::getSegment, Collectors.counting()));
        assertThat(segments).containsEntry(SellerSegment.SMALL, 12L).containsEntry(SellerSegment.MID, 8L)
                .containsEntry(SellerSegment.LARGE, 4L);
        assertThat(seeded).allSatisfy(s -> assertThat(s.getContactEmail()).endsWith("@" + s.getCode() + ".example"));

        Map<String, Long> listingsPerSeller = jpql(em -> em.createQuery(
                        "select l.seller.code, count(l) from SellerListingImpl l group by l.seller.code", Object[].class)
                .getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1])));
        for (Seller seller : seeded) {
            assertThat(listingsPerSeller.getOrDefault(seller.getCode(), 0L)).as(seller.getCode()).isGreaterThanOrEqualTo(20);
        }
        long smallest = seeded.stream().filter(s -> s.getSegment() == SellerSegment.LARGE)
                .mapToLong(s -> listingsPerSeller.get(s.getCode())).min().orElseThrow();
        long biggestSmall = seeded.stream().filter(s -> s.getSegment() == SellerSegment.SMALL)
                .mapToLong(s -> listingsPerSeller.get(s.getCode())).max().orElseThrow();
        assertThat(smallest).isGreaterThan(biggestSmall);
    }

    @Test
    void atLeastTwoThousandProductsInAtLeastTenCategoriesWithPricedStockedSkus() {
        Map<String, Long> perCategory = jpql(em -> em.createQuery(
                        "select p.defaultCategory.name, count(p) from ProductImpl p where " + IN_MARKETPLACE
                                + " group by p.defaultCategory.name", Object[].class)
                .setParameter("root", ROOT).getResultList().stream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1])));
        long products = perCategory.values().stream().mapToLong(Long::longValue).sum();
        assertThat(perCategory).hasSizeGreaterThanOrEqualTo(10);
        assertThat(products).isGreaterThanOrEqualTo(2000);

        // linked through the category-product xref too (what Broadleaf's category pages query)
        long xrefs = count("select count(x) from CategoryProductXrefImpl x where x.category.defaultParentCategory.name = :root");
        assertThat(xrefs).isEqualTo(products);
        assertThat(count("select count(p) from ProductImpl p where " + IN_MARKETPLACE
                + " and p.defaultSku.retailPrice > 0 and p.defaultSku.activeStartDate is not null"
                + " and p.defaultSku.inventoryType is not null and p.url like '/%'")).isEqualTo(products);

        Category root = catalog.findCategoryByName(ROOT);
        List<Category> departments = catalog.findActiveSubCategoriesByCategory(root);
        assertThat(departments).hasSize(12);
        for (Category department : departments) {
            assertThat(department.getUrl()).startsWith("/");
            List<Product> page = catalog.findActiveProductsByCategory(department, 5, 0);
            assertThat(page).as(department.getName()).isNotEmpty();
            Product first = page.get(0);
            assertThat(first.getUrl()).startsWith(department.getUrl() + "/");
            assertThat(catalog.findProductByURI(first.getUrl())).extracting(Product::getId).isEqualTo(first.getId());
        }

        // stock: 0-250 on every Sku in the store's stock, ~5% out of stock, and Broadleaf's inventory answers the same
        List<Integer> stock = stockLevels();
        assertThat(stock).hasSize((int) products).allSatisfy(q -> assertThat(q).isBetween(0, 250));
        long outOfStock = stock.stream().filter(q -> q == 0).count();
        assertThat(outOfStock).isBetween(products / 50, products / 10);

        StockService store = host.bean("coopStock", StockService.class);
        InventoryService broadleaf = host.bean("blInventoryService", InventoryService.class);
        host.inTransaction(status -> {
            for (Category department : departments) {
                for (Product product : catalog.findActiveProductsByCategory(catalog.findCategoryById(department.getId()), 20, 0)) {
                    Sku sku = product.getDefaultSku();
                    assertThat(sku.getPrice().getAmount()).isPositive();
                    assertThat(sku.isDiscountable()).isTrue();
                    Integer quantity = store.unitsLeft(sku.getId());
                    assertThat(quantity).as(sku.getName()).isNotNull().isBetween(0, 250);
                    assertThat(sku.getInventoryType()).isEqualTo(InventoryType.CHECK_QUANTITY);
                    assertThat(sku.getSkuAttributes()).doesNotContainKey(DemoMarketplaceSeeder.OLD_STOCK_ATTRIBUTE);
                    assertThat(broadleaf.retrieveQuantityAvailable(sku)).as("Broadleaf's own inventory").isEqualTo(quantity);
                    assertThat(broadleaf.isAvailable(sku, 1)).isEqualTo(quantity > 0);
                }
            }
            return null;
        });
    }

    @Test
    void everyDefaultSkuHasOneListingWithAFloorBelowItsPrice() {
        long products = count("select count(p) from ProductImpl p where " + IN_MARKETPLACE);
        assertThat(count("select count(l) from SellerListingImpl l, ProductImpl p where l.skuId = p.defaultSku.id and "
                + IN_MARKETPLACE)).isEqualTo(products);
        assertThat(count("select count(l) from SellerListingImpl l, ProductImpl p where l.skuId = p.defaultSku.id and "
                + IN_MARKETPLACE + " and l.marginFloorPrice < p.defaultSku.retailPrice"
                + " and l.marginFloorPrice >= p.defaultSku.retailPrice * 0.55 - 0.01"
                + " and l.shipMinDays between 1 and 3 and l.shipMaxDays >= l.shipMinDays and l.shipMaxDays <= l.shipMinDays + 5"))
                .isEqualTo(products);
    }

    @Test
    void theSearchIndexHoldsEveryListingAndItsFacetsAddUp() {
        ListingFacetResult all = index.search(ListingFacetQuery.all().size(0));
        if (hostWasPristine) {
            assertThat(all.total()).isEqualTo(sellers.countListings()).isEqualTo(DemoMarketplaceSeeder.PRODUCT_COUNT);
        }
        Map<String, Long> segments = all.facet(ListingSearchIndex.FACET_SEGMENT);
        assertThat(segments.keySet()).contains("SMALL", "MID", "LARGE");
        assertThat(segments.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(all.total());
        assertThat(all.facet(ListingSearchIndex.FACET_CATEGORY)).hasSizeGreaterThanOrEqualTo(10);

        Map<String, Long> dbPerSeller = jpql(em -> em.createQuery(
                        "select l.seller.code, count(l) from SellerListingImpl l group by l.seller.code", Object[].class)
                .getResultList().stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1])));
        for (String code : seededCodes) {
            ListingFacetResult ofSeller = index.search(ListingFacetQuery.all().sellerCode(code).size(0));
            assertThat(ofSeller.total()).as(code).isEqualTo(dbPerSeller.get(code));
        }
        ListingFacetResult inStock = index.search(ListingFacetQuery.all().inStockOnly(true).size(0));
        assertThat(inStock.total()).isLessThan(all.total()).isGreaterThan(all.total() * 85 / 100);
    }

    @Test
    void aSecondRunIsSkippedAndChangesNothing() {
        long sellersBefore = sellers.countSellers();
        long listingsBefore = sellers.countListings();
        long productsBefore = count("select count(p) from ProductImpl p");
        long indexedBefore = index.search(ListingFacetQuery.all().size(0)).total();

        List<String> lines = new ArrayList<>();
        SeedReport again = new DemoMarketplaceSeeder(host.context(), lines::add).seedIfEmpty();

        assertThat(again.isSkipped()).isTrue();
        assertThat(again.getProducts() + again.getSellers() + again.getListings() + again.getIndexed()).isZero();
        assertThat(lines).containsExactly(again.getSummary());
        assertThat(again.getSummary()).contains("already seeded");
        assertThat(sellers.countSellers()).isEqualTo(sellersBefore);
        assertThat(sellers.countListings()).isEqualTo(listingsBefore);
        assertThat(count("select count(p) from ProductImpl p")).isEqualTo(productsBefore);
        assertThat(index.search(ListingFacetQuery.all().size(0)).total()).isEqualTo(indexedBefore);
    }

    @Test
    void aFolderSeededBeforeTheStoreCountedStockMovesItsAttributeStockIntoTheStoreOnce() {
        // two Skus as an earlier version seeded them: units in a Sku attribute, inventory type by "any left"
        EntityConfiguration entities = host.bean("blEntityConfiguration", EntityConfiguration.class);
        long stocked = oldStyleSku(entities, 17, InventoryType.ALWAYS_AVAILABLE);
        long soldOut = oldStyleSku(entities, 0, InventoryType.UNAVAILABLE);
        StockService store = host.bean("coopStock", StockService.class);
        assertThat(store.unitsLeft(stocked)).isNull();

        List<String> lines = new ArrayList<>();
        DemoMarketplaceSeeder seeder = new DemoMarketplaceSeeder(host.context(), lines::add);
        assertThat(seeder.moveAttributeStock()).isGreaterThanOrEqualTo(2);

        assertThat(store.unitsLeft(stocked)).isEqualTo(17);
        assertThat(store.unitsLeft(soldOut)).isEqualTo(0);
        host.inTransaction(status -> {
            for (long skuId : new long[]{stocked, soldOut}) {
                Sku sku = catalog.findSkuById(skuId);
                assertThat(sku.getInventoryType()).isEqualTo(InventoryType.CHECK_QUANTITY);
                assertThat(sku.getSkuAttributes()).doesNotContainKey(DemoMarketplaceSeeder.OLD_STOCK_ATTRIBUTE);
            }
            return null;
        });
        assertThat(lines).anyMatch(l -> l.startsWith("moved the stock of "));

        store.setUnits(stocked, 5); // sold since: a second start must not bring the old figure back
        assertThat(seeder.moveAttributeStock()).isZero();
        assertThat(store.unitsLeft(stocked)).isEqualTo(5);
    }

    private static long oldStyleSku(EntityConfiguration entities, int units, InventoryType type) {
        return host.inTransaction(status -> {
            Sku sku = catalog.createSku();
            sku.setName("Old-style stock " + units);
            sku.setRetailPrice(new Money(new BigDecimal("9.99")));
            sku.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
            sku.setInventoryType(type);
            SkuAttribute attribute = entities.createEntityInstance(SkuAttribute.class.getName(), SkuAttribute.class);
            attribute.setName(DemoMarketplaceSeeder.OLD_STOCK_ATTRIBUTE);
            attribute.setValue(Integer.toString(units));
            attribute.setSearchable(Boolean.FALSE);
            attribute.setSku(sku);
            sku.getSkuAttributes().put(DemoMarketplaceSeeder.OLD_STOCK_ATTRIBUTE, attribute);
            return catalog.saveSku(sku).getId();
        });
    }

    @Test
    void theDemoAdminHasRoleAdminAndTheHostHasAdminMenusCurrencyAndLocale() {
        AdminSecurityService security = host.bean("blAdminSecurityService", AdminSecurityService.class);
        PasswordEncoder encoder = host.bean("blPasswordEncoder", PasswordEncoder.class);
        host.inTransaction(status -> {
            AdminUser admin = security.readAdminUserByUserName(DemoMarketplaceSeeder.ADMIN_LOGIN);
            assertThat(admin).isNotNull();
            assertThat(admin.getName()).isEqualTo("Demo Admin");
            assertThat(admin.getEmail()).isEqualTo("admin@coop-demo.example");
            assertThat(admin.getActiveStatusFlag()).isTrue();
            assertThat(admin.getAllRoles()).extracting(AdminRole::getName).contains("ROLE_ADMIN");
            assertThat(encoder.isPasswordValid(admin.getPassword(), "admin", security.getSalt(admin, "admin"))).isTrue();
            return null;
        });
        assertThat(count("select count(p) from AdminPermissionImpl p")).isGreaterThanOrEqualTo(85);
        assertThat(count("select count(m) from AdminModuleImpl m")).isGreaterThanOrEqualTo(7);
        assertThat(count("select count(s) from AdminSectionImpl s")).isGreaterThan(10);

        BroadleafCurrencyService currencies = host.bean("blCurrencyService", BroadleafCurrencyService.class);
        LocaleService locales = host.bean("blLocaleService", LocaleService.class);
        assertThat(currencies.findCurrencyByCode("USD")).isNotNull();
        assertThat(currencies.findDefaultBroadleafCurrency()).isNotNull();
        assertThat(locales.findDefaultLocale()).isNotNull();
        assertThat(locales.findLocaleByCode("en_US")).isNotNull();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static boolean marketplaceExists() {
        return !catalog.findCategoriesByName(ROOT).isEmpty();
    }

    /** The stock of every marketplace product's default Sku (a Sku the store does not count shows as null). */
    private static List<Integer> stockLevels() {
        List<Long> skuIds = jpql(em -> em.createQuery("select s.id from SkuImpl s where "
                + "s.defaultProduct.defaultCategory.defaultParentCategory.name = :root", Long.class)
                .setParameter("root", ROOT).getResultList());
        Map<Long, Integer> counted = host.bean("coopStock", StockService.class).unitsLeft(skuIds);
        return skuIds.stream().map(counted::get).toList();
    }

    private static long count(String jpql) {
        return jpql(em -> {
            var query = em.createQuery(jpql, Long.class);
            if (jpql.contains(":root")) {
                query.setParameter("root", ROOT);
            }
            return query.getSingleResult();
        });
    }

    private static <T> T jpql(Function<EntityManager, T> work) {
        JpaTransactionManager tm = host.bean("blTransactionManager", JpaTransactionManager.class);
        return host.inTransaction(status ->
                work.apply(EntityManagerFactoryUtils.getTransactionalEntityManager(tm.getEntityManagerFactory())));
    }
}
