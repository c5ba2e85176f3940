package fr.capmob.portal.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding module bootstrapped with its direct dependencies only (and account and web, which the test data
 * component of the root package needs, and shared, whose audit revision entity the audited entities of consortium
 * and account need): the seeded rate tables read through its public service, against the test database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = {"account", "web", "shared", "mail"})
@Transactional
class FundingModuleTest {

    private final RateTableService rateTables;

    FundingModuleTest(RateTableService rateTables) {
        this.rateTables = rateTables;
    }

    @Test
    void theSeededRateTablesReadBackWithTheirRates() {
        List<RateTableSummary> tables = rateTables.list(null);
        assertThat(tables).isNotEmpty();
        RateTableSummary first = tables.get(0);
        assertThat(rateTables.summary(first.id())).isEqualTo(first);
        assertThat(rateTables.details(first.id()).rows()).isNotEmpty();
        assertThat(rateTables.sheet(first.id()).generation()).isEqualTo(first.generation());
    }
}
