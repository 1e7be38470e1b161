package com.coopromo.admin.security;

import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.dto.Property;
import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.server.security.service.AbstractRowLevelSecurityProvider;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.GlobalValidationResult;

import javax.persistence.criteria.CriteriaBuilder;
import javax.persistence.criteria.CriteriaQuery;
import javax.persistence.criteria.Order;
import javax.persistence.criteria.Predicate;
import javax.persistence.criteria.Root;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Broadleaf 3.1's row-level security hook for the module's entities: every admin fetch (list grids, a record's form,
 * lookups, counts) of a seller-scoped user gets the restriction {@link SellerScopes} gives, and updating or removing
 * a row the user does not own is refused with a sentence saying why (the form is read-only and offers no delete).
 * Registered into {@code blRowLevelSecurityProviders} by the module's admin context.
 */
public class SellerRowLevelSecurityProvider extends AbstractRowLevelSecurityProvider {
    private final SellerScopes scopes;

    public SellerRowLevelSecurityProvider(SellerScopes scopes) {
        this.scopes = scopes;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void addFetchRestrictions(AdminUser currentUser, String ceilingEntity, List<Predicate> restrictions,
                                     List<Order> sorts, Root entityRoot, CriteriaQuery criteria,
                                     CriteriaBuilder criteriaBuilder) {
        Class<?> ceiling = classOf(ceilingEntity);
        if (!SellerScopes.isModuleEntity(ceiling)) {
            return;
        }
        Predicate restriction = scopes.restriction(scopes.of(currentUser), ceiling, entityRoot, criteria, criteriaBuilder);
        if (restriction != null) {
            restrictions.add(restriction);
        }
    }

    @Override
    public boolean canUpdate(AdminUser currentUser, Entity entity) {
        return refusal(currentUser, entity) == null;
    }

    @Override
    public boolean canRemove(AdminUser currentUser, Entity entity) {
        return refusal(currentUser, entity) == null;
    }

    @Override
    public GlobalValidationResult validateUpdateRequest(AdminUser currentUser, Entity entity,
                                                        PersistencePackage persistencePackage) {
        return result(refusal(currentUser, entity, persistencePackage));
    }

    @Override
    public GlobalValidationResult validateRemoveRequest(AdminUser currentUser, Entity entity,
                                                        PersistencePackage persistencePackage) {
        return result(refusal(currentUser, entity, persistencePackage));
    }

    private static GlobalValidationResult result(String refusal) {
        return refusal == null ? new GlobalValidationResult(true) : new GlobalValidationResult(false, refusal);
    }

    private String refusal(AdminUser user, Entity entity) {
        return refusal(user, entity, null);
    }

    private String refusal(AdminUser user, Entity entity, PersistencePackage pkg) {
        if (entity == null) {
            return null;
        }
        Class<?> type = null;
        if (entity.getType() != null && entity.getType().length > 0) {
            type = classOf(entity.getType()[0]);
        }
        if (type == null && pkg != null) {
            type = classOf(pkg.getCeilingEntityFullyQualifiedClassname());
        }
        if (!SellerScopes.isModuleEntity(type)) {
            return null;
        }
        SellerScope scope = scopes.of(user);
        if (!scope.isSellerScoped()) {
            return null;
        }
        Map<String, String> values = new HashMap<String, String>();
        if (entity.getProperties() != null) {
            for (Property property : entity.getProperties()) {
                if (property != null && property.getName() != null) {
                    values.put(property.getName(), property.getValue());
                }
            }
        }
        return scopes.writeRefusal(scope, type, values.get("id"), values);
    }

    private static Class<?> classOf(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
