package com.coopromo.demo.seed;

import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.community.service.CommunityService;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The seller community on a first start: the badges the seeded history earns (the ended campaign's sellers), those
 * sellers' agreement to show them on the hub (the demo's sellers agreed; a real seller chooses on its own page), and
 * the mentoring pairs the matching rule proposes, rather than at the community job's first round.
 */
public class DemoCommunitySeeder {
    private final CommunityService community;
    private final Consumer<String> progress;

    public DemoCommunitySeeder(ApplicationContext context, Consumer<String> progress) {
        this.community = context.getBean("coopCommunity", CommunityService.class);
        this.progress = progress;
    }

    public void seed() {
        int awarded = community.awardBadges();
        if (!community.anyHubChoice()) {
            Set<Long> holders = community.sellersWithBadges();
            for (Long seller : holders) {
                community.setShowBadgesOnHub(seller, true, new Actor("demo-seed", ActorRole.PLATFORM_ADMIN));
            }
        }
        List<Long> pairs = community.proposePairs();
        if (awarded > 0 || !pairs.isEmpty()) {
            progress.accept(awarded + " badge(s) awarded, " + pairs.size() + " mentoring pair(s) proposed");
        }
    }
}
