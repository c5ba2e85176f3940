package fr.capmob.portal.documents;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The portal's one PDF pipeline: a Thymeleaf template (XHTML: every element closed) → PDF with Flying Saucer (OpenPDF
 * underneath). Documents are laid out one after another into one PDF, each starting on a new page with its own page
 * numbers; pages are written to the stream as they are laid out. Relative links resolve next to the documents'
 * stylesheet ({@code documents/documents.css}, on the classpath); DejaVu Sans (regular and bold, every Latin, Greek
 * and Cyrillic letter) is embedded, subset to the glyphs used. Used by the mobility documents and the exports' summary.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String STYLESHEET = "documents/documents.css";
    /** Classpath paths: Flying Saucer reads the font description from the same path. */
    private static final String REGULAR = "fonts/DejaVuSans.ttf";
    private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

    private final ITemplateEngine templates;
    private final BaseFont regular;
    private final BaseFont bold;
    private final String baseUrl;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
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

    /**
     * Renders one template (a view name such as {@code exports/pdf/summary}) with these variables, in this language
     * (messages and formats), into a PDF written to {@code out}.
     */
    public void renderTemplate(String template, Map<String, ?> variables, Locale locale, OutputStream out) {
        Context context = new Context(locale);
        variables.forEach(context::setVariable);
        render(List.of(templates.process(template, context)).iterator(), out);
    }

    /** Renders the XHTML documents (read one at a time from the iterator) into one PDF written to {@code out}. */
    public void render(Iterator<String> documents, OutputStream out) {
        if (!documents.hasNext()) {
            throw new IllegalArgumentException("nothing to render");
        }
        ITextRenderer renderer = new ITextRenderer();
        renderer.getFontResolver().addFont(regular, REGULAR, null);
        renderer.getFontResolver().addFont(bold, BOLD, null);
        renderer.getSharedContext().setLineBreakingStrategy(new ElisionAwareLineBreaking());
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
