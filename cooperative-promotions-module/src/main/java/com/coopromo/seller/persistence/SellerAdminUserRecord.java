package com.coopromo.seller.persistence;

import com.coopromo.common.persistence.StoredValues;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;

/**
 * An admin login that acts for a seller in the host's admin (and sees only that seller's data there). Keyed by the
 * admin user's login, the identity the module uses for admin users; no link to Broadleaf's tables.
 */
@Entity
@Table(name = "COOP_SELLER_ADMIN_USER")
public class SellerAdminUserRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ADMIN_LOGIN")
    protected String login;

    @Column(name = "SELLER_ID", nullable = false)
    protected Long sellerId;

    @Column(name = "LINKED_AT", nullable = false)
    @Temporal(TemporalType.TIMESTAMP)
    protected Date linkedAt;

    @Column(name = "LINKED_BY", nullable = false)
    protected String linkedBy;

    protected SellerAdminUserRecord() {
    }

    public SellerAdminUserRecord(String login, long sellerId, Instant at, String by) {
        this.login = login;
        this.sellerId = sellerId;
        this.linkedAt = StoredValues.instant(at);
        this.linkedBy = by;
    }

    public String getLogin() { return login; }
    public long getSellerId() { return sellerId; }
    public Instant getLinkedAt() { return StoredValues.instant(linkedAt); }
    public String getLinkedBy() { return linkedBy; }

    /** Moves the login to another seller. */
    public void relink(long sellerId, Instant at, String by) {
        this.sellerId = sellerId;
        this.linkedAt = StoredValues.instant(at);
        this.linkedBy = by;
    }
}
