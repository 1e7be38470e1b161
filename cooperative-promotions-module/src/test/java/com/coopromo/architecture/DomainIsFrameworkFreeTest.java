package com.coopromo.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The business rules stay plain Java, so a port to another Broadleaf line only rewrites adapters. */
class DomainIsFrameworkFreeTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.coopromo");

    @Test
    void domainPackagesImportNoFrameworkOrPersistence() {
        noClasses().that().resideInAPackage("com.coopromo..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "org.broadleafcommerce..", "javax.persistence..", "org.hibernate..",
                        "co.elastic..", "liquibase..")
                .check(MODULE);
    }
}
