package com.coopromo.governance.domain;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.seller.domain.SellerSegment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A five-member committee [sam, mia, leo, pia, sol] on weekly terms from Monday 2027-03-01 in Paris, so term 0
 * starts 2027-02-28T23:00Z with sam chairing, mia reviewing and leo as secretary; pia and sol hold no office.
 * Decisions open on {@link #OPENS} (term 0).
 */
final class GovernanceFixture {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final CommitteeMember SAM = CommitteeMember.seller("sam", SellerSegment.SMALL, 101);
    static final CommitteeMember MIA = CommitteeMember.seller("mia", SellerSegment.MID, 102);
    static final CommitteeMember LEO = CommitteeMember.seller("leo", SellerSegment.LARGE, 103);
    static final CommitteeMember PIA = CommitteeMember.platformMarketer("pia");
    static final CommitteeMember SOL = CommitteeMember.seller("sol", SellerSegment.SMALL, 104);
    static final Committee COMMITTEE = Committee.of(Arrays.asList(SAM, MIA, LEO, PIA, SOL));
    static final TermSchedule WEEKLY = TermSchedule.ofWeeks(LocalDate.of(2027, 3, 1), PARIS, 1);
    static final Rotation ROTATION = new Rotation(COMMITTEE, WEEKLY);
    static final DecisionDesk DESK = new DecisionDesk(ROTATION, DecisionRights.defaults(), EscalationRules.defaults());

    static final Instant OPENS = Instant.parse("2027-03-02T09:00:00Z");

    private GovernanceFixture() {
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** Hours after {@link #OPENS}. */
    static Instant hoursIn(long hours) {
        return OPENS.plusSeconds(hours * 3600);
    }

    static Decision approval(CampaignTier tier) {
        return DESK.openCampaignApproval(1, 500, tier, Collections.<Long>emptySet(), OPENS);
    }

    static Vote approve(CommitteeMember m, Instant at) {
        return new Vote(m.id(), VoteChoice.APPROVE, null, at);
    }

    static Vote reject(CommitteeMember m, Instant at) {
        return new Vote(m.id(), VoteChoice.REJECT, "the discount range is too wide", at);
    }

    static Vote abstain(CommitteeMember m, Instant at) {
        return new Vote(m.id(), VoteChoice.ABSTAIN, null, at);
    }

    static List<Vote> votes(Vote... votes) {
        return new ArrayList<Vote>(Arrays.asList(votes));
    }

    /** Casts each vote in turn through {@link Ballot}, as the service would. */
    static List<Vote> castAll(Decision decision, Vote... votes) {
        List<Vote> recorded = new ArrayList<Vote>();
        for (Vote v : votes) {
            recorded = Ballot.cast(decision, recorded, v);
        }
        return recorded;
    }
}
