package com.coopromo.admin.security;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.assets.domain.AssetContent;
import com.coopromo.assets.domain.BannerImage;
import com.coopromo.assets.persistence.AssetVersionRecord;
import com.coopromo.assets.service.AssetService;
import com.coopromo.audit.AuditLog;
import com.coopromo.audit.AuditQuery;
import com.coopromo.common.domain.Actor;
import com.coopromo.common.domain.ActorRole;
import com.coopromo.campaign.domain.AssetKind;
import com.coopromo.campaign.domain.CampaignAction;
import com.coopromo.campaign.domain.CampaignTerms;
import com.coopromo.campaign.domain.CampaignTier;
import com.coopromo.campaign.persistence.Campaign;
import com.coopromo.campaign.service.CampaignService;
import com.coopromo.governance.domain.VoteChoice;
import com.coopromo.governance.service.CommitteeSeat;
import com.coopromo.governance.service.DecisionDetail;
import com.coopromo.governance.service.GovernanceService;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.persistence.ParticipationImpl;
import com.coopromo.participation.service.ParticipationService;
import com.coopromo.seller.domain.ListingDraft;
import com.coopromo.seller.domain.SellerDraft;
import com.coopromo.seller.domain.SellerSegment;
import com.coopromo.seller.domain.SellerStanding;
import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerImpl;
import com.coopromo.seller.persistence.SellerListing;
import com.coopromo.seller.persistence.SellerListingImpl;
import com.coopromo.seller.service.SellerAccounts;
import com.coopromo.seller.service.SellerService;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.exception.SecurityServiceException;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.openadmin.dto.ClassMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.domain.PersistencePackageRequest;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermissionQualifiedEntity;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermissionQualifiedEntityImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.broadleafcommerce.openadmin.server.security.service.AdminUserDetailsServiceImpl;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;
import org.broadleafcommerce.openadmin.server.service.AdminEntityService;
import org.broadleafcommerce.openadmin.server.service.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.w3c.dom.NodeList;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;
import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import javax.persistence.metamodel.EntityType;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Seller-scoped admin users on the real host with the module's admin context: every module entity and every section
 * of the module's menu, fetched the way Broadleaf's list grids and forms fetch (its admin entity service), returns
 * only the signed-in seller's rows and shared ones; another seller's row asked for by id is not found; updating or
 * removing it is refused with the reason. Platform admins see everything.
 * <p>
 * The users' permissions come from roles of the test's own (a viewer and an editor of every module entity), so that
 * row-level security is tested apart from the module's menu grants and without loading the admin data other tests of
 * this JVM load themselves. Sellers are scoped by their link to a seller (and the plain seller by its
 * {@code ROLE_COOP_SELLER} too); the admin here is a user with no seller role and no link.
 */
@ExtendWith(CoopHostExtension.class)
class SellerScopedAdminIntegrationTest {
    private static final String ZONE = "Europe/Paris";
    private static final Actor PLATFORM = new Actor("scope-platform", ActorRole.PLATFORM_ADMIN);
    private static final Actor ORGANIZER = new Actor("scope-marketer", ActorRole.ORGANIZER);

    /** Seller-only login of the seller under test. */
    static final String SELLER = "scope-seller";
    /** Committee member of the seller under test (its seat represents that seller). */
    static final String MEMBER = "scope-member";
    /** A seller-scoped login that may also change every module entity (the editor role). */
    static final String WIDE_SELLER = "scope-wide-seller";
    /** The other seller's member. */
    static final String OTHER_MEMBER = "scope-other-member";
    static final String ADMIN = "scope-admin";
    /** Holds the seller role but nobody linked it to a seller. */
    static final String UNLINKED = "scope-unlinked";
    static final String VIEWER_ROLE = "ROLE_SCOPE_TEST_VIEWER";
    static final String EDITOR_ROLE = "ROLE_SCOPE_TEST_EDITOR";

    private static Fixture fixture;

    private TestHost host;
    private SellerScopes scopes;
    private AdminEntityService adminEntities;
    private GovernanceService governance;

    @PersistenceContext(unitName = "blPU")
    private EntityManager em;

