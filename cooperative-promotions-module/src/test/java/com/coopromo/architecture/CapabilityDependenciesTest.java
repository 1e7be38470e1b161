package com.coopromo.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * How the module's capabilities may depend on each other: no cycles between them; write-side capabilities never reach
 * into a read model (they publish change events instead); within each, {@code domain} ← {@code persistence} ←
 * {@code service} ← host adapters; {@code common} depends on no capability.
 */
class CapabilityDependenciesTest {
    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.coopromo");

    /** Capabilities that write: campaigns, sellers, participation, governance, assets, calendar, audit. */
    private static final String[] WRITE_SIDE = {"com.coopromo.campaign..", "com.coopromo.seller..",
            "com.coopromo.participation..", "com.coopromo.governance..", "com.coopromo.assets..",
            "com.coopromo.calendar..", "com.coopromo.audit.."};

    /** Read models, kept up to date by change events. */
    private static final String[] READ_MODELS = {"com.coopromo.pricing..", "com.coopromo.search..",
            "com.coopromo.metrics.."};

    @Test
    void capabilitiesAreFreeOfCycles() {
        slices().matching("com.coopromo.(*)..").should().beFreeOfCycles().check(MODULE);
    }

    @Test
    void writeSideCapabilitiesNeverImportAReadModel() {
        noClasses().that().resideInAnyPackage(WRITE_SIDE)
                .should().dependOnClassesThat().resideInAnyPackage(READ_MODELS)
                .check(MODULE);
    }

    @Test
    void commonDependsOnNoCapability() {
        noClasses().that().resideInAPackage("com.coopromo.common..")
                .should().dependOnClassesThat().resideInAnyPackage(WRITE_SIDE)
                .orShould().dependOnClassesThat().resideInAnyPackage(READ_MODELS)
                .check(MODULE);
    }

    @Test
    void domainDependsOnNoPersistenceServiceOrAdapter() {
        noClasses().that().resideInAPackage("com.coopromo..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("com.coopromo..persistence..",
                        "com.coopromo..service..", "com.coopromo..host..", "com.coopromo..web..")
                .check(MODULE);
    }

    @Test
    void persistenceDependsOnNoServiceOrAdapter() {
        noClasses().that().resideInAPackage("com.coopromo..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("com.coopromo..service..",
                        "com.coopromo..host..", "com.coopromo..web..")
                .check(MODULE);
    }

    @Test
    void servicesDependOnNoHostAdapter() {
        noClasses().that().resideInAPackage("com.coopromo..service..")
                .should().dependOnClassesThat().resideInAnyPackage("com.coopromo..host..", "com.coopromo..web..")
                .check(MODULE);
    }
}
