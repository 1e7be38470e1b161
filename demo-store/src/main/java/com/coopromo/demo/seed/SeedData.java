package com.coopromo.demo.seed;

import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editable part of the demo marketplace: departments with their name lists and price ranges
 * ({@code demo-seed/categories.txt}) and the sellers ({@code demo-seed/sellers.txt}).
 */
final class SeedData {
    static final String CATEGORIES_RESOURCE = "demo-seed/categories.txt";
    static final String SELLERS_RESOURCE = "demo-seed/sellers.txt";

    private final List<CategorySpec> categories;
    private final List<SellerSpec> sellers;

    SeedData(List<CategorySpec> categories, List<SellerSpec> sellers) {
        this.categories = Collections.unmodifiableList(new ArrayList<CategorySpec>(categories));
        this.sellers = Collections.unmodifiableList(new ArrayList<SellerSpec>(sellers));
        Map<String, CategorySpec> byName = byName();
        for (SellerSpec seller : sellers) {
            if (seller.categories.size() < 2 || seller.categories.size() > 4) {
                throw new IllegalArgumentException("seller " + seller.code + " must list in 2 to 4 categories (has "
                        + seller.categories.size() + ")");
            }
            for (String category : seller.categories) {
                if (!byName.containsKey(category)) {
                    throw new IllegalArgumentException("seller " + seller.code + " names unknown category '" + category + "'");
                }
            }
        }
    }

    /** Reads both files from the class path of this class. */
    static SeedData load() {
        ClassLoader loader = SeedData.class.getClassLoader();
        List<CategorySpec> categories = new ArrayList<CategorySpec>();
        for (String[] f : read(loader, CATEGORIES_RESOURCE, 7)) {
            categories.add(new CategorySpec(f[0], f[1], new BigDecimal(f[2]), new BigDecimal(f[3]), f[4],
                    list(f[5]), list(f[6])));
        }
        List<SellerSpec> sellers = new ArrayList<SellerSpec>();
        for (String[] f : read(loader, SELLERS_RESOURCE, 5)) {
            sellers.add(new SellerSpec(f[0], f[1], SellerSegment.parse(f[2]), SellerStanding.parse(f[3]), list(f[4])));
        }
        return new SeedData(categories, sellers);
    }

    List<CategorySpec> categories() {
        return categories;
    }

    List<SellerSpec> sellers() {
        return sellers;
    }

    Map<String, CategorySpec> byName() {
        Map<String, CategorySpec> map = new LinkedHashMap<String, CategorySpec>();
        for (CategorySpec category : categories) {
            map.put(category.name, category);
        }
        return map;
    }

    private static List<String[]> read(ClassLoader loader, String resource, int fields) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("seed data " + resource + " is not on the class path");
        }
        List<String[]> rows = new ArrayList<String[]>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\|", -1);
                if (parts.length != fields) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + fields
                            + " fields separated by '|', found " + parts.length);
                }
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].trim();
                }
                rows.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
        return rows;
    }

    private static List<String> list(String commaSeparated) {
        List<String> values = new ArrayList<String>();
        for (String value : Arrays.asList(commaSeparated.split(","))) {
            if (!value.trim().isEmpty()) {
                values.add(value.trim());
            }
        }
        return Collections.unmodifiableList(values);
    }

    /** One department of the marketplace. */
    static final class CategorySpec {
        final String name;
        final String slug;
        final BigDecimal minPrice;
        final BigDecimal maxPrice;
        final String tagline;
        final List<String> adjectives;
        final List<String> nouns;

        CategorySpec(String name, String slug, BigDecimal minPrice, BigDecimal maxPrice, String tagline,
                     List<String> adjectives, List<String> nouns) {
            if (minPrice.signum() <= 0 || maxPrice.compareTo(minPrice) < 0) {
                throw new IllegalArgumentException("category " + name + ": bad price range " + minPrice + ".." + maxPrice);
            }
            if (adjectives.isEmpty() || nouns.isEmpty()) {
                throw new IllegalArgumentException("category " + name + " needs adjectives and nouns");
            }
            this.name = name;
            this.slug = slug;
            this.minPrice = minPrice;
            this.maxPrice = maxPrice;
            this.tagline = tagline;
            this.adjectives = adjectives;
            this.nouns = nouns;
        }

        String url() {
            return "/" + slug;
        }
    }

    /** One seller and the categories it concentrates on (main one first). */
    static final class SellerSpec {
        final String code;
        final String name;
        final SellerSegment segment;
        final SellerStanding standing;
        final List<String> categories;

        SellerSpec(String code, String name, SellerSegment segment, SellerStanding standing, List<String> categories) {
            this.code = code;
            this.name = name;
            this.segment = segment;
            this.standing = standing;
            this.categories = categories;
        }

        String contactEmail() {
            return "hello@" + code + ".example";
        }
    }
}
