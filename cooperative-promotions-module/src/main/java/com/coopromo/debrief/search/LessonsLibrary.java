package com.coopromo.debrief.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.debrief.persistence.DebriefRecord;
import com.coopromo.debrief.persistence.DebriefStore;
import com.coopromo.search.CoopSearchClient;
import com.coopromo.search.SearchOffException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lessons library (bean {@code coopLessonsLibrary}): published debriefs in Elasticsearch, through the module's
 * search client, searchable by text (campaign name, theme, lessons), theme, tier, objective and outcome. Versioned
 * indexes {@code <prefix>-lessons-v<timestamp>} behind the alias {@code <prefix>-lessons}, as the hub's index: a full
 * build fills a new version and moves the alias in one update. It follows the debriefs by change events: publishing
 * a debrief publishes {@link ChangeEvent#debrief} after its commit and this index writes that debrief; an EVERYTHING
 * event, a missing alias or a write that failed rebuild it from the published debriefs. Nothing here ever fails the
 * writer: a failed write is logged and the next search rebuilds first.
 */
public class LessonsLibrary implements ChangeSubscriber {
    /** What the library page says when Elasticsearch does not answer. */
    public static final String UNAVAILABLE = "The lessons library cannot be searched right now because the search"
            + " service is not answering; please try again in a minute.";
    private static final Log LOG = LogFactory.getLog(LessonsLibrary.class);
    private static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final CoopSearchClient searchClient;
    private final DebriefStore store;
    private final CampaignService campaigns;
    private final String alias;
    private volatile boolean stale = true;

    public LessonsLibrary(CoopSearchClient searchClient, DebriefStore store, CampaignService campaigns) {
        this.searchClient = searchClient;
        this.store = store;
        this.campaigns = campaigns;
        this.alias = searchClient.settings().indexName("lessons");
    }

    public String alias() {
        return alias;
    }

    private ElasticsearchClient es() {
        return searchClient.client();
    }

    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        if (!searchClient.enabled()) {
            return;
        }
        // the index is shared: the node that published a debrief writes it; every node rebuilds on EVERYTHING
        List<Long> published = new ArrayList<Long>();
        boolean everything = false;
        for (ChangeEvent change : changes) {
            if (change.is(ChangeEvent.Subject.EVERYTHING)) {
                everything = true;
            } else if (change.is(ChangeEvent.Subject.DEBRIEF) && thisNode) {
                published.add(change.id());
            }
        }
        if (!everything && published.isEmpty()) {
            return;
        }
        if (everything) {
            stale = true;
        }
        try {
            if (stale) {
                rebuild();
            } else if (!published.isEmpty()) {
                write(alias, published);
            }
        } catch (Exception e) {
            stale = true; // the next search rebuilds
            LOG.warn("Writing the lessons library failed; it is rebuilt before the next search: " + e);
        }
    }

    /** Rebuilds the library from every published debrief: a new version, then the alias moved to it. */
    public synchronized void rebuild() throws IOException {
        final String name = alias + "-v" + VERSION.format(ZonedDateTime.now(ZoneOffset.UTC));
        es().indices().create(c -> c.index(name)
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0"))
                .mappings(mapping()));
        List<Long> ids = new ArrayList<Long>();
        for (DebriefRecord r : store.published()) {
            ids.add(r.campaignId());
        }
        write(name, ids);
        final List<String> old = new ArrayList<String>();
        if (es().indices().existsAlias(e -> e.name(alias)).value()) {
            old.addAll(es().indices().getAlias(g -> g.name(alias)).result().keySet());
        }
        es().indices().updateAliases(u -> {
            u.actions(a -> a.add(add -> add.index(name).alias(alias)));
            for (final String o : old) {
                u.actions(a -> a.remove(r -> r.index(o).alias(alias)));
            }
            return u;
        });
        for (String o : old) {
            es().indices().delete(d -> d.index(o));
        }
        stale = false;
    }

    private static TypeMapping mapping() {
        return new TypeMapping.Builder()
                .properties("campaignId", p -> p.long_(l -> l))
                .properties("campaignName", p -> p.text(t -> t.fields("raw", f -> f.keyword(k -> k))))
                .properties("theme", p -> p.text(t -> t))
                .properties("tier", p -> p.keyword(k -> k))
                .properties("objective", p -> p.keyword(k -> k))
                .properties("outcome", p -> p.keyword(k -> k))
                .properties("lessons", p -> p.text(t -> t))
                .properties("publishedAt", p -> p.long_(l -> l))
                .build();
    }

    private void write(String target, List<Long> campaignIds) throws IOException {
        if (campaignIds.isEmpty()) {
            return;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        int n = 0;
        for (Long id : campaignIds) {
            final Map<String, Object> doc = document(id);
            if (doc != null) {
                final String key = Long.toString(id);
                bulk.operations(op -> op.index(i -> i.index(target).id(key).document(doc)));
                n++;
            }
        }
        if (n == 0) {
            return;
        }
        bulk.refresh(Refresh.True);
        if (es().bulk(bulk.build()).errors()) {
            throw new IOException("Elasticsearch refused a lessons document");
        }
    }

    private Map<String, Object> document(long campaignId) {
        DebriefRecord record = store.debrief(campaignId);
        Campaign campaign = campaigns.find(campaignId);
        if (record == null || !record.isPublished() || campaign == null) {
            return null;
        }
        CampaignTerms terms = campaign.toTerms();
        Map<String, Object> doc = new LinkedHashMap<String, Object>();
        doc.put("campaignId", campaignId);
        doc.put("campaignName", campaign.getName());
        doc.put("theme", terms.themeBrief() + (terms.marketingMessage() == null ? "" : " " + terms.marketingMessage()));
        doc.put("tier", terms.tier().name());
        doc.put("objective", terms.objective().name());
        doc.put("outcome", record.outcome());
        doc.put("lessons", record.lessons());
        doc.put("publishedAt", record.publishedAt() == null ? 0L : record.publishedAt().toEpochMilli());
        return doc;
    }

    /**
     * Published debriefs matching every given criterion (blank ones are ignored), best match first (newest first
     * without text).
     *
     * @throws SearchOffException when search is off
     * @throws IOException        when Elasticsearch does not answer
     */
    @SuppressWarnings("rawtypes")
    public List<LessonHit> search(final String text, final String theme, final String tier, final String objective,
                                  final String outcome) throws IOException {
        if (!searchClient.enabled()) {
            throw new SearchOffException();
        }
        if (stale || !es().indices().existsAlias(e -> e.name(alias)).value()) {
            rebuild();
        }
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (!blank(text)) {
            bool.must(m -> m.multiMatch(mm -> mm.query(text.trim()).fields("campaignName", "theme", "lessons")
                    .operator(Operator.And)));
        }
        if (!blank(theme)) {
            bool.must(m -> m.match(mt -> mt.field("theme").query(theme.trim()).operator(Operator.And)));
        }
        if (!blank(tier)) {
            bool.filter(f -> f.term(t -> t.field("tier").value(v -> v.stringValue(tier.trim()))));
        }
        if (!blank(objective)) {
            bool.filter(f -> f.term(t -> t.field("objective").value(v -> v.stringValue(objective.trim()))));
        }
        if (!blank(outcome)) {
            bool.filter(f -> f.term(t -> t.field("outcome").value(v -> v.stringValue(outcome.trim()))));
        }
        final BoolQuery query = bool.build();
        SearchResponse<Map> response = es().search(s -> {
            s.index(alias).size(50).query(q -> q.bool(query));
            if (blank(text) && blank(theme)) {
                s.sort(o -> o.field(f -> f.field("publishedAt").order(co.elastic.clients.elasticsearch._types.SortOrder.Desc)));
            }
            return s;
        }, Map.class);
        List<LessonHit> hits = new ArrayList<LessonHit>();
        for (Hit<Map> hit : response.hits().hits()) {
            Map doc = hit.source();
            if (doc == null) {
                continue;
            }
            hits.add(new LessonHit(((Number) doc.get("campaignId")).longValue(), (String) doc.get("campaignName"),
                    (String) doc.get("tier"), (String) doc.get("objective"), (String) doc.get("outcome"),
                    (String) doc.get("lessons")));
        }
        return hits;
    }

    public boolean enabled() {
        return searchClient.enabled();
    }

    private static boolean blank(String s) {
        return s == null || s.trim().isEmpty();
    }

}
