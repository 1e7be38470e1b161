package com.coopromo.admin.error;

import com.coopromo.admin.install.CoopAdminMenu;
import com.coopromo.admin.security.AdminPolicy;
import com.coopromo.common.web.RequestRefusedException;
import org.broadleafcommerce.common.presentation.AdminPresentation;
import org.broadleafcommerce.common.presentation.AdminPresentationAdornedTargetCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationCollection;
import org.broadleafcommerce.common.presentation.AdminPresentationMap;
import org.broadleafcommerce.common.presentation.AdminPresentationToOneLookup;
import org.broadleafcommerce.openadmin.server.security.domain.AdminSection;
import org.broadleafcommerce.openadmin.server.security.service.navigation.AdminNavigationService;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicOperationsController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * Checks what an admin URL of Broadleaf's entity screens and lookup pop-ups names before Broadleaf looks it up, for the
 * module's entities (its sections and its entities' class-name URLs): Broadleaf assumes the names are right and fails
 * deep inside its persistence when they are not. Answers:
 * <ul>
 *   <li>404 for a section or class name that is no entity, a module entity without entity screens (its records have
 *       pages of their own), a record id with no row, a lookup or collection field the entity does not have;</li>
 *   <li>400 for a save or delete whose form names another entity, or another record than the URL.</li>
 * </ul>
 * Broadleaf's own entities are left as Broadleaf handles them, except a section or class name that names nothing.
 */
public class AdminEntityRequestInterceptor extends HandlerInterceptorAdapter {
    static final String NO_PAGE = "There is no such page in the admin.";
    static final String MODULE_PACKAGE = "com.coopromo.";

    @Resource(name = "blAdminNavigationService")
    protected AdminNavigationService navigation;

    @Resource(name = "coopAdminRecords")
    protected AdminRecords records;

