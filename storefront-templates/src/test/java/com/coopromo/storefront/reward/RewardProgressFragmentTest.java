package com.coopromo.storefront.reward;

import com.coopromo.reward.domain.RewardProgress;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The reward progress fragment rendered by Thymeleaf 2.1's Spring engine, as a storefront page includes it. */
class RewardProgressFragmentTest {
    private final SpringTemplateEngine engine = engine();

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("webTemplates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private String render(RewardProgress progress, String campaignName) {
        Context context = new Context();
        context.setVariable("coopRewardProgress", progress);
        context.setVariable("coopRewardCampaignName", campaignName);
        // the contract comment names attributes and expressions: only the markup is checked
        return engine.process("coop/fragments/reward-progress", context).replaceAll("(?s)<!--.*?-->", "");
    }

    @Test
    void showsHowManySellersAreCountedAndHowManyMoreAreNeeded() {
        String html = render(new RewardProgress(2, 3, null), "Back to School");

        assertThat(html).contains("Back to School reward").contains("<span class=\"coop-reward-label\">2 of 3 sellers</span>")
                .contains("value=\"2\"").contains("max=\"3\"").contains("aria-label=\"Reward progress: 2 of 3 sellers\"")
                .contains("Buy campaign deals from 1 more seller to earn a discount code for your next order.")
                .doesNotContain("coop-reward-earned").doesNotContain(" th:");
    }

    @Test
    void showsTheCodeOnceGranted() {
        String html = render(new RewardProgress(3, 3, "COOP-ABCDEFGH2345"), null);

        assertThat(html).contains("Multi-seller reward").contains("3 of 3 sellers")
                .contains("<span class=\"coop-reward-code\">COOP-ABCDEFGH2345</span>").doesNotContain("more seller");
    }

    @Test
    void showsNothingForACampaignWithoutARewardOrWithoutProgress() {
        assertThat(render(RewardProgress.none(), "Back to School")).doesNotContain("coop-reward-progress\"");
        assertThat(render(null, null)).doesNotContain("coop-reward-progress\"");
    }
}
