package com.coopromo.demo.seed;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.BannerImage;
import com.coopromo.assets.domain.BrandGuidelines;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.service.AssetService;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignState;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.time.CoopClock;
import com.coopromo.governance.domain.Committee;
import com.coopromo.governance.domain.CommitteeMember;
import com.coopromo.governance.domain.VoteChoice;
import com.coopromo.governance.service.CommitteeSeat;
import com.coopromo.governance.service.CommitteeView;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.service.SellerAccounts;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Seeds the demo's governance: two more admin logins (a committee member seller and a plain seller), the committee
 * with a weekly rotation that started ten days ago, and for it a campaign awaiting votes, a dispute whose vote closed
 * unanswered and went up to the platform admin, brand guidelines and a campaign banner with its history.
 * <p>
 * A committee seat's member id is the login of the admin user who sits in it: {@value #MEMBER_LOGIN} signs in and
 * votes as the mid-size seller's member; the other seats have no login in the demo. The rotation is fixed so that
 * in the current term {@value #MEMBER_LOGIN} is the REVIEWER, and the chair has already approved the campaign
 * awaiting votes: the member's approval reaches the standard tier's quorum of two.
 * <p>
 * Idempotent: users are created when their login is missing; the committee and what hangs on it only when no
 * committee exists; a login is linked to its seller ({@code coopSellerAccounts}) only when it acts for none yet.
 */
public class DemoGovernanceSeeder {
    public static final String MEMBER_LOGIN = "member";
    public static final String MEMBER_PASSWORD = "member";
    public static final String SELLER_LOGIN = "seller";
    public static final String SELLER_PASSWORD = "seller";
    /** Read-only staff: Broadleaf's promotion manager role, which views every module section and changes nothing. */
    public static final String STAFF_LOGIN = "staff";
    public static final String STAFF_PASSWORD = "staff";
    /** A promotion editor: maintains campaigns, sellers, participations and assets; no committee or platform rights. */
    public static final String EDITOR_LOGIN = "editor";
    public static final String EDITOR_PASSWORD = "editor";
    /** Committee member ids in rotation order: small seller, large seller, the demo member (mid seller), marketer. */
    static final String SMALL_MEMBER = "ana";
    static final String LARGE_MEMBER = "raj";
    static final String MARKETER_MEMBER = "marketer";
    static final String AWAITING_SLUG = "clear-winter-stock";
    static final String DISPUTED_SLUG = "back-to-school";
    private static final Actor PLATFORM = new Actor(DemoMarketplaceSeeder.ADMIN_LOGIN, ActorRole.PLATFORM_ADMIN);

    private final GovernanceService governance;
    private final CampaignService campaigns;
    private final ParticipationService participation;
    private final AssetService assets;
    private final SellerService sellers;
    private final SellerAccounts accounts;
    private final AdminSecurityService adminSecurity;
    private final EntityConfiguration entities;
    private final CoopClock clock;
    private final TransactionTemplate transaction;
    private final Consumer<String> progress;
    private boolean committeeSetUpNow;

    public DemoGovernanceSeeder(ApplicationContext context, Consumer<String> progress) {
        this.governance = context.getBean("coopGovernanceService", GovernanceService.class);
        this.campaigns = context.getBean("coopCampaignService", CampaignService.class);
        this.participation = context.getBean("coopParticipationService", ParticipationService.class);
        this.assets = context.getBean("coopAssetService", AssetService.class);
        this.sellers = context.getBean("coopSellerService", SellerService.class);
        this.accounts = context.getBean("coopSellerAccounts", SellerAccounts.class);
        this.adminSecurity = context.getBean("blAdminSecurityService", AdminSecurityService.class);
        this.entities = context.getBean("blEntityConfiguration", EntityConfiguration.class);
        this.clock = context.getBean("coopClock", CoopClock.class);
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
        this.progress = progress;
    }

    /**
     * The demo's logins and the committee, before campaigns are seeded: submitting a standard or flagship campaign
     * puts it to the committee, which must then be in office. Does nothing to a committee already set up.
     */
    public void setUpCommittee() throws Exception {
        ensureUser(MEMBER_LOGIN, MEMBER_PASSWORD, "Demo Committee Member", CoopAdminMenu.ROLE_COOP_COMMITTEE);
        ensureUser(SELLER_LOGIN, SELLER_PASSWORD, "Demo Seller", CoopAdminMenu.ROLE_COOP_SELLER);
        ensureUser(STAFF_LOGIN, STAFF_PASSWORD, "Demo Read-only Staff", CoopAdminMenu.ROLE_PROMOTION_MANAGER);
        ensureUser(EDITOR_LOGIN, EDITOR_PASSWORD, "Demo Promotion Editor", CoopAdminMenu.ROLE_COOP_PROMOTION_EDITOR);
        if (committeeExists()) {
            progress.accept("committee already set up: reusing it");
            return;
        }
        ZoneId zone = ZoneId.of(DemoCampaignSeeder.ZONE);
        final LocalDate firstDay = LocalDate.now(zone).minusDays(10);
        final List<CommitteeSeat> seats = seats();
        CommitteeView committee = clock.callAt(firstDay.atTime(8, 0).atZone(zone).toInstant(), new Callable<CommitteeView>() {
            @Override
            public CommitteeView call() {
                return governance.setUpCommittee("Cooperative Promotions Committee", seats, firstDay,
                        ZoneId.of(DemoCampaignSeeder.ZONE), Period.ofWeeks(1), PLATFORM);
            }
        });
        committeeSetUpNow = true;
        progress.accept("committee '" + committee.name() + "' set up: " + committee.rotation().committee().members()
                + ", weekly terms from " + firstDay);
    }

    /**
     * What hangs on a committee set up by {@link #setUpCommittee()} just now (brand guidelines, the campaign awaiting
     * votes, the escalated dispute), then the seller logins' links.
     */
    public void seed() throws Exception {
        if (!committeeExists()) {
            setUpCommittee();
        }
        if (!committeeSetUpNow) {
            linkSellerAccounts();
            return;
        }
        seedBrandGuidelines();
        openCampaignApproval();
        openPastDispute(governance.currentCommittee());
        linkSellerAccounts();
    }

    /**
     * Links the demo's seller logins to the sellers they act for, unless linked already: {@value #MEMBER_LOGIN} to the
     * seller its committee seat represents, {@value #SELLER_LOGIN} to a seller of the live campaign that has no seat.
     */
    private void linkSellerAccounts() {
        Committee committee = governance.currentCommittee().rotation().committee();
        if (accounts.sellerOf(MEMBER_LOGIN) == null) {
            CommitteeMember member = committee.member(MEMBER_LOGIN);
            if (member != null && member.sellerId() != null) {
                accounts.link(MEMBER_LOGIN, member.sellerId(), PLATFORM);
                progress.accept("admin user '" + MEMBER_LOGIN + "' acts for seller " + member.sellerId());
            }
        }
        if (accounts.sellerOf(SELLER_LOGIN) == null) {
            Campaign live = campaigns.findBySlug(DISPUTED_SLUG);
            Long chosen = null;
            for (ParticipationImpl p : live == null ? Collections.<ParticipationImpl>emptyList()
                    : participation.participationsOf(live.getId())) {
                boolean onCommittee = false;
                for (CommitteeMember m : committee.members()) {
                    onCommittee |= m.represents(p.getSeller().getId());
                }
                if (!onCommittee) {
                    chosen = p.getSeller().getId();
                }
            }
            if (chosen != null) {
                accounts.link(SELLER_LOGIN, chosen, PLATFORM);
                progress.accept("admin user '" + SELLER_LOGIN + "' acts for seller " + chosen);
            }
        }
    }

    private boolean committeeExists() {
        try {
            governance.currentCommittee();
            return true;
        } catch (CoopValidationException e) {
            return false;
        }
    }

    /** One seat per segment from the first sellers in good standing, in rotation order, then the marketer. */
    private List<CommitteeSeat> seats() {
        Map<SellerSegment, Long> bySegment = new EnumMap<SellerSegment, Long>(SellerSegment.class);
        for (Seller s : sellers.findAllSellers()) {
            if (s.getStanding() == SellerStanding.GOOD && !bySegment.containsKey(s.getSegment())) {
                bySegment.put(s.getSegment(), s.getId());
            }
        }
        return Arrays.asList(
                CommitteeSeat.seller(SMALL_MEMBER, bySegment.get(SellerSegment.SMALL)),
                CommitteeSeat.seller(LARGE_MEMBER, bySegment.get(SellerSegment.LARGE)),
                CommitteeSeat.seller(MEMBER_LOGIN, bySegment.get(SellerSegment.MID)),
                CommitteeSeat.platformMarketer(MARKETER_MEMBER));
    }

    private void seedBrandGuidelines() {
        Map<AssetKind, List<String>> disclaimers = new EnumMap<AssetKind, List<String>>(AssetKind.class);
        disclaimers.put(AssetKind.COPY_BLOCK, Collections.singletonList("While stocks last"));
        assets.updateBrandGuidelines(new BrandGuidelines(Arrays.asList("best ever", "guaranteed", "cheapest"), disclaimers),
                PLATFORM);
    }

    /**
     * Submits the draft campaign a day ago, which puts it to the committee, with a banner that failed its contrast check and its
     * fixed, accepted version, and the chair's approval; the demo member's vote is the one still missing.
     */
    private void openCampaignApproval() throws Exception {
        final Campaign campaign = campaigns.findBySlug(AWAITING_SLUG);
        if (campaign == null || campaign.getState() != CampaignState.DRAFT || !governance.decisionsOf(campaign.getId()).isEmpty()) {
            progress.accept("no draft campaign to put to the committee");
            return;
        }
        Instant now = clock.instant();
        final BannerImage banner = new BannerImage("winter-clearance.png", 1200, 400, 180 * 1024L,
                "Coats, boots and heaters at clearance prices", "Clear winter stock", "#999999", "#ffffff", false);
        clock.callAt(now.minus(Duration.ofDays(2)), new Callable<Void>() {
            @Override
            public Void call() {
                Actor organiser = DemoCampaignSeeder.MARKETER;
                assets.submitVersion(campaign.getId(), null, AssetContent.banner(AssetKind.BANNER, banner), organiser);
                AssetVersionRecord fixed = assets.submitVersion(campaign.getId(), null,
                        AssetContent.banner(AssetKind.BANNER, banner.withColours("#1a1a1a", "#ffffff", false)), organiser);
                assets.acceptVersion(fixed.getAssetId(), fixed.getVersionNo(), DemoCampaignSeeder.REVIEWER);
                return null;
            }
        });
        final DecisionDetail opened = clock.callAt(now.minus(Duration.ofDays(1)), new Callable<DecisionDetail>() {
            @Override
            public DecisionDetail call() {
                // submitting a standard campaign puts it to the committee
                campaigns.act(campaign.getId(), CampaignAction.SUBMIT, DemoCampaignSeeder.MARKETER, null);
                return governance.decisionsOf(campaign.getId()).get(0);
            }
        });
        clock.callAt(now.minus(Duration.ofHours(20)), new Callable<DecisionDetail>() {
            @Override
            public DecisionDetail call() {
                return governance.castVote(opened.id(), LARGE_MEMBER, VoteChoice.APPROVE,
                        "Clearance prices checked against the margin floors; the banner reads well now.");
            }
        });
        progress.accept("campaign '" + campaign.getName() + "' awaits the committee's votes (decision #" + opened.id()
                + ", voters " + opened.decision().voters() + ")");
    }

    /**
     * A dispute about a participant of the live campaign, opened eight days ago; nobody voted before its window closed,
     * so the escalation sweep has handed it to the chair and then the platform admin.
     */
    private void openPastDispute(CommitteeView committee) throws Exception {
        Campaign live = campaigns.findBySlug(DISPUTED_SLUG);
        if (live == null) {
            return;
        }
        ParticipationImpl disputed = null;
        for (ParticipationImpl p : participation.participationsOf(live.getId())) {
            boolean onCommittee = false;
            for (CommitteeMember m : committee.rotation().committee().members()) {
                onCommittee |= m.represents(p.getSeller().getId());
            }
            if (!onCommittee && disputed == null) {
                disputed = p;
            }
        }
        if (disputed == null) {
            return;
        }
        final long participationId = disputed.getId();
        final String sellerName = disputed.getSeller().getName();
        DecisionDetail dispute = clock.callAt(clock.instant().minus(Duration.ofDays(8)), new Callable<DecisionDetail>() {
            @Override
            public DecisionDetail call() {
                return governance.openDispute(participationId, sellerName + " shipped campaign orders a week late; the "
                        + "platform asks whether its listings stay in the campaign.", PLATFORM);
            }
        });
        int escalated = governance.escalateOverdue();
        progress.accept("dispute #" + dispute.id() + " about " + sellerName + " closed without votes and escalated ("
                + escalated + ")");
    }

    /** An admin login with one of the module's roles, unless the login exists. */
    private void ensureUser(final String login, final String password, final String name, final String roleName) {
        transaction.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                if (adminSecurity.readAdminUserByUserName(login) != null) {
                    return null;
                }
                AdminRole role = null;
                for (AdminRole r : adminSecurity.readAllAdminRoles()) {
                    if (roleName.equals(r.getName())) {
                        role = r;
                    }
                }
                if (role == null) {
                    throw new IllegalStateException("admin role " + roleName + " is missing: the module's admin menu "
                            + "installer creates it; run it before seeding governance");
                }
                AdminUser user = entities.createEntityInstance(AdminUser.class.getName(), AdminUser.class);
                user.setLogin(login);
                user.setName(name);
                user.setEmail(login + "@coop-demo.example");
                user.setActiveStatusFlag(Boolean.TRUE);
                user.setUnencodedPassword(password);
                user.getAllRoles().add(role);
                adminSecurity.saveAdminUser(user);
                progress.accept("created admin user '" + login + "' (password '" + password + "', " + roleName + ")");
                return null;
            }
        });
    }
}