    @BeforeEach
    void setUp(TestHost host) throws Exception {
        this.host = host;
        host.context().getAutowireCapableBeanFactory().autowireBean(this);
        this.scopes = host.bean("coopSellerScopes", SellerScopes.class);
        this.adminEntities = host.bean("blAdminEntityService", AdminEntityService.class);
        this.governance = host.bean("coopGovernanceService", GovernanceService.class);
        synchronized (SellerScopedAdminIntegrationTest.class) {
            if (fixture == null) {
                fixture = new Fixture(host, em).build();
            }
        }
    }

    @Test
    void loginsResolveToTheirScope() {
        assertThat(scopes.ofLogin(SELLER).isSellerScoped()).isTrue();
        assertThat(scopes.ofLogin(SELLER).sellerId()).isEqualTo(fixture.mine);
        assertThat(scopes.ofLogin(MEMBER).sellerId()).isEqualTo(fixture.mine);
        assertThat(scopes.ofLogin(SELLER).actingLogins()).contains(SELLER, MEMBER, WIDE_SELLER);
        assertThat(scopes.ofLogin(WIDE_SELLER).isSellerScoped()).as("maintain permissions do not lift the scope")
                .isTrue();
        assertThat(scopes.ofLogin(UNLINKED).isSellerScoped()).isTrue();
        assertThat(scopes.ofLogin(UNLINKED).sellerId()).isNull();
        assertThat(scopes.ofLogin(ADMIN).isSellerScoped()).isFalse();
    }

    /** Every entity of the module's persistence unit is classified, and its restriction selects exactly its rows. */
    @Test
    void theRestrictionOnEveryModuleEntitySelectsOnlyTheSellersOwnAndSharedRows() throws Exception {
        List<Class<?>> persistent = moduleEntities();
        assertThat(SellerScopes.moduleEntities()).as("every entity of persistence-coop.xml is classified")
                .containsExactlyInAnyOrderElementsOf(persistent);
        for (String login : Arrays.asList(SELLER, MEMBER, UNLINKED)) {
            SellerScope scope = scopes.ofLogin(login);
            for (Class<?> entity : persistent) {
                assertThat(idsThroughRestriction(scope, entity)).as(entity.getSimpleName() + " for " + login)
                        .isEqualTo(expectedIds(scope, entity));
            }
        }
        SellerScope admin = scopes.ofLogin(ADMIN);
        for (Class<?> entity : persistent) {
            assertThat(idsThroughRestriction(admin, entity)).as(entity.getSimpleName() + " for the admin")
                    .isEqualTo(allIds(entity));
        }
    }

    /**
     * The list grid's fetch of every section's entity and every module entity, as a plain seller, as its committee
     * member and as a seller who may view every section: each row returned is one the seller may see; entities the
     * user has no permission for are refused outright.
     */
    @Test
    void everySectionAndEntityFetchedThroughTheAdminReturnsOnlyTheSellersRows() throws Exception {
        Set<String> ceilings = new LinkedHashSet<String>();
        for (CoopAdminMenu.Section section : CoopAdminMenu.SECTIONS) {
            ceilings.add(section.ceilingEntity);
        }
        for (Class<?> entity : moduleEntities()) {
            ceilings.add(entity.getName());
        }
        int fetchedSomething = 0;
        for (String login : Arrays.asList(SELLER, MEMBER, WIDE_SELLER)) {
            SellerScope scope = scopes.ofLogin(login);
            for (String ceiling : ceilings) {
                Set<Object> rows = fetchAs(login, ceiling);
                if (rows == null) {
                    continue; // no permission on this entity: refused, nothing returned
                }
                fetchedSomething++;
                Class<?> entity = SellerScopes.ruleFor(Class.forName(ceiling)).entity;
                assertThat(rows).as(ceiling + " fetched by " + login).isEqualTo(expectedIds(scope, entity));
            }
        }
        assertThat(fetchedSomething).as("the walk fetched through the admin at all").isGreaterThan(10);
        // the sections a plain seller sees show its own rows (not just nothing)
        assertThat(fetchAs(SELLER, Seller.class.getName())).containsExactly(fixture.mine);
        assertThat(fetchAs(SELLER, ParticipationImpl.class.getName())).containsExactlyInAnyOrder(
                fixture.myParticipation, fixture.myApprovalParticipation);
        assertThat(fetchAs(SELLER, EnrollmentImpl.class.getName())).containsExactly(fixture.myEnrollment);
        assertThat(fetchAs(SELLER, SellerListing.class.getName())).containsExactly(fixture.myListing);
        assertThat(fetchAs(WIDE_SELLER, CoopAdminMenu.APPROVALS.ceilingEntity)).as("a plain seller votes on nothing")
                .isEmpty();
        // the admin sees every seller
        assertThat(fetchAs(ADMIN, Seller.class.getName())).contains(fixture.mine, fixture.other);
    }

