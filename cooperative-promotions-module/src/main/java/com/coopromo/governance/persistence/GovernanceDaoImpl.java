package com.coopromo.governance.persistence;

import com.coopromo.common.persistence.RowLocks;

import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.common.persistence.StoredValues;
import com.coopromo.governance.domain.DecisionKind;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@Repository("coopGovernanceDao")
public class GovernanceDaoImpl implements GovernanceDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public <T> T persist(T record) {
        em.persist(record);
        return record;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public CommitteeRecord activeCommittee() {
        List<CommitteeRecord> found = em.createQuery("select c from CommitteeRecord c where c.active = true", CommitteeRecord.class)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public CommitteeRecord committee(long committeeId) {
        return em.find(CommitteeRecord.class, committeeId);
    }

    @Override
    public List<CommitteeSeatRecord> seats(long committeeId) {
        return em.createQuery("select s from CommitteeSeatRecord s where s.committeeId = :id order by s.rotationOrder",
                CommitteeSeatRecord.class).setParameter("id", committeeId).getResultList();
    }

    @Override
    public GovernanceTierRecord tierRules(CampaignTier tier) {
        return em.find(GovernanceTierRecord.class, tier.name());
    }

    @Override
    public List<GovernanceTierRecord> allTierRules() {
        return em.createQuery("select t from GovernanceTierRecord t", GovernanceTierRecord.class).getResultList();
    }

    @Override
    public DecisionRecord find(long decisionId) {
        return em.find(DecisionRecord.class, decisionId);
    }

    @Override
    public DecisionRecord findForUpdate(long decisionId) {
        return RowLocks.findForUpdate(em, DecisionRecord.class, decisionId);
    }

    @Override
    public List<DecisionRecord> openDecisions() {
        return em.createQuery("select d from DecisionRecord d where d.status = :open order by d.opensAt, d.id", DecisionRecord.class)
                .setParameter("open", DecisionRecord.OPEN).getResultList();
    }

    @Override
    public List<DecisionRecord> openClosedBy(Instant at) {
        return em.createQuery("select d from DecisionRecord d where d.status = :open and d.closesAt <= :at order by d.closesAt, d.id",
                DecisionRecord.class).setParameter("open", DecisionRecord.OPEN).setParameter("at", StoredValues.instant(at))
                .getResultList();
    }

    @Override
    public List<DecisionRecord> open(DecisionKind kind, long subjectId) {
        return em.createQuery("select d from DecisionRecord d where d.status = :open and d.kind = :kind and d.subjectId = :subject",
                DecisionRecord.class).setParameter("open", DecisionRecord.OPEN).setParameter("kind", kind.name())
                .setParameter("subject", subjectId).getResultList();
    }

    @Override
    public DecisionRecord appealOf(long decisionId) {
        List<DecisionRecord> found = em.createQuery("select d from DecisionRecord d where d.appealOf = :id", DecisionRecord.class)
                .setParameter("id", decisionId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<DecisionRecord> ofCampaign(long campaignId) {
        return em.createQuery("select d from DecisionRecord d where d.campaignId = :id order by d.opensAt, d.id", DecisionRecord.class)
                .setParameter("id", campaignId).getResultList();
    }

    @Override
    public List<DecisionRecord> recent(int max) {
        return em.createQuery("select d from DecisionRecord d order by d.opensAt desc, d.id desc", DecisionRecord.class)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<VoteRecord> votes(long decisionId) {
        return em.createQuery("select v from VoteRecord v where v.decisionId = :id order by v.castAt, v.id", VoteRecord.class)
                .setParameter("id", decisionId).getResultList();
    }
}
