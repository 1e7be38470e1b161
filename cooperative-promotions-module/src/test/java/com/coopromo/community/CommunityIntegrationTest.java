package com.coopromo.community;

import com.coopromo.audit.AuditEventRecord;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditQuery;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.domain.StackingPolicy;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.community.domain.BadgeKind;
import com.coopromo.community.domain.MentoringState;
import com.coopromo.community.persistence.CommunityStore;
import com.coopromo.community.persistence.CommunityStore.StoredBadge;
import com.coopromo.community.persistence.CommunityStore.StoredPair;
import com.coopromo.community.service.CommunityService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.pricing.host.PricingScenario;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.persistence.Seller;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The seller community on the real host and PostgreSQL: a seller whose campaign ends earns "First campaign" once (a
 * second evaluation adds nothing), with the campaign and the clock's date, audited; its badges reach the hub only after
 * it agreed; a mentoring pair becomes active only when both sides accepted, the mentor then earns its badge, a
 * declined or ended pair refuses further steps in one sentence, and every step is an audit row.
 */
@ExtendWith(CoopHostExtension.class)
class CommunityIntegrationTest {

    @Test
    void aSellerEarnsFirstCampaignOnceWhenItsCampaignEndsAndShowsItOnTheHubOnlyAfterAgreeing(TestHost host) throws Exception {
        PricingScenario scenario = new PricingScenario(host);
        CommunityService community = host.bean("coopCommunity", CommunityService.class);
        AuditLog audit = host.bean("coopAuditLog", AuditLog.class);
        Sku sku = scenario.sku("20.00", null);
        PricingScenario.LiveCampaign live = scenario.live(scenario.terms(StackingPolicy.BEST_OF), "20", "10.00", sku);
        long seller = live.seller.getId();

        community.awardBadges();
        assertThat(kinds(community.badges(seller))).as("no badge while the campaign runs").doesNotContain(BadgeKind.FIRST_CAMPAIGN);

        Instant afterEnd = live.campaign.toTerms().endInstant().plusSeconds(60);
        scenario.clock.callAt(afterEnd, () -> scenario.campaigns.advanceClock());
        assertThat(scenario.campaigns.find(live.id()).getState()).isEqualTo(CampaignState.ENDED);
        Instant awardAt = afterEnd.plusSeconds(3600);
        scenario.clock.callAt(awardAt, () -> community.awardBadges());
        scenario.clock.callAt(awardAt.plusSeconds(3600), () -> community.awardBadges());

        List<StoredBadge> badges = community.badges(seller);
        List<StoredBadge> first = badges.stream().filter(b -> b.getKind() == BadgeKind.FIRST_CAMPAIGN).collect(Collectors.toList());
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getCampaignId()).isEqualTo(live.id());
        assertThat(first.get(0).getFact()).isEqualTo("First completed campaign: " + live.campaign.getName() + ".");
        // awarded by the call above or, a moment earlier, by the change event's evaluation: never after the second call
        assertThat(first.get(0).awardedAt).isBeforeOrEqualTo(awardAt);
        List<AuditEventRecord> awarded = audit.query(AuditQuery.all().action("BADGE_AWARDED")
                .entity(CommunityService.ENTITY_SELLER, seller)).events();
        assertThat(awarded).extracting(AuditEventRecord::getAfter).containsOnlyOnce("FIRST_CAMPAIGN");