    @Test
    void anotherSellersRowAskedForByIdIsNotFound() throws Exception {
        for (Object[] row : new Object[][] {{SellerImpl.class, fixture.other}, {SellerListingImpl.class, fixture.otherListing},
                {ParticipationImpl.class, fixture.otherParticipation}, {EnrollmentImpl.class, fixture.otherEnrollment}}) {
            String ceiling = ((Class<?>) row[0]).getName();
            String id = String.valueOf(row[1]);
            assertThat(recordAs(SELLER, ceiling, id)).as("another seller's " + ceiling + " " + id).isNull();
            assertThat(scopes.mayRead(scopes.ofLogin(SELLER), (Class<?>) row[0], id)).isFalse();
            assertThat(recordAs(ADMIN, ceiling, id)).as("the admin's view of " + ceiling + " " + id).isNotNull();
        }
        assertThat(recordAs(SELLER, ParticipationImpl.class.getName(), String.valueOf(fixture.myParticipation)))
                .as("its own participation").isNotNull();
    }

    @Test
    void updatingOrRemovingAnotherSellersRowIsRefusedWithTheReason() throws Exception {
        Object[][] rows = {{SellerImpl.class, fixture.other}, {SellerListingImpl.class, fixture.otherListing},
                {ParticipationImpl.class, fixture.otherParticipation}, {EnrollmentImpl.class, fixture.otherEnrollment}};
        for (String login : Arrays.asList(SELLER, WIDE_SELLER)) {
            for (Object[] row : rows) {
                String ceiling = ((Class<?>) row[0]).getName();
                assertRefusal(login, "update", ceiling, row[1], SellerScopes.OTHER_SELLERS_ROW);
                assertRefusal(login, "remove", ceiling, row[1], SellerScopes.OTHER_SELLERS_ROW);
            }
            // shared campaigns are read-only for sellers
            assertRefusal(login, "update", Campaign.class.getName(), fixture.campaign, SellerScopes.SHARED_ROW);
        }
        // nothing was changed or removed
        assertThat(em.find(SellerImpl.class, fixture.other)).isNotNull();
        assertThat(em.find(EnrollmentImpl.class, fixture.otherEnrollment)).isNotNull();
        // its own row passes row-level security; the seller's view-only permission is what refuses the change
        Throwable own = attempt(SELLER, "update", SellerImpl.class.getName(), fixture.mine);
        assertThat(validationErrors(own)).isEmpty();
        assertThat(causeOf(own, SecurityServiceException.class)).isNotNull();
        // moving its own listing to another seller is refused too
        SellerScope scope = scopes.ofLogin(SELLER);
        Map<String, String> moved = new LinkedHashMap<String, String>();
        moved.put("seller", String.valueOf(fixture.other));
        assertThat(scopes.writeRefusal(scope, SellerListingImpl.class, fixture.myListing, moved))
                .isEqualTo(SellerScopes.OTHER_SELLERS_ROW);
        assertThat(scopes.writeRefusal(scope, SellerListingImpl.class, fixture.myListing,
                Collections.<String, String>emptyMap())).isNull();
        assertThat(scopes.writeRefusal(scopes.ofLogin(ADMIN), SellerListingImpl.class, fixture.otherListing, moved))
                .isNull();
    }

