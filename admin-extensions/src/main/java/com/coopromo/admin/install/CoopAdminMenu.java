package com.coopromo.admin.install;

import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.BrandGuidelineRecord;
import com.coopromo.audit.AuditEventRecord;
import com.coopromo.calendar.persistence.ThemingWindowImpl;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.governance.persistence.CommitteeRecord;
import com.coopromo.governance.persistence.DecisionRecord;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * What the module adds to Broadleaf's admin, in Broadleaf 3.1's own security model (the shape of
 * {@code load_admin_menu.sql} / {@code load_admin_permissions.sql}):
 * <ul>
 *   <li>a menu group ({@code AdminModule}) with one section per entity, keyed by its ceiling entity's interface;</li>
 *   <li>per entity a non-friendly {@code PERMISSION_READ_X} / {@code PERMISSION_ALL_X} pair whose qualified entity
 *       names the interface (what the admin's per-entity security checks look up);</li>
 *   <li>per section a friendly {@code PERMISSION_X} pair ("View ..." = READ, "Maintain ..." = ALL) bundling those
 *       entity permissions; sections list the friendly pair, roles are granted friendly permissions, and only friendly
 *       permissions are offered in the admin's role and user screens.</li>
 * </ul>
 * {@link CoopAdminMenuInstaller} makes the database match this description.
 */
public final class CoopAdminMenu {
    public static final String MODULE_KEY = "COOPPromotions";
    public static final String MODULE_NAME = "Cooperative Promotions";
    public static final String MODULE_ICON = "icon-group";
    /** Broadleaf's own groups use 100 (Catalog) .. 700 (Settings). */
    public static final int MODULE_DISPLAY_ORDER = 800;

    public static final String ROLE_ADMIN = "ROLE_ADMIN";
    public static final String ROLE_PROMOTION_MANAGER = "ROLE_PROMOTION_MANAGER";
    /**
     * The module's own roles, created when missing: committee members (whose member id is their admin login) and
     * sellers. Without {@code ROLE_ADMIN}, users holding them see only their own seller's data
     * ({@link com.coopromo.admin.security.SellerScopes}).
     */
    public static final String ROLE_COOP_COMMITTEE = "ROLE_COOP_COMMITTEE";
    public static final String ROLE_COOP_SELLER = "ROLE_COOP_SELLER";
    /**
     * Staff who run campaigns day to day: they maintain campaigns, sellers, participations, assets and brand guidelines
     * and view the rest, but neither overrule the committee, set it up, cancel orders nor link logins to sellers.
     */
    public static final String ROLE_COOP_PROMOTION_EDITOR = "ROLE_COOP_PROMOTION_EDITOR";

    static final EntityPermissions SELLER = new EntityPermissions("COOP_SELLER", "Seller", Seller.class.getName());
    static final EntityPermissions SELLER_LISTING = new EntityPermissions("COOP_SELLER_LISTING", "Seller Listing",
            SellerListing.class.getName());

    public static final Section SELLERS = new Section("CoopSellers", "Sellers", "/coop-sellers", Seller.class.getName(),
            1000,
            new FriendlyPermission("PERMISSION_COOP_SELLER", PermissionType.READ, "View Sellers", SELLER.read),
            new FriendlyPermission("PERMISSION_COOP_SELLER", PermissionType.ALL, "Maintain Sellers", SELLER.all));
    /** Listing forms look sellers up, so both listing permissions include reading sellers. */
    public static final Section SELLER_LISTINGS = new Section("CoopSellerListings", "Seller Listings",
            "/coop-seller-listings", SellerListing.class.getName(), 2000,
            new FriendlyPermission("PERMISSION_COOP_SELLER_LISTING", PermissionType.READ, "View Seller Listings",
                    SELLER_LISTING.read, SELLER.read),
            new FriendlyPermission("PERMISSION_COOP_SELLER_LISTING", PermissionType.ALL, "Maintain Seller Listings",
                    SELLER_LISTING.all, SELLER.read));

    static final EntityPermissions CAMPAIGN = new EntityPermissions("COOP_CAMPAIGN", "Campaign", Campaign.class.getName());
    static final EntityPermissions PARTICIPATION = new EntityPermissions("COOP_PARTICIPATION", "Participation",
            ParticipationImpl.class.getName());
    static final EntityPermissions ENROLLMENT = new EntityPermissions("COOP_ENROLLMENT", "Enrollment",
            EnrollmentImpl.class.getName());
    static final EntityPermissions THEMING_WINDOW = new EntityPermissions("COOP_THEMING_WINDOW", "Theming Window",
            ThemingWindowImpl.class.getName());

    public static final Section CAMPAIGNS = new Section("CoopCampaigns", "Campaigns", "/coop-campaigns",
            Campaign.class.getName(), 500,
            new FriendlyPermission("PERMISSION_COOP_CAMPAIGN", PermissionType.READ, "View Campaigns", CAMPAIGN.read),
            new FriendlyPermission("PERMISSION_COOP_CAMPAIGN", PermissionType.ALL, "Maintain Campaigns", CAMPAIGN.all));
    /**
     * A custom page over campaigns and theming windows (no entity of its own): one permission, to view it. Its ceiling
     * entity is the campaign's, which Broadleaf's section model requires to be set.
     */
    public static final Section CALENDAR = new Section("CoopCalendar", "Calendar", "/coop-calendar",
            Campaign.class.getName(), 600,
            new FriendlyPermission("PERMISSION_COOP_CALENDAR", PermissionType.READ, "View Campaign Calendar",
                    CAMPAIGN.read, THEMING_WINDOW.read));
    /** Participation forms look up campaigns and sellers. */
    public static final Section PARTICIPATIONS = new Section("CoopParticipations", "Participations",
            "/coop-participations", ParticipationImpl.class.getName(), 3000,
            new FriendlyPermission("PERMISSION_COOP_PARTICIPATION", PermissionType.READ, "View Participations",
                    PARTICIPATION.read, CAMPAIGN.read, SELLER.read),
            new FriendlyPermission("PERMISSION_COOP_PARTICIPATION", PermissionType.ALL, "Maintain Participations",
                    PARTICIPATION.all, CAMPAIGN.read, SELLER.read));
    /** Enrollment forms look up participations and listings. */
    public static final Section ENROLLMENTS = new Section("CoopEnrollments", "Enrollments", "/coop-enrollments",
            EnrollmentImpl.class.getName(), 4000,
            new FriendlyPermission("PERMISSION_COOP_ENROLLMENT", PermissionType.READ, "View Enrollments",
                    ENROLLMENT.read, PARTICIPATION.read, SELLER_LISTING.read),
            new FriendlyPermission("PERMISSION_COOP_ENROLLMENT", PermissionType.ALL, "Maintain Enrollments",
                    ENROLLMENT.all, PARTICIPATION.read, SELLER_LISTING.read));
    public static final Section THEMING_WINDOWS = new Section("CoopThemingWindows", "Theming Windows",
            "/coop-theming-windows", ThemingWindowImpl.class.getName(), 5000,
            new FriendlyPermission("PERMISSION_COOP_THEMING_WINDOW", PermissionType.READ, "View Theming Windows",
                    THEMING_WINDOW.read),
            new FriendlyPermission("PERMISSION_COOP_THEMING_WINDOW", PermissionType.ALL, "Maintain Theming Windows",
                    THEMING_WINDOW.all));

    /**
     * A custom page that prices a throw-away cart as of any instant (nothing is saved): one permission, to use it.
     * Like the calendar, its ceiling entity is the campaign's.
     */
    public static final Section PRICING_PREVIEW = new Section("CoopPricingPreview", "Pricing preview",
            "/coop-pricing-preview", Campaign.class.getName(), 6000,
            new FriendlyPermission("PERMISSION_COOP_PRICING_PREVIEW", PermissionType.READ, "Preview Campaign Pricing",
                    CAMPAIGN.read));

    static final EntityPermissions DECISION = new EntityPermissions("COOP_DECISION", "Committee Decision",
            DecisionRecord.class.getName());
    static final EntityPermissions COMMITTEE_ENTITY = new EntityPermissions("COOP_COMMITTEE", "Committee",
            CommitteeRecord.class.getName());
    static final EntityPermissions AUDIT_EVENT = new EntityPermissions("COOP_AUDIT_EVENT", "Audit Event",
            AuditEventRecord.class.getName());
    static final EntityPermissions ASSET = new EntityPermissions("COOP_ASSET", "Campaign Asset", AssetRecord.class.getName());
    static final EntityPermissions BRAND_GUIDELINE = new EntityPermissions("COOP_BRAND_GUIDELINE", "Brand Guideline",
            BrandGuidelineRecord.class.getName());

    /**
     * Custom pages over the committee's decisions: the queue and each decision's page. Viewing shows them; voting and
     * appealing take {@link #VOTE} as well (and a seat: the governance service decides whether the signed-in member
     * may); maintaining lets the platform admin overrule.
     */
    public static final Section APPROVALS = new Section("CoopApprovals", "Approval Queue", "/coop-approvals",
            DecisionRecord.class.getName(), 5100,
            new FriendlyPermission("PERMISSION_COOP_DECISION", PermissionType.READ, "View Committee Decisions",
                    DECISION.read, CAMPAIGN.read, ASSET.read, PARTICIPATION.read),
            new FriendlyPermission("PERMISSION_COOP_DECISION", PermissionType.ALL, "Overrule Committee Decisions",
                    DECISION.all, CAMPAIGN.read, ASSET.read, PARTICIPATION.read));
    public static final Section COMMITTEE = new Section("CoopCommittee", "Committee", "/coop-committee",
            CommitteeRecord.class.getName(), 5200,
            new FriendlyPermission("PERMISSION_COOP_COMMITTEE", PermissionType.READ, "View Committee",
                    COMMITTEE_ENTITY.read),
            new FriendlyPermission("PERMISSION_COOP_COMMITTEE", PermissionType.ALL, "Set Up the Committee",
                    COMMITTEE_ENTITY.all));
    public static final Section ASSETS = new Section("CoopAssets", "Campaign Assets", "/coop-assets",
            AssetRecord.class.getName(), 5300,
            new FriendlyPermission("PERMISSION_COOP_ASSET", PermissionType.READ, "View Campaign Assets",
                    ASSET.read, CAMPAIGN.read),
            new FriendlyPermission("PERMISSION_COOP_ASSET", PermissionType.ALL, "Maintain Campaign Assets",
                    ASSET.all, CAMPAIGN.read));
    public static final Section BRAND_GUIDELINES = new Section("CoopBrandGuidelines", "Brand Guidelines",
            "/coop-brand-guidelines", BrandGuidelineRecord.class.getName(), 5400,
            new FriendlyPermission("PERMISSION_COOP_BRAND_GUIDELINE", PermissionType.READ, "View Brand Guidelines",
                    BRAND_GUIDELINE.read),
            new FriendlyPermission("PERMISSION_COOP_BRAND_GUIDELINE", PermissionType.ALL, "Maintain Brand Guidelines",
                    BRAND_GUIDELINE.all));
    public static final Section AUDIT_LOG = new Section("CoopAuditLog", "Audit Log", "/coop-audit-log",
            AuditEventRecord.class.getName(), 5500,
            new FriendlyPermission("PERMISSION_COOP_AUDIT_EVENT", PermissionType.READ, "View Audit Log",
                    AUDIT_EVENT.read));

    /**
     * A read-only page listing the multi-seller rewards granted to shoppers (campaign, customer, code, when, whether
     * used or revoked): platform staff only, since it shows customers and their codes. Like the calendar, its ceiling
     * entity is the campaign's.
     */
    public static final Section REWARDS = new Section("CoopRewards", "Rewards", "/coop-rewards",
            Campaign.class.getName(), 6100,
            new FriendlyPermission("PERMISSION_COOP_REWARD", PermissionType.READ, "View Multi-seller Rewards",
                    CAMPAIGN.read));

    /** Settlement runs and statements; no entity screen, so its own permission names a module class as its entity. */
    static final EntityPermissions SETTLEMENT_ENTITY = new EntityPermissions("COOP_SETTLEMENT", "Settlement",
            "com.coopromo.settlement.persistence.SettlementRunRecord");
    /**
     * Payout rules, dry runs, runs and statements (custom page). Viewing shows statements (a seller only its own);
     * maintaining also sets payout rules and starts dry runs. Like the calendar, its ceiling entity is the campaign's.
     */
    public static final Section SETTLEMENT = new Section("CoopSettlement", "Settlement", "/coop-settlement",
            Campaign.class.getName(), 6200,
            new FriendlyPermission("PERMISSION_COOP_SETTLEMENT", PermissionType.READ, "View Settlement Statements",
                    SETTLEMENT_ENTITY.read, CAMPAIGN.read),
            new FriendlyPermission("PERMISSION_COOP_SETTLEMENT", PermissionType.ALL, "Set Payout Rules and Run Settlement",
                    SETTLEMENT_ENTITY.all, CAMPAIGN.read));

    /**
     * The campaign dashboard (a custom page over the campaign metrics): platform staff see every seller; a seller sees
     * the campaign's totals and its own figures (the page scopes them). Its ceiling entity is the campaign's.
     */
    public static final Section CAMPAIGN_DASHBOARD = new Section("CoopCampaignDashboard", "Campaign dashboard",
            "/coop-campaign-dashboard", Campaign.class.getName(), 6300,
            new FriendlyPermission("PERMISSION_COOP_CAMPAIGN_DASHBOARD", PermissionType.READ, "View Campaign Dashboard",
                    CAMPAIGN.read));

    /** Debriefs have no entity screen, so their permission names a module class as its entity. */
    static final EntityPermissions DEBRIEF_ENTITY = new EntityPermissions("COOP_DEBRIEF", "Campaign Debrief",
            "com.coopromo.debrief.persistence.DebriefRecord");
    /**
     * Ended campaigns' debriefs (custom page): viewing shows the figures and the survey's summary (a seller: its own
     * rows of the figures); maintaining also writes the lessons and publishes. Its ceiling entity is the campaign's.
     */
    public static final Section DEBRIEFS = new Section("CoopDebriefs", "Campaign debriefs", "/coop-debriefs",
            Campaign.class.getName(), 6400,
            new FriendlyPermission("PERMISSION_COOP_DEBRIEF", PermissionType.READ, "View Campaign Debriefs",
                    DEBRIEF_ENTITY.read, CAMPAIGN.read),
            new FriendlyPermission("PERMISSION_COOP_DEBRIEF", PermissionType.ALL, "Write and Publish Campaign Debriefs",
                    DEBRIEF_ENTITY.all, CAMPAIGN.read));

    public static final List<Section> SECTIONS = Collections.unmodifiableList(Arrays.asList(CAMPAIGNS, CALENDAR,
            SELLERS, SELLER_LISTINGS, PARTICIPATIONS, ENROLLMENTS, THEMING_WINDOWS,
            APPROVALS, COMMITTEE, ASSETS, BRAND_GUIDELINES, AUDIT_LOG, PRICING_PREVIEW, REWARDS, SETTLEMENT,
            CAMPAIGN_DASHBOARD, DEBRIEFS));

    /**
     * The module's own permissions for actions that are not a section's view or maintain (Broadleaf's OTHER type, so
     * they grant nothing on entities): each bundles one entity permission of the same name, which is what the admin
     * checks ({@code PERMISSION_OTHER_COOP_...}).
     */
    public static final FriendlyPermission VOTE = action("COOP_VOTE", "Take Part in Committee Decisions",
            "Vote and Appeal in Committee Decisions", DecisionRecord.class.getName());
    public static final FriendlyPermission CANCEL_ORDER = action("COOP_CANCEL_ORDER", "Cancel Submitted Orders",
            "Cancel Orders of Campaigns", Campaign.class.getName());
    public static final FriendlyPermission LINK_ACCOUNTS = action("COOP_LINK_ACCOUNTS", "Link Admin Logins to Sellers",
            "Link Admin Logins to Sellers", Seller.class.getName());
    /** A seller's answer to its own invitations (platform staff answer applications with "Maintain Participations"). */
    public static final FriendlyPermission ANSWER_INVITATION = action("COOP_ANSWER_INVITATION",
            "Answer Campaign Invitations", "Answer Campaign Invitations", ParticipationImpl.class.getName());
    /** A seller's answer to an ended campaign's feedback survey (its own seller's, once). */
    public static final FriendlyPermission ANSWER_SURVEY = action("COOP_ANSWER_SURVEY", "Answer Campaign Surveys",
            "Answer Campaign Feedback Surveys", "com.coopromo.debrief.persistence.DebriefRecord");
    public static final List<FriendlyPermission> ACTION_PERMISSIONS = Collections.unmodifiableList(Arrays.asList(
            VOTE, CANCEL_ORDER, LINK_ACCOUNTS, ANSWER_INVITATION, ANSWER_SURVEY));

    private static FriendlyPermission action(String stem, String description, String entityDescription,
                                             String ceilingEntity) {
        return new FriendlyPermission("PERMISSION_" + stem, PermissionType.OTHER, description,
                new EntityPermission("PERMISSION_OTHER_" + stem, PermissionType.OTHER, entityDescription, ceilingEntity));
    }

    /** Roles the installer creates when missing (name, description). */
    public static final List<String[]> ROLES = Collections.unmodifiableList(Arrays.asList(
            new String[] {ROLE_COOP_COMMITTEE, "Cooperative promotions committee member"},
            new String[] {ROLE_COOP_SELLER, "Cooperative promotions seller"},
            new String[] {ROLE_COOP_PROMOTION_EDITOR, "Cooperative promotions editor"}));

    /**
     * Which role gets which friendly permission. Admins maintain every section and hold every action permission;
     * promotion managers (Broadleaf's role) look at every section and change nothing; promotion editors maintain the
     * day-to-day sections; committee members view and vote; sellers view their own. Roles that do not exist are skipped.
     */
    public static final List<Grant> GRANTS = Collections.unmodifiableList(grants());

    private static List<Grant> grants() {
        List<Grant> grants = new java.util.ArrayList<Grant>();
        for (Section section : SECTIONS) {
            grants.add(new Grant(ROLE_ADMIN, section.maintain()));
        }
        for (FriendlyPermission action : ACTION_PERMISSIONS) {
            grants.add(new Grant(ROLE_ADMIN, action));
        }
        for (Section section : SECTIONS) {
            boolean edits = Arrays.asList(CAMPAIGNS, CALENDAR, SELLERS, SELLER_LISTINGS, PARTICIPATIONS, ENROLLMENTS,
                    THEMING_WINDOWS, ASSETS, BRAND_GUIDELINES, PRICING_PREVIEW).contains(section);
            grants.add(new Grant(ROLE_COOP_PROMOTION_EDITOR, edits ? section.maintain() : section.view()));
        }
        for (Section section : SECTIONS) {
            grants.add(new Grant(ROLE_PROMOTION_MANAGER, section.view()));
        }
        // committee members see campaigns and take part in decisions; sellers see campaigns, the committee and assets;
        // both see their own seller's record, listings, participations and enrollments (row-level security)
        for (Section section : Arrays.asList(CAMPAIGNS, CALENDAR, SELLERS, SELLER_LISTINGS, PARTICIPATIONS, ENROLLMENTS,
                APPROVALS, COMMITTEE, ASSETS, AUDIT_LOG)) {
            grants.add(new Grant(ROLE_COOP_COMMITTEE, section.view()));
        }
        grants.add(new Grant(ROLE_COOP_COMMITTEE, VOTE));
        grants.add(new Grant(ROLE_COOP_COMMITTEE, ANSWER_INVITATION));
        grants.add(new Grant(ROLE_COOP_SELLER, ANSWER_INVITATION));
        for (Section section : Arrays.asList(CAMPAIGNS, CALENDAR, SELLERS, SELLER_LISTINGS, PARTICIPATIONS, ENROLLMENTS,
                COMMITTEE, ASSETS, SETTLEMENT, CAMPAIGN_DASHBOARD)) {
            grants.add(new Grant(ROLE_COOP_SELLER, section.view()));
        }
        grants.add(new Grant(ROLE_COOP_SELLER, DEBRIEFS.view()));
        grants.add(new Grant(ROLE_COOP_SELLER, ANSWER_SURVEY));
        return grants;
    }

    private CoopAdminMenu() {
    }

    /** A permission on exactly one ceiling entity (Broadleaf's non-friendly kind). */
    public static final class EntityPermission {
        public final String name;
        public final PermissionType type;
        public final String description;
        public final String ceilingEntity;

        EntityPermission(String name, PermissionType type, String description, String ceilingEntity) {
            this.name = name;
            this.type = type;
            this.description = description;
            this.ceilingEntity = ceilingEntity;
        }
    }

    /** {@code PERMISSION_READ_<stem>} and {@code PERMISSION_ALL_<stem>} on one entity. */
    static final class EntityPermissions {
        final EntityPermission read;
        final EntityPermission all;

        EntityPermissions(String stem, String label, String ceilingEntity) {
            this.read = new EntityPermission("PERMISSION_READ_" + stem, PermissionType.READ, "Read " + label, ceilingEntity);
            this.all = new EntityPermission("PERMISSION_ALL_" + stem, PermissionType.ALL, "All " + label, ceilingEntity);
        }
    }

    /** A permission offered to roles and users; it grants its child entity permissions. Key: name + type. */
    public static final class FriendlyPermission {
        public final String name;
        public final PermissionType type;
        public final String description;
        public final List<EntityPermission> children;

        FriendlyPermission(String name, PermissionType type, String description, EntityPermission... children) {
            this.name = name;
            this.type = type;
            this.description = description;
            this.children = Collections.unmodifiableList(Arrays.asList(children));
        }

        @Override
        public String toString() {
            return name + "/" + type.getType();
        }
    }

    /** One entry of the menu group. Key: section key. */
    public static final class Section {
        public final String key;
        public final String name;
        public final String url;
        public final String ceilingEntity;
        public final int displayOrder;
        public final List<FriendlyPermission> permissions;

        /** @param permissions what viewing the section takes, then (if it differs) what maintaining it takes */
        Section(String key, String name, String url, String ceilingEntity, int displayOrder,
                FriendlyPermission... permissions) {
            this.key = key;
            this.name = name;
            this.url = url;
            this.ceilingEntity = ceilingEntity;
            this.displayOrder = displayOrder;
            this.permissions = Collections.unmodifiableList(Arrays.asList(permissions));
        }

        public FriendlyPermission view() {
            return permissions.get(0);
        }

        /** For a section that is only viewed (the calendar), the same as {@link #view()}. */
        public FriendlyPermission maintain() {
            return permissions.get(permissions.size() - 1);
        }
    }

    public static final class Grant {
        public final String roleName;
        public final FriendlyPermission permission;

        Grant(String roleName, FriendlyPermission permission) {
            this.roleName = roleName;
            this.permission = permission;
        }
    }
}
