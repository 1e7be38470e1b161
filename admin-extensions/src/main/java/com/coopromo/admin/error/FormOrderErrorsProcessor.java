package com.coopromo.admin.error;

import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.form.entity.Tab;
import org.broadleafcommerce.openadmin.web.processor.ErrorsProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.servlet.support.BindStatus;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;
import org.thymeleaf.processor.ProcessorResult;
import org.thymeleaf.spring3.util.FieldUtils;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Broadleaf's {@code blc_admin:errors} (the error summary above an entity form), replacing its bean
 * {@code blErrorsProcessor} in the admin's servlet context, with two differences:
 * <ul>
 *   <li>the summary lists tabs and fields in the form's order (Broadleaf's keeps them in hash maps, so the order
 *       changed from one failed save to the next);</li>
 *   <li>a field's messages are joined into one entry ("first; second"). Broadleaf's template prints a field with
 *       several messages through an inline expression that Thymeleaf 2.1 cannot evaluate, so the page showed the raw
 *       text {@code [[#{__${message}__}]]} instead of the messages.</li>
 * </ul>
 * Errors on fields of dynamic forms are listed after the main form's, as Broadleaf names them.
 */
public class FormOrderErrorsProcessor extends ErrorsProcessor {

    @Override
    protected ProcessorResult processAttribute(Arguments arguments, Element element, String attributeName) {
        String attributeValue = element.getAttributeValue(attributeName);
        BindStatus bindStatus = FieldUtils.getBindStatus(arguments.getConfiguration(), arguments, attributeValue);
        if (!bindStatus.isError()) {
            return ProcessorResult.OK;
        }
        Object target = ((BindingResult) bindStatus.getErrors()).getTarget();
        if (!(target instanceof EntityForm)) {
            return super.processAttribute(arguments, element, attributeName);
        }
        final EntityForm form = (EntityForm) target;
        final Map<String, Integer> position = new HashMap<String, Integer>();
        final Map<String, Integer> tabPosition = new HashMap<String, Integer>();
        for (Tab tab : form.getTabs()) {
            tabPosition.put(tab.getTitle(), tabPosition.size());
            for (Field field : tab.getFields()) {
                position.put(field.getName(), position.size());
            }
        }
        List<FieldError> errors = new ArrayList<FieldError>(bindStatus.getErrors().getFieldErrors());
        Collections.sort(errors, new Comparator<FieldError>() {
            @Override
            public int compare(FieldError a, FieldError b) {
                return Integer.compare(rank(a), rank(b));
            }

            private int rank(FieldError e) {
                Integer p = position.get(propertyOf(e.getField()));
                return p == null ? Integer.MAX_VALUE : p;
            }
        });

        Map<String, Map<String, List<String>>> result = new LinkedHashMap<String, Map<String, List<String>>>();
        for (Tab tab : form.getTabs()) {
            result.put(tab.getTitle(), new LinkedHashMap<String, List<String>>());
        }
        for (FieldError err : errors) {
            Tab tab = form.findTabForField(err.getField());
            String tabName = tab != null ? tab.getTitle() : EntityForm.DEFAULT_TAB_NAME;
            Map<String, List<String>> tabErrors = result.get(tabName);
            if (tabErrors == null) {
                tabErrors = new LinkedHashMap<String, List<String>>();
                result.put(tabName, tabErrors);
            }
            Field formField = form.findField(err.getField());
            add(formField != null ? formField.getFriendlyName() : err.getField(), err.getCode(), tabErrors);
        }
        for (ObjectError err : bindStatus.getErrors().getGlobalErrors()) {
            Map<String, List<String>> tabErrors = result.get(GENERAL_ERRORS_TAB_KEY);
            if (tabErrors == null) {
                tabErrors = new LinkedHashMap<String, List<String>>();
                result.put(GENERAL_ERRORS_TAB_KEY, tabErrors);
            }
            add(GENERAL_ERROR_FIELD_KEY, err.getCode(), tabErrors);
        }
        Map<String, Map<String, List<String>>> nonEmpty = new LinkedHashMap<String, Map<String, List<String>>>();
        for (Map.Entry<String, Map<String, List<String>>> e : result.entrySet()) {
            if (!e.getValue().isEmpty()) {
                nonEmpty.put(e.getKey(), e.getValue());
            }
        }
        Map<String, Object> localVariables = new HashMap<String, Object>();
        localVariables.put("tabErrors", nonEmpty);
        return ProcessorResult.setLocalVariables(localVariables);
    }

    /** The property an error's path names: {@code fields[name].value} (as Broadleaf's validator binds it) → name. */
    static String propertyOf(String path) {
        java.util.regex.Matcher m = BOUND_FIELD.matcher(path);
        return m.matches() ? m.group(1) : path;
    }

    private static final java.util.regex.Pattern BOUND_FIELD =
            java.util.regex.Pattern.compile("fields\\[['\"]?([^'\"\\]]+)['\"]?\\]\\.value");

    /** One entry per field: a second message is joined to the first. */
    private static void add(String fieldName, String message, Map<String, List<String>> tabErrors) {
        List<String> messages = tabErrors.get(fieldName);
        if (messages == null) {
            messages = new ArrayList<String>();
            messages.add(message);
            tabErrors.put(fieldName, messages);
        } else if (!messages.get(0).equals(message)) {
            messages.set(0, messages.get(0) + "; " + message);
        }
    }
}