    @Test
    void aMemberSeesTheDecisionsPutToItAndItsSellersVotesOnly() throws Exception {
        Set<Object> decisions = fetchAs(MEMBER, CoopAdminMenu.APPROVALS.ceilingEntity);
        assertThat(decisions).contains(fixture.approval, fixture.disputeAboutOther)
                .doesNotContain(fixture.disputeAboutMine);
        assertThat(fetchAs(ADMIN, CoopAdminMenu.APPROVALS.ceilingEntity))
                .contains(fixture.approval, fixture.disputeAboutOther, fixture.disputeAboutMine);
        SellerScope member = scopes.ofLogin(MEMBER);
        assertThat(idsThroughRestriction(member, com.coopromo.governance.persistence.VoteRecord.class))
                .containsExactly(fixture.memberVote);
        assertThat(idsThroughRestriction(scopes.ofLogin(OTHER_MEMBER), com.coopromo.governance.persistence.VoteRecord.class))
                .containsExactly(fixture.otherMemberVote);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The row ids the admin entity service returns to the login, or null when it refuses the fetch. */
    private Set<Object> fetchAs(String login, final String ceiling) throws Exception {
        return as(login, new Callable<Set<Object>>() {
            @Override
            public Set<Object> call() throws Exception {
                PersistencePackageRequest request = PersistencePackageRequest.standard().withCeilingEntityClassname(ceiling)
                        .withStartIndex(0).withMaxIndex(999);
                Entity[] records;
                ClassMetadata cmd;
                try {
                    cmd = adminEntities.getClassMetadata(PersistencePackageRequest.standard()
                            .withCeilingEntityClassname(ceiling)).getDynamicResultSet().getClassMetaData();
                    records = adminEntities.getRecords(request).getDynamicResultSet().getRecords();
                } catch (ServiceException e) {
                    if (causeOf(e, SecurityServiceException.class) != null) {
                        return null;
                    }
                    throw e;
                }
                String idProperty = adminEntities.getIdProperty(cmd);
                Set<Object> ids = new HashSet<Object>();
                for (Entity record : records) {
                    ids.add(typed(record.findProperty(idProperty).getValue()));
                }
                return ids;
            }
        });
    }

    /** The record as the admin's form loads it, or null when it is not found for this login. */
    private Entity recordAs(String login, final String ceiling, final String id) throws Exception {
        return as(login, new Callable<Entity>() {
            @Override
            public Entity call() throws Exception {
                PersistencePackageRequest request = PersistencePackageRequest.standard().withCeilingEntityClassname(ceiling);
                ClassMetadata cmd = adminEntities.getClassMetadata(request).getDynamicResultSet().getClassMetaData();
                try {
                    return adminEntities.getRecord(PersistencePackageRequest.standard().withCeilingEntityClassname(ceiling),
                            id, cmd, false).getDynamicResultSet().getRecords()[0];
                } catch (IllegalArgumentException e) {
                    assertThat(e).hasMessage("Entity not found");
                    return null;
                }
            }
        });
    }

    private void assertRefusal(String login, String operation, String ceiling, Object id, String reason) throws Exception {
        Throwable refused = attempt(login, operation, ceiling, id);
        assertThat(refused).as(operation + " of " + ceiling + " " + id + " by " + login).isNotNull();
        assertThat(validationErrors(refused)).as(operation + " of " + ceiling + " " + id + " by " + login)
                .containsExactly(reason);
    }

    /** Sends an update (with the row's id and name) or a remove through the admin entity service; what it threw. */
    private Throwable attempt(String login, final String operation, final String ceiling, final Object id) throws Exception {
        return as(login, new Callable<Throwable>() {
            @Override
            public Throwable call() {
                Entity entity = new Entity();
                entity.setType(new String[] {SellerScopes.ruleFor(classOf(ceiling)).entity.getName()});
                Property idProperty = new Property();
                idProperty.setName("id");
                idProperty.setValue(String.valueOf(id));
                entity.setProperties(new Property[] {idProperty});
                PersistencePackageRequest request = PersistencePackageRequest.standard().withCeilingEntityClassname(ceiling)
                        .withEntity(entity);
                try {
                    if ("update".equals(operation)) {
                        // Broadleaf's admin hands a refused update back as the entity with its errors
                        Entity answered = adminEntities.update(request).getEntity();
                        if (answered != null && answered.isValidationFailure()) {
                            return new ValidationException(answered, "refused");
                        }
                    } else {
                        adminEntities.remove(request);
                    }
                    return null;
                } catch (Exception e) {
                    return e;
                }
            }
        });
    }

    private static List<String> validationErrors(Throwable refused) {
        ValidationException validation = causeOf(refused, ValidationException.class);
        if (validation == null || validation.getEntity() == null || validation.getEntity().getGlobalValidationErrors() == null) {
            return Collections.emptyList();
        }
        return validation.getEntity().getGlobalValidationErrors();
    }

    private <T> T as(String login, Callable<T> work) throws Exception {
        final AdminUserDetailsServiceImpl details = new AdminUserDetailsServiceImpl();
        host.context().getAutowireCapableBeanFactory().autowireBean(details);
        UserDetails user = host.inTransaction(status -> details.loadUserByUsername(login));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        // what Broadleaf's admin request filter sets up: the admin formats dates in the request's time zone
        BroadleafRequestContext request = new BroadleafRequestContext();
        request.setTimeZone(TimeZone.getTimeZone("UTC"));
        BroadleafCurrencyImpl dollars = new BroadleafCurrencyImpl();
        dollars.setCurrencyCode("USD");
        request.setBroadleafCurrency(dollars);
        BroadleafRequestContext.setBroadleafRequestContext(request);
        try {
            return work.call();
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(null);
            SecurityContextHolder.clearContext();
        }
    }

    /** The ids the scope's restriction selects from every row of the entity. */
    private Set<Object> idsThroughRestriction(final SellerScope scope, final Class<?> entity) {
        return host.inTransaction(status -> {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Object> query = cb.createQuery(Object.class);
            Root<?> root = query.from(entity);
            query.select(root.get(idName(entity)));
            Predicate restriction = scopes.restriction(scope, entity, root, query, cb);
            if (restriction != null) {
                query.where(restriction);
            }
            return new HashSet<Object>(em.createQuery(query).getResultList());
        });
    }

    /** What the seller may see of the entity, written independently of the restriction, as queries. */
    private Set<Object> expectedIds(SellerScope scope, Class<?> entity) {
        String name = entity.getSimpleName();
        String id = "e." + idName(entity);
        Long seller = scope.sellerId() == null ? -1L : scope.sellerId();
        String jpql;
        switch (name) {
            case "SellerImpl":
                jpql = "SELECT e.id FROM SellerImpl e WHERE e.id = :seller";
                break;
            case "SellerListingImpl":
            case "ParticipationImpl":
                jpql = "SELECT e.id FROM " + name + " e WHERE e.seller.id = :seller";
                break;
            case "EnrollmentImpl":
                jpql = "SELECT e.id FROM EnrollmentImpl e WHERE e.participation.seller.id = :seller";
                break;
            case "SellerAdminUserRecord":
            case "OrderAttributionRecord":
                jpql = "SELECT " + id + " FROM " + name + " e WHERE e.sellerId = :seller";
                break;
            case "AssetRecord":
                jpql = "SELECT e.id FROM AssetRecord e WHERE e.sellerId IS NULL OR e.sellerId = :seller";
                break;
            case "AssetVersionRecord":
                jpql = "SELECT e.id FROM AssetVersionRecord e WHERE e.assetId IN (SELECT a.id FROM AssetRecord a"
                        + " WHERE a.sellerId IS NULL OR a.sellerId = :seller)";
                break;
            case "VoteRecord":
                return query("SELECT e.id FROM VoteRecord e WHERE e.memberId IN :logins", "logins",
                        new ArrayList<String>(scope.actingLogins()));
            case "AuditEventRecord":
                return query("SELECT e.id FROM AuditEventRecord e WHERE e.actorId = :login", "login", scope.login());
            case "DecisionRecord":
                Set<Object> mine = new HashSet<Object>();
                for (Object decision : allIds(entity)) {
                    if (governance.decision((Long) decision).decision().voter(scope.login()) != null) {
                        mine.add(decision);
                    }
                }
                return mine;
            case "CampaignBudgetRecord":
            case "BudgetEntryRecord":
                return Collections.emptySet();
            default:
                // shared: campaigns and their history, theming windows, the committee, brand guidelines, templates
                return allIds(entity);
        }
        return query(jpql, "seller", seller);
    }

    private Set<Object> allIds(Class<?> entity) {
        return query("SELECT e." + idName(entity) + " FROM " + entity.getSimpleName() + " e", null, null);
    }

    private Set<Object> query(final String jpql, final String parameter, final Object value) {
        return host.inTransaction(status -> {
            Query query = em.createQuery(jpql);
            if (parameter != null) {
                query.setParameter(parameter, value);
            }
            return new HashSet<Object>(query.getResultList());
        });
    }

    private String idName(Class<?> entity) {
        EntityType<?> meta = em.getMetamodel().entity(entity);
        return meta.getId(meta.getIdType().getJavaType()).getName();
    }

    private static Object typed(String id) {
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            return id;
        }
    }

