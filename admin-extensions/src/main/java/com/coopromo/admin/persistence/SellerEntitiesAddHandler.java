package com.coopromo.admin.persistence;

import com.coopromo.seller.persistence.Seller;
import com.coopromo.seller.persistence.SellerListing;
import org.broadleafcommerce.common.exception.ServiceException;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.dto.FieldMetadata;
import org.broadleafcommerce.openadmin.dto.PersistencePackage;
import org.broadleafcommerce.openadmin.server.dao.DynamicEntityDao;
import org.broadleafcommerce.openadmin.server.service.handler.CustomPersistenceHandlerAdapter;
import org.broadleafcommerce.openadmin.server.service.persistence.module.RecordHelper;

import java.io.Serializable;
import java.time.Clock;
import java.util.Date;
import java.util.Map;

/**
 * Adds sellers and seller listings from the admin. Broadleaf's default add would leave their creation time empty (the
 * field is read-only in the forms, and the column is NOT NULL); this handler populates and validates the new entity
 * the default way, stamps it with the module's clock, and saves it. Fetch, update and remove stay Broadleaf's.
 */
public class SellerEntitiesAddHandler extends CustomPersistenceHandlerAdapter {
    public static final String BEAN_NAME = "coopSellerEntitiesAddHandler";

    private final Clock clock;

    public SellerEntitiesAddHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Boolean canHandleAdd(PersistencePackage persistencePackage) {
        Class<?> ceiling = ceiling(persistencePackage);
        return ceiling != null && (Seller.class.isAssignableFrom(ceiling) || SellerListing.class.isAssignableFrom(ceiling));
    }

    @Override
    public Entity add(PersistencePackage persistencePackage, DynamicEntityDao dynamicEntityDao, RecordHelper helper)
            throws ServiceException {
        Entity entity = persistencePackage.getEntity();
        try {
            Map<String, FieldMetadata> properties = helper.getSimpleMergedProperties(
                    persistencePackage.getCeilingEntityFullyQualifiedClassname(),
                    persistencePackage.getPersistencePerspective());
            Serializable instance = (Serializable) Class.forName(entity.getType()[0]).newInstance();
            // runs the annotations' validations; a failure comes back to the form as field errors
            instance = helper.createPopulatedInstance(instance, entity, properties, false);
            Date now = Date.from(clock.instant());
            if (instance instanceof Seller) {
                ((Seller) instance).setCreatedAt(now);
            } else {
                ((SellerListing) instance).setCreatedAt(now);
            }
            instance = dynamicEntityDao.merge(instance);
            return helper.getRecord(properties, instance, null, null);
        } catch (Exception e) {
            // Broadleaf unwraps a ValidationException from a ServiceException's cause (and only from there)
            throw new ServiceException("Unable to add " + entity.getType()[0], e);
        }
    }

    private static Class<?> ceiling(PersistencePackage persistencePackage) {
        String name = persistencePackage.getCeilingEntityFullyQualifiedClassname();
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
