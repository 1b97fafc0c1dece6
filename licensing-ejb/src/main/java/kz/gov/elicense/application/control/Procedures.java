package kz.gov.elicense.application.control;

import kz.gov.elicense.application.boundary.ProcedureDefinition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import kz.gov.elicense.application.entity.ProcedureType;
import kz.gov.elicense.problem.Rejection;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every procedure the deployed components declare, found by CDI: a new procedure component is picked up here. */
@ApplicationScoped
public class Procedures {

    @Inject
    @Any
    Instance<ProcedureDefinition> declared;

    public List<ProcedureDefinition> all() {
        return declared.stream().sorted(Comparator.comparing(p -> p.type().code())).toList();
    }

    public Optional<ProcedureDefinition> find(ProcedureType type) {
        return declared.stream().filter(p -> p.type().equals(type)).findFirst();
    }

    public ProcedureDefinition of(ProcedureType type) {
        return find(type).orElseThrow(() -> new IllegalStateException("No procedure declares " + type));
    }

    /** The procedure a submitted form names, or a clear refusal when no service has that code. */
    public ProcedureDefinition named(String code) {
        return declared.stream().filter(p -> p.type().code().equals(code)).findFirst()
                .orElseThrow(() -> Rejection.invalid("procedure-unknown", "Unknown service",
                        "No service has the code " + code + "; the services are "
                                + all().stream().map(p -> p.type().code()).toList()));
    }
}
