package com.coopromo.admin.install;

import com.coopromo.admin.install.CoopAdminMenu.EntityPermission;
import com.coopromo.admin.install.CoopAdminMenu.FriendlyPermission;
import com.coopromo.admin.install.CoopAdminMenu.Grant;
import com.coopromo.admin.install.CoopAdminMenu.Section;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.persistence.EntityConfiguration;
import org.broadleafcommerce.openadmin.server.security.domain.AdminModule;
import org.broadleafcommerce.openadmin.server.security.domain.AdminModuleImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermission;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermissionQualifiedEntity;
import org.broadleafcommerce.openadmin.server.security.domain.AdminPermissionQualifiedEntityImpl;
import org.broadleafcommerce.openadmin.server.security.domain.AdminRole;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSectionImpl;
import org.broadleafcommerce.openadmin.server.security.service.type.PermissionType;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the module's menu group, sections and permissions ({@link CoopAdminMenu}) into Broadleaf's admin security
 * tables through Broadleaf's own entities, in {@code blTransactionManager} transactions on {@code blPU}.
 * <p>
 * Idempotent: rows are found by their natural keys (module key, section key, permission name + type, role name) and
 * only what is missing is created or linked. Rows that exist are left as they are, so an administrator's edits (a
 * renamed or moved section, a description) survive restarts. Roles are granted a friendly permission only in the run
 * that creates the permission or the role: a grant an administrator later revokes stays revoked. The module's own roles
 * ({@link CoopAdminMenu#ROLES}) are created when missing.
 * <p>
 * When it runs: at the refresh of the admin's root context, provided Broadleaf's admin data (role {@code ROLE_ADMIN})
 * is already there, which is the case whenever the host loads it through Hibernate's import files. A launcher that
 * loads Broadleaf's admin data itself, after the admin has started (the demo store does), calls {@link #install()}
 * once it has.
 */
public class CoopAdminMenuInstaller implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware {
    public static final String BEAN_NAME = "coopAdminMenuInstaller";

    private static final Log LOG = LogFactory.getLog(CoopAdminMenuInstaller.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final PlatformTransactionManager transactions;
    private final EntityConfiguration entities;
    private ApplicationContext context;

    public CoopAdminMenuInstaller(PlatformTransactionManager transactions, EntityConfiguration entities) {
        this.transactions = transactions;
        this.entities = entities;
    }

    @Override
    public void setApplicationContext(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        // child contexts (the admin's DispatcherServlet) publish their refresh to this context's listeners too
        if (event.getApplicationContext() != context) {
            return;
        }
        if (!roleExists(CoopAdminMenu.ROLE_ADMIN)) {
            LOG.debug("Broadleaf's admin data is not loaded yet; the module's admin menu waits for install()");
            return;
        }
        install();
    }

    /**
     * Creates whatever of {@link CoopAdminMenu} is missing and grants new permissions to the roles that exist.
     *
     * @return what was created or linked, in words; empty when everything was already in place
     * @throws IllegalStateException when Broadleaf's own admin data (role {@code ROLE_ADMIN}) is not loaded yet
     */
    public List<String> install() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<String> changes = new ArrayList<String>(transaction.execute(new TransactionCallback<List<String>>() {
            @Override
            public List<String> doInTransaction(TransactionStatus status) {
                return new Run().ensureAll();
            }
        }));
        // A transaction of its own: the bulk update evicts the admin's cache regions, which must not happen while the
        // rows written above still hold their cache locks (Hibernate would warn about every one of them).
        changes.addAll(transaction.execute(new TransactionCallback<List<String>>() {
            @Override
            public List<String> doInTransaction(TransactionStatus status) {
                return markFriendly();
            }
        }));
        if (!changes.isEmpty()) {
            LOG.info("Cooperative Promotions admin menu installed: " + summary(changes));
        }
        return changes;
    }

    /** E.g. "created menu group COOPPromotions, section CoopSellers, ...; 14 links; granted X to ROLE_ADMIN, ...". */
    static String summary(List<String> changes) {
        List<String> created = new ArrayList<String>();
        List<String> granted = new ArrayList<String>();
        int links = 0;
        for (String change : changes) {
            if (change.startsWith("created ")) {
                created.add(change.substring("created ".length()));
            } else if (change.startsWith("granted ")) {
                granted.add(change.substring("granted ".length()));
            } else {
                links++;
            }
        }
        StringBuilder summary = new StringBuilder();
        if (!created.isEmpty()) {
            summary.append("created ").append(String.join(", ", created));
        }
        if (links > 0) {
            summary.append(summary.length() == 0 ? "" : "; ").append(links).append(links == 1 ? " link" : " links");
        }
        if (!granted.isEmpty()) {
            summary.append(summary.length() == 0 ? "" : "; ").append("granted ").append(String.join(", ", granted));
        }
        return summary.toString();
    }

    private boolean roleExists(final String roleName) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return readOnly.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                return findRole(roleName) != null;
            }
        });
    }

    /**
     * AdminPermission has no setter for its "friendly" flag in 3.1 (Broadleaf sets it in SQL or in the admin's
     * permission screen); a JPQL update of the mapped attribute is the entity-level equivalent.
     */
    private List<String> markFriendly() {
        List<String> changes = new ArrayList<String>();
        List<Long> ids = new ArrayList<Long>();
        List<FriendlyPermission> specs = new ArrayList<FriendlyPermission>(CoopAdminMenu.ACTION_PERMISSIONS);
        for (Section section : CoopAdminMenu.SECTIONS) {
            specs.addAll(section.permissions);
        }
        for (FriendlyPermission spec : specs) {
            AdminPermission permission = findPermission(spec.name, spec.type);
            if (permission != null && !Boolean.TRUE.equals(permission.isFriendly())) {
                ids.add(permission.getId());
                changes.add("marked " + spec + " as friendly");
            }
        }
        if (!ids.isEmpty()) {
            String entityName = entities.lookupEntityClass(AdminPermission.class.getName()).getName();
            em.createQuery("UPDATE " + entityName + " p SET p.isFriendly = true WHERE p.id IN (:ids)")
                    .setParameter("ids", ids)
                    .executeUpdate();
        }
        return changes;
    }

    private AdminPermission findPermission(String name, PermissionType type) {
        return first(em.createQuery("SELECT p FROM " + AdminPermission.class.getName()
                + " p WHERE p.name = :name AND p.type = :type", AdminPermission.class)
                .setParameter("name", name).setParameter("type", type.getType()));
    }

    private AdminRole findRole(String roleName) {
        return first(em.createQuery("SELECT r FROM " + AdminRole.class.getName() + " r WHERE r.name = :name",
                AdminRole.class).setParameter("name", roleName));
    }

    private static <T> T first(TypedQuery<T> query) {
        List<T> rows = query.setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** One installation pass inside one transaction; collects what it changed. */
    private final class Run {
        private final List<String> changes = new ArrayList<String>();
        private final Map<String, AdminPermission> entityPermissions = new LinkedHashMap<String, AdminPermission>();
        private final Map<String, AdminPermission> friendlyPermissions = new LinkedHashMap<String, AdminPermission>();
        private final List<FriendlyPermission> createdFriendly = new ArrayList<FriendlyPermission>();
        private final List<String> createdRoles = new ArrayList<String>();

        List<String> ensureAll() {
            if (findRole(CoopAdminMenu.ROLE_ADMIN) == null) {
                throw new IllegalStateException("Broadleaf's admin data (role " + CoopAdminMenu.ROLE_ADMIN + ") is not "
                        + "loaded yet: load it (load_admin_roles.sql and friends) before installing the module's menu");
            }
            for (String[] role : CoopAdminMenu.ROLES) {
                ensureRole(role[0], role[1]);
            }
            AdminModule module = ensureModule();
            for (Section spec : CoopAdminMenu.SECTIONS) {
                AdminSection section = ensureSection(module, spec);
                for (FriendlyPermission friendlySpec : spec.permissions) {
                    AdminPermission friendly = ensureFriendlyPermission(friendlySpec);
                    if (!section.getPermissions().contains(friendly)) {
                        section.getPermissions().add(friendly);
                        changes.add("linked section " + spec.key + " to " + friendlySpec);
                    }
                }
            }
            for (FriendlyPermission action : CoopAdminMenu.ACTION_PERMISSIONS) {
                ensureFriendlyPermission(action); // offered in the role and user screens, on no section
            }
            for (Grant grant : CoopAdminMenu.GRANTS) {
                ensureGrant(grant);
            }
            return changes;
        }

        private void ensureRole(String name, String description) {
            if (findRole(name) == null) {
                AdminRole role = entities.createEntityInstance(AdminRole.class.getName(), AdminRole.class);
                role.setName(name);
                role.setDescription(description);
                em.persist(role);
                createdRoles.add(name);
                changes.add("created role " + name);
            }
        }

        private AdminModule ensureModule() {
            AdminModule module = first(em.createQuery("SELECT m FROM " + AdminModule.class.getName()
                    + " m WHERE m.moduleKey = :key", AdminModule.class).setParameter("key", CoopAdminMenu.MODULE_KEY));
            if (module == null) {
                // AdminModule, AdminSection and AdminPermissionQualifiedEntity have no blEntityConfiguration id in 3.1
                module = new AdminModuleImpl();
                module.setModuleKey(CoopAdminMenu.MODULE_KEY);
                module.setName(CoopAdminMenu.MODULE_NAME);
                module.setIcon(CoopAdminMenu.MODULE_ICON);
                module.setDisplayOrder(CoopAdminMenu.MODULE_DISPLAY_ORDER);
                em.persist(module);
                changes.add("created menu group " + CoopAdminMenu.MODULE_KEY);
            }
            return module;
        }

        private AdminSection ensureSection(AdminModule module, Section spec) {
            AdminSection section = first(em.createQuery("SELECT s FROM " + AdminSection.class.getName()
                    + " s WHERE s.sectionKey = :key", AdminSection.class).setParameter("key", spec.key));
            if (section == null) {
                section = new AdminSectionImpl();
                section.setSectionKey(spec.key);
                section.setName(spec.name);
                section.setUrl(spec.url);
                section.setCeilingEntity(spec.ceilingEntity);
                section.setDisplayOrder(spec.displayOrder);
                section.setModule(module);
                em.persist(section);
                // the inverse side too, so the module's cached section list is refreshed
                module.getSections().add(section);
                changes.add("created section " + spec.key);
            }
            return section;
        }

        private AdminPermission ensureFriendlyPermission(FriendlyPermission spec) {
            String key = spec.toString();
            AdminPermission friendly = friendlyPermissions.get(key);
            if (friendly != null) {
                return friendly;
            }
            friendly = findPermission(spec.name, spec.type);
            if (friendly == null) {
                friendly = newPermission(spec.name, spec.type, spec.description);
                createdFriendly.add(spec);
                changes.add("created permission " + key);
            }
            for (EntityPermission childSpec : spec.children) {
                AdminPermission child = ensureEntityPermission(childSpec);
                // BLC_ADMIN_PERMISSION_XREF is written from this side only (allParentPermissions maps it too)
                if (!friendly.getAllChildPermissions().contains(child)) {
                    friendly.getAllChildPermissions().add(child);
                    changes.add("linked " + key + " to " + childSpec.name);
                }
            }
            friendlyPermissions.put(key, friendly);
            return friendly;
        }

        private AdminPermission ensureEntityPermission(EntityPermission spec) {
            AdminPermission permission = entityPermissions.get(spec.name);
            if (permission != null) {
                return permission;
            }
            permission = findPermission(spec.name, spec.type);
            if (permission == null) {
                permission = newPermission(spec.name, spec.type, spec.description);
                changes.add("created permission " + spec.name);
            }
            boolean qualified = false;
            for (AdminPermissionQualifiedEntity entity : permission.getQualifiedEntities()) {
                qualified |= spec.ceilingEntity.equals(entity.getCeilingEntityFullyQualifiedName());
            }
            if (!qualified) {
                AdminPermissionQualifiedEntity entity = new AdminPermissionQualifiedEntityImpl();
                entity.setCeilingEntityFullyQualifiedName(spec.ceilingEntity);
                entity.setAdminPermission(permission);
                permission.getQualifiedEntities().add(entity);
                em.persist(entity);
                changes.add("qualified " + spec.name + " for " + spec.ceilingEntity);
            }
            entityPermissions.put(spec.name, permission);
            return permission;
        }

        private AdminPermission newPermission(String name, PermissionType type, String description) {
            AdminPermission permission = entities.createEntityInstance(AdminPermission.class.getName(),
                    AdminPermission.class);
            permission.setName(name);
            permission.setType(type);
            permission.setDescription(description);
            em.persist(permission);
            return permission;
        }

        private void ensureGrant(Grant grant) {
            if (!createdFriendly.contains(grant.permission) && !createdRoles.contains(grant.roleName)) {
                return;
            }
            AdminRole role = findRole(grant.roleName);
            if (role == null) {
                return;
            }
            AdminPermission permission = friendlyPermissions.get(grant.permission.toString());
            // BLC_ADMIN_ROLE_PERMISSION_XREF is written from the role's side only (the permission maps it too)
            if (!role.getAllPermissions().contains(permission)) {
                role.getAllPermissions().add(permission);
                changes.add("granted " + grant.permission + " to " + grant.roleName);
            }
        }
    }
}
