package fr.capmob.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The window of page links: a few numbers around the current page, whatever the page and the number of pages. */
class PageLinksTest {

    @Test
    void theWindowIsFivePagesAtMostAndAlwaysWithinTheList() {
        assertThat(PageLinks.window(0, 1)).containsExactly(0);
        assertThat(PageLinks.window(0, 3)).containsExactly(0, 1, 2);
        assertThat(PageLinks.window(0, 100)).containsExactly(0, 1, 2, 3, 4);
        assertThat(PageLinks.window(50, 100)).containsExactly(48, 49, 50, 51, 52);
        assertThat(PageLinks.window(99, 100)).containsExactly(95, 96, 97, 98, 99);
        // a page number beyond the last (as requested, before clamping) still gives the last window, not millions of links
        assertThat(PageLinks.window(10_000_000, 100)).containsExactly(95, 96, 97, 98, 99);
        assertThat(PageLinks.window(-4, 100)).containsExactly(0, 1, 2, 3, 4);
        assertThat(PageLinks.window(3, 0)).isEmpty();
    }
}
