package com.coopromo.admin.validation;

import com.coopromo.admin.form.FormValues;
import com.coopromo.common.domain.FieldError;
import org.broadleafcommerce.openadmin.dto.BasicFieldMetadata;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidationResult;
import org.broadleafcommerce.openadmin.server.service.persistence.validation.PropertyValidator;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the module's domain rules (the ones its services apply) on an admin form, so the admin refuses what the
 * module would refuse. An entity field opts in with
 * {@code @ValidationConfiguration(validationImplementation = "<bean name>")}; Broadleaf calls the validator once per
 * such field, and each call reports the problems of its own field only.
 * <p>
 * Values are read from the submitted form (Broadleaf's {@link Entity}), as text. A value that does not parse is left
 * to Broadleaf's own type and required-field checks, which already report it.
 */
public abstract class DomainRulesValidator implements PropertyValidator {

    @Override
    public PropertyValidationResult validate(Entity entity, Serializable instance,
                                             Map<String, FieldMetadata> entityFieldMetadata,
                                             Map<String, String> validationConfiguration,
                                             BasicFieldMetadata propertyMetadata, String propertyName, String value) {
        List<String> reasons = new ArrayList<String>();
        for (FieldError error : problems(new Form(entity))) {
            if (error.field().equals(propertyName)) {
                reasons.add(error.reason());
            }
        }
        if (reasons.isEmpty()) {
            return new PropertyValidationResult(true);
        }
        PropertyValidationResult result = new PropertyValidationResult(false, reasons.get(0));
        for (String reason : reasons.subList(1, reasons.size())) {
            result.addErrorMessage(reason);
        }
        return result;
    }

    /** Every problem of the submitted entity, named by the entity's property names. */
    protected abstract List<FieldError> problems(Form form);

    /** The submitted values of one admin form; malformed values read as null (Broadleaf's type checks report them). */
    protected static final class Form extends FormValues {
        Form(Entity entity) {
            super(entity);
        }
    }
}
