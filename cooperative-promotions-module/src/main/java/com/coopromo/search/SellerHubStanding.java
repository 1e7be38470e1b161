package com.coopromo.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the hub shows of a seller's standing in the community, when the store has a provider (the seller community,
 * {@code com.coopromo.community}): the badges shown next to its name (only for sellers that agreed), and which sellers
 * earned premium placement (their listings go first for the featured slots).
 */
public interface SellerHubStanding {
    /** The badge labels to show next to each seller's name on the hub; sellers that did not agree are left out. */
    Map<Long, List<String>> hubBadges(Collection<Long> sellerIds);

    /** The sellers that earned premium placement (may be empty). */
    Set<Long> premiumSellers();
}
