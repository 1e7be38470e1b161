package com.coopromo.admin.persistence;

import com.coopromo.admin.form.AdminFormErrors;
import com.coopromo.admin.form.FormValues;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import com.coopromo.participation.domain.DiscountRangePolicy;
import com.coopromo.participation.domain.MarginFloorPolicy;
import com.coopromo.participation.persistence.EnrollmentImpl;
import com.coopromo.participation.service.ParticipationService;
import org.broadleafcommerce.common.exception.ServiceException;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Enrollments section: adding one enrolls the listing through {@link ParticipationService#enroll}, which checks
 * every eligibility rule. Each failed rule is shown as "rule: reason": the discount's rules (range, margin floor) on
 * the discount field, the others on the listing field. An enrollment is not edited (its checks were made for its
 * discount at its time): remove it and enroll again.
 */
public class EnrollmentAdminHandler extends DomainPersistenceHandler {
    public static final String BEAN_NAME = "coopEnrollmentAdminHandler";

    private static final Map<String, String> FIELDS = new HashMap<String, String>();

    static {
        FIELDS.put("participationId", "participation");
        FIELDS.put("listingId", "listing");
        FIELDS.put(MarginFloorPolicy.RULE, "discountPercent");
        FIELDS.put(DiscountRangePolicy.RULE, "discountPercent");
    }

    private final ParticipationService participations;

    public EnrollmentAdminHandler(ParticipationService participations) {
        super(EnrollmentImpl.class);
        this.participations = participations;
    }

    @Override
    protected Serializable add(FormValues form) {
        Long participationId = form.longValue("participation");
        Long listingId = form.longValue("listing");
        BigDecimal discount = form.decimal("discountPercent");
        List<FieldError> missing = new ArrayList<FieldError>();
        if (participationId == null && form.text("participation") == null) {
            missing.add(new FieldError("participation", "is required"));
        }
        if (listingId == null && form.text("listing") == null) {
            missing.add(new FieldError("listing", "is required"));
        }
        if (discount == null && form.text("discountPercent") == null) {
            missing.add(new FieldError("discountPercent", "is required"));
        }
        throwIfProblems(form, missing);
        if (!missing.isEmpty()) {
            throw new CoopValidationException(missing);
        }
        return participations.enroll(participationId, listingId, discount);
    }

    @Override
    protected Serializable update(long id, FormValues form) {
        throw new CoopValidationException("discountPercent", "an enrollment is not changed after its checks; remove it "
                + "and enroll the listing again");
    }

    @Override
    protected ServiceException refused(FormValues form, List<FieldError> errors) {
        return AdminFormErrors.refused(form.entity(), errors, FIELDS, "listing");
    }
}
