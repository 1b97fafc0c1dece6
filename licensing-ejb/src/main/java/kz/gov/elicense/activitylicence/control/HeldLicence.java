package kz.gov.elicense.activitylicence.control;

import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.register.boundary.LicenceRegister.AnnexView;
import kz.gov.elicense.register.boundary.LicenceRegister.LicenceFacts;
import kz.gov.elicense.register.entity.LicenceStatus;

import java.util.List;

/**
 * What an application about a licence already held may ask of it (409 otherwise, before anything is stored): a
 * reissue or duplicate names annexes the licence has and has not terminated; a new annex is for a sub-type no annex
 * of the licence covers yet.
 */
public final class HeldLicence {

    private HeldLicence() {
    }

    public static void requireAnnexes(LicenceFacts licence, List<Integer> annexNumbers) {
        for (int number : annexNumbers) {
            AnnexView annex = licence.annex(number).orElseThrow(() -> Rejection.conflict("annex-unknown",
                    "No such annex", "Licence " + licence.number() + " has no annex " + number + "; its annexes are "
                            + licence.annexes().stream().map(AnnexView::number).toList()));
            if (LicenceStatus.TERMINATED.name().equals(annex.status())) {
                throw Rejection.conflict("annex-terminated", "The annex is terminated",
                        "Annex " + number + " of licence " + licence.number() + " is terminated");
            }
        }
    }

    public static void requireUncovered(LicenceFacts licence, List<String> subtypes) {
        for (String subtype : subtypes) {
            licence.annexes().stream()
                    .filter(a -> a.subtype().equals(subtype) && !LicenceStatus.TERMINATED.name().equals(a.status()))
                    .findFirst()
                    .ifPresent(a -> {
                        throw Rejection.conflict("subtype-already-covered", "The licence already covers this sub-type",
                                "Annex " + a.number() + " of licence " + licence.number() + " already covers "
                                        + subtype + ": apply for its reissue or duplicate instead");
                    });
        }
    }
}
