package com.coopromo.admin.security;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.install.CoopAdminMenu.FriendlyPermission;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every action of the module's admin screens beyond viewing and maintaining a section's records, with the Broadleaf
 * permission it takes ({@link AdminPolicy} checks them). Where several permissions are listed, any one of them will do
 * (the capacity in which the user then acts is decided further on, e.g. by {@code CampaignCapacity}).
 */
public enum AdminAction {
    MOVE_CAMPAIGN("move campaigns through their lifecycle", CoopAdminMenu.CAMPAIGNS.maintain(), CoopAdminMenu.VOTE,
            CoopAdminMenu.APPROVALS.maintain()),
    CLONE_CAMPAIGN("clone campaigns", CoopAdminMenu.CAMPAIGNS.maintain()),
    /** Sellers answer their own invitations; staff answer applications (the screen tells the two apart). */
    ANSWER_PARTICIPATION("accept or decline participations", CoopAdminMenu.PARTICIPATIONS.maintain(),
            CoopAdminMenu.ANSWER_INVITATION),
    /** A dispute about a participation, put to the committee (sellers: their own participations). */
    OPEN_DISPUTE("open participation disputes", CoopAdminMenu.PARTICIPATIONS.maintain(),
            CoopAdminMenu.ANSWER_INVITATION),
    /** A pause or resume of an enrolled listing of a live campaign, asked of the committee. */
    REQUEST_ADJUSTMENT("request adjustments to live campaigns", CoopAdminMenu.PARTICIPATIONS.maintain(),
            CoopAdminMenu.ANSWER_INVITATION),
    SUBMIT_ASSET("submit campaign assets", CoopAdminMenu.ASSETS.maintain()),
    ACCEPT_ASSET("accept campaign assets", CoopAdminMenu.ASSETS.maintain()),
    REUSE_ASSET("reuse campaign assets", CoopAdminMenu.ASSETS.maintain()),
    WRITE_COPY_TEMPLATE("write copy templates", CoopAdminMenu.ASSETS.maintain()),
    CHANGE_BRAND_GUIDELINES("change the brand guidelines", CoopAdminMenu.BRAND_GUIDELINES.maintain()),
    VOTE("vote in committee decisions", CoopAdminMenu.VOTE),
    APPEAL("appeal committee decisions", CoopAdminMenu.VOTE),
    /** The chair's overrule is a committee member's act: it takes {@link #VOTE}'s permission and the chair's seat. */
    OVERRULE("overrule committee decisions as the platform admin", CoopAdminMenu.APPROVALS.maintain()),
    SET_UP_COMMITTEE("set up the committee", CoopAdminMenu.COMMITTEE.maintain()),
    CANCEL_ORDER("cancel submitted orders", CoopAdminMenu.CANCEL_ORDER),
    LINK_ACCOUNTS("link admin logins to sellers", CoopAdminMenu.LINK_ACCOUNTS),
    SET_PAYOUT_RULES("set payout rules", CoopAdminMenu.SETTLEMENT.maintain()),
    RUN_SETTLEMENT("run settlements", CoopAdminMenu.SETTLEMENT.maintain()),
    /** The organiser's lessons and the publication of an ended campaign's debrief. */
    PUBLISH_DEBRIEF("write and publish campaign debriefs", CoopAdminMenu.DEBRIEFS.maintain()),
    /** A seller's own answer to an ended campaign's feedback survey. */
    ANSWER_SURVEY("answer campaign feedback surveys", CoopAdminMenu.ANSWER_SURVEY),
    /** A seller's own choice to show its badges on the hub (sellers: their own page only). */
    CHOOSE_HUB_BADGES("choose whether a seller's badges show on the hub", CoopAdminMenu.SELLERS.maintain(),
            CoopAdminMenu.ANSWER_INVITATION),
    /** A campaign's early access lead period. */
    SET_EARLY_ACCESS("set a campaign's early access period", CoopAdminMenu.CAMPAIGNS.maintain()),
    /** Accepting, declining or ending a mentoring pair (sellers: their own side only). */
    ANSWER_MENTORING("accept, decline or end mentoring pairs", CoopAdminMenu.SELLERS.maintain(),
            CoopAdminMenu.ANSWER_INVITATION);

    private final String label;
    private final List<FriendlyPermission> anyOf;

    AdminAction(String label, FriendlyPermission... anyOf) {
        this.label = label;
        this.anyOf = Collections.unmodifiableList(Arrays.asList(anyOf));
    }

    /** What the action does, as a sentence continues "You may not ...". */
    public String label() {
        return label;
    }

    /** The friendly permissions any one of which allows the action. */
    public List<FriendlyPermission> anyOf() {
        return anyOf;
    }
}
