package com.coopromo.admin.option;

import org.broadleafcommerce.common.BroadleafEnumerationType;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dropdown option of the admin's forms for one value of a domain enum. Broadleaf 3.1 builds a
 * {@code BROADLEAF_ENUMERATION} field's options from the static {@code TYPES} map of the class the annotation names;
 * each subclass mirrors one domain enum there, so the domain stays the one list of values.
 */
public abstract class DomainEnumOption implements BroadleafEnumerationType, Serializable {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final String friendlyType;

    protected DomainEnumOption(String type, String friendlyType) {
        this.type = type;
        this.friendlyType = friendlyType;
    }

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getFriendlyType() {
        return friendlyType;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((DomainEnumOption) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    /** One option per constant, keyed by its name, in declaration order. */
    protected interface Factory<E extends Enum<E>, O> {
        O option(E value);
    }

    protected static <E extends Enum<E>, O> Map<String, O> options(Class<E> type, Factory<E, O> factory) {
        Map<String, O> options = new LinkedHashMap<String, O>();
        for (E value : type.getEnumConstants()) {
            options.put(value.name(), factory.option(value));
        }
        return options;
    }
}
