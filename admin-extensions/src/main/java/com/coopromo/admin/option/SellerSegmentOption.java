package com.coopromo.admin.option;

import com.coopromo.seller.domain.SellerSegment;

import java.util.Collections;
import java.util.Map;

/** The admin's dropdown for {@link SellerSegment}. */
public final class SellerSegmentOption extends DomainEnumOption {
    private static final long serialVersionUID = 1L;

    public static final Map<String, SellerSegmentOption> TYPES = Collections.unmodifiableMap(options(SellerSegment.class,
            new Factory<SellerSegment, SellerSegmentOption>() {
                @Override
                public SellerSegmentOption option(SellerSegment value) {
                    return new SellerSegmentOption(value.name(), value.label());
                }
            }));

    public SellerSegmentOption() {
        super("", "");
    }

    private SellerSegmentOption(String type, String friendlyType) {
        super(type, friendlyType);
    }

    public static SellerSegmentOption getInstance(String type) {
        return TYPES.get(type);
    }
}
