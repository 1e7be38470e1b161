package com.coopromo.admin.install;

import com.coopromo.campaign.persistence.CampaignImpl;
import com.coopromo.infra.junit.CoopHostExtension;
import com.coopromo.infra.junit.TestHost;
import com.coopromo.seller.persistence.SellerImpl;
import com.coopromo.seller.persistence.SellerListingImpl;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminMenu;
import org.broadleafcommerce.openadmin.server.security.domain.AdminModule;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AdminSecurityService;
import org.broadleafcommerce.openadmin.server.security.service.AdminUserDetailsServiceImpl;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.PlatformTransactionManager;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The installer against a real host (Broadleaf's admin security model in PostgreSQL). The host starts without
 * Broadleaf's admin data, like the demo store before its seeder runs; the tests then load the two roles the module
 * grants to and follow one database through first install, restart and an administrator's changes, hence the order.
 */
@ExtendWith(CoopHostExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CoopAdminMenuInstallerIntegrationTest {
    private static final String ADMIN_LOGIN = "coop-menu-admin";
    private static final String PROMOTION_MANAGER_LOGIN = "coop-menu-promotions";

    private TestHost host;
    private CoopAdminMenuInstaller installer;
    private AdminSecurityService security;
    private EntityConfiguration entities;

    @PersistenceContext(unitName = "blPU")
    private EntityManager em;

    @BeforeEach
    void setUp(TestHost host) {
        this.host = host;
        this.security = host.bean("blAdminSecurityService", AdminSecurityService.class);
        this.entities = host.bean("blEntityConfiguration", EntityConfiguration.class);
        this.installer = new CoopAdminMenuInstaller(host.bean("blTransactionManager", PlatformTransactionManager.class),
                entities);
        host.context().getAutowireCapableBeanFactory().autowireBean(installer);
        host.context().getAutowireCapableBeanFactory().autowireBean(this);
    }

    @Test
    @Order(1)
    void refusesToInstallBeforeBroadleafsAdminDataIsLoaded() {
        assertThatThrownBy(installer::install)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ROLE_ADMIN");
        assertThat(moduleCount()).isZero();
    }

    @Test
    @Order(2)
    void firstInstallPutsTheMenuGroupIntoTheAdminMenuOfAnAdministrator() {
        loadRolesAndUsers();

        List<String> changes = installer.install();

        assertThat(changes).contains("created menu group COOPPromotions", "created section CoopSellers",
                "created section CoopSellerListings", "created section CoopCampaigns", "created section CoopCalendar",
                "created section CoopParticipations", "created section CoopEnrollments",
                "created section CoopThemingWindows", "granted PERMISSION_COOP_SELLER/ALL to ROLE_ADMIN",
                "granted PERMISSION_COOP_CAMPAIGN/ALL to ROLE_ADMIN", "granted PERMISSION_COOP_CALENDAR/READ to ROLE_ADMIN",
                "granted PERMISSION_COOP_SELLER_LISTING/READ to ROLE_PROMOTION_MANAGER", "created role ROLE_COOP_COMMITTEE",
                "created section CoopApprovals", "granted PERMISSION_COOP_DECISION/ALL to ROLE_ADMIN",
                "granted PERMISSION_COOP_DECISION/READ to ROLE_COOP_COMMITTEE",
                "created section CoopPricingPreview", "granted PERMISSION_COOP_PRICING_PREVIEW/READ to ROLE_ADMIN",
                "created section CoopRewards", "granted PERMISSION_COOP_REWARD/READ to ROLE_ADMIN",
                "granted PERMISSION_COOP_REWARD/READ to ROLE_PROMOTION_MANAGER");
        // the host has none of Broadleaf's own menu groups, so the module's is the only one
        assertThat(menuOf(ADMIN_LOGIN))
                .containsExactly("COOPPromotions: CoopCampaigns /coop-campaigns, CoopCalendar /coop-calendar, CoopSellers /coop-sellers, "
                        + "CoopSellerListings /coop-seller-listings, CoopParticipations /coop-participations, "
                        + "CoopEnrollments /coop-enrollments, CoopThemingWindows /coop-theming-windows, "
                        + "CoopApprovals /coop-approvals, CoopCommittee /coop-committee, CoopAssets /coop-assets, "
                        + "CoopBrandGuidelines /coop-brand-guidelines, CoopAuditLog /coop-audit-log, CoopPricingPreview /coop-pricing-preview, "
                        + "CoopRewards /coop-rewards, CoopSettlement /coop-settlement, "
                        + "CoopCampaignDashboard /coop-campaign-dashboard, CoopDebriefs /coop-debriefs");
        assertThat(menuOf(PROMOTION_MANAGER_LOGIN))
                .containsExactly("COOPPromotions: CoopCampaigns /coop-campaigns, CoopCalendar /coop-calendar, CoopSellers /coop-sellers, "
                        + "CoopSellerListings /coop-seller-listings, CoopParticipations /coop-participations, "
                        + "CoopEnrollments /coop-enrollments, CoopThemingWindows /coop-theming-windows, "
                        + "CoopApprovals /coop-approvals, CoopCommittee /coop-committee, CoopAssets /coop-assets, "
                        + "CoopBrandGuidelines /coop-brand-guidelines, CoopAuditLog /coop-audit-log, CoopPricingPreview /coop-pricing-preview, "
                        + "CoopRewards /coop-rewards, CoopSettlement /coop-settlement, "
                        + "CoopCampaignDashboard /coop-campaign-dashboard, CoopDebriefs /coop-debriefs");
        // the module's committee role, created by the installer, sees campaigns and the committee's pages only
        host.inTransaction(status -> {
            newUser("committee-member", role(CoopAdminMenu.ROLE_COOP_COMMITTEE));
            return null;
        });
        assertThat(menuOf("committee-member"))
                .containsExactly("COOPPromotions: CoopCampaigns /coop-campaigns, CoopCalendar /coop-calendar, "
                        + "CoopSellers /coop-sellers, CoopSellerListings /coop-seller-listings, "
                        + "CoopParticipations /coop-participations, CoopEnrollments /coop-enrollments, "
                        + "CoopApprovals /coop-approvals, CoopCommittee /coop-committee, CoopAssets /coop-assets, "
                        + "CoopAuditLog /coop-audit-log");
    }

    @Test
    @Order(3)
    void administratorsMaintainSellersAndListingsWhilePromotionManagersOnlyLook() {
        assertThat(mayDo(ADMIN_LOGIN, PermissionType.UPDATE, SellerImpl.class.getName())).isTrue();
        assertThat(mayDo(ADMIN_LOGIN, PermissionType.DELETE, SellerListingImpl.class.getName())).isTrue();
        assertThat(mayDo(ADMIN_LOGIN, PermissionType.UPDATE, CampaignImpl.class.getName())).isTrue();
        assertThat(mayDo(PROMOTION_MANAGER_LOGIN, PermissionType.READ, CampaignImpl.class.getName())).isTrue();
        assertThat(mayDo(PROMOTION_MANAGER_LOGIN, PermissionType.UPDATE, CampaignImpl.class.getName())).isFalse();
        assertThat(mayDo(PROMOTION_MANAGER_LOGIN, PermissionType.READ, SellerImpl.class.getName())).isTrue();
        assertThat(mayDo(PROMOTION_MANAGER_LOGIN, PermissionType.READ, SellerListingImpl.class.getName())).isTrue();
        assertThat(mayDo(PROMOTION_MANAGER_LOGIN, PermissionType.UPDATE, SellerImpl.class.getName())).isFalse();
        assertThat(mayDo(PROMOTION_MANAGER_LOGIN, PermissionType.UPDATE, SellerListingImpl.class.getName())).isFalse();
        // friendly permissions expand to their children at sign-in, as Broadleaf's own do
        assertThat(authoritiesOf(ADMIN_LOGIN)).contains("PERMISSION_ALL_COOP_SELLER",
                "PERMISSION_ALL_COOP_SELLER_LISTING", "PERMISSION_READ_COOP_SELLER");
        assertThat(authoritiesOf(ADMIN_LOGIN)).doesNotContain("PERMISSION_COOP_SELLER");
    }

    @Test
    @Order(4)
    void aRestartChangesNothing() {
        assertThat(installer.install()).isEmpty();
        assertThat(moduleCount()).isEqualTo(1);
    }

    @Test
    @Order(5)
    void aRevokedGrantStaysRevokedButAMissingSectionLinkIsRestored() {
        host.inTransaction(status -> {
            AdminRole promotions = role(CoopAdminMenu.ROLE_PROMOTION_MANAGER);
            promotions.getAllPermissions().removeIf(p -> p.getName().equals("PERMISSION_COOP_SELLER"));
            AdminSection sellers = section("CoopSellers");
            sellers.getPermissions().removeIf(p -> PermissionType.READ.equals(p.getType()));
            return null;
        });

        assertThat(installer.install()).containsExactly("linked section CoopSellers to PERMISSION_COOP_SELLER/READ");

        assertThat(menuOf(PROMOTION_MANAGER_LOGIN))
                .containsExactly("COOPPromotions: CoopCampaigns /coop-campaigns, CoopCalendar /coop-calendar, "
                        + "CoopSellerListings /coop-seller-listings, CoopParticipations /coop-participations, "
                        + "CoopEnrollments /coop-enrollments, CoopThemingWindows /coop-theming-windows, "
                        + "CoopApprovals /coop-approvals, CoopCommittee /coop-committee, CoopAssets /coop-assets, "
                        + "CoopBrandGuidelines /coop-brand-guidelines, CoopAuditLog /coop-audit-log, CoopPricingPreview /coop-pricing-preview, "
                        + "CoopRewards /coop-rewards, CoopSettlement /coop-settlement, "
                        + "CoopCampaignDashboard /coop-campaign-dashboard, CoopDebriefs /coop-debriefs");
        assertThat(installer.install()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The two Broadleaf roles the module grants to (from load_admin_roles.sql) and a user for each. */
    private void loadRolesAndUsers() {
        host.inTransaction(status -> {
            AdminRole admin = newRole(CoopAdminMenu.ROLE_ADMIN, "Admin Master Access");
            AdminRole promotions = newRole(CoopAdminMenu.ROLE_PROMOTION_MANAGER, "Promotion Manager");
            newUser(ADMIN_LOGIN, admin);
            newUser(PROMOTION_MANAGER_LOGIN, promotions);
            return null;
        });
    }

    private AdminRole newRole(String name, String description) {
        AdminRole role = entities.createEntityInstance(AdminRole.class.getName(), AdminRole.class);
        role.setName(name);
        role.setDescription(description);
        return security.saveAdminRole(role);
    }

    private void newUser(String login, AdminRole role) {
        AdminUser user = entities.createEntityInstance(AdminUser.class.getName(), AdminUser.class);
        user.setLogin(login);
        user.setName(login);
        user.setEmail(login + "@coop-test.example");
        user.setPassword("not-used");
        user.setActiveStatusFlag(Boolean.TRUE);
        user.getAllRoles().add(role);
        security.saveAdminUser(user);
    }

    /** "MODULE_KEY: SECTION_KEY url, ..." per menu group the user sees, in menu order. */
    private List<String> menuOf(String login) {
        return host.inTransaction(status -> {
            AdminMenu menu = host.bean("blAdminNavigationService", AdminNavigationService.class)
                    .buildMenu(security.readAdminUserByUserName(login));
            List<String> lines = new ArrayList<String>();
            for (AdminModule module : menu.getAdminModules()) {
                List<String> sections = new ArrayList<String>();
                for (AdminSection section : module.getSections()) {
                    sections.add(section.getSectionKey() + " " + section.getUrl());
                }
                lines.add(module.getModuleKey() + ": " + String.join(", ", sections));
            }
            return lines;
        });
    }

    private boolean mayDo(String login, PermissionType type, String entityClass) {
        return host.inTransaction(status -> security.isUserQualifiedForOperationOnCeilingEntity(
                security.readAdminUserByUserName(login), type, entityClass));
    }

    private List<String> authoritiesOf(String login) {
        AdminUserDetailsServiceImpl details = new AdminUserDetailsServiceImpl();
        host.context().getAutowireCapableBeanFactory().autowireBean(details);
        return host.inTransaction(status -> {
            List<String> names = new ArrayList<String>();
            for (GrantedAuthority authority : details.loadUserByUsername(login).getAuthorities()) {
                names.add(authority.getAuthority());
            }
            return names;
        });
    }

    private long moduleCount() {
        return host.inTransaction(status -> em.createQuery("SELECT COUNT(m) FROM " + AdminModule.class.getName()
                + " m WHERE m.moduleKey = :key", Long.class).setParameter("key", CoopAdminMenu.MODULE_KEY).getSingleResult());
    }

    private AdminRole role(String name) {
        return em.createQuery("SELECT r FROM " + AdminRole.class.getName() + " r WHERE r.name = :name", AdminRole.class)
                .setParameter("name", name).getSingleResult();
    }

    private AdminSection section(String key) {
        return em.createQuery("SELECT s FROM " + AdminSection.class.getName() + " s WHERE s.sectionKey = :key",
                AdminSection.class).setParameter("key", key).getSingleResult();
    }
}
