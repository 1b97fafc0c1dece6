package kz.gov.elicense.application.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kz.gov.elicense.application.control.Procedures;

import java.util.List;

/** Every service the deployed procedure components declare, described from their declarations. */
@Stateless
@PermitAll
public class ServiceCatalogue {

    @Inject
    Procedures procedures;

    public List<ServiceDescription> all() {
        return procedures.all().stream().map(ServiceCatalogue::describe).toList();
    }

    /** The declaration of the service with this code, or a clear refusal when there is none. */
    public ProcedureDefinition declaration(String code) {
        return procedures.named(code);
    }

    /** The declaration of a service the case keeps. */
    public ProcedureDefinition declaration(kz.gov.elicense.application.entity.ProcedureType type) {
        return procedures.of(type);
    }

    static ServiceDescription describe(ProcedureDefinition p) {
        return new ServiceDescription(p.type().code(), p.title(), p.applicantKind().name(), p.provider().name(),
                p.totalTermWorkingDays(), p.positiveResult().name(), p.paperResult(), p.feeRequired(),
                p.steps().stream().map(s -> new ServiceDescription.Step(s.code().name(), s.role().securityRole(),
                        s.limit().toString(), s.description())).toList(),
                p.checklist().stream().map(c -> new ServiceDescription.Document(c.kind().name(), c.required(),
                        c.description())).toList());
    }
}
