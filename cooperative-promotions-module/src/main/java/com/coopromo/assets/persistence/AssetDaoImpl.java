package com.coopromo.assets.persistence;

import com.coopromo.common.persistence.RowLocks;

import com.coopromo.campaign.domain.AssetKind;
import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import java.util.List;

@Repository("coopAssetDao")
public class AssetDaoImpl implements AssetDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public <T> T persist(T record) {
        em.persist(record);
        return record;
    }

    @Override
    public void remove(Object record) {
        em.remove(record);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public AssetRecord find(long assetId) {
        return em.find(AssetRecord.class, assetId);
    }

    @Override
    public AssetRecord findForUpdate(long assetId) {
        return RowLocks.findForUpdate(em, AssetRecord.class, assetId);
    }

    @Override
    public AssetRecord find(long campaignId, Long sellerId, AssetKind kind) {
        TypedQuery<AssetRecord> q = em.createQuery("select a from AssetRecord a where a.campaignId = :campaign and a.kind = :kind"
                + (sellerId == null ? " and a.sellerId is null" : " and a.sellerId = :seller"), AssetRecord.class)
                .setParameter("campaign", campaignId).setParameter("kind", kind.name());
        if (sellerId != null) {
            q.setParameter("seller", sellerId);
        }
        List<AssetRecord> found = q.getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<AssetRecord> ofCampaign(long campaignId) {
        return em.createQuery("select a from AssetRecord a where a.campaignId = :campaign order by a.id", AssetRecord.class)
                .setParameter("campaign", campaignId).getResultList();
    }

    @Override
    public List<AssetVersionRecord> versions(long assetId) {
        return em.createQuery("select v from AssetVersionRecord v where v.assetId = :asset order by v.versionNo",
                AssetVersionRecord.class).setParameter("asset", assetId).getResultList();
    }

    @Override
    public AssetVersionRecord version(long versionId) {
        return em.find(AssetVersionRecord.class, versionId);
    }

    @Override
    public List<AssetVersionRecord> acceptedVersions(Long campaignId, AssetKind kind, int max) {
        StringBuilder jpql = new StringBuilder("select v from AssetVersionRecord v, AssetRecord a where v.assetId = a.id and v.accepted = true");
        if (campaignId != null) {
            jpql.append(" and a.campaignId = :campaign");
        }
        if (kind != null) {
            jpql.append(" and a.kind = :kind");
        }
        TypedQuery<AssetVersionRecord> q = em.createQuery(jpql.append(" order by v.acceptedAt desc, v.id desc").toString(),
                AssetVersionRecord.class);
        if (campaignId != null) {
            q.setParameter("campaign", campaignId);
        }
        if (kind != null) {
            q.setParameter("kind", kind.name());
        }
        return q.setMaxResults(max).getResultList();
    }

    @Override
    public List<BrandGuidelineRecord> guidelines() {
        return em.createQuery("select g from BrandGuidelineRecord g order by g.ruleType, g.assetKind, g.id", BrandGuidelineRecord.class)
                .getResultList();
    }

    @Override
    public CopyTemplateRecord template(long templateId) {
        return em.find(CopyTemplateRecord.class, templateId);
    }

    @Override
    public CopyTemplateRecord templateNamed(String name) {
        List<CopyTemplateRecord> found = em.createQuery("select t from CopyTemplateRecord t where t.name = :name", CopyTemplateRecord.class)
                .setParameter("name", name).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<CopyTemplateRecord> templates() {
        return em.createQuery("select t from CopyTemplateRecord t order by t.name", CopyTemplateRecord.class).getResultList();
    }

    @Override
    public AssetFileRecord file(long fileId) {
        return em.find(AssetFileRecord.class, fileId);
    }

    @Override
    public boolean fileAccepted(long fileId) {
        return em.createQuery("select count(v) from AssetVersionRecord v where v.fileId = :file and v.accepted = true",
                Long.class).setParameter("file", fileId).getSingleResult() > 0;
    }
}
