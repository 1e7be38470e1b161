package com.coopromo.demo.seed;

import com.coopromo.demo.seed.SeedData.CategorySpec;
import com.coopromo.demo.seed.SeedData.SellerSpec;
import com.coopromo.seller.domain.SellerSegment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Everything the seeder writes, decided up front and deterministically (one {@link Random} with a fixed seed): which
 * seller lists how many products in which categories, and each product's name, price, stock, margin floor and
 * shipping window. Nothing here touches the host.
 */
final class MarketplacePlan {
    /** Every seller lists at least this many products. */
    static final int MIN_PRODUCTS_PER_SELLER = 25;
    /** Share of products that are out of stock (quantity 0), in percent. */
    static final int OUT_OF_STOCK_PERCENT = 5;
    static final int MAX_QUANTITY = 250;
    /** Margin floor = price x a factor in [0.55, 0.85], rounded down to cents. */
    static final int FLOOR_FACTOR_MIN_PERCENT = 55;
    static final int FLOOR_FACTOR_MAX_PERCENT = 85;

    private static final String[] VARIANTS = {"", " Pro", " Mini", " XL", " Deluxe", " 2-Pack", " Max", " Lite"};
    private static final int[] CATEGORY_WEIGHTS = {5, 3, 2, 2};

    private final List<CategorySpec> categories;
    private final List<SellerSpec> sellers;
    private final List<PlannedProduct> products;

    private MarketplacePlan(List<CategorySpec> categories, List<SellerSpec> sellers, List<PlannedProduct> products) {
        this.categories = categories;
        this.sellers = sellers;
        this.products = Collections.unmodifiableList(products);
    }

