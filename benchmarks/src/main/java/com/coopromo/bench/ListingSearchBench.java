package com.coopromo.bench;

import com.coopromo.infra.host.EmbeddedServices;
import com.coopromo.search.CoopSearchClient;
import com.coopromo.search.ListingDocument;
import com.coopromo.search.ListingFacetQuery;
import com.coopromo.search.ListingSearchIndex;
import com.coopromo.search.SearchSettings;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Faceted listing search: the module's Elasticsearch index against the same query answered by the database alone
 * (a {@code LIKE} match plus one {@code GROUP BY} per facet, the way a database-backed catalog search works).
 *
 * <p>Run: {@code benchmarks/run.sh ListingSearchBench [listings...]} (default 10000 100000). Prints indexing
 * throughput and query latency percentiles for both, side by side.
 */
public final class ListingSearchBench {
    private static final String[] CATEGORIES = {"Back to School", "Outdoor", "Kitchen", "Toys", "Books", "Garden",
            "Electronics", "Apparel", "Beauty", "Sports", "Pets", "Home Office"};
    private static final String[] SEGMENTS = {"SMALL", "MID", "LARGE"};
    private static final String[] ADJECTIVES = {"trail", "classic", "compact", "deluxe", "eco", "family", "pocket",
            "rustic", "smart", "sturdy", "travel", "vintage", "bright", "quiet", "rapid"};
    private static final String[] NOUNS = {"lantern", "backpack", "kettle", "puzzle", "notebook", "planter", "speaker",
            "jacket", "serum", "racket", "leash", "lamp", "blender", "tent", "marker"};
    private static final int SELLERS = 5_000;
    private static final int WARMUP = 300;
    private static final int MEASURED = 1_000;

