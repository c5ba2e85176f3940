package fr.capmob.portal.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.PortalTest;
import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.shared.ConcurrentEditException;
import fr.capmob.portal.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A mobility's reporting details. Worked example (call 2018, Paris → Berlin, 4–21 March with a travel day at each
 * end and 2 interruption days): travel 275 €, individual support for 16 funded days 14 × 68 + 2 × 48 = 1 048 €,
 * organisational support 350 €, total 1 673 €; "individual support not required" sets that item to 0 and the total
 * to 625 €.
 */
@PortalTest
class ReportingDetailsTest {

    static final LocalDate START = LocalDate.of(2019, 3, 4);

    @Autowired MobilityService service;
    @Autowired ReportingDetailsService details;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long mobility;
    CurrentUser coordinator;
    CurrentUser referent;
    CurrentUser otherReferent;

    @BeforeEach
    void setUp() {
        String run = TestData.unique();
        long school = data.school("Reporting school " + run);
        long other = data.school("Other school " + run);
        long project = data.project("Reporting project " + run, school, other);
        long host = data.host("Reporting host " + run, school);
        long student = data.student(school, "Declare " + run, "Inès", LocalDate.of(2000, 1, 1));
        coordinator = data.principal(data.user("Coord", Role.COORDINATOR, null));
        referent = data.principal(data.user("Ref", Role.SCHOOL_REFERENT, school));
        otherReferent = data.principal(data.user("Other", Role.SCHOOL_REFERENT, other));
        mobility = service.create(new MobilityCommand(project, ActivityType.LM_SHORT_VET, MobilityParticipant.student(student),
                new Placement(host, null, Transport.PLANE), new StayPeriod(START.plusDays(1), START.plusDays(16), 1, 1, 2),
                LearningAgreement.EMPTY, null, GrantInputs.NONE), referent);
    }

    private static ReportingDetails.Command command(boolean individualNotRequired, LocalDate from, LocalDate to) {
        return new ReportingDetails.Command(false, from, to, false, individualNotRequired, false, false, false);
    }

    @Test
    void anItemNotRequiredIsZeroInTheGrantAndTheTotal() {
        // with 2 interruption days: 16 funded days (14 × 68 + 2 × 48 = 1 048)
        Map<String, Object> before = jdbc.queryForMap("select individual_support, total from mobility_grant where mobility_id = ?", mobility);
        assertThat((BigDecimal) before.get("total")).isEqualByComparingTo("1673.00");
        details.save(mobility, 0, command(true, START.plusDays(5), START.plusDays(6)), referent);
        Map<String, Object> after = jdbc.queryForMap("select individual_support, total, lines::text as lines from mobility_grant where mobility_id = ?", mobility);
        assertThat((BigDecimal) after.get("individual_support")).isZero();
        assertThat((BigDecimal) after.get("total")).isEqualByComparingTo("625.00");
        assertThat((String) after.get("lines")).contains("grants.rule.notRequired");
        assertThat(jdbc.queryForObject("select count(*) from mobility_reporting_aud where mobility_id = ?", Integer.class, mobility)).isEqualTo(1);
        ReportingDetails saved = details.get(mobility, coordinator);
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.interruptionStart()).isEqualTo(START.plusDays(5));

        details.save(mobility, 1, command(false, START.plusDays(5), START.plusDays(6)), coordinator);
        assertThat(jdbc.queryForObject("select total from mobility_grant where mobility_id = ?", BigDecimal.class, mobility))
                .isEqualByComparingTo("1673.00");
        assertThatThrownBy(() -> details.save(mobility, 1, command(true, null, null), coordinator))
                .isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void theInterruptionPeriodLiesWithinTheStayAndGivesTheMobilitysInterruptionDays() {
        assertThatThrownBy(() -> details.save(mobility, 0, command(false, START.plusDays(5), START.plusDays(7)), referent))
                .isInstanceOf(MobilityRuleException.class).extracting("messageKey").isEqualTo("reporting.details.interruption.days");
        assertThatThrownBy(() -> details.save(mobility, 0, command(false, START.minusDays(1), START), referent))
                .isInstanceOf(MobilityRuleException.class).extracting("messageKey").isEqualTo("reporting.details.interruption.outside");
        assertThatThrownBy(() -> details.save(mobility, 0, command(false, START.plusDays(5), null), referent))
                .isInstanceOf(MobilityRuleException.class).extracting("messageKey").isEqualTo("reporting.details.interruption.incomplete");
        details.save(mobility, 0, command(false, START.plusDays(5), START.plusDays(6)), referent);
        assertThat(jdbc.queryForObject("select interruption_end from mobility_reporting_view where mobility_id = ?",
                LocalDate.class, mobility)).isEqualTo(START.plusDays(6));
    }

    @Test
    void anotherSchoolsReferentNeitherReadsNorSavesThem() {
        assertThatThrownBy(() -> details.get(mobility, otherReferent)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> details.save(mobility, 0, command(true, null, null), otherReferent))
                .isInstanceOf(NotFoundException.class);
    }
}
