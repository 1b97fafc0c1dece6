package kz.gov.elicense.screens.control;

import kz.gov.elicense.screens.control.StepOutcome.Argument;
import kz.gov.elicense.screens.control.StepOutcome.Known;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalSubjectTest {

    private static final Function<String, Optional<String>> CATALOGUE = title -> Optional.ofNullable(Map.of(
            "Issue of a licence for security activity", "SECURITY_ACTIVITY_ISSUE",
            "Registration of a civil weapon", "WEAPON_REGISTRATION").get(title));

    @Test
    void anIncomingLineIsTheServiceItsApplicationIsFor() {
        assertEquals(Optional.of(new Known("journal.subject.application",
                        List.of(new Argument("SECURITY_ACTIVITY_ISSUE", "procedure")))),
                JournalSubject.recognise("Issue of a licence for security activity", CATALOGUE));
    }

    @Test
    void anOutgoingLineIsTheResultOrTheRefusalWithTheApplicationAndTheService() {
        assertEquals(Optional.of(new Known("journal.subject.result", List.of(new Argument("KZ26-000123", null),
                        new Argument("WEAPON_REGISTRATION", "procedure")))),
                JournalSubject.recognise("Result on application KZ26-000123 (Registration of a civil weapon)", CATALOGUE));
        assertEquals(Optional.of(new Known("journal.subject.refusal", List.of(new Argument("KZ26-000124", null),
                        new Argument("SECURITY_ACTIVITY_ISSUE", "procedure")))),
                JournalSubject.recognise("Motivated refusal on application KZ26-000124 "
                        + "(Issue of a licence for security activity)", CATALOGUE));
    }

    @Test
    void aServiceTheCatalogueNoLongerHasStaysAsWrittenInsideAnOutgoingLine() {
        assertEquals(Optional.of(new Known("journal.subject.result", List.of(new Argument("7", null),
                        new Argument("A service of an older release", null)))),
                JournalSubject.recognise("Result on application 7 (A service of an older release)", CATALOGUE));
    }

    @Test
    void anyOtherSubjectIsNotRecognisedAndIsShownAsWritten() {
        assertTrue(JournalSubject.recognise("Letter from the prosecutor's office", CATALOGUE).isEmpty());
        assertTrue(JournalSubject.recognise("Result on application without brackets", CATALOGUE).isEmpty());
        assertTrue(JournalSubject.recognise("", CATALOGUE).isEmpty());
        assertTrue(JournalSubject.recognise(null, CATALOGUE).isEmpty());
    }
}
