package com.coopromo.admin.option;

import com.coopromo.seller.domain.SellerStanding;

import java.util.Collections;
import java.util.Map;

/** The admin's dropdown for {@link SellerStanding}. */
public final class SellerStandingOption extends DomainEnumOption {
    private static final long serialVersionUID = 1L;

    public static final Map<String, SellerStandingOption> TYPES = Collections.unmodifiableMap(options(SellerStanding.class,
            new Factory<SellerStanding, SellerStandingOption>() {
                @Override
                public SellerStandingOption option(SellerStanding value) {
                    return new SellerStandingOption(value.name(), value.label());
                }
            }));

    public SellerStandingOption() {
        super("", "");
    }

    private SellerStandingOption(String type, String friendlyType) {
        super(type, friendlyType);
    }

    public static SellerStandingOption getInstance(String type) {
        return TYPES.get(type);
    }
}
