package com.coopromo.bench;

import com.coopromo.infra.host.EmbeddedServices;
import com.coopromo.search.CoopSearchClient;
import com.coopromo.search.HubDocument;
import com.coopromo.search.HubQuery;
import com.coopromo.search.HubResult;
import com.coopromo.search.HubSearch;
import com.coopromo.search.HubSearchIndex;
import com.coopromo.search.SearchSettings;
import com.coopromo.search.domain.HubBuckets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Seller fairness on the hub: the share of first-page places each seller segment gets over 1,000 random hub queries,
 * against the segment's share of the enrolled listings, with plain ranking and with the fairness rules (at most 3
 * places per seller while others match, newcomer boost 2, 2 featured slots rotated among eligible sellers).
 * <p>
 * The marketplace is skewed the way real ones are: 3 large sellers hold half the listings and discount deepest
 * (so plain "best deals first" ranking favours them), 6 mid and 15 small sellers the rest; 5 small sellers are
 * newcomers. Queries: a campaign, sometimes a word, a category, a price range, in stock, and a random sort.
 * <p>
 * Run: {@code benchmarks/run.sh HubFairnessBench [queries]} (default 1000).
 */
public final class HubFairnessBench {
    private static final String[] CATEGORIES = {"Home/School", "Home/Outdoor", "Home/Kitchen", "Home/Toys"};
    private static final String[] NOUNS = {"lantern", "backpack", "kettle", "puzzle", "notebook", "planter", "marker", "tent"};
    private static final String[] SEGMENTS = {"SMALL", "MID", "LARGE"};
    private static final int PAGE = 24;

    private HubFairnessBench() {
    }

    public static void main(String[] args) throws Exception {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("coop-bench-hub");
        System.out.println("Starting the search node ...");
        try (EmbeddedServices services = EmbeddedServices.startForTests(work)) {
            CoopSearchClient client = new CoopSearchClient(new SearchSettings(services.property("coop.search.url"), null,
                    true, "benchhub"));
            client.start();
            List<HubDocument> listings = marketplace(new Random(42));
            HubSearchIndex index = new HubSearchIndex(client);
            String version = index.createVersion();
            for (int from = 0; from < listings.size(); from += 1000) {
                index.write(version, listings.subList(from, Math.min(listings.size(), from + 1000)),
                        Collections.<Long>emptyList(), false);
            }
            index.finishLoading(version);
            index.swapTo(version);

            Map<String, Double> enrolled = new LinkedHashMap<String, Double>();
            for (String s : SEGMENTS) {
                enrolled.put(s, 0.0);
            }
            for (HubDocument d : listings) {
                enrolled.put(d.getSellerSegment(), enrolled.get(d.getSellerSegment()) + 1.0 / listings.size());
            }
            HubSearch plain = HubSearch.standalone(client, null, Clock.systemUTC(), 0, 0, 0);
            HubSearch fair = HubSearch.standalone(client, null, Clock.systemUTC(), 3, 2, 2);
            Exposure without = run(plain, queries, false);
            Exposure with = run(fair, queries, true);
            System.out.printf(Locale.ROOT, "%n%d listings of 24 sellers, %d random hub queries, first page of %d%n",
                    listings.size(), queries, PAGE);
            System.out.printf(Locale.ROOT, "%-8s | %-17s | %-22s | %-22s%n", "segment", "share of listings",
                    "first-page share, plain", "first-page share, fair");
            for (String s : SEGMENTS) {
                System.out.printf(Locale.ROOT, "%-8s | %16.1f%% | %21.1f%% | %21.1f%%%n", s, 100 * enrolled.get(s),
                        100 * without.share(s), 100 * with.share(s));
            }
            System.out.printf(Locale.ROOT, "most places one seller held on a first page: plain %d, fair %d (limit 3 while "
                    + "others match); featured places: %d; queries answered: %d + %d%n",
                    without.maxOneSeller, with.maxOneSeller, with.featured, without.answered, with.answered);
            client.stop();
        }
    }

    private static final class Exposure {
        final Map<String, Long> places = new LinkedHashMap<String, Long>();
        long total;
        int maxOneSeller;
        int featured;
        int answered;

        double share(String segment) {
            Long n = places.get(segment);
            return total == 0 || n == null ? 0 : n / (double) total;
        }
    }

