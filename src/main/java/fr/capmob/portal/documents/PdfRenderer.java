package fr.capmob.portal.documents;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Iterator;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * XHTML → PDF with Flying Saucer (OpenPDF underneath). Documents are laid out one after another into one PDF, each
 * starting on a new page with its own page numbers; pages are written to the stream as they are laid out. The
 * stylesheet ({@code documents/documents.css}) is read from the classpath; DejaVu Sans (regular and bold, every
 * Latin, Greek and Cyrillic letter) is embedded, subset to the glyphs used.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String STYLESHEET = "documents/documents.css";
    /** Classpath paths: Flying Saucer reads the font description from the same path. */
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final BaseFont regular;
    private final BaseFont bold;
    private final String baseUrl;

    PdfRenderer() {
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
        try {
            URL stylesheet = new ClassPathResource(STYLESHEET).getURL();
            this.baseUrl = stylesheet.toExternalForm();
        } catch (IOException e) {
            throw new UncheckedIOException("the documents' stylesheet is missing: " + STYLESHEET, e);
        }
    }

    private static BaseFont font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot load the font " + path, e);
        }
    }

    /** Renders the XHTML documents (read one at a time from the iterator) into one PDF written to {@code out}. */
    void render(Iterator<String> documents, OutputStream out) {
        if (!documents.hasNext()) {
            throw new IllegalArgumentException("nothing to render");
        }
        ITextRenderer renderer = new ITextRenderer();
        renderer.getFontResolver().addFont(regular, REGULAR, null);
        renderer.getFontResolver().addFont(bold, BOLD, null);
        try {
            renderer.setDocumentFromString(documents.next(), baseUrl);
            renderer.layout();
            renderer.createPDF(out, false);
            while (documents.hasNext()) {
                renderer.setDocumentFromString(documents.next(), baseUrl);
                renderer.layout();
                renderer.writeNextDocument();
            }
            renderer.finishPDF();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        }
    }
}
