package com.coopromo.search;

import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.debrief.persistence.DebriefStore;
import com.coopromo.debrief.search.LessonHit;
import com.coopromo.debrief.search.LessonsLibrary;
import com.coopromo.debrief.service.DebriefService;
import com.coopromo.host.changes.TransactionalChangePublisher;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.host.PricingScenario;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The lessons library with Elasticsearch gone (a proxy in front of the real node is closed): publishing a debrief
 * still commits at once, the library's search fails (the admin page says so in one sentence), and once search is back
 * the debrief published meanwhile is found.
 */
@ExtendWith(CoopHostExtension.class)
class LessonsLibraryDownIntegrationTest {

    @Test
    void aDebriefPublishedWhileSearchIsDownIsFoundOnceItIsBack(TestHost host) throws Exception {
        SearchSettings real = host.bean("coopSearchSettings", SearchSettings.class);
        URI node = URI.create(real.url());
        PricingScenario scenario = new PricingScenario(host);
        CampaignService campaigns = host.bean("coopCampaignService", CampaignService.class);
        DebriefService debriefs = host.bean("coopDebriefService", DebriefService.class);
        TransactionalChangePublisher publisher = host.bean("coopChangePublisher", TransactionalChangePublisher.class);
        Sku sku = scenario.sku("10.00", null);
        final long id = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "10", "5.00", sku).id();
        Instant afterEnd = campaigns.find(id).toTerms().endInstant().plusSeconds(60);
        scenario.clock.callAt(afterEnd, () -> campaigns.advanceClock());
        assertThat(campaigns.find(id).getState()).isEqualTo(CampaignState.ENDED);
        String word = "zeppelin" + UUID.randomUUID().toString().substring(0, 8);

        try (HubSearchDownIntegrationTest.TcpProxy proxy = new HubSearchDownIntegrationTest.TcpProxy(node.getHost(), node.getPort())) {
            CoopSearchClient client = new CoopSearchClient(new SearchSettings("http://127.0.0.1:" + proxy.port, null,
                    real.embeddedNode(), "coopdown" + UUID.randomUUID().toString().substring(0, 8)));
            client.start();
            LessonsLibrary library = new LessonsLibrary(client, host.bean("coopDebriefStore", DebriefStore.class), campaigns);
            publisher.subscribe(library);
            try {
                assertThat(library.search(word, null, null, null, null)).isEmpty();

                proxy.stop();
                long t0 = System.nanoTime();
                debriefs.publish(id, "Order the " + word + " banners early.", "organizer");
                assertThat((System.nanoTime() - t0) / 1_000_000L).as("publishing with search down, ms").isLessThan(5000);
                assertThat(debriefs.publishedRecord(id)).isNotNull();
                assertThat(catchThrowable(() -> library.search(word, null, null, null, null))).isNotNull();

                proxy.start();
                List<LessonHit> back = library.search(word, null, null, null, null);
                assertThat(back).extracting(LessonHit::campaignId).containsExactly(id);
            } finally {
                publisher.unsubscribe(library);
                client.stop();
            }
        }
    }
}