    private static Exposure run(HubSearch hub, int queries, boolean fair) {
        Random random = new Random(7); // the same queries for both runs
        Exposure exposure = new Exposure();
        for (int i = 0; i < queries; i++) {
            HubQuery q = HubQuery.campaign("back-to-school").pageSize(PAGE).fair(fair)
                    .sort(HubQuery.Sort.values()[random.nextInt(HubQuery.Sort.values().length)]);
            if (random.nextInt(3) == 0) {
                q.text(NOUNS[random.nextInt(NOUNS.length)]);
            }
            if (random.nextInt(3) == 0) {
                q.category(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            if (random.nextInt(4) == 0) {
                q.priceBuckets(Collections.singleton(HubBuckets.PRICE.get(random.nextInt(HubBuckets.PRICE.size()))));
            }
            if (random.nextInt(4) == 0) {
                q.inStockOnly(true);
            }
            HubResult r = hub.search(q);
            if (r.unavailable()) {
                throw new IllegalStateException(r.message());
            }
            exposure.answered++;
            Map<String, Integer> perSeller = new LinkedHashMap<String, Integer>();
            for (HubResult.Hit hit : r.hits()) {
                String segment = hit.listing().getSellerSegment();
                Long n = exposure.places.get(segment);
                exposure.places.put(segment, n == null ? 1 : n + 1);
                exposure.total++;
                Integer held = perSeller.get(hit.listing().getSellerCode());
                perSeller.put(hit.listing().getSellerCode(), held == null ? 1 : held + 1);
                if (hit.featured()) {
                    exposure.featured++;
                }
            }
            for (Integer held : perSeller.values()) {
                exposure.maxOneSeller = Math.max(exposure.maxOneSeller, held);
            }
        }
        return exposure;
    }

    /** 3 large sellers × 400 listings, 6 mid × 100, 15 small × 40 (5 of them newcomers); large ones discount deepest. */
    private static List<HubDocument> marketplace(Random random) {
        List<HubDocument> docs = new ArrayList<HubDocument>();
        long id = 1;
        int seller = 0;
        int[][] plan = {{3, 400, 2}, {6, 100, 1}, {15, 40, 0}}; // sellers, listings each, segment index
        for (int[] p : plan) {
            for (int s = 0; s < p[0]; s++) {
                seller++;
                String segment = SEGMENTS[p[2]];
                boolean newcomer = p[2] == 0 && s < 5;
                for (int l = 0; l < p[1]; l++) {
                    HubDocument d = new HubDocument();
                    d.setListingId(id);
                    d.setSkuId(id);
                    id++;
                    d.setSellerId(seller);
                    d.setSellerCode("seller-" + seller);
                    d.setSellerName("Seller " + seller);
                    d.setSellerSegment(segment);
                    d.setSellerNewcomer(newcomer);
                    d.getCampaignIds().add(1L);
                    d.getCampaignSlugs().add("back-to-school");
                    d.setPriceCampaignId(1L);
                    d.setPriceCampaignSlug("back-to-school");
                    d.setCampaignLive(true);
                    String category = CATEGORIES[random.nextInt(CATEGORIES.length)];
                    d.setCategory(category.substring(5));
                    d.getCategoryPath().add("Home");
                    d.getCategoryPath().add(category);
                    d.setProductName(NOUNS[random.nextInt(NOUNS.length)] + " " + NOUNS[random.nextInt(NOUNS.length)]);
                    d.setDescription("A " + d.getProductName() + " from " + d.getSellerName());
                    BigDecimal list = BigDecimal.valueOf(500 + random.nextInt(15000), 2);
                    // large sellers fund deeper discounts (25-30%), mid 15-25%, small 10-20%
                    int percent = p[2] == 2 ? 25 + random.nextInt(6) : p[2] == 1 ? 15 + random.nextInt(11) : 10 + random.nextInt(11);
                    BigDecimal price = list.multiply(BigDecimal.valueOf(100 - percent)).divide(BigDecimal.valueOf(100), 2,
                            RoundingMode.HALF_UP);
                    d.setListPrice(list);
                    d.setCampaignPrice(price);
                    d.setDiscountPercent(BigDecimal.valueOf(percent).setScale(2));
                    d.setPriceBucket(HubBuckets.priceBucket(price));
                    d.setDiscountBucket(HubBuckets.discountBucket(d.getDiscountPercent()));
                    d.setDiscounted(true);
                    d.setInStock(random.nextInt(10) > 0);
                    d.setShipMinDays(1);
                    d.setShipMaxDays(1 + random.nextInt(7));
                    d.setFeaturedEligible(d.isInStock());
                    d.setListedAt(1_700_000_000_000L + random.nextInt(1_000_000_000));
                    docs.add(d);
                }
            }
        }
        return docs;
    }
}
