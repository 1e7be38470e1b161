package com.coopromo.admin.form;

import com.coopromo.common.domain.FieldError;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.server.service.ValidationException;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Turns the domain's refusals into Broadleaf's admin validation errors. Each {@link FieldError} whose field is a
 * property of the form lands next to that field; the others (rule names, ids) land on the field named by
 * {@code fallbackField} as "rule: reason", or as form-level errors when there is none.
 * <p>
 * The result is thrown as a {@link ServiceException} caused by a {@link ValidationException}: Broadleaf 3.1's
 * persistence manager unwraps it from there (and only from there), rolls the admin's transaction back and shows the
 * form again with the errors.
 */
public final class AdminFormErrors {
    private AdminFormErrors() {
    }

    public static ServiceException refused(Entity entity, List<FieldError> errors, String fallbackField) {
        return refused(entity, errors, Collections.<String, String>emptyMap(), fallbackField);
    }

    /**
     * @param fieldFor domain field or rule name to form property, for errors named differently from the property
     */
    public static ServiceException refused(Entity entity, List<FieldError> errors, Map<String, String> fieldFor,
                                           String fallbackField) {
        for (FieldError error : errors) {
            String property = fieldFor.containsKey(error.field()) ? fieldFor.get(error.field()) : error.field();
            if (entity.findProperty(property) != null) {
                entity.addValidationError(property, error.field().equals(property) ? error.reason() : error.toString());
            } else if (fallbackField != null && entity.findProperty(fallbackField) != null) {
                entity.addValidationError(fallbackField, error.toString());
            } else {
                entity.addGlobalValidationError(error.toString());
            }
        }
        return new ServiceException("The entity has failed validation",
                new ValidationException(entity, "The entity has failed validation: " + errors));
    }
}
