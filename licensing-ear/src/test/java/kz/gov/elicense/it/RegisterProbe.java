package kz.gov.elicense.it;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.entity.Application;
import kz.gov.elicense.application.entity.Channel;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.register.boundary.LicenceRegister;
import kz.gov.elicense.register.entity.Activity;
import kz.gov.elicense.register.entity.LicenceNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Issues a licence straight into the register in its own transaction, for the numbering test. */
@Stateless
@PermitAll
public class RegisterProbe {

    @PersistenceContext(unitName = "licensing")
    EntityManager em;

    @Inject
    LicenceRegister register;

    /** Issues one licence; when {@code fail} the transaction rolls back after the number was taken. */
    public String issue(LocalDate day, boolean fail) {
        Instant now = Instant.now();
        Application application = new Application("TST-" + UUID.randomUUID().toString().substring(0, 20),
                ProcedureType.of("SECURITY_ACTIVITY_ISSUE"), "MVD-ASTANA", Channel.COUNTER, "150440001011", "probe", now, now,
                new byte[]{1}, new byte[]{1});
        em.persist(application);
        LicenceNumber number = register.reserveNumber(Activity.SECURITY_ACTIVITY, day);
        ResultDocument document = new ResultDocument(application.id(), ResultKind.LICENCE, "text/plain",
                number.value().getBytes(), new byte[]{1}, "probe", null, "00", now);
        em.persist(document);
        em.flush();
        register.enter(number, "150440001011", "probe", Activity.SECURITY_ACTIVITY, "probe", day,
                application.id(), document.id());
        if (fail) {
            throw new IllegalStateException("injected failure after " + number + " was taken");
        }
        return number.value();
    }
}
