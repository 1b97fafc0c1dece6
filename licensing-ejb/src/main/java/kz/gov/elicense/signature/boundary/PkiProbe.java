package kz.gov.elicense.signature.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import kz.gov.elicense.observability.health.Probe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PKI readiness check's view of the EDS (the check lives in the observability library, which cannot see this
 * module's classes, and finds this bean by its JNDI name).
 */
@Stateless
@Local(Probe.class)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PkiProbe implements Probe {

    @Inject
    Signatures signatures;

    @Override
    public Finding probe() {
        PkiReadiness readiness = signatures.readiness();
        Map<String, String> data = new LinkedHashMap<>(readiness.facts());
        if (!readiness.ready()) {
            data.put("reason", String.join("; ", readiness.problems()));
        }
        data.put("judgedAt", readiness.at().toString());
        return new Finding(readiness.ready(), data);
    }
}