    private static Class<?> classOf(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The classes the module adds to blPU, read from its persistence XML. */
    private static List<Class<?>> moduleEntities() throws Exception {
        List<Class<?>> classes = new ArrayList<Class<?>>();
        try (InputStream in = SellerScopedAdminIntegrationTest.class.getResourceAsStream("/META-INF/persistence-coop.xml")) {
            NodeList names = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("class");
            for (int i = 0; i < names.getLength(); i++) {
                classes.add(Class.forName(names.item(i).getTextContent().trim()));
            }
        }
        return classes;
    }

    /**
     * Two sellers (mine and other) and a third for the committee, each with a listing; a campaign both take part in
     * with an enrolled listing each; campaign-wide and per-seller assets; a committee whose seats represent the
     * sellers, a campaign approval with votes, and a dispute about each seller's participation; admin users.
     */
    static final class Fixture {
        private final TestHost host;
        private final EntityManager em;
        long mine;
        long other;
        long myListing;
        long otherListing;
        long campaign;
        long myParticipation;
        long otherParticipation;
        long myApprovalParticipation;
        long myEnrollment;
        long otherEnrollment;
        long approval;
        long disputeAboutMine;
        long disputeAboutOther;
        long memberVote;
        long otherMemberVote;

        Fixture(TestHost host, EntityManager em) {
            this.host = host;
            this.em = em;
        }

        Fixture build() {
            SellerService sellers = host.bean("coopSellerService", SellerService.class);
            CampaignService campaigns = host.bean("coopCampaignService", CampaignService.class);
            ParticipationService participations = host.bean("coopParticipationService", ParticipationService.class);
            AssetService assets = host.bean("coopAssetService", AssetService.class);
            GovernanceService governance = host.bean("coopGovernanceService", GovernanceService.class);
            SellerAccounts accounts = host.bean("coopSellerAccounts", SellerAccounts.class);

            // Roles of the test's own (this JVM's other tests expect Broadleaf's and most of the module's admin data to
            // be absent until they load it): a viewer and an editor of every module entity; the seller role
            host.inTransaction(status -> {
                AdminRole viewer = role(VIEWER_ROLE);
                AdminRole editor = role(EDITOR_ROLE);
                viewer.getAllPermissions().add(permission("PERMISSION_SCOPE_TEST_READ", PermissionType.READ));
                editor.getAllPermissions().add(permission("PERMISSION_SCOPE_TEST_ALL", PermissionType.ALL));
                if (findRole(CoopAdminMenu.ROLE_COOP_SELLER) == null) {
                    role(CoopAdminMenu.ROLE_COOP_SELLER);
                }
                return null;
            });
            host.inTransaction(status -> {
                user(ADMIN, VIEWER_ROLE);
                user(SELLER, CoopAdminMenu.ROLE_COOP_SELLER, VIEWER_ROLE);
                user(MEMBER, VIEWER_ROLE);
                user(OTHER_MEMBER, VIEWER_ROLE);
                user(WIDE_SELLER, CoopAdminMenu.ROLE_COOP_SELLER, VIEWER_ROLE, EDITOR_ROLE);
                user(UNLINKED, CoopAdminMenu.ROLE_COOP_SELLER, VIEWER_ROLE);
                return null;
            });

            Seller my = seller(sellers, "scope-mine", SellerSegment.MID);
            Seller theirs = seller(sellers, "scope-other", SellerSegment.SMALL);
            Seller large = seller(sellers, "scope-large", SellerSegment.LARGE);
            mine = my.getId();
            other = theirs.getId();
            accounts.link(SELLER, mine, PLATFORM);
            accounts.link(MEMBER, mine, PLATFORM);
            accounts.link(WIDE_SELLER, mine, PLATFORM);
            accounts.link(OTHER_MEMBER, other, PLATFORM);
            myListing = listing(sellers, my);
            otherListing = listing(sellers, theirs);

            Campaign lightweight = campaigns.create(terms(CampaignTier.LIGHTWEIGHT), ORGANIZER);
            campaign = lightweight.getId();
            myParticipation = participations.invite(campaign, mine).getId();
            otherParticipation = participations.invite(campaign, other).getId();
            myEnrollment = enrolled(participations, myParticipation, myListing);
            otherEnrollment = enrolled(participations, otherParticipation, otherListing);
            BannerImage banner = new BannerImage("scope.png", 1200, 400, 200_000, "Seeds and tools on a patio",
                    "Garden week", "#ffffff", "#1b5e20", false);
            assets.submitVersion(campaign, null, AssetContent.banner(AssetKind.BANNER, banner), ORGANIZER);
            AssetVersionRecord myAsset = assets.submitVersion(campaign, mine,
                    AssetContent.banner(AssetKind.BANNER, banner), ORGANIZER);
            assets.submitVersion(campaign, other, AssetContent.banner(AssetKind.BANNER, banner), ORGANIZER);
            assets.submitVersion(campaign, mine, AssetContent.banner(AssetKind.BANNER, banner), ORGANIZER);
            assertThat(myAsset.getVersionNo()).isEqualTo(1);

            governance.setUpCommittee("Scope committee", Arrays.asList(CommitteeSeat.seller(OTHER_MEMBER, other),
                    CommitteeSeat.seller(MEMBER, mine), CommitteeSeat.seller("scope-large-member", large.getId()),
                    CommitteeSeat.platformMarketer("scope-marketer")), LocalDate.now(ZoneOffset.UTC), ZoneOffset.UTC,
                    Period.ofWeeks(4), PLATFORM);
            Campaign standard = campaigns.create(terms(CampaignTier.STANDARD), ORGANIZER);
            myApprovalParticipation = participations.invite(standard.getId(), mine).getId();
            // submitting a standard campaign puts it to the committee
            campaigns.act(standard.getId(), CampaignAction.SUBMIT, ORGANIZER, null);
            DecisionDetail opened = governance.decisionsOf(standard.getId()).get(0);
            approval = opened.id();
            governance.castVote(approval, MEMBER, VoteChoice.APPROVE, "fine");
            governance.castVote(approval, OTHER_MEMBER, VoteChoice.ABSTAIN, null);
            disputeAboutMine = governance.openDispute(myParticipation, "late shipping", PLATFORM).id();
            disputeAboutOther = governance.openDispute(otherParticipation, "late shipping", PLATFORM).id();
            memberVote = voteOf(MEMBER);
            otherMemberVote = voteOf(OTHER_MEMBER);
            assertThat(host.bean("coopAuditLog", AuditLog.class).query(AuditQuery.all().action("SELLER_USER_LINKED"))
                    .events()).hasSize(4);
            return this;
        }

        private long voteOf(String member) {
            return host.inTransaction(status -> em.createQuery("SELECT v.id FROM VoteRecord v WHERE v.memberId = :m",
                    Long.class).setParameter("m", member).getSingleResult());
        }

        private long enrolled(ParticipationService participations, long participationId, long listingId) {
            ParticipationImpl accepted = participations.accept(participationId);
            participations.submitAssets(accepted.getId(), EnumSet.of(AssetKind.BANNER));
            return participations.enroll(accepted.getId(), listingId, new BigDecimal("20")).getId();
        }

        private static Seller seller(SellerService sellers, String code, SellerSegment segment) {
            return sellers.registerSeller(new SellerDraft(code, "Seller " + code, segment, SellerStanding.GOOD, null));
        }

        private long listing(SellerService sellers, Seller seller) {
            CatalogService catalog = host.bean("blCatalogService", CatalogService.class);
            Sku sku = host.inTransaction(status -> {
                Sku s = catalog.createSku();
                s.setName("Scope test " + seller.getCode());
                s.setRetailPrice(new Money(new BigDecimal("20.00")));
                s.setActiveStartDate(new Date(System.currentTimeMillis() - 86_400_000L));
                return catalog.saveSku(s);
            });
            return sellers.addListing(new ListingDraft(seller.getId(), sku.getId(), new BigDecimal("10.00"), 1, 3)).getId();
        }

        private AdminRole role(String name) {
            AdminRole role = host.bean("blEntityConfiguration", EntityConfiguration.class)
                    .createEntityInstance(AdminRole.class.getName(), AdminRole.class);
            role.setName(name);
            role.setDescription(name);
            em.persist(role);
            return role;
        }

        private AdminRole findRole(String name) {
            List<AdminRole> found = em.createQuery("SELECT r FROM " + AdminRole.class.getName() + " r WHERE r.name = :n",
                    AdminRole.class).setParameter("n", name).getResultList();
            return found.isEmpty() ? null : found.get(0);
        }

        /** A permission of this type on every module entity, under its class and interface names. */
        private AdminPermission permission(String name, PermissionType type) {
            AdminPermission permission = host.bean("blEntityConfiguration", EntityConfiguration.class)
                    .createEntityInstance(AdminPermission.class.getName(), AdminPermission.class);
            permission.setName(name);
            permission.setType(type);
            permission.setDescription(name);
            em.persist(permission);
            Set<String> ceilings = new LinkedHashSet<String>();
            for (Class<?> entity : SellerScopes.moduleEntities()) {
                ceilings.add(entity.getName());
            }
            for (CoopAdminMenu.Section section : CoopAdminMenu.SECTIONS) {
                ceilings.add(section.ceilingEntity);
            }
            for (String ceiling : ceilings) {
                AdminPermissionQualifiedEntity qualified = new AdminPermissionQualifiedEntityImpl();
                qualified.setCeilingEntityFullyQualifiedName(ceiling);
                qualified.setAdminPermission(permission);
                permission.getQualifiedEntities().add(qualified);
                em.persist(qualified);
            }
            return permission;
        }

        private void user(String login, String... roles) {
            EntityConfiguration entities = host.bean("blEntityConfiguration", EntityConfiguration.class);
            AdminSecurityService security = host.bean("blAdminSecurityService", AdminSecurityService.class);
            AdminUser user = entities.createEntityInstance(AdminUser.class.getName(), AdminUser.class);
            user.setLogin(login);
            user.setName(login);
            user.setEmail(login + "@coop-test.example");
            user.setPassword("not-used");
            user.setActiveStatusFlag(Boolean.TRUE);
            for (String roleName : roles) {
                AdminRole role = findRole(roleName);
                if (role == null) {
                    fail("no role " + roleName);
                }
                user.getAllRoles().add(role);
            }
            security.saveAdminUser(user);
        }

        private static CampaignTerms.Builder terms(CampaignTier tier) {
            LocalDateTime start = LocalDateTime.now(ZoneId.of(ZONE)).truncatedTo(ChronoUnit.MINUTES).plusDays(20);
            String id = java.util.UUID.randomUUID().toString().substring(0, 8);
            return CampaignTerms.builder()
                    .name("Scope week " + id).slug("scope-week-" + id)
                    .themeBrief("Tools and seeds from independent growers.")
                    .marketingMessage("Scope week: up to 25% off")
                    .tier(tier).timeZone(ZONE).minSellers(tier.rules().minimumSellers())
                    .startsAt(start).endsAt(start.plusDays(7)).enrollmentDeadline(start.minusDays(3))
                    .assetDeadline(start.minusDays(3))
                    .minDiscountPercent(new BigDecimal("10")).maxDiscountPercent(new BigDecimal("25"))
                    .budget(new BigDecimal("2000.00")).platformFundingPercent(new BigDecimal("50"));
        }
    }
}
