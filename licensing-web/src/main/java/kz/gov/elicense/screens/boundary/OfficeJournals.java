package kz.gov.elicense.screens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.Provider;
import kz.gov.elicense.journal.boundary.JournalLine;
import kz.gov.elicense.journal.boundary.Journals;
import kz.gov.elicense.journal.entity.JournalKind;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The office journals, incoming and outgoing, of one provider for a period of days, as the API's office resource
 * reads them (same session bean, same period rule). Newest first: the office reads the latest lines of its journal.
 */
@Named
@ViewScoped
public class OfficeJournals implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The same bound as the API's: a year of a journal at most. */
    static final int MAX_DAYS = 366;
    static final int DEFAULT_DAYS = 30;

    @Inject
    Journals journals;

    @Inject
    Clock clock;

    @Inject
    Messages messages;

    private JournalKind journal = JournalKind.INCOMING;
    private String provider = Provider.internalAffairs().code();
    private LocalDate from;
    private LocalDate to;
    private List<JournalLine> lines = List.of();

    @PostConstruct
    void init() {
        to = LocalDate.now(clock.withZone(Texts.KAZAKHSTAN));
        from = to.minusDays(DEFAULT_DAYS);
        show();
    }

    /** Reads the chosen journal for the period; a period the journal cannot be read for is told, not read. */
    public void show() {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            lines = List.of();
            messages.error("journals.periodInvalid");
            return;
        }
        List<JournalLine> read = new ArrayList<>(journals.between(journal, provider, from, to));
        Collections.reverse(read);
        lines = read;
    }

    public boolean isOutgoing() {
        return journal == JournalKind.OUTGOING;
    }

    public List<Provider> getProviders() {
        return List.of(Provider.internalAffairs(), Provider.justice());
    }

    public List<JournalLine> getLines() {
        return lines;
    }

    public JournalKind getJournal() {
        return journal;
    }

    public void setJournal(JournalKind journal) {
        this.journal = journal;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
