package fr.capmob.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Other modules read mobilities only through the mobility module's published read side (the views
 * {@code mobility_view} and {@code trip_view}, and {@code MobilityStage}): no SQL outside {@code mobility} names the
 * mobility module's tables or a mobility status literal.
 */
class ReadSideRulesTest {

    static final Pattern MOBILITY_TABLE = Pattern.compile("(?i)\\b(from|join|into|update|table)\\s+"
            + "(mobility|mobility_grant|mobility_grant_change|mobility_transition|mobility_counter"
            + "|mobility_project_setting|trip|trip_school|trip_host)\\b");
    /**
     * The one exception: the demo seeds CAPMOB 2.0's trips and mobilities with their history dated 2018–2021, which
     * the mobility services cannot write (they date every transition now and recompute each grant: ~5,000 calls).
     * Its inserts are there and only there; the demo reads mobilities through the views like everyone else.
     */
    static final String DEMO_SEEDING = "fr/capmob/portal/demo/DemoMobilityRows.java";
    static final Pattern STATUS_LITERAL = Pattern.compile(
            "'(DRAFT|SUBMITTED|APPROVED|CONFIRMED|IN_PROGRESS|COMPLETED|REPORTED|CANCELLED)'");

    @Test
    void noSqlOutsideTheMobilityModuleNamesItsTablesOrStatuses() {
        List<String> offences = MainSources.all().stream()
                .filter(source -> !source.module().equals("mobility"))
                .filter(source -> !source.path().toString().equals(DEMO_SEEDING))
                .flatMap(source -> literals(source).filter(ReadSideRulesTest::offends)
                        .map(sql -> source.path() + ": " + excerpt(sql)))
                .toList();
        assertThat(offences).isEmpty();
    }

    @Test
    void theRuleRecognisesTablesAndStatusesButNotTheViews() {
        assertThat(offends("select 1 from mobility m where m.id = 1")).isTrue();
        assertThat(offends("select g.total from x join mobility_grant g on true")).isTrue();
        assertThat(offends("left join trip t on t.id = e.trip_id")).isTrue();
        assertThat(offends("where v.status = 'CANCELLED'")).isTrue();
        assertThat(offends("insert into mobility (id, reference) values (?, ?)")).isTrue();
        assertThat(offends("update trip set name = ?")).isTrue();
        assertThat(offends("select 1 from mobility_view m join trip_view t on t.id = m.trip_id")).isFalse();
        assertThat(offends("where m.stage = 'COMMITTED' and pay.mobility_id = m.id")).isFalse();
        assertThat(offends("where exists (select 1 from payment p where p.mobility_id = m.id)")).isFalse();
    }

    static boolean offends(String sql) {
        return MOBILITY_TABLE.matcher(sql).find() || STATUS_LITERAL.matcher(sql).find();
    }

    private static Stream<String> literals(MainSources.Source source) {
        return Stream.concat(
                source.unit().findAll(StringLiteralExpr.class).stream().map(StringLiteralExpr::getValue),
                source.unit().findAll(TextBlockLiteralExpr.class).stream().map(TextBlockLiteralExpr::getValue));
    }

    private static String excerpt(String sql) {
        var matcher = MOBILITY_TABLE.matcher(sql);
        var status = STATUS_LITERAL.matcher(sql);
        int at = matcher.find() ? matcher.start() : status.find() ? status.start() : 0;
        return sql.substring(at, Math.min(sql.length(), at + 60)).replaceAll("\\s+", " ");
    }
}
