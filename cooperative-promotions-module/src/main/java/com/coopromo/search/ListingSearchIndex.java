package com.coopromo.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Elasticsearch index of seller listings: explicit mapping, bulk indexing, and a faceted query
 * (seller segment, category, seller) that the storefront and the admin use. With search off
 * ({@code coop.search.enabled=false}) nothing is written and every search answers {@link ListingFacetResult#off()}.
 */
public class ListingSearchIndex {
    public static final String FACET_SEGMENT = "sellerSegment";
    public static final String FACET_CATEGORY = "category";
    public static final String FACET_SELLER = "sellerCode";

    private final CoopSearchClient searchClient;
    private final String indexName;

    public ListingSearchIndex(CoopSearchClient searchClient) {
        this.searchClient = searchClient;
        this.indexName = searchClient.settings().indexName("listings");
    }

    public String indexName() {
        return indexName;
    }

    /** False when the store runs without Elasticsearch: writes do nothing and searches answer that search is off. */
    public boolean enabled() {
        return searchClient.enabled();
    }

    /** Creates the index with its mapping when it does not exist yet; an existing index is left as it is. */
    public void ensureIndex() {
        if (!enabled()) {
            return;
        }
        ElasticsearchClient es = searchClient.client();
        try {
            if (es.indices().exists(e -> e.index(indexName)).value()) {
                return;
            }
            es.indices().create(c -> c.index(indexName)
                    .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                    .mappings(m -> m
                            .properties("listingId", p -> p.long_(l -> l))
                            .properties("skuId", p -> p.long_(l -> l))
                            .properties("sellerId", p -> p.long_(l -> l))
                            .properties("sellerCode", p -> p.keyword(k -> k))
                            .properties("sellerName", p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k))))
                            .properties("sellerSegment", p -> p.keyword(k -> k))
                            .properties("productName", p -> p.text(t -> t))
                            .properties("category", p -> p.keyword(k -> k))
                            .properties("price", p -> p.scaledFloat(f -> f.scalingFactor(100.0)))
                            .properties("inStock", p -> p.boolean_(b -> b))
                            .properties("shipMaxDays", p -> p.integer(i -> i))));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create search index " + indexName, e);
        }
    }

    /** Writes the documents (replacing earlier versions by listing id); returns how many were written (0 with search off). */
    public int index(Collection<ListingDocument> documents) {
        if (documents.isEmpty() || !enabled()) {
            return 0;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (ListingDocument doc : documents) {
            bulk.operations(op -> op.index(i -> i.index(indexName).id(Long.toString(doc.getListingId())).document(doc)));
        }
        try {
            BulkResponse response = searchClient.client().bulk(bulk.build());
            if (response.errors()) {
                for (BulkResponseItem item : response.items()) {
                    if (item.error() != null) {
                        throw new IllegalStateException("indexing listing " + item.id() + " into " + indexName
                                + " failed: " + item.error().reason());
                    }
                }
            }
            return documents.size();
        } catch (IOException e) {
            throw new UncheckedIOException("bulk indexing into " + indexName + " failed", e);
        }
    }

    /** Makes everything indexed so far visible to searches (tests and bulk loads; normal writes need not wait). */
    public void refresh() {
        if (!enabled()) {
            return;
        }
        try {
            searchClient.client().indices().refresh(r -> r.index(indexName));
        } catch (IOException e) {
            throw new UncheckedIOException("refreshing " + indexName + " failed", e);
        }
    }

    /** The matching listings and facet counts; {@link ListingFacetResult#off()} when search is off. */
    public ListingFacetResult search(ListingFacetQuery query) {
        if (!enabled()) {
            return ListingFacetResult.off();
        }
        List<Query> filters = new ArrayList<Query>();
        addTerm(filters, "sellerSegment", query.sellerSegment());
        addTerm(filters, "category", query.category());
        addTerm(filters, "sellerCode", query.sellerCode());
        if (query.inStockOnly()) {
            filters.add(Query.of(q -> q.term(t -> t.field("inStock").value(v -> v.booleanValue(true)))));
        }
        String text = query.text();
        try {
            SearchResponse<ListingDocument> response = searchClient.client().search(s -> s
                            .index(indexName)
                            .size(query.size())
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> {
                                if (text != null && !text.trim().isEmpty()) {
                                    b.must(m -> m.match(mt -> mt.field("productName").query(v -> v.stringValue(text))));
                                }
                                return b.filter(filters);
                            }))
                            .aggregations(FACET_SEGMENT, a -> a.terms(t -> t.field("sellerSegment").size(10)))
                            .aggregations(FACET_CATEGORY, a -> a.terms(t -> t.field("category").size(50)))
                            .aggregations(FACET_SELLER, a -> a.terms(t -> t.field("sellerCode").size(100))),
                    ListingDocument.class);
            List<ListingDocument> listings = new ArrayList<ListingDocument>();
            for (Hit<ListingDocument> hit : response.hits().hits()) {
                listings.add(hit.source());
            }
            Map<String, Map<String, Long>> facets = new LinkedHashMap<String, Map<String, Long>>();
            for (Map.Entry<String, Aggregate> agg : response.aggregations().entrySet()) {
                Map<String, Long> counts = new LinkedHashMap<String, Long>();
                for (StringTermsBucket bucket : agg.getValue().sterms().buckets().array()) {
                    counts.put(bucket.key().stringValue(), bucket.docCount());
                }
                facets.put(agg.getKey(), counts);
            }
            long total = response.hits().total() == null ? listings.size() : response.hits().total().value();
            return new ListingFacetResult(total, listings, facets);
        } catch (IOException e) {
            throw new UncheckedIOException("searching " + indexName + " failed", e);
        }
    }

    private static void addTerm(List<Query> filters, String field, String value) {
        if (value != null && !value.trim().isEmpty()) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(v -> v.stringValue(value)))));
        }
    }
}