    @Resource(name = AdminPolicy.BEAN_NAME)
    protected AdminPolicy policy;

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object controller = handler instanceof HandlerMethod ? ((HandlerMethod) handler).getBean() : null;
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object bestPattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (variables == null || !(bestPattern instanceof String)) {
            return true;
        }
        if (controller instanceof AdminBasicOperationsController) {
            checkLookupList(request, (String) bestPattern, variables);
            return true;
        }
        if (!(controller instanceof AdminBasicEntityController)) {
            return true;
        }
        String pattern = (String) bestPattern;
        String sectionKey = variables.containsKey("sectionKey") ? variables.get("sectionKey") : firstSegment(pattern);
        // the pattern below the section: "", "/add", "/{id}", "/{id}/delete", "/{collectionField:.*}/details", ...
        String below = pattern.substring(pattern.indexOf('/', 1) < 0 ? pattern.length() : pattern.indexOf('/', 1));
        AdminSection section = navigation.findAdminSectionByURI("/" + sectionKey);
        String className = section != null ? section.getCeilingEntity() : sectionKey;
        Class<?> ceiling = load(className);
        if (ceiling == null) {
            throw RequestRefusedException.notFound(NO_PAGE);
        }
        if (!ceiling.getName().startsWith(MODULE_PACKAGE)) {
            return true;
        }
        checkPermission(request, (HandlerMethod) handler, sectionKey, below);
        Class<?> entity = records.entityClass(ceiling);
        if (entity == null || !hasField(entity, AdminPresentation.class)) {
            throw RequestRefusedException.notFound(NO_PAGE);
        }
        String id = variables.get("id");
        if (id != null && below.startsWith("/{id}") && !records.exists(ceiling, id)) {
            throw RequestRefusedException.notFound("There is no record " + shown(id) + " here; it may have been removed.");
        }
        String field = variables.get("collectionField");
        if (field != null) {
            String property = field.split("[.|]")[0];
            boolean lookup = below.startsWith("/{collectionField");
            Field f = field(entity, property);
            if (f == null || !(lookup ? f.isAnnotationPresent(AdminPresentationToOneLookup.class) : isCollection(f))) {
                throw RequestRefusedException.notFound(NO_PAGE);
            }
        }
        if ("POST".equals(request.getMethod()) && (below.equals("/add") || below.equals("/{id}") || below.equals("/{id}/delete"))) {
            checkEntityForm(request, ceiling, id);
            checkLookups(request, entity);
        }
        return true;
    }

    /**
     * A module section's Broadleaf screens take the section's permissions: viewing to list and open its records,
     * maintaining to open the add form and for every POST of Broadleaf's own (add, save, delete, collection changes).
     * The module's own POSTs on these sections (lifecycle, clone, answers) check their actions in their controllers.
     */
    private void checkPermission(HttpServletRequest request, HandlerMethod handler, String sectionKey, String below) {
        CoopAdminMenu.Section section = AdminPolicy.sectionAt("/" + sectionKey);
        if (section == null) {
            return; // a class-name URL (lookups): Broadleaf checks the entity permission itself
        }
        String refusal = policy.viewRefusal(section);
        boolean broadleafs = isBroadleafs(handler);
        if (refusal == null && broadleafs && ("POST".equals(request.getMethod()) || below.equals("/add"))) {
            refusal = policy.maintainRefusal(section);
        }
        if (refusal != null) {
            throw new RequestRefusedException(HttpServletResponse.SC_FORBIDDEN, refusal);
        }
    }

    /** Whether the handler is one of Broadleaf's entity screen methods (or a module override of one). */
    private static boolean isBroadleafs(HandlerMethod handler) {
        try {
            AdminBasicEntityController.class.getMethod(handler.getMethod().getName(),
                    handler.getMethod().getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * The list a lookup pop-up shows ({@code /{owningClass}/{collectionField}/select} or {@code /typeahead}): for the
     * module's entities, the field must be one of the entity's lookups.
     */
    private void checkLookupList(HttpServletRequest request, String pattern, Map<String, String> variables) {
        if (pattern.endsWith("/typeahead") && request.getParameter("query") == null) {
            throw RequestRefusedException.badParameter("query", "is required");
        }
        Class<?> owner = load(variables.get("owningClass"));
        if (owner == null) {
            throw RequestRefusedException.notFound(NO_PAGE);
        }
        if (!owner.getName().startsWith(MODULE_PACKAGE)) {
            return;
        }
        Class<?> entity = records.entityClass(owner);
        String name = variables.get("collectionField");
        Field f = entity == null || name == null ? null : field(entity, name.split("[.|]")[0]);
        if (f == null || !f.isAnnotationPresent(AdminPresentationToOneLookup.class)) {
            throw RequestRefusedException.notFound(NO_PAGE);
        }
    }

    /** A save or delete carries the entity form it was opened with: its entity and record must be the URL's. */
    private static void checkEntityForm(HttpServletRequest request, Class<?> ceiling, String id) {
        Class<?> formCeiling = load(request.getParameter("ceilingEntityClassname"));
        if (formCeiling == null || !(formCeiling.isAssignableFrom(ceiling) || ceiling.isAssignableFrom(formCeiling))) {
            throw RequestRefusedException.badParameter("ceilingEntityClassname", "this form is not for this page; please "
                    + "open the record again and save from there");
        }
        Class<?> formType = load(request.getParameter("entityType"));
        if (formType == null || !ceiling.isAssignableFrom(formType)) {
            throw RequestRefusedException.badParameter("entityType", "this form is not for this page; please open "
                    + "the record again and save from there");
        }
        if (id != null && !id.equals(request.getParameter("id"))) {
            throw RequestRefusedException.badParameter("id", "this form is for another record than the page's; please "
                    + "open the record again and save from there");
        }
    }

    /**
     * A lookup field (a record chosen in a pop-up, e.g. a listing's seller) must name a row that exists: Broadleaf
     * would otherwise point the record at a row that is not there and fail when it saves.
     */
    private void checkLookups(HttpServletRequest request, Class<?> entity) {
        for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!f.isAnnotationPresent(AdminPresentationToOneLookup.class)) {
                    continue;
                }
                String value = request.getParameter("fields['" + f.getName() + "'].value");
                if (value != null && !value.trim().isEmpty() && !records.exists(f.getType(), value.trim())) {
                    throw RequestRefusedException.badParameter(f.getName(), "there is no record " + shown(value.trim())
                            + " to choose; pick one from the list");
                }
            }
        }
    }

    private static boolean isCollection(Field f) {
        return f.isAnnotationPresent(AdminPresentationCollection.class)
                || f.isAnnotationPresent(AdminPresentationAdornedTargetCollection.class)
                || f.isAnnotationPresent(AdminPresentationMap.class);
    }

    private static boolean hasField(Class<?> type, Class<? extends Annotation> annotation) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(annotation)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Class<?> load(String className) {
        if (className == null || className.trim().isEmpty() || className.length() > 300
                || !className.trim().equals(className)) {
            return null;
        }
        try {
            return Class.forName(className.trim(), false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    private static String firstSegment(String pattern) {
        String rest = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "\u2026" : value;
    }
}
