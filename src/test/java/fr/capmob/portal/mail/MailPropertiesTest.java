package fr.capmob.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The retry schedule: the first retry after firstRetry, each next one twice as late. */
class MailPropertiesTest {

    @Test
    void backOffDoublesFromTheFirstRetry() {
        MailProperties properties = new MailProperties(null, null, null, null, Duration.ofMinutes(1), null);
        assertThat(properties.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.backOff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(properties.maxAttempts()).isEqualTo(6);
        assertThat(properties.from()).isEqualTo("no-reply@localhost");
    }
}
