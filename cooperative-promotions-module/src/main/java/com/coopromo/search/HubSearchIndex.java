package com.coopromo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.coopromo.search.domain.HubBuckets;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hub's Elasticsearch index: versioned indexes {@code <prefix>-hub-listings-v<timestamp>} behind the alias
 * {@code <prefix>-hub-listings}, which every read and incremental write goes through. A full rebuild fills a new
 * version, then moves the alias in one atomic alias update, then deletes the old version: queries keep answering from
 * the old version until the move. Facet keywords load their global ordinals eagerly (at refresh, not at the first
 * query), and price and discount ranges are keywords decided at indexing ({@link HubBuckets}).
 * <p>
 * Elasticsearch types stay in here: callers get {@link HubDocument}s and plain counts.
 */
public class HubSearchIndex {
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");
    static final String TEXT_FACET = "text";

    private final CoopSearchClient searchClient;
    private final String alias;

    public HubSearchIndex(CoopSearchClient searchClient) {
        this.searchClient = searchClient;
        this.alias = searchClient.settings().indexName("hub-listings");
    }

    /** The alias reads and writes go through. */
    public String alias() {
        return alias;
    }

    private ElasticsearchClient es() {
        return searchClient.client();
    }

    /** Whether the alias exists (a first full build has completed). */
    public boolean ready() throws IOException {
        return es().indices().existsAlias(e -> e.name(alias)).value();
    }

    /** The versioned indexes the alias points at now (none before the first build). */
    public List<String> versions() throws IOException {
        if (!ready()) {
            return new ArrayList<String>();
        }
        return new ArrayList<String>(es().indices().getAlias(g -> g.name(alias)).result().keySet());
    }

