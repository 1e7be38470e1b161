package com.coopromo.admin.security;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What an admin user may see of the module's data: everything (platform staff), or only what belongs to the seller
 * the user acts for (a seller or committee member without {@code ROLE_ADMIN}). A seller-scoped user linked to no
 * seller sees no seller's rows at all.
 */
public final class SellerScope {
    private final String login;
    private final boolean sellerScoped;
    private final Long sellerId;
    private final Set<String> actingLogins;

    private SellerScope(String login, boolean sellerScoped, Long sellerId, Set<String> sellerLogins) {
        this.login = login;
        this.sellerScoped = sellerScoped;
        this.sellerId = sellerId;
        Set<String> acting = new LinkedHashSet<String>(sellerLogins);
        if (login != null) {
            acting.add(login);
        }
        this.actingLogins = Collections.unmodifiableSet(acting);
    }

    public static SellerScope platform(String login) {
        return new SellerScope(login, false, null, Collections.<String>emptySet());
    }

    /** @param sellerLogins every login that acts for the same seller (the user's own included or not) */
    public static SellerScope seller(String login, Long sellerId, Set<String> sellerLogins) {
        return new SellerScope(login, true, sellerId, sellerLogins);
    }

    public String login() { return login; }

    /** True when the user sees only its own seller's data. */
    public boolean isSellerScoped() { return sellerScoped; }

    /** The seller the user acts for, or null (platform staff, or a seller-scoped login nobody linked yet). */
    public Long sellerId() { return sellerId; }

    /** The user's own login and the other logins of its seller (whose votes are the seller's). */
    public Set<String> actingLogins() { return actingLogins; }

    /** Whether a row owned by this seller (null: by nobody) is the user's own; always true for platform staff. */
    public boolean owns(Long ownerSellerId) {
        return !sellerScoped || (sellerId != null && sellerId.equals(ownerSellerId));
    }

    @Override
    public String toString() {
        return sellerScoped ? login + " (seller " + sellerId + ")" : login + " (platform)";
    }
}
