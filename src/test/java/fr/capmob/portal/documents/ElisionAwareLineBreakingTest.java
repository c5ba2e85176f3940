package fr.capmob.portal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;

/** French elisions stay with their word: no line of a PDF ends with "l’" or "d’". */
class ElisionAwareLineBreakingTest {

    @Test
    void noBreakPointDirectlyAfterAnApostropheBeforeALetter() {
        String text = "de l\u2019Union et d\u2019une aide";
        BreakPointsProvider points = new ElisionAwareLineBreaking().getBreakPointsProvider(text, "fr", null);
        List<Integer> positions = new ArrayList<>();
        for (BreakPoint point = points.next(); point.getPosition() >= 0; point = points.next()) {
            positions.add(point.getPosition());
        }
        // the JDK offers 3, 5 (after "de l’"), 11, 14, 16 (after "et d’"), 20, 24: the two after an elision are gone
        assertThat(positions).containsExactly(3, 11, 14, 20, 24);
    }

    @Test
    void anApostropheBeforeASpaceOrAtTheEndIsNoElision() {
        assertThat(ElisionAwareLineBreaking.followsElision("les profs\u2019 avis", 10)).isFalse();
        assertThat(ElisionAwareLineBreaking.followsElision("l\u2019", 2)).isFalse();
        assertThat(ElisionAwareLineBreaking.followsElision("l\u2019a", 2)).isTrue();
    }

    @Test
    void aNarrowParagraphOfElisionsNeverEndsALineWithTheApostrophe() throws IOException {
        String words = String.join(" ", Stream.generate(() -> "l\u2019Union d\u2019une l\u2019école").limit(40).toList());
        String xhtml = "<html><head><style>@page { size: 80mm 200mm; margin: 5mm; } p { width: 38mm; }</style>"
                + "</head><body><p>" + words + "</p></body></html>";
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfRenderer(null).render(List.of(xhtml).iterator(), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
            List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertThat(lines).hasSizeGreaterThan(10);
            assertThat(lines).noneMatch(line -> line.endsWith("\u2019"));
        }
    }
}
