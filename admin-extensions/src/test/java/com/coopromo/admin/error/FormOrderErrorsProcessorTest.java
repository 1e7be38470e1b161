package com.coopromo.admin.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The error summary sorts errors by the property their bound path names. */
class FormOrderErrorsProcessorTest {

    @Test
    void aBoundFieldPathNamesItsProperty() {
        assertThat(FormOrderErrorsProcessor.propertyOf("fields[timeZone].value")).isEqualTo("timeZone");
        assertThat(FormOrderErrorsProcessor.propertyOf("fields['maxDiscountPercent'].value")).isEqualTo("maxDiscountPercent");
        assertThat(FormOrderErrorsProcessor.propertyOf("name")).isEqualTo("name");
    }
}
