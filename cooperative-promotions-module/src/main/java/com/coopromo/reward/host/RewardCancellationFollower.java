package com.coopromo.reward.host;

import com.coopromo.common.events.ChangeEvent;
import com.coopromo.common.events.ChangeSubscriber;
import com.coopromo.reward.service.RewardService;
import org.springframework.stereotype.Component;

import javax.annotation.Resource;
import java.util.List;

/**
 * Revokes an unused reward when an order's cancellation takes its customer below the campaign's threshold: on the
 * cancellation's ORDER change event, inside the cancelling transaction (so the revocation commits with it, or not at
 * all), on the node that cancelled.
 */
@Component("coopRewardCancellationFollower")
public class RewardCancellationFollower implements ChangeSubscriber {
    @Resource(name = "coopRewardService")
    protected RewardService rewards;

    @Override
    public void beforeCommit(List<ChangeEvent> changes) {
        for (ChangeEvent change : changes) {
            if (change.is(ChangeEvent.Subject.ORDER)) {
                rewards.afterCancellation(change.id());
            }
        }
    }

    @Override
    public void afterCommit(List<ChangeEvent> changes, boolean thisNode) {
        // the revocation was written with the cancellation
    }
}
