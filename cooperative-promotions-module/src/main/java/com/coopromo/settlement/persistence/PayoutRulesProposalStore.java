package com.coopromo.settlement.persistence;

import com.coopromo.common.domain.Validation;
import com.coopromo.settlement.domain.PayoutRules;
import com.coopromo.settlement.domain.PayoutTier;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposed payout rules and the versions committee adjustments make of them. Unlike {@link SettlementStore}, every
 * statement here runs in the caller's transaction (the store's persistence unit), so a proposal opens together with
 * its committee decision and a rules version is written together with the vote that approved it.
 */
public class PayoutRulesProposalStore {
    private static final String COLUMNS = "PROPOSAL_ID, CAMPAIGN_ID, DECISION_ID, POOL, SALES_TIERS, TRAFFIC_TIERS,"
            + " SELLER_CAP_PCT, DIMINISHING_EXPONENT, NEWCOMER_BOOST_PCT, MINIMUM_PAYOUT, REASON, STATUS, RULES_VERSION,"
            + " PROPOSED_BY, PROPOSED_AT, SETTLED_AT";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The campaign's state, its row locked until the transaction ends (serialises rules versions); null if none. */
    public String lockCampaign(long campaignId) {
        List<?> rows = em.createNativeQuery("select STATE from COOP_CAMPAIGN where CAMPAIGN_ID = ? for update")
                .setParameter(1, campaignId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Stores a new PROPOSED row; returns its id. */
    public long propose(long campaignId, PayoutRules rules, String reason, String by, Instant at) {
        long id = ((Number) em.createNativeQuery("select nextval('COOP_PAYOUT_RULES_PROPOSAL_SEQ')").getSingleResult()).longValue();
        em.createNativeQuery("insert into COOP_PAYOUT_RULES_PROPOSAL (PROPOSAL_ID, CAMPAIGN_ID, POOL, SALES_TIERS,"
                + " TRAFFIC_TIERS, SELLER_CAP_PCT, DIMINISHING_EXPONENT, NEWCOMER_BOOST_PCT, MINIMUM_PAYOUT, REASON, STATUS,"
                + " PROPOSED_BY, PROPOSED_AT) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?)")
                .setParameter(1, id).setParameter(2, campaignId).setParameter(3, rules.pool())
                .setParameter(4, PayoutTier.format(rules.salesTiers())).setParameter(5, PayoutTier.format(rules.trafficTiers()))
                .setParameter(6, rules.sellerCapPercent()).setParameter(7, rules.diminishingExponent())
                .setParameter(8, rules.newcomerBoostPercent()).setParameter(9, rules.minimumPayout())
                .setParameter(10, reason).setParameter(11, by).setParameter(12, Timestamp.from(at))
                .executeUpdate();
        return id;
    }

    public void linkDecision(long proposalId, long decisionId) {
        em.flush(); // the decision was persisted through JPA in this transaction; the key must see it
        em.createNativeQuery("update COOP_PAYOUT_RULES_PROPOSAL set DECISION_ID = ? where PROPOSAL_ID = ?")
                .setParameter(1, decisionId).setParameter(2, proposalId).executeUpdate();
    }

    /** The proposal, its row locked until the transaction ends; null if none. */
    public PayoutRulesProposal lockProposal(long proposalId) {
        List<PayoutRulesProposal> found = read("where PROPOSAL_ID = ? for update", proposalId);
        return found.isEmpty() ? null : found.get(0);
    }

    public PayoutRulesProposal proposal(long proposalId) {
        List<PayoutRulesProposal> found = read("where PROPOSAL_ID = ?", proposalId);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The campaign's proposals, newest first. */
    public List<PayoutRulesProposal> proposals(long campaignId) {
        return read("where CAMPAIGN_ID = ? order by PROPOSAL_ID desc", campaignId);
    }

    /** Closes a PROPOSED row as REJECTED or SKIPPED. */
    public void close(long proposalId, String status, Instant at) {
        em.createNativeQuery("update COOP_PAYOUT_RULES_PROPOSAL set STATUS = ?, SETTLED_AT = ? where PROPOSAL_ID = ?"
                + " and STATUS = 'PROPOSED'")
                .setParameter(1, status).setParameter(2, Timestamp.from(at)).setParameter(3, proposalId).executeUpdate();
    }

    /**
     * Writes the proposal's rules as the campaign's next version, naming the decision, and marks the proposal APPLIED.
     * The caller holds the campaign's row lock. Returns the version.
     */
    public int apply(PayoutRulesProposal proposal, String campaignState, long decisionId, String by, Instant at) {
        int version = ((Number) em.createNativeQuery("select coalesce(max(VERSION), 0) + 1 from COOP_PAYOUT_RULES"
                + " where CAMPAIGN_ID = ?").setParameter(1, proposal.campaignId()).getSingleResult()).intValue();
        PayoutRules rules = proposal.rules();
        em.createNativeQuery("insert into COOP_PAYOUT_RULES (RULES_ID, CAMPAIGN_ID, VERSION, POOL, SALES_TIERS,"
                + " TRAFFIC_TIERS, SELLER_CAP_PCT, DIMINISHING_EXPONENT, NEWCOMER_BOOST_PCT, MINIMUM_PAYOUT, CAMPAIGN_STATE,"
                + " ADJUSTMENT_DECISION_ID, SAVED_BY, SAVED_AT)"
                + " values (nextval('COOP_PAYOUT_RULES_SEQ'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, proposal.campaignId()).setParameter(2, version).setParameter(3, rules.pool())
                .setParameter(4, PayoutTier.format(rules.salesTiers())).setParameter(5, PayoutTier.format(rules.trafficTiers()))
                .setParameter(6, rules.sellerCapPercent()).setParameter(7, rules.diminishingExponent())
                .setParameter(8, rules.newcomerBoostPercent()).setParameter(9, rules.minimumPayout())
                .setParameter(10, campaignState).setParameter(11, decisionId).setParameter(12, by)
                .setParameter(13, Timestamp.from(at)).executeUpdate();
        em.createNativeQuery("update COOP_PAYOUT_RULES_PROPOSAL set STATUS = 'APPLIED', RULES_VERSION = ?, SETTLED_AT = ?"
                + " where PROPOSAL_ID = ?").setParameter(1, version).setParameter(2, Timestamp.from(at))
                .setParameter(3, proposal.id()).executeUpdate();
        return version;
    }

    /** True once the campaign has a payout run (FINAL): its rules are spent. */
    public boolean hasFinalRun(long campaignId) {
        return !em.createNativeQuery("select 1 from COOP_SETTLEMENT_RUN where CAMPAIGN_ID = ? and KIND = 'FINAL'")
                .setParameter(1, campaignId).getResultList().isEmpty();
    }

    private List<PayoutRulesProposal> read(String where, long id) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from COOP_PAYOUT_RULES_PROPOSAL " + where)
                .setParameter(1, id).getResultList();
        List<PayoutRulesProposal> found = new ArrayList<PayoutRulesProposal>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Validation v = new Validation();
            PayoutRules rules = PayoutRules.validate((BigDecimal) r[3], PayoutTier.parse((String) r[4], PayoutRules.SALES_TIERS, v),
                    PayoutTier.parse((String) r[5], PayoutRules.TRAFFIC_TIERS, v), (BigDecimal) r[6], (BigDecimal) r[7],
                    (BigDecimal) r[8], (BigDecimal) r[9], v);
            v.throwIfInvalid();
            found.add(new PayoutRulesProposal(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    r[2] == null ? null : ((Number) r[2]).longValue(), rules, (String) r[10], (String) r[11],
                    r[12] == null ? null : ((Number) r[12]).intValue(), (String) r[13], instant(r[14]), instant(r[15])));
        }
        return found;
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
