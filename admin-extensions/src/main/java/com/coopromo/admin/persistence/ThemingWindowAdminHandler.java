package com.coopromo.admin.persistence;

import com.coopromo.admin.form.FormValues;
import com.coopromo.calendar.domain.ThemingWindow;
import com.coopromo.calendar.persistence.ThemingWindowImpl;
import com.coopromo.calendar.service.CalendarService;
import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Theming Windows section: a window is checked by {@link ThemingWindow#of} (name, known time zone, end after
 * start, discount range, lead days) before anything is stored; adding goes through
 * {@link CalendarService#addWindow}, editing through Broadleaf's own merge once the edited values passed the same
 * checks (the calendar has no update of its own).
 */
public class ThemingWindowAdminHandler extends DomainPersistenceHandler {
    public static final String BEAN_NAME = "coopThemingWindowAdminHandler";

    private final CalendarService calendar;

    public ThemingWindowAdminHandler(CalendarService calendar) {
        super(ThemingWindowImpl.class);
        this.calendar = calendar;
    }

    @Override
    protected Serializable add(FormValues form) {
        return calendar.addWindow(window(form));
    }

    @Override
    protected Serializable update(long id, FormValues form) {
        throw new UnsupportedOperationException("theming windows are updated by update(PersistencePackage, ...)");
    }

    @Override
    public Entity update(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        FormValues form = new FormValues(entity);
        try {
            window(form);
        } catch (CoopValidationException e) {
            throw refused(form, e.errors());
        }
        try {
            Map<String, FieldMetadata> properties = helper.getSimpleMergedProperties(
                    persistencePackage.getCeilingEntityFullyQualifiedClassname(),
                    persistencePackage.getPersistencePerspective());
            Object primaryKey = helper.getPrimaryKey(entity, properties);
            Serializable instance = dynamicEntityDao.retrieve(Class.forName(entity.getType()[0]), primaryKey);
            instance = helper.createPopulatedInstance(instance, entity, properties, false);
            instance = dynamicEntityDao.merge(instance);
            return helper.getRecord(properties, instance, null, null);
        } catch (ServiceException e) {
            throw e;
        } catch (Exception e) {
            throw new ServiceException("Unable to update theming window " + form.text("id"), e);
        }
    }

    /** @throws CoopValidationException naming every bad field */
    private static ThemingWindow window(FormValues form) {
        List<FieldError> missing = new ArrayList<FieldError>();
        Integer assetLeadDays = form.intValue("assetLeadDays");
        Integer approvalLeadDays = form.intValue("approvalLeadDays");
        if (assetLeadDays == null && form.text("assetLeadDays") == null) {
            missing.add(new FieldError("assetLeadDays", "is required"));
        }
        if (approvalLeadDays == null && form.text("approvalLeadDays") == null) {
            missing.add(new FieldError("approvalLeadDays", "is required"));
        }
        java.time.LocalDateTime startsAt = form.dateTime("startsAt");
        java.time.LocalDateTime endsAt = form.dateTime("endsAt");
        java.math.BigDecimal min = form.decimal("minDiscountPercent");
        java.math.BigDecimal max = form.decimal("maxDiscountPercent");
        List<FieldError> domain = new ArrayList<FieldError>(missing);
        ThemingWindow window = null;
        try {
            window = ThemingWindow.of(form.text("name"), form.text("timeZone"), startsAt, endsAt, min, max,
                    assetLeadDays == null ? 0 : assetLeadDays, approvalLeadDays == null ? 0 : approvalLeadDays);
        } catch (CoopValidationException e) {
            domain.addAll(e.errors());
        }
        throwIfProblems(form, domain);
        if (!domain.isEmpty()) {
            throw new CoopValidationException(domain);
        }
        return window;
    }
}
