package kz.gov.elicense.registry.control;

import kz.gov.elicense.registry.entity.LegalEntity;

import java.util.Optional;

/** Port to the state database of legal entities (ГБД ЮЛ). */
public interface LegalEntityRegistry {

    Optional<LegalEntity> findByBin(String bin);
}