    /** Creates a new, empty version (not yet behind the alias), tuned for bulk loading; returns its name. */
    public String createVersion() throws IOException {
        final String name = alias + "-v" + VERSION.format(ZonedDateTime.now(ZoneOffset.UTC));
        es().indices().create(c -> c.index(name)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("-1")))
                .mappings(mapping()));
        return name;
    }

    private static TypeMapping mapping() {
        return new TypeMapping.Builder()
                .properties("listingId", p -> p.long_(l -> l))
                .properties("skuId", p -> p.long_(l -> l))
                .properties("productId", p -> p.long_(l -> l.index(false)))
                .properties("sellerId", p -> p.long_(l -> l))
                .properties("sellerCode", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
                .properties("sellerName", p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k))))
                .properties("sellerSegment", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
                .properties("sellerNewcomer", p -> p.boolean_(b -> b))
                .properties("campaignIds", p -> p.long_(l -> l))
                .properties("campaignSlugs", p -> p.keyword(k -> k))
                .properties("priceCampaignId", p -> p.long_(l -> l))
                .properties("priceCampaignSlug", p -> p.keyword(k -> k))
                .properties("priceCampaignName", p -> p.keyword(k -> k.index(false)))
                .properties("campaignStartsAt", p -> p.long_(l -> l))
                .properties("campaignLive", p -> p.boolean_(b -> b))
                .properties("category", p -> p.keyword(k -> k))
                .properties("categoryPath", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
                .properties("productName", p -> p.text(t -> t))
                .properties("description", p -> p.text(t -> t))
                .properties("url", p -> p.keyword(k -> k.index(false)))
                .properties("listPrice", p -> p.scaledFloat(f -> f.scalingFactor(100.0)))
                .properties("campaignPrice", p -> p.scaledFloat(f -> f.scalingFactor(100.0)))
                .properties("discountPercent", p -> p.scaledFloat(f -> f.scalingFactor(100.0)))
                .properties("priceBucket", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
                .properties("discountBucket", p -> p.keyword(k -> k.eagerGlobalOrdinals(true)))
                .properties("discounted", p -> p.boolean_(b -> b))
                .properties("priceNote", p -> p.keyword(k -> k.index(false).docValues(false)))
                .properties("inStock", p -> p.boolean_(b -> b))
                .properties("unitsLeft", p -> p.integer(i -> i))
                .properties("shipMinDays", p -> p.integer(i -> i))
                .properties("shipMaxDays", p -> p.integer(i -> i))
                .properties("featuredEligible", p -> p.boolean_(b -> b))
                .properties("premiumSeller", p -> p.boolean_(b -> b))
                .properties("sellerBadges", p -> p.keyword(k -> k.index(false)))
                .properties("listedAt", p -> p.long_(l -> l))
                .build();
    }

    /** Writes documents into an index or the alias; {@code refresh}: visible to searches when this returns. */
    public void write(String target, Collection<HubDocument> docs, Collection<Long> deleteListingIds, boolean refresh)
            throws IOException {
        if (docs.isEmpty() && deleteListingIds.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (final HubDocument doc : docs) {
            bulk.operations(op -> op.index(i -> i.index(target).id(Long.toString(doc.getListingId())).document(doc)));
        }
        for (final Long id : deleteListingIds) {
            bulk.operations(op -> op.delete(d -> d.index(target).id(Long.toString(id))));
        }
        if (refresh) {
            bulk.refresh(Refresh.True);
        }
        BulkResponse response = es().bulk(bulk.build());
        if (response.errors()) {
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && item.status() != 404) {
                    throw new IllegalStateException("writing listing " + item.id() + " to " + target + " failed: "
                            + item.error().reason());
                }
            }
        }
    }

    /** Makes a loaded version searchable (normal refresh interval, refreshed now). */
    public void finishLoading(String version) throws IOException {
        es().indices().putSettings(p -> p.index(version).settings(s -> s.refreshInterval(t -> t.time("1s"))));
        es().indices().refresh(r -> r.index(version));
    }

    /**
     * Moves the alias to {@code version} in one atomic update (from whatever it pointed at), then deletes the versions
     * it left. Returns the deleted versions.
     */
    public List<String> swapTo(final String version) throws IOException {
        final List<String> old = versions();
        old.remove(version);
        if (!ready() && es().indices().exists(e -> e.index(alias)).value()) {
            // a plain index in the alias's name (written by hand?) would block the alias
            es().indices().delete(d -> d.index(alias));
        }
        es().indices().updateAliases(u -> {
            for (String o : old) {
                u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
            }
            return u.actions(a -> a.add(ad -> ad.index(version).alias(alias)));
        });
        // two rebuilds swapping at once (two web apps of one store, two nodes) may both have added theirs: the alias
        // must name one version, or writes through it would fail; both keep the newest (versions sort by time)
        final List<String> others = versions();
        if (others.size() > 1) {
            others.remove(java.util.Collections.max(others));
            es().indices().updateAliases(u -> {
                for (String o : others) {
                    u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
                }
                return u;
            });
            for (String o : others) {
                if (!old.contains(o)) {
                    old.add(o);
                }
            }
        }
        if (!old.isEmpty()) {
            es().indices().delete(d -> d.index(old).ignoreUnavailable(true));
        }
        return old;
    }

    /** Deletes an index version (a failed build's). */
    public void deleteVersion(String version) {
        try {
            es().indices().delete(d -> d.index(version).ignoreUnavailable(true));
        } catch (IOException | RuntimeException ignored) {
            // the next successful build removes every version but its own anyway
        }
    }

    /** Counts what the alias holds (all campaigns). */
    public long count() throws IOException {
        return es().count(c -> c.index(alias)).count();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Query

    /** What one query found, before the fairness rules: candidates in order, facet counts, drop-one-filter counts. */
    static final class Found {
        long total;
        final List<HubDocument> docs = new ArrayList<HubDocument>();
        final Map<String, Map<String, Long>> facets = new LinkedHashMap<String, Map<String, Long>>();
        /** For each facet with a choice: how many would match without that facet's choice. */
        final Map<String, Long> withoutFacet = new LinkedHashMap<String, Long>();
    }

    /** The hits {@code from .. from+size} in the query's order, with facets; {@code sourceFields} null: whole documents. */
    Found search(HubQuery query, int from, int size, List<String> sourceFields) throws IOException {
        Map<String, Query> facetFilters = facetFilters(query);
        SearchRequest.Builder s = new SearchRequest.Builder().index(alias).from(from).size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(baseQuery(query, true));
        if (!facetFilters.isEmpty()) {
            s.postFilter(and(facetFilters.values()));
        }
        if (sourceFields != null) {
            s.source(src -> src.filter(f -> f.includes(sourceFields)));
        }
        sort(s, query);
        for (String facet : new String[]{HubResult.SELLER, HubResult.SEGMENT, HubResult.CATEGORY, HubResult.PRICE,
                HubResult.DISCOUNT, HubResult.IN_STOCK, HubResult.SHIPS_WITHIN}) {
            s.aggregations(facet, facetAggregation(facet, othersThan(facet, facetFilters)));
        }
        SearchResponse<HubDocument> response = es().search(s.build(), HubDocument.class);
        Found found = new Found();
        for (Hit<HubDocument> hit : response.hits().hits()) {
            found.docs.add(hit.source());
        }
        found.total = response.hits().total() == null ? found.docs.size() : response.hits().total().value();
        for (Map.Entry<String, Aggregate> agg : response.aggregations().entrySet()) {
            String facet = agg.getKey();
            Map<String, Aggregate> sub = agg.getValue().filter().aggregations();
            Map<String, Long> counts = new LinkedHashMap<String, Long>();
            if (HubResult.IN_STOCK.equals(facet)) {
                counts.put("true", sub.get("v").filter().docCount());
            } else if (HubResult.SHIPS_WITHIN.equals(facet)) {
                for (Integer days : HubBuckets.SHIPS_WITHIN) {
                    counts.put(Integer.toString(days), sub.get("d" + days).filter().docCount());
                }
            } else {
                for (StringTermsBucket bucket : sub.get("v").sterms().buckets().array()) {
                    counts.put(bucket.key().stringValue(), bucket.docCount());
                }
            }
            found.facets.put(facet, counts);
            if (facetFilters.containsKey(facet)) {
                found.withoutFacet.put(facet, agg.getValue().filter().docCount());
            }
        }
        return found;
    }

    /** The given listings' whole documents (order not kept). */
    List<HubDocument> documents(List<Long> listingIds) throws IOException {
        final List<String> ids = new ArrayList<String>();
        for (Long id : listingIds) {
            ids.add(Long.toString(id));
        }
        SearchResponse<HubDocument> response = es().search(s -> s.index(alias).size(ids.size())
                .query(q -> q.ids(i -> i.values(ids))), HubDocument.class);
        List<HubDocument> docs = new ArrayList<HubDocument>();
        for (Hit<HubDocument> hit : response.hits().hits()) {
            docs.add(hit.source());
        }
        return docs;
    }

    /** How many match the query's campaign and facet choices, ignoring its words. */
    long countWithoutText(HubQuery query) throws IOException {
        Map<String, Query> facetFilters = facetFilters(query);
        List<Query> all = new ArrayList<Query>(facetFilters.values());
        all.add(baseQuery(query, false));
        return es().count(c -> c.index(alias).query(and(all))).count();
    }

    private static Query baseQuery(HubQuery query, boolean withText) {
        final List<Query> filters = new ArrayList<Query>();
        if (query.campaignSlug() != null) {
            filters.add(term("campaignSlugs", query.campaignSlug()));
        }
        if (query.campaignId() != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("campaignIds").value(v -> v.longValue(query.campaignId())))));
        }
        final String text = withText ? query.text() : null;
        return Query.of(q -> q.bool(b -> {
            if (text != null) {
                b.must(m -> m.multiMatch(mm -> mm.query(text).fields("productName^3", "description", "sellerName")
                        .operator(Operator.And)));
            }
            return b.filter(filters);
        }));
    }

    /** One filter per facet with a choice (several values of a facet: any of them). */
    private static Map<String, Query> facetFilters(HubQuery query) {
        Map<String, Query> filters = new LinkedHashMap<String, Query>();
        putTerms(filters, HubResult.SELLER, "sellerCode", query.sellers());
        putTerms(filters, HubResult.SEGMENT, "sellerSegment", query.segments());
        if (query.category() != null) {
            filters.put(HubResult.CATEGORY, term("categoryPath", query.category()));
        }
        putTerms(filters, HubResult.PRICE, "priceBucket", query.priceBuckets());
        putTerms(filters, HubResult.DISCOUNT, "discountBucket", query.discountBuckets());
        if (query.inStockOnly()) {
            filters.put(HubResult.IN_STOCK, inStock());
        }
        if (query.shipsWithin() != null) {
            filters.put(HubResult.SHIPS_WITHIN, shipsWithin(query.shipsWithin()));
        }
        return filters;
    }

    private static Query inStock() {
        return Query.of(q -> q.term(t -> t.field("inStock").value(v -> v.booleanValue(true))));
    }

    private static Query shipsWithin(int days) {
        return Query.of(q -> q.range(r -> r.field("shipMaxDays").lte(JsonData.of(days))));
    }

    private static void putTerms(Map<String, Query> filters, String facet, final String field, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        final List<co.elastic.clients.elasticsearch._types.FieldValue> terms = new ArrayList<co.elastic.clients.elasticsearch._types.FieldValue>();
        for (String v : values) {
            terms.add(co.elastic.clients.elasticsearch._types.FieldValue.of(v));
        }
        filters.put(facet, Query.of(q -> q.terms(t -> t.field(field).terms(tv -> tv.value(terms)))));
    }

    private static Query term(final String field, final String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(v -> v.stringValue(value))));
    }

    private static Query and(final Collection<Query> filters) {
        return Query.of(q -> q.bool(b -> b.filter(new ArrayList<Query>(filters))));
    }

    private static List<Query> othersThan(String facet, Map<String, Query> filters) {
        List<Query> others = new ArrayList<Query>();
        for (Map.Entry<String, Query> f : filters.entrySet()) {
            if (!f.getKey().equals(facet)) {
                others.add(f.getValue());
            }
        }
        return others;
    }

    /** A filter aggregation (the other facets' choices) around the facet's own counts. */
    private static Aggregation facetAggregation(String facet, final List<Query> others) {
        Aggregation.Builder.ContainerBuilder container = new Aggregation.Builder()
                .filter(q -> q.bool(b -> b.filter(others)));
        if (HubResult.IN_STOCK.equals(facet)) {
            container.aggregations("v", a -> a.filter(inStock()));
        } else if (HubResult.SHIPS_WITHIN.equals(facet)) {
            for (Integer days : HubBuckets.SHIPS_WITHIN) {
                container.aggregations("d" + days, a -> a.filter(shipsWithin(days)));
            }
        } else {
            final String field = fieldOf(facet);
            final int size = HubResult.CATEGORY.equals(facet) ? 500 : HubResult.SELLER.equals(facet) ? 200 : 20;
            container.aggregations("v", a -> a.terms(t -> t.field(field).size(size)));
        }
        return container.build();
    }

    private static String fieldOf(String facet) {
        if (HubResult.SELLER.equals(facet)) {
            return "sellerCode";
        }
        if (HubResult.SEGMENT.equals(facet)) {
            return "sellerSegment";
        }
        if (HubResult.CATEGORY.equals(facet)) {
            return "categoryPath";
        }
        if (HubResult.PRICE.equals(facet)) {
            return "priceBucket";
        }
        return "discountBucket";
    }

    private static void sort(SearchRequest.Builder s, HubQuery query) {
        switch (query.sort()) {
            case PRICE_ASC:
                s.sort(so -> so.field(f -> f.field("campaignPrice").order(SortOrder.Asc)));
                break;
            case PRICE_DESC:
                s.sort(so -> so.field(f -> f.field("campaignPrice").order(SortOrder.Desc)));
                break;
            case DISCOUNT:
                s.sort(so -> so.field(f -> f.field("discountPercent").order(SortOrder.Desc)));
                break;
            case NEWEST:
                s.sort(so -> so.field(f -> f.field("listedAt").order(SortOrder.Desc)));
                break;
            default:
                if (query.text() != null) {
                    s.sort(so -> so.score(sc -> sc.order(SortOrder.Desc)));
                } else {
                    s.sort(so -> so.field(f -> f.field("discountPercent").order(SortOrder.Desc)));
                }
        }
        s.sort(so -> so.field(f -> f.field("listingId").order(SortOrder.Asc)));
    }
}
