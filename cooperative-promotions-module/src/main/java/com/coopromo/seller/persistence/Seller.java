package com.coopromo.seller.persistence;

import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;

import java.io.Serializable;
import java.util.Date;

/** A marketplace seller taking part in cooperative promotions (the host has no seller concept of its own). */
public interface Seller extends Serializable {
    Long getId();

    void setId(Long id);

    String getCode();

    void setCode(String code);

    String getName();

    void setName(String name);

    SellerSegment getSegment();

    void setSegment(SellerSegment segment);

    SellerStanding getStanding();

    void setStanding(SellerStanding standing);

    String getContactEmail();

    void setContactEmail(String contactEmail);

    /** How many campaigns the seller may take part in at the same time (the calendar flags more). */
    int getMaxConcurrentCampaigns();

    void setMaxConcurrentCampaigns(int limit);

    Date getCreatedAt();

    void setCreatedAt(Date createdAt);
}
