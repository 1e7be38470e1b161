package com.coopromo.admin.security;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.assets.persistence.AssetRecord;
import com.coopromo.assets.persistence.AssetFileRecord;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.persistence.BrandGuidelineRecord;
import com.coopromo.assets.persistence.CopyTemplateRecord;
import com.coopromo.audit.AuditEventRecord;
import com.coopromo.calendar.persistence.ThemingWindowImpl;
import com.coopromo.campaign.persistence.CampaignImpl;
import com.coopromo.campaign.persistence.CampaignTransitionRecord;
import com.coopromo.governance.persistence.CommitteeRecord;
import com.coopromo.governance.persistence.CommitteeSeatRecord;
import com.coopromo.governance.persistence.DecisionRecord;
import com.coopromo.governance.persistence.GovernanceTierRecord;
import com.coopromo.governance.persistence.VoteRecord;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.pricing.checkout.OrderAttributionRecord;
import com.coopromo.pricing.ledger.BudgetEntryRecord;
import com.coopromo.pricing.ledger.CampaignBudgetRecord;
import com.coopromo.pricing.ledger.SellerHoldRecord;
import com.coopromo.seller.persistence.SellerAdminUserRecord;
import com.coopromo.seller.persistence.SellerImpl;
import com.coopromo.seller.persistence.SellerListingImpl;
import com.coopromo.seller.service.SellerAccounts;
import com.coopromo.reward.persistence.RewardGrantRecord;
import com.coopromo.reward.persistence.RewardOfferRecord;
import com.coopromo.stock.persistence.SkuStockRecord;
import com.coopromo.stock.persistence.StockMovementRecord;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Path;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.persistence.criteria.Subquery;
import javax.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which of the module's rows a seller-scoped admin user may see and change, used by the
 * admin's row-level security ({@link SellerRowLevelSecurityProvider}) and by the module's own admin pages.
 * <p>
 * A user is seller-scoped when it lacks {@code ROLE_ADMIN} and holds {@code ROLE_COOP_SELLER} or
 * {@code ROLE_COOP_COMMITTEE}, or is linked to a seller ({@link SellerAccounts}). Such a user sees:
 * <ul>
 *   <li>its own seller's record, listings, participations, enrollments and order attributions (and may change them
 *       where its permissions allow);</li>
 *   <li>its own seller's campaign assets and their versions, and the campaigns' own assets (no seller) read-only;</li>
 *   <li>the committee decisions it is a voter on, the votes cast by its seller's logins, and the audit events it
 *       caused itself;</li>
 *   <li>shared rows read-only: campaigns and their history, theming windows, the committee and its tier rules,
 *       brand guidelines and copy templates;</li>
 *   <li>nothing else of the module (campaign budgets and their ledger entries, the stock and what orders took of it
 *       are the platform's).</li>
 * </ul>
 * Platform staff are not restricted.
 */
public class SellerScopes {
    public static final String OTHER_SELLERS_ROW = "This record belongs to another seller: you may only see and "
            + "change your own seller's records.";
    public static final String SHARED_ROW = "This record is shared by all sellers: only platform staff may change it.";

    private static final String MODULE_PACKAGE = "com.coopromo.";

    /** How a kind of row relates to a seller. */
    enum Kind { OWNED, ASSET, ASSET_VERSION, DECISION, VOTE, AUDIT, SHARED, HIDDEN }

    static final class Rule {
        final Class<?> entity;
        final Kind kind;
        /** For {@link Kind#OWNED}: the path from the row to its seller's id. */
        final String sellerPath;

        Rule(Class<?> entity, Kind kind, String sellerPath) {
            this.entity = entity;
            this.kind = kind;
            this.sellerPath = sellerPath;
        }
    }

    /** Every entity of the module's persistence unit, and how it belongs to a seller. */
    static final List<Rule> RULES = Collections.unmodifiableList(Arrays.asList(
            new Rule(SellerImpl.class, Kind.OWNED, "id"),
            new Rule(SellerListingImpl.class, Kind.OWNED, "seller.id"),
            new Rule(SellerAdminUserRecord.class, Kind.OWNED, "sellerId"),
            new Rule(ParticipationImpl.class, Kind.OWNED, "seller.id"),
            new Rule(EnrollmentImpl.class, Kind.OWNED, "participation.seller.id"),
            new Rule(OrderAttributionRecord.class, Kind.OWNED, "sellerId"),
            new Rule(AssetRecord.class, Kind.ASSET, null),
            new Rule(AssetVersionRecord.class, Kind.ASSET_VERSION, null),
            // uploaded banner bytes: shown only through Campaign Assets, which checks the asset's owner
            new Rule(AssetFileRecord.class, Kind.HIDDEN, null),
            new Rule(DecisionRecord.class, Kind.DECISION, null),
            new Rule(VoteRecord.class, Kind.VOTE, null),
            new Rule(AuditEventRecord.class, Kind.AUDIT, null),
            new Rule(CampaignImpl.class, Kind.SHARED, null),
            new Rule(CampaignTransitionRecord.class, Kind.SHARED, null),
            new Rule(ThemingWindowImpl.class, Kind.SHARED, null),
            new Rule(CommitteeRecord.class, Kind.SHARED, null),
            new Rule(CommitteeSeatRecord.class, Kind.SHARED, null),
            new Rule(GovernanceTierRecord.class, Kind.SHARED, null),
            new Rule(BrandGuidelineRecord.class, Kind.SHARED, null),
            new Rule(CopyTemplateRecord.class, Kind.SHARED, null),
            new Rule(CampaignBudgetRecord.class, Kind.HIDDEN, null),
            new Rule(BudgetEntryRecord.class, Kind.HIDDEN, null),
            // a seller's holds against its cap reveal other orders' amounts: hidden like the budget entries
            new Rule(SellerHoldRecord.class, Kind.HIDDEN, null),
            // the store's stock and what each order took of it are platform staff's
            new Rule(SkuStockRecord.class, Kind.HIDDEN, null),
            new Rule(StockMovementRecord.class, Kind.HIDDEN, null),
            // shoppers' rewards (customers and their codes) and the host offers behind them are platform staff's
            new Rule(RewardGrantRecord.class, Kind.HIDDEN, null),
            new Rule(RewardOfferRecord.class, Kind.HIDDEN, null)));

    /** References a form may carry to other seller-owned rows, by property name. */
    private static final Map<String, Class<?>> REFERENCES = references();

    private static Map<String, Class<?>> references() {
        Map<String, Class<?>> refs = new java.util.LinkedHashMap<String, Class<?>>();
        refs.put("seller", SellerImpl.class);
        refs.put("participation", ParticipationImpl.class);
        refs.put("listing", SellerListingImpl.class);
        return Collections.unmodifiableMap(refs);
    }

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final SellerAccounts accounts;
    private final EntityConfiguration entities;

    public SellerScopes(SellerAccounts accounts, EntityConfiguration entities) {
        this.accounts = accounts;
        this.entities = entities;
    }

    // --- who -------------------------------------------------------------------------------------------------------

    /** The scope of a persistent admin user (as Broadleaf's admin hands it to row-level security). */
    public SellerScope of(AdminUser user) {
        if (user == null) {
            return SellerScope.platform(null);
        }
        List<String> roles = em.createQuery("SELECT r.name FROM " + adminUserEntity() + " u JOIN u.allRoles r"
                + " WHERE u.id = :id", String.class).setParameter("id", user.getId()).getResultList();
        return scope(user.getLogin(), roles);
    }

    /** The scope of an admin login. */
    public SellerScope ofLogin(String login) {
        if (login == null) {
            return SellerScope.platform(null);
        }
        List<String> roles = em.createQuery("SELECT r.name FROM " + adminUserEntity() + " u JOIN u.allRoles r"
                + " WHERE u.login = :login", String.class).setParameter("login", login).getResultList();
        return scope(login, roles);
    }

    /** The scope of the admin user signed in on this thread; platform when nobody is. */
    public SellerScope signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return ofLogin(authentication == null ? null : authentication.getName());
    }

    private SellerScope scope(String login, List<String> roles) {
        if (roles.contains(CoopAdminMenu.ROLE_ADMIN)) {
            return SellerScope.platform(login);
        }
        Long sellerId = accounts.sellerOf(login);
        boolean coopRole = roles.contains(CoopAdminMenu.ROLE_COOP_SELLER) || roles.contains(CoopAdminMenu.ROLE_COOP_COMMITTEE);
        if (!coopRole && sellerId == null) {
            return SellerScope.platform(login);
        }
        return SellerScope.seller(login, sellerId, sellerId == null ? Collections.<String>emptySet()
                : new LinkedHashSet<String>(accounts.loginsOf(sellerId)));
    }

    private String adminUserEntity() {
        return entities.lookupEntityClass(AdminUser.class.getName()).getName();
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /**
     * The restriction to add to a query over {@code ceiling} (an entity class or interface) for this scope; null when
     * the scope sees every row (platform staff, shared rows, entities that are not the module's).
     *
     * @param query the query the restriction goes into, for subqueries; may be null
     */
    public Predicate restriction(SellerScope scope, Class<?> ceiling, Root<?> root, CriteriaQuery<?> query,
                                 CriteriaBuilder cb) {
        if (!scope.isSellerScoped()) {
            return null;
        }
        Rule rule = ruleFor(ceiling);
        if (rule == null) {
            return null;
        }
        Long seller = scope.sellerId();
        switch (rule.kind) {
            case OWNED:
                return seller == null ? nothing(cb) : cb.equal(path(root, rule.sellerPath), seller);
            case ASSET:
                return assetVisible(root, seller, cb);
            case ASSET_VERSION:
                if (query != null) {
                    Subquery<Long> assets = query.subquery(Long.class);
                    Root<AssetRecord> asset = assets.from(AssetRecord.class);
                    assets.select(asset.<Long>get("id")).where(assetVisible(asset, seller, cb));
                    return root.get("assetId").in(assets);
                }
                List<Long> ids = visibleAssetIds(seller);
                return ids.isEmpty() ? nothing(cb) : root.get("assetId").in(ids);
            case DECISION:
                return cb.like(cb.concat(",", root.<String>get("voters")), "%," + likeEscaped(scope.login()) + "=%", '\\');
            case VOTE:
                return root.get("memberId").in(scope.actingLogins());
            case AUDIT:
                return cb.equal(root.get("actorId"), scope.login());
            case SHARED:
                return null;
            default:
                return nothing(cb);
        }
    }

    /** Whether the scope may see the row of {@code entity} (class or interface) with this id. */
    public boolean mayRead(SellerScope scope, Class<?> entity, Object id) {
        if (!scope.isSellerScoped() || ruleFor(entity) == null) {
            return true;
        }
        return count(scope, entity, id, false) > 0;
    }

    // --- changing --------------------------------------------------------------------------------------------------

    /**
     * Why the scope may not change (update or remove) the row, or null if row-level security allows it (the user's
     * permissions still decide).
     *
     * @param references the form's values by property name, to check rows it points to (seller, participation,
     *                   listing); may be empty
     */
    public String writeRefusal(SellerScope scope, Class<?> entity, Object id, Map<String, String> references) {
        if (!scope.isSellerScoped()) {
            return null;
        }
        Rule rule = ruleFor(entity);
        if (rule == null) {
            return null;
        }
        if (rule.kind != Kind.OWNED && rule.kind != Kind.ASSET) {
            return rule.kind == Kind.SHARED ? SHARED_ROW : OTHER_SELLERS_ROW;
        }
        if (id == null || count(scope, entity, id, true) == 0) {
            return rule.kind == Kind.ASSET && id != null && mayRead(scope, entity, id) ? SHARED_ROW : OTHER_SELLERS_ROW;
        }
        for (Map.Entry<String, Class<?>> reference : REFERENCES.entrySet()) {
            String value = references.get(reference.getKey());
            if (value != null && !value.trim().isEmpty() && count(scope, reference.getValue(), value.trim(), true) == 0) {
                return OTHER_SELLERS_ROW;
            }
        }
        return null;
    }

    /** Whether the module treats {@code entity} (class or interface) as one of its own. */
    public static boolean isModuleEntity(Class<?> entity) {
        return entity != null && (ruleFor(entity) != null);
    }

    /** The entity classes the module restricts or shares, in the order of {@link #RULES}. */
    public static List<Class<?>> moduleEntities() {
        List<Class<?>> classes = new ArrayList<Class<?>>();
        for (Rule rule : RULES) {
            classes.add(rule.entity);
        }
        return classes;
    }

    // ---------------------------------------------------------------------------------------------------------------

    static Rule ruleFor(Class<?> ceiling) {
        if (ceiling == null) {
            return null;
        }
        for (Rule rule : RULES) {
            if (ceiling.isAssignableFrom(rule.entity)) {
                return rule;
            }
        }
        // an entity of the module that nobody classified: hidden from sellers until someone does
        return ceiling.getName().startsWith(MODULE_PACKAGE) ? new Rule(ceiling, Kind.HIDDEN, null) : null;
    }

    /**
     * Rows of the entity with this id that the scope may see ({@code own == false}) or owns outright
     * ({@code own == true}: its own seller's row, not a shared or campaign-wide one).
     */
    private long count(SellerScope scope, Class<?> entity, Object id, boolean own) {
        Rule rule = ruleFor(entity);
        Class<?> type = rule.entity;
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<?> root = query.from(type);
        EntityType<?> meta = em.getMetamodel().entity(type);
        String idName = meta.getId(meta.getIdType().getJavaType()).getName();
        Object typedId = id;
        if (Long.class.equals(meta.getIdType().getJavaType())) {
            try {
                typedId = id instanceof Number ? ((Number) id).longValue() : Long.valueOf(String.valueOf(id).trim());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        List<Predicate> where = new ArrayList<Predicate>();
        where.add(cb.equal(root.get(idName), typedId));
        if (own && rule.kind == Kind.ASSET) {
            where.add(scope.sellerId() == null ? nothing(cb) : cb.equal(root.get("sellerId"), scope.sellerId()));
        } else {
            Predicate restriction = restriction(scope, type, root, query, cb);
            if (restriction != null) {
                where.add(restriction);
            }
        }
        query.select(cb.count(root)).where(where.toArray(new Predicate[where.size()]));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate assetVisible(Root<?> asset, Long seller, CriteriaBuilder cb) {
        Path<Object> owner = asset.get("sellerId");
        return seller == null ? cb.isNull(owner) : cb.or(cb.isNull(owner), cb.equal(owner, seller));
    }

    private List<Long> visibleAssetIds(Long seller) {
        if (seller == null) {
            return em.createQuery("SELECT a.id FROM AssetRecord a WHERE a.sellerId IS NULL", Long.class).getResultList();
        }
        return em.createQuery("SELECT a.id FROM AssetRecord a WHERE a.sellerId IS NULL OR a.sellerId = :seller",
                Long.class).setParameter("seller", seller).getResultList();
    }

    private static Path<?> path(Root<?> root, String dotted) {
        Path<?> path = root;
        for (String part : dotted.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }

    /** A predicate no row satisfies. */
    private static Predicate nothing(CriteriaBuilder cb) {
        return cb.disjunction();
    }

    private static String likeEscaped(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
