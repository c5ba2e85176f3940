package fr.capmob.portal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.capmob.portal.TestData;
import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.consortium.QualificationLevel;
import fr.capmob.portal.participant.StudentCommand;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without the test transaction of @PortalTest, so that the import's own transaction really commits or rolls back:
 * a row refused while writing (here the service's duplicate rule, which the preview could not see) undoes the rows
 * already written and keeps the batch.
 */
@SpringBootTest
class ImportAllOrNothingTest {

    @Autowired
    TestData data;
    @Autowired
    ImportWriter writer;
    @Autowired
    ImportBatches batches;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcClient jdbc;

    private static StudentCommand student(String lastName, String firstName) {
        return new StudentCommand(null, lastName, firstName, LocalDate.of(2008, 3, 14), null, "FR", null, null,
                QualificationLevel.CAP, null, null, false, null, false, null, null, null);
    }

    private long count(long schoolId) {
        return jdbc.sql("select count(*) from student where school_id = :s").param("s", schoolId).query(Long.class).single();
    }

    @Test
    void aRowRefusedWhileWritingRollsBackTheRowsBeforeIt() {
        long school = data.school("LP All or nothing " + TestData.unique());
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));
        UUID batch = batches.store(referent.id(), ImportKind.STUDENTS, school, "f.csv", "x".getBytes(StandardCharsets.UTF_8));
        List<ParsedRow<Object>> rows = List.of(
                new ParsedRow<>(2, List.of(), List.of(), student("Martin", "Léa")),
                new ParsedRow<>(3, List.of(), List.of(), student("Durand", "Luc")),
                new ParsedRow<>(4, List.of(), List.of(), student("MARTIN", "Lea")));

        assertThatThrownBy(() -> writer.write(batch, ImportKind.STUDENTS, rows, referent))
                .isInstanceOfSatisfying(ImportCommitException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.messageKey()).isEqualTo("imports.commit.duplicate");
                });

        assertThat(count(school)).isZero();
        assertThat(batches.find(batch, referent.id())).as("batch kept for another try").isPresent();
    }

    @Test
    void aConfirmedFileIsWrittenAndItsBatchDeleted() {
        long school = data.school("LP All or nothing " + TestData.unique());
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));
        byte[] file = (ImportPagesTest.STUDENTS + ImportPagesTest.LEA).getBytes(StandardCharsets.UTF_8);
        UUID batch = imports.upload(ImportKind.STUDENTS, "f.csv", file, null, referent, Locale.FRENCH);

        assertThat(imports.confirm(batch, referent, Locale.FRENCH)).isEqualTo(new ImportService.ImportResult(ImportKind.STUDENTS, 1));

        assertThat(count(school)).isEqualTo(1);
        assertThat(batches.find(batch, referent.id())).isEmpty();
    }

    @Test
    void aFileOfExactlyTheMaximumNumberOfLinesIsImported() {
        long school = data.school("LP Five thousand " + TestData.unique());
        CurrentUser referent = data.principal(data.user("Referent", Role.SCHOOL_REFERENT, school));
        StringBuilder csv = new StringBuilder(ImportPagesTest.STUDENTS);
        for (int i = 0; i < SpreadsheetReader.MAX_ROWS; i++) {
            csv.append("Nom").append(i).append(";Prénom;01/01/2008;;FR;CAP;;;;\n");
        }
        UUID batch = imports.upload(ImportKind.STUDENTS, "f.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null,
                referent, Locale.FRENCH);
        long start = System.nanoTime();
        assertThat(imports.confirm(batch, referent, Locale.FRENCH).written()).isEqualTo(SpreadsheetReader.MAX_ROWS);
        System.out.printf("[imports] %d students checked and written in %d ms%n", SpreadsheetReader.MAX_ROWS,
                (System.nanoTime() - start) / 1_000_000);
        assertThat(count(school)).isEqualTo(SpreadsheetReader.MAX_ROWS);
    }
}
