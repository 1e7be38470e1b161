package com.coopromo.assets.domain;

import com.coopromo.common.domain.CoopValidationException;
import com.coopromo.common.domain.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.coopromo.assets.domain.AssetFixture.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyTemplateTest {
    private static final CopyTemplate TEMPLATE =
            CopyTemplate.of("{{sellerName}} takes {{discount}} off spring seeds. Ask {{ sellerName }} for advice.");

    private static FieldError[] refused(Map<String, String> values) {
        try {
            TEMPLATE.render(values);
        } catch (CoopValidationException e) {
            return e.errors().toArray(new FieldError[0]);
        }
        throw new AssertionError("rendered");
    }

    @Test
    void placeholdersAreListedOnceInOrderOfAppearance() {
        assertThat(TEMPLATE.placeholders()).containsExactly("sellerName", "discount");
    }

    @Test
    void givenEveryValue_whenRendered_thenEachPlaceholderIsFilledIn() {
        assertThat(TEMPLATE.render(values("sellerName", "Green Thumb", "discount", "20%")))
                .isEqualTo("Green Thumb takes 20% off spring seeds. Ask Green Thumb for advice.");
    }

    @Test
    void givenAMissingOrBlankValue_whenRendered_thenThePlaceholderIsNamed() {
        assertThat(refused(values("sellerName", " "))).containsExactly(
                new FieldError("placeholders", "no value for {{sellerName}}, {{discount}}"));
    }

    @Test
    void givenAnUnknownName_whenRendered_thenItIsNamedWithTheTemplatesOwn() {
        assertThat(refused(values("sellerName", "Green Thumb", "discount", "20%", "selerName", "x"))).containsExactly(
                new FieldError("placeholders", "the template has no {{selerName}} (it has {{sellerName}}, {{discount}})"));
    }

    @Test
    void givenBothProblems_whenRendered_thenBothAreReported() {
        assertThat(refused(values("colour", "green"))).hasSize(2);
    }

    @Test
    void aValueThatLooksLikeAPlaceholderIsInsertedAsItIs() {
        assertThat(CopyTemplate.of("Hello {{name}}").render(values("name", "{{discount}} $1"))).isEqualTo("Hello {{discount}} $1");
    }

    @Test
    void aTemplateWithoutPlaceholdersRendersAsItIs() {
        assertThat(CopyTemplate.of("Spring is here").render(values())).isEqualTo("Spring is here");
    }

    @Test
    void aMalformedPlaceholderIsRefusedWhenTheTemplateIsCreated() {
        assertThatThrownBy(() -> CopyTemplate.of("Save {{ 20off }} today"))
                .isInstanceOf(CoopValidationException.class)
                .hasMessage("template: has a malformed placeholder near \"{{ 20off }} today\" "
                        + "(write {{name}} with a letter first, then letters, digits or _)");
        assertThatThrownBy(() -> CopyTemplate.of("Hello {{name"))
                .isInstanceOf(CoopValidationException.class)
                .hasMessageStartingWith("template: has a malformed placeholder near \"{{name\"");
    }
}
