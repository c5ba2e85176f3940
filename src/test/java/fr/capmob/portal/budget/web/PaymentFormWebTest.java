package fr.capmob.portal.budget.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.capmob.portal.account.CurrentUser;
import fr.capmob.portal.account.Role;
import fr.capmob.portal.account.SchoolDirectory;
import fr.capmob.portal.budget.MobilityAccount;
import fr.capmob.portal.budget.RecoveryService;
import fr.capmob.portal.mobility.MobilityStage;
import fr.capmob.portal.mobility.MobilityStatus;
import fr.capmob.portal.budget.PaymentCommand;
import fr.capmob.portal.budget.PaymentKind;
import fr.capmob.portal.budget.PaymentMethod;
import fr.capmob.portal.budget.PaymentService;
import fr.capmob.portal.budget.RecordedPayment;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The payment form's web slice alone (services mocked): binding and validation, every message beside its field at
 * once and nothing recorded; a valid form records the payment the user typed.
 */
@WebMvcTest(PaymentController.class)
@Import(BudgetMessages.class)
class PaymentFormWebTest {

    @Autowired MockMvc mvc;
    @MockitoBean PaymentService payments;
    @MockitoBean SchoolDirectory schools;
    @MockitoBean RecoveryService recoveries;
    @MockitoBean Clock clock;

    final CurrentUser accountant = new CurrentUser(1, "gestion@test.capmob.fr", "Gestion", Role.ACCOUNTANT, 7L, "fr",
            true, false, "x");

    @BeforeEach
    void mobility() {
        when(payments.account(eq(42L), any())).thenReturn(new MobilityAccount(42, "047193-MOB-00042", "DUPONT Léa", 7,
                "LP Exemple", 3, "2018-1-FR01-KA102-047193", MobilityStatus.CONFIRMED, MobilityStage.COMMITTED, true, true,
                new BigDecimal("1927.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.8000"), MobilityStatus.CONFIRMED));
        when(payments.findMobilities(anyString(), anyInt(), any())).thenReturn(List.of());
        when(payments.record(any(), any())).thenReturn(new RecordedPayment(5, 42, false));
    }

    @Test
    void everyMessageIsShownBesideItsFieldAtOnce() throws Exception {
        String page = mvc.perform(post("/payments").with(csrf()).with(user(accountant))
                        .param("mobilityId", "42").param("amount", "12,345").param("reference", "R".repeat(101)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(feedback(page, "kind")).isEqualTo("Choisissez avance ou solde.");
        assertThat(feedback(page, "paidOn")).isEqualTo("Indiquez la date du versement.");
        assertThat(feedback(page, "amount")).startsWith("Montant invalide");
        assertThat(feedback(page, "method")).isEqualTo("Choisissez le mode de paiement.");
        assertThat(feedback(page, "reference")).isEqualTo("100 caractères au plus.");
        assertThat(page).contains("id=\"error-summary\"").doesNotContain("id=\"note-error\"");
        verify(payments, never()).record(any(), any());
    }

    @Test
    void aValidFormRecordsWhatWasTyped() throws Exception {
        mvc.perform(post("/payments").with(csrf()).with(user(accountant)).param("mobilityId", "42")
                        .param("kind", "ADVANCE").param("paidOn", "2019-02-01").param("amount", "1 541,60")
                        .param("method", "TRANSFER").param("reference", "  VIR-42  "))
                .andExpect(redirectedUrl("/payments/mobilities/42"));
        verify(payments).record(eq(new PaymentCommand(42, PaymentKind.ADVANCE, LocalDate.of(2019, 2, 1),
                new BigDecimal("1541.60"), PaymentMethod.TRANSFER, "VIR-42", null, false)), any());
    }

    /** The error message under a field (its {@code <field>-error} element). */
    private static String feedback(String page, String field) {
        int at = page.indexOf("id=\"" + field + "-error\"");
        assertThat(at).as(field + " has no message").isPositive();
        int start = page.indexOf('>', at) + 1;
        return page.substring(start, page.indexOf('<', start)).trim();
    }
}
