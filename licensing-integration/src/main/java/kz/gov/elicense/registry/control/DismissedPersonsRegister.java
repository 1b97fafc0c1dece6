package kz.gov.elicense.registry.control;

import kz.gov.elicense.registry.entity.Dismissal;

import java.util.Optional;

/** Port to the register of persons dismissed from private security organisations for negative reasons. */
public interface DismissedPersonsRegister {

    Optional<Dismissal> findByIin(String iin);
}
