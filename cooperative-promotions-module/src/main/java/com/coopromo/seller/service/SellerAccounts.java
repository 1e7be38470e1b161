package com.coopromo.seller.service;

import com.coopromo.common.domain.Actor;
import com.coopromo.seller.persistence.SellerAdminUserRecord;

import java.util.List;

/**
 * Which admin logins act for which seller. An admin user linked to a seller (and not a platform admin) sees only that
 * seller's data in the admin; the link is what the admin's row-level security and the module's pages read.
 * Links and unlinks are written to the audit log (entity SELLER, the seller's id).
 */
public interface SellerAccounts {
    /** The seller the login acts for, or null if it acts for none. */
    Long sellerOf(String login);

    /** The logins that act for the seller, in alphabetical order. */
    List<String> loginsOf(long sellerId);

    /**
     * Links the login to the seller, replacing any previous link of that login.
     *
     * @throws com.coopromo.common.domain.CoopValidationException if the login is blank or too long, or the seller
     *                                                            does not exist
     */
    SellerAdminUserRecord link(String login, long sellerId, Actor by);

    /** Removes the login's link; false if it had none. */
    boolean unlink(String login, Actor by);
}
