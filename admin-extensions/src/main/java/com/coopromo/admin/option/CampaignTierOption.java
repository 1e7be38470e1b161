package com.coopromo.admin.option;

import com.coopromo.campaign.domain.CampaignTier;

import java.util.Collections;
import java.util.Map;

/** The admin's dropdown for {@link CampaignTier}. */
public final class CampaignTierOption extends DomainEnumOption {
    private static final long serialVersionUID = 1L;

    public static final Map<String, CampaignTierOption> TYPES = Collections.unmodifiableMap(options(CampaignTier.class,
            new Factory<CampaignTier, CampaignTierOption>() {
                @Override
                public CampaignTierOption option(CampaignTier value) {
                    return new CampaignTierOption(value.name(), value.label());
                }
            }));

    public CampaignTierOption() {
        super("", "");
    }

    private CampaignTierOption(String type, String friendlyType) {
        super(type, friendlyType);
    }

    public static CampaignTierOption getInstance(String type) {
        return TYPES.get(type);
    }
}