    private ListingSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[]{10_000, 100_000} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Path work = Files.createTempDirectory("coop-bench-search");
        System.out.println("Starting PostgreSQL and the search node ...");
        try (EmbeddedServices services = EmbeddedServices.startForTests(work)) {
            String jdbcUrl = services.database().jdbcUrl();
            System.out.printf(Locale.ROOT, "%n%-9s | %-28s | %-28s | %s%n", "listings", "Elasticsearch (module)",
                    "PostgreSQL LIKE + GROUP BY", "speed-up (p50 / p99)");
            System.out.printf(Locale.ROOT, "%-9s | %-28s | %-28s |%n", "", "index/s   p50 ms  p99 ms", "load/s    p50 ms  p99 ms");
            for (int size : sizes) {
                List<ListingDocument> listings = generate(size);
                List<BenchQuery> queries = queries();
                CoopSearchClient client = new CoopSearchClient(new SearchSettings(
                        services.property("coop.search.url"), null, true, "bench" + size));
                client.start();
                ListingSearchIndex index = new ListingSearchIndex(client);
                double esRate = indexAll(index, listings);
                double[] es = measure(i -> index.search(queries.get(i % queries.size()).toFacetQuery()).total());
                client.stop();
                try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                    double dbRate = load(db, "bench_" + size, listings);
                    String table = "bench_" + size;
                    double[] sql = measure(i -> databaseSearch(db, table, queries.get(i % queries.size())));
                    System.out.printf(Locale.ROOT, "%-9d | %7.0f  %7.2f %7.2f | %7.0f  %7.2f %7.2f | %5.1fx / %5.1fx%n",
                            size, esRate, es[0], es[1], dbRate, sql[0], sql[1], sql[0] / es[0], sql[1] / es[1]);
                }
            }
        }
    }

    private interface Query {
        long run(int i) throws Exception;
    }

    /** Returns {p50, p99} in milliseconds after a warm-up. */
    private static double[] measure(Query query) throws Exception {
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += query.run(i);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t0 = System.nanoTime();
            sink += query.run(i + WARMUP);
            nanos[i] = System.nanoTime() - t0;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink); // keeps the results alive
        }
        Arrays.sort(nanos);
        return new double[]{nanos[MEASURED / 2] / 1e6, nanos[(int) (MEASURED * 0.99)] / 1e6};
    }

    private static double indexAll(ListingSearchIndex index, List<ListingDocument> listings) {
        index.ensureIndex();
        long t0 = System.nanoTime();
        for (int from = 0; from < listings.size(); from += 1_000) {
            index.index(listings.subList(from, Math.min(listings.size(), from + 1_000)));
        }
        index.refresh();
        return listings.size() / ((System.nanoTime() - t0) / 1e9);
    }

    private static double load(Connection db, String table, List<ListingDocument> listings) throws Exception {
        db.setAutoCommit(false);
        try (Statement ddl = db.createStatement()) {
            ddl.execute("create table " + table + " (listing_id bigint primary key, seller_code varchar(64), "
                    + "seller_segment varchar(16), product_name varchar(255), category varchar(64), price numeric(19,2), in_stock boolean)");
        }
        long t0 = System.nanoTime();
        try (PreparedStatement insert = db.prepareStatement("insert into " + table + " values (?,?,?,?,?,?,?)")) {
            for (ListingDocument l : listings) {
                insert.setLong(1, l.getListingId());
                insert.setString(2, l.getSellerCode());
                insert.setString(3, l.getSellerSegment());
                insert.setString(4, l.getProductName());
                insert.setString(5, l.getCategory());
                insert.setBigDecimal(6, l.getPrice());
                insert.setBoolean(7, l.isInStock());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement ddl = db.createStatement()) {
            ddl.execute("create index on " + table + " (seller_segment)");
            ddl.execute("create index on " + table + " (category)");
            ddl.execute("analyze " + table);
        }
        db.commit();
        return listings.size() / ((System.nanoTime() - t0) / 1e9);
    }

    /** The same answer as the index gives: 24 matches and the three facet counts. */
    private static long databaseSearch(Connection db, String table, BenchQuery q) throws Exception {
        String where = " where lower(product_name) like ? and (? is null or seller_segment = ?) and (? is null or category = ?)";
        long total = 0;
        String[] statements = {
                "select listing_id, product_name, price from " + table + where + " order by listing_id limit 24",
                "select seller_segment, count(*) from " + table + where + " group by seller_segment",
                "select category, count(*) from " + table + where + " group by category",
                "select seller_code, count(*) from " + table + where + " group by seller_code order by 2 desc limit 100"};
        for (String sql : statements) {
            try (PreparedStatement ps = db.prepareStatement(sql)) {
                ps.setString(1, "%" + q.word + "%");
                ps.setString(2, q.segment);
                ps.setString(3, q.segment);
                ps.setString(4, q.category);
                ps.setString(5, q.category);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    private static List<ListingDocument> generate(int size) {
        Random random = new Random(20261125L);
        List<ListingDocument> listings = new ArrayList<ListingDocument>(size);
        for (int i = 1; i <= size; i++) {
            int seller = random.nextInt(SELLERS);
            ListingDocument doc = new ListingDocument();
            doc.setListingId(i);
            doc.setSkuId(1_000_000L + i);
            doc.setSellerId(seller);
            doc.setSellerCode("seller-" + seller);
            doc.setSellerName("Seller " + seller);
            doc.setSellerSegment(SEGMENTS[seller % 3]);
            doc.setProductName(ADJECTIVES[random.nextInt(ADJECTIVES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " " + i);
            doc.setCategory(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            doc.setPrice(BigDecimal.valueOf(499 + random.nextInt(24_500), 2));
            doc.setInStock(random.nextInt(20) != 0);
            doc.setShipMaxDays(1 + random.nextInt(7));
            listings.add(doc);
        }
        return listings;
    }

    /** One storefront search: a word, and optionally a segment and a category filter. */
    private static final class BenchQuery {
        final String word;
        final String segment;
        final String category;

        BenchQuery(String word, String segment, String category) {
            this.word = word;
            this.segment = segment;
            this.category = category;
        }

        ListingFacetQuery toFacetQuery() {
            return ListingFacetQuery.all().text(word).sellerSegment(segment).category(category);
        }
    }

    private static List<BenchQuery> queries() {
        Random random = new Random(7L);
        List<BenchQuery> queries = new ArrayList<BenchQuery>();
        for (int i = 0; i < 200; i++) {
            String word = NOUNS[random.nextInt(NOUNS.length)];
            String segment = random.nextBoolean() ? SEGMENTS[random.nextInt(3)] : null;
            String category = random.nextInt(3) == 0 ? CATEGORIES[random.nextInt(CATEGORIES.length)] : null;
            queries.add(new BenchQuery(word, segment, category));
        }
        return queries;
    }
}
