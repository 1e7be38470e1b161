package com.coopromo.seller.persistence;

import org.springframework.stereotype.Repository;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import java.util.List;

@Repository("coopSellerDao")
public class SellerDaoImpl implements SellerDao {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    @Override
    public Seller saveSeller(Seller seller) {
        return em.merge(seller);
    }

    @Override
    public Seller findSeller(long id) {
        return em.find(SellerImpl.class, id);
    }

    @Override
    public Seller findSellerByCode(String code) {
        List<SellerImpl> found = em.createQuery("select s from SellerImpl s where s.code = :code", SellerImpl.class)
                .setParameter("code", code).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<Seller> findAllSellers() {
        return em.createQuery("select s from SellerImpl s order by s.name, s.id", Seller.class).getResultList();
    }

    @Override
    public long countSellers() {
        return em.createQuery("select count(s) from SellerImpl s", Long.class).getSingleResult();
    }

    @Override
    public SellerListing saveListing(SellerListing listing) {
        return em.merge(listing);
    }

    @Override
    public SellerListing findListing(long id) {
        return em.find(SellerListingImpl.class, id);
    }

    @Override
    public SellerListing findListingBySkuId(long skuId) {
        TypedQuery<SellerListing> q = em.createQuery(
                "select l from SellerListingImpl l where l.skuId = :skuId", SellerListing.class);
        List<SellerListing> found = q.setParameter("skuId", skuId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public List<SellerListing> findListingsOfSeller(long sellerId) {
        return em.createQuery("select l from SellerListingImpl l where l.seller.id = :sellerId order by l.id",
                SellerListing.class).setParameter("sellerId", sellerId).getResultList();
    }

    @Override
    public long countListings() {
        return em.createQuery("select count(l) from SellerListingImpl l", Long.class).getSingleResult();
    }

    @Override
    public SellerAdminUserRecord findAdminUser(String login) {
        return em.find(SellerAdminUserRecord.class, login);
    }

    @Override
    public List<String> findAdminLoginsOf(long sellerId) {
        return em.createQuery("select u.login from SellerAdminUserRecord u where u.sellerId = :sellerId order by u.login",
                String.class).setParameter("sellerId", sellerId).getResultList();
    }

    @Override
    public SellerAdminUserRecord saveAdminUser(SellerAdminUserRecord link) {
        em.persist(link);
        return link;
    }

    @Override
    public void removeAdminUser(SellerAdminUserRecord link) {
        em.remove(link);
    }
}
