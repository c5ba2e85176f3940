package fr.capmob.portal.documents;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Flying Saucer's line breaking with one correction for French: the JDK's line iterator offers a break right after
 * the typographic apostrophe (U+2019), so "l’Union" or "d’une" could be split as "l’" | "Union". An elided article
 * belongs to the next word, so break points that directly follow an apostrophe before a letter are dropped.
 */
final class ElisionAwareLineBreaking implements LineBreakingStrategy {

    private static final String APOSTROPHES = "\u2019'";
    private final LineBreakingStrategy standard = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String language, CalculatedStyle style) {
        BreakPointsProvider points = standard.getBreakPointsProvider(text, language, style);
        return () -> {
            BreakPoint point = points.next();
            while (followsElision(text, point.getPosition())) {
                point = points.next();
            }
            return point;
        };
    }

    static boolean followsElision(String text, int position) {
        return position > 0 && position < text.length()
                && APOSTROPHES.indexOf(text.charAt(position - 1)) >= 0
                && Character.isLetter(text.charAt(position));
    }
}