        assertThat(community.showsBadgesOnHub(seller)).as("off until the seller agrees").isFalse();
        assertThat(community.hubBadges(Collections.singleton(seller))).doesNotContainKey(seller);
        Actor sellerLogin = new Actor("seller-login", ActorRole.ORGANIZER);
        community.setShowBadgesOnHub(seller, true, sellerLogin);
        assertThat(community.hubBadges(Collections.singleton(seller)).get(seller)).contains("First campaign");
        assertThat(audit.query(AuditQuery.all().action("HUB_BADGES_CHOICE").entity(CommunityService.ENTITY_SELLER, seller))
                .events()).extracting(AuditEventRecord::getAfter).containsExactly("shown");
        community.setShowBadgesOnHub(seller, false, sellerLogin);
        assertThat(community.hubBadges(Collections.singleton(seller))).doesNotContainKey(seller);
    }

    @Test
    void aMentoringPairBecomesActiveOnlyWhenBothAcceptAndEveryStepIsAudited(TestHost host) {
        PricingScenario scenario = new PricingScenario(host);
        CommunityService community = host.bean("coopCommunity", CommunityService.class);
        CommunityStore store = host.bean("coopCommunityStore", CommunityStore.class);
        AuditLog audit = host.bean("coopAuditLog", AuditLog.class);
        Seller newcomer = seller(scenario, "Newcomer");
        Seller mentor = seller(scenario, "Mentor");
        Seller other = seller(scenario, "Other");
        long pairId = host.inTransaction(s -> store.propose(newcomer.getId(), mentor.getId(), "Stationery",
                "Both sell stationery.", Instant.now()));
        Actor by = new Actor("someone", ActorRole.ORGANIZER);

        assertThatThrownBy(() -> community.accept(pairId, other.getId(), by)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Seller " + other.getId() + " is not in mentoring pair " + pairId + ".");
        assertThat(community.accept(pairId, newcomer.getId(), by).state()).isEqualTo(MentoringState.PROPOSED);
        assertThat(kinds(community.badges(mentor.getId()))).doesNotContain(BadgeKind.MENTOR);
        assertThat(community.accept(pairId, mentor.getId(), by).state()).isEqualTo(MentoringState.ACTIVE);
        assertThat(kinds(community.badges(mentor.getId()))).containsOnlyOnce(BadgeKind.MENTOR);
        assertThat(kinds(community.badges(newcomer.getId()))).doesNotContain(BadgeKind.MENTOR);

        assertThatThrownBy(() -> community.decline(pairId, newcomer.getId(), by)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Mentoring pair " + pairId + " is active, so it can no longer be declined (end it instead).");
        assertThat(community.end(pairId, newcomer.getId(), by).state()).isEqualTo(MentoringState.ENDED);
        assertThatThrownBy(() -> community.end(pairId, mentor.getId(), by)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Mentoring pair " + pairId + " is already ended.");

        StoredPair stored = community.pairsOf(mentor.getId()).get(0);
        assertThat(stored.id).isEqualTo(pairId);
        assertThat(stored.state).isEqualTo(MentoringState.ENDED);
        assertThat(community.pairsOf(newcomer.getId())).extracting(p -> p.id).containsExactly(pairId);

        List<AuditEventRecord> steps = audit.query(AuditQuery.all().entity(CommunityService.ENTITY_PAIR, pairId)).events();
        assertThat(steps).extracting(e -> e.getAction() + ": " + e.getBefore() + " -> " + e.getAfter()).containsExactly(
                "MENTORING_ENDED: ACTIVE -> ENDED",
                "MENTORING_ACCEPTED: PROPOSED (newcomer accepted) -> ACTIVE",
                "MENTORING_ACCEPTED: PROPOSED -> PROPOSED (newcomer accepted)");

        // a declined pair is closed: the two are never proposed again, and it refuses further answers
        Seller newcomer2 = seller(scenario, "Newcomer two");
        long declined = host.inTransaction(s -> store.propose(newcomer2.getId(), mentor.getId(), "Stationery",
                "Both sell stationery.", Instant.now()));
        assertThat(community.decline(declined, mentor.getId(), by).state()).isEqualTo(MentoringState.DECLINED);
        assertThatThrownBy(() -> community.accept(declined, newcomer2.getId(), by)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Mentoring pair " + declined + " is declined, so it can no longer be accepted.");
        assertThat(audit.query(AuditQuery.all().action("MENTORING_DECLINED").entity(CommunityService.ENTITY_PAIR, declined))
                .events()).hasSize(1);
    }

    private static Seller seller(PricingScenario scenario, String name) {
        return scenario.sellers.registerSeller(new SellerDraft("community-" + UUID.randomUUID().toString().substring(0, 8),
                name + " " + UUID.randomUUID().toString().substring(0, 4), SellerSegment.SMALL, null, null));
    }

    private static List<BadgeKind> kinds(List<StoredBadge> badges) {
        return badges.stream().map(StoredBadge::getKind).collect(Collectors.toList());
    }
}
