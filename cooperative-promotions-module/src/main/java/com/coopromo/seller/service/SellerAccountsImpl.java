package com.coopromo.seller.service;

import com.coopromo.audit.AuditLog;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.seller.persistence.SellerAdminUserRecord;
import com.coopromo.seller.persistence.SellerDao;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import javax.annotation.Resource;
import java.time.Clock;
import java.util.List;

@Service("coopSellerAccounts")
public class SellerAccountsImpl implements SellerAccounts {
    static final String AUDIT_ENTITY = "SELLER";
    static final int MAX_LOGIN = 255;

    @Resource(name = "coopSellerDao")
    protected SellerDao sellerDao;

    @Resource(name = "coopAuditLog")
    protected AuditLog audit;

    @Resource(name = "coopClock")
    protected Clock clock;

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public Long sellerOf(String login) {
        if (login == null) {
            return null;
        }
        SellerAdminUserRecord link = sellerDao.findAdminUser(login);
        return link == null ? null : link.getSellerId();
    }

    @Override
    @Transactional(value = "blTransactionManager", readOnly = true)
    public List<String> loginsOf(long sellerId) {
        return sellerDao.findAdminLoginsOf(sellerId);
    }

    @Override
    @Transactional("blTransactionManager")
    public SellerAdminUserRecord link(String login, long sellerId, Actor by) {
        String name = login == null ? "" : login.trim();
        if (name.isEmpty()) {
            throw new CoopValidationException("login", "is required");
        }
        if (name.length() > MAX_LOGIN) {
            throw new CoopValidationException("login", "must be at most " + MAX_LOGIN + " characters (was " + name.length() + ")");
        }
        if (sellerDao.findSeller(sellerId) == null) {
            throw new CoopValidationException("sellerId", "no seller with id " + sellerId);
        }
        SellerAdminUserRecord existing = sellerDao.findAdminUser(name);
        Long before = existing == null ? null : existing.getSellerId();
        if (before != null && before == sellerId) {
            return existing;
        }
        SellerAdminUserRecord saved;
        if (existing != null) {
            existing.relink(sellerId, clock.instant(), by.id());
            saved = existing;
            audit.append(by, "SELLER_USER_UNLINKED", AUDIT_ENTITY, String.valueOf(before), "login=" + name, null,
                    "moved to seller " + sellerId);
        } else {
            saved = sellerDao.saveAdminUser(new SellerAdminUserRecord(name, sellerId, clock.instant(), by.id()));
        }
        audit.append(by, "SELLER_USER_LINKED", AUDIT_ENTITY, String.valueOf(sellerId), null, "login=" + name, null);
        return saved;
    }

    @Override
    @Transactional("blTransactionManager")
    public boolean unlink(String login, Actor by) {
        SellerAdminUserRecord existing = login == null ? null : sellerDao.findAdminUser(login.trim());
        if (existing == null) {
            return false;
        }
        sellerDao.removeAdminUser(existing);
        audit.append(by, "SELLER_USER_UNLINKED", AUDIT_ENTITY, String.valueOf(existing.getSellerId()),
                "login=" + existing.getLogin(), null, null);
        return true;
    }
}
