package com.coopromo.admin.persistence;

import com.coopromo.admin.form.AdminFormErrors;
import com.coopromo.admin.form.FormValues;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Admin add and update of one of the module's entities through its domain service instead of Broadleaf's field-by-field
 * merge: the service validates and saves, and its refusals ({@link CoopValidationException}) come back to the form as
 * errors on the fields they name. Fetch and remove stay Broadleaf's. The admin's save runs in one transaction that a
 * validation failure rolls back, so nothing is half-saved.
 */
public abstract class DomainPersistenceHandler extends CustomPersistenceHandlerAdapter {
    private final Class<?> entityType;

    protected DomainPersistenceHandler(Class<?> entityType) {
        this.entityType = entityType;
    }

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    @Override
    public Boolean canHandleUpdate(PersistencePackage persistencePackage) {
        return handles(persistencePackage);
    }

    protected boolean handles(PersistencePackage persistencePackage) {
        String name = persistencePackage.getCeilingEntityFullyQualifiedClassname();
        if (name == null) {
            return false;
        }
        try {
            return entityType.isAssignableFrom(Class.forName(name));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        FormValues form = new FormValues(persistencePackage.getEntity());
        return save(persistencePackage, helper, form, null);
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        FormValues form = new FormValues(persistencePackage.getEntity());
        Long id = form.longValue("id");
        if (id == null) {
            throw AdminFormErrors.refused(form.entity(), Collections.singletonList(
                    new FieldError("id", "the form names no record to update")), null);
        }
        return save(persistencePackage, helper, form, id);
    }

    private Entity save(PersistencePackage persistencePackage, RecordHelper helper, FormValues form, Long id)
            throws ServiceException {
        Serializable saved;
        try {
            saved = id == null ? add(form) : update(id, form);
        } catch (CoopValidationException e) {
            throw refused(form, e.errors());
        }
        Map<String, FieldMetadata> properties = helper.getSimpleMergedProperties(
                persistencePackage.getCeilingEntityFullyQualifiedClassname(),
                persistencePackage.getPersistencePerspective());
        return helper.getRecord(properties, saved, null, null);
    }

    /** Creates the entity from the form through the domain. */
    protected abstract Serializable add(FormValues form);

    /** Changes the entity through the domain. */
    protected abstract Serializable update(long id, FormValues form);

    /** The form's answer to a refusal: errors on the form's fields (override to map names or pick a fallback). */
    protected ServiceException refused(FormValues form, List<FieldError> errors) {
        return AdminFormErrors.refused(form.entity(), errors, null);
    }

    /** Stops with the values that did not parse and whatever else the domain finds wrong, all at once. */
    protected static void throwIfProblems(FormValues form, List<FieldError> domainProblems) {
        if (form.problems().isEmpty()) {
            return;
        }
        List<FieldError> all = new java.util.ArrayList<FieldError>(form.problems());
        java.util.Set<String> unparsed = new java.util.HashSet<String>();
        for (FieldError problem : form.problems()) {
            unparsed.add(problem.field());
        }
        for (FieldError problem : domainProblems) {
            // an unparsable value reads as null: the domain's "is required" on it would only repeat the problem
            if (!unparsed.contains(problem.field())) {
                all.add(problem);
            }
        }
        throw new CoopValidationException(all);
    }
}
