package fr.capmob.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A keyboard-only user: moves with Tab from wherever the focus is to an element, types into the focused field,
 * presses keys. Never clicks, never sets a value by script; a page whose element Tab cannot reach fails.
 */
final class Keyboard {

    private static final int MAX_TABS = 150;

    private final WebDriver browser;

    Keyboard(WebDriver browser) {
        this.browser = browser;
    }

    /** Presses Tab until the focused element matches the CSS selector. */
    Keyboard tabTo(String css) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusedMatches(css)) {
                return this;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + css + " (" + MAX_TABS + " presses)");
    }

    Keyboard type(CharSequence... text) {
        new Actions(browser).sendKeys(text).perform();
        return this;
    }

    Keyboard press(Keys key) {
        new Actions(browser).sendKeys(key).perform();
        return this;
    }

    /**
     * Types a date into the focused date input, its day, month and year in the order the browser's locale shows them
     * (Chromium formats date inputs in its own locale, whatever the page's language), then checks the input's value.
     */
    Keyboard typeDate(java.time.LocalDate date) {
        String order = (String) ((JavascriptExecutor) browser).executeScript("""
                return new Intl.DateTimeFormat().formatToParts(new Date(2001, 10, 22))
                    .filter(function (p) { return p.type !== 'literal'; })
                    .map(function (p) { return p.type.charAt(0); }).join('');""");
        StringBuilder digits = new StringBuilder();
        for (char part : order.toCharArray()) {
            digits.append(switch (part) {
                case 'd' -> String.format("%02d", date.getDayOfMonth());
                case 'm' -> String.format("%02d", date.getMonthValue());
                default -> String.valueOf(date.getYear());
            });
        }
        type(digits.toString());
        assertThat(focused().getDomProperty("value")).as("date typed in the order " + order).isEqualTo(date.toString());
        return this;
    }

    /** In a focused select, Arrow Down until the chosen option's value is the one wanted. */
    Keyboard arrowDownUntilValue(String value) {
        for (int i = 0; i < 40 && !value.equals(focused().getDomProperty("value")); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(focused().getDomProperty("value")).isEqualTo(value);
        return this;
    }

    /** In a focused combobox, Arrow Down until the active option's text starts with the prefix, then Enter. */
    Keyboard chooseOption(String textPrefix) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            press(Keys.ARROW_DOWN);
            String active = (String) ((JavascriptExecutor) browser).executeScript("""
                    var id = document.activeElement.getAttribute('aria-activedescendant');
                    var option = id && document.getElementById(id);
                    return option ? option.textContent.replace(/\\s+/g, ' ').trim() : '';""");
            if (active.startsWith(textPrefix)) {
                return press(Keys.ENTER);
            }
            seen.add(active);
        }
        throw new AssertionError("no option starting with " + textPrefix + " among " + seen);
    }

    WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private boolean focusedMatches(String css) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.activeElement != null && document.activeElement.matches(arguments[0]);", css);
    }
}