    static MarketplacePlan create(SeedData data, int productCount, long seed) {
        List<SellerSpec> sellers = data.sellers();
        if (productCount < sellers.size() * MIN_PRODUCTS_PER_SELLER) {
            throw new IllegalArgumentException(productCount + " products are too few for " + sellers.size()
                    + " sellers with at least " + MIN_PRODUCTS_PER_SELLER + " each");
        }
        Random random = new Random(seed);
        int[] counts = productsPerSeller(sellers, productCount, random);
        Map<String, CategorySpec> categoriesByName = data.byName();

        // Who sells what: each seller's products spread over its categories, the main one weighted most.
        List<Slot> slots = new ArrayList<Slot>(productCount);
        for (int s = 0; s < sellers.size(); s++) {
            SellerSpec seller = sellers.get(s);
            int totalWeight = 0;
            for (int c = 0; c < seller.categories.size(); c++) {
                totalWeight += CATEGORY_WEIGHTS[c];
            }
            for (int i = 0; i < counts[s]; i++) {
                int pick = random.nextInt(totalWeight);
                int c = 0;
                while (pick >= CATEGORY_WEIGHTS[c]) {
                    pick -= CATEGORY_WEIGHTS[c];
                    c++;
                }
                slots.add(new Slot(seller, categoriesByName.get(seller.categories.get(c))));
            }
        }
        Collections.shuffle(slots, random);

        Map<String, NameSource> names = new HashMap<String, NameSource>();
        for (CategorySpec category : data.categories()) {
            names.put(category.name, new NameSource(category, random));
        }
        List<PlannedProduct> products = new ArrayList<PlannedProduct>(productCount);
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            int number = i + 1;
            String name = names.get(slot.category.name).next();
            BigDecimal price = price(slot.category, random);
            int quantity = random.nextInt(100) < OUT_OF_STOCK_PERCENT ? 0 : 1 + random.nextInt(MAX_QUANTITY);
            BigDecimal factor = BigDecimal.valueOf(FLOOR_FACTOR_MIN_PERCENT
                    + random.nextInt(FLOOR_FACTOR_MAX_PERCENT - FLOOR_FACTOR_MIN_PERCENT + 1), 2);
            BigDecimal floor = price.multiply(factor).setScale(2, RoundingMode.DOWN);
            int shipMin = 1 + random.nextInt(3);
            int shipMax = shipMin + random.nextInt(6);
            String description = name + ". " + slot.category.tagline + ".";
            String url = slot.category.url() + "/" + slug(name) + "-" + number;
            products.add(new PlannedProduct(number, slot.category, slot.seller, name, description, url, price,
                    quantity, floor, shipMin, shipMax));
        }
        return new MarketplacePlan(data.categories(), sellers, products);
    }

    /** Weighted by segment with some jitter, scaled to the total, never below the minimum. */
    private static int[] productsPerSeller(List<SellerSpec> sellers, int total, Random random) {
        double[] raw = new double[sellers.size()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = baseWeight(sellers.get(i).segment) * (0.8 + 0.4 * random.nextDouble());
            sum += raw[i];
        }
        int[] counts = new int[raw.length];
        int assigned = 0;
        for (int i = 0; i < raw.length; i++) {
            counts[i] = Math.max(MIN_PRODUCTS_PER_SELLER, (int) Math.round(raw[i] * total / sum));
            assigned += counts[i];
        }
        // Settle the rounding difference on the biggest sellers.
        while (assigned != total) {
            int biggest = 0;
            for (int i = 1; i < counts.length; i++) {
                if (counts[i] > counts[biggest]) {
                    biggest = i;
                }
            }
            int step = assigned < total ? 1 : -1;
            counts[biggest] += step;
            assigned += step;
        }
        return counts;
    }

    private static double baseWeight(SellerSegment segment) {
        switch (segment) {
            case LARGE:
                return 290;
            case MID:
                return 105;
            default:
                return 35;
        }
    }

    /** Log-uniform within the category's range (more cheap items than expensive ones), shop-style cents. */
    private static BigDecimal price(CategorySpec category, Random random) {
        double lo = Math.log(category.minPrice.doubleValue());
        double hi = Math.log(category.maxPrice.doubleValue());
        double raw = Math.exp(lo + random.nextDouble() * (hi - lo));
        int roll = random.nextInt(20);
        int cents = roll < 14 ? 99 : roll < 17 ? 49 : 95;
        BigDecimal price = BigDecimal.valueOf((long) Math.floor(raw) * 100L + cents, 2);
        if (price.compareTo(category.minPrice) < 0) {
            return category.minPrice.setScale(2, RoundingMode.DOWN);
        }
        if (price.compareTo(category.maxPrice) > 0) {
            return category.maxPrice.setScale(2, RoundingMode.DOWN);
        }
        return price;
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replace("'", "").replace("&", "and")
                .replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-+|-+$", "");
    }

    List<CategorySpec> categories() {
        return categories;
    }

    List<SellerSpec> sellers() {
        return sellers;
    }

    List<PlannedProduct> products() {
        return products;
    }

    private static final class Slot {
        final SellerSpec seller;
        final CategorySpec category;

        Slot(SellerSpec seller, CategorySpec category) {
            this.seller = seller;
            this.category = category;
        }
    }

    /** Adjective + noun pairs of one category in a shuffled order; once used up, again with a variant suffix. */
    private static final class NameSource {
        private final List<String> pairs = new ArrayList<String>();
        private int next;

        NameSource(CategorySpec category, Random random) {
            for (String adjective : category.adjectives) {
                for (String noun : category.nouns) {
                    pairs.add(adjective + " " + noun);
                }
            }
            Collections.shuffle(pairs, random);
        }

        String next() {
            int round = next / pairs.size();
            String base = pairs.get(next % pairs.size());
            next++;
            return round < VARIANTS.length ? base + VARIANTS[round] : base + " No. " + (round + 1);
        }
    }

    /** One product to create: a Broadleaf product with its default Sku, and the listing of its seller. */
    static final class PlannedProduct {
        final int number;
        final CategorySpec category;
        final SellerSpec seller;
        final String name;
        final String description;
        final String url;
        final BigDecimal price;
        final int quantity;
        final BigDecimal marginFloor;
        final int shipMinDays;
        final int shipMaxDays;

        PlannedProduct(int number, CategorySpec category, SellerSpec seller, String name, String description, String url,
                       BigDecimal price, int quantity, BigDecimal marginFloor, int shipMinDays, int shipMaxDays) {
            this.number = number;
            this.category = category;
            this.seller = seller;
            this.name = name;
            this.description = description;
            this.url = url;
            this.price = price;
            this.quantity = quantity;
            this.marginFloor = marginFloor;
            this.shipMinDays = shipMinDays;
            this.shipMaxDays = shipMaxDays;
        }
    }
}
