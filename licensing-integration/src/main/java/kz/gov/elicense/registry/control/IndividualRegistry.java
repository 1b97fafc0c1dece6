package kz.gov.elicense.registry.control;

import kz.gov.elicense.registry.entity.Individual;

import java.util.Optional;

/** Port to the state database of individuals (ГБД ФЛ). */
public interface IndividualRegistry {

    Optional<Individual> findByIin(String iin);
}
