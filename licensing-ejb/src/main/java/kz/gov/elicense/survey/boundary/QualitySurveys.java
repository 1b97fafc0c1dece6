package kz.gov.elicense.survey.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.gov.elicense.application.boundary.ApplicationView;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.survey.entity.QualitySurvey;
import kz.gov.elicense.survey.entity.Satisfaction;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static kz.gov.elicense.application.entity.OfficerRole.APPLICANT_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.CLERK_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.EXECUTOR_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_PROVIDER_ROLE;
import static kz.gov.elicense.application.entity.OfficerRole.HEAD_OF_UNIT_ROLE;

/** The applicant answers the survey once their application has its result; officers see the summary. */
@Stateless
public class QualitySurveys {

    @PersistenceContext
    EntityManager em;

    @Inject
    Applications applications;

    @Inject
    Clock clock;

    @RolesAllowed(APPLICANT_ROLE)
    public void answer(String number, Satisfaction process, Satisfaction information, String comment) {
        // reading through the applications boundary: an applicant reaches only their own application
        ApplicationView application = applications.byNumber(number);
        if (!"RESULT_ISSUED".equals(application.status()) && !"REFUSED".equals(application.status())) {
            throw Rejection.conflict("survey-too-early", "The service is not finished",
                    "The survey follows the result; application " + number + " is " + application.status());
        }
        boolean answered = !em.createNamedQuery(QualitySurvey.BY_APPLICATION, QualitySurvey.class)
                .setParameter("number", number).getResultList().isEmpty();
        if (answered) {
            throw Rejection.conflict("survey-already-answered", "Already answered",
                    "The survey about application " + number + " has been answered");
        }
        em.persist(new QualitySurvey(number, application.procedure(), process, information,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant()));
    }

    /** Whether the applicant has answered the survey about their application, so the cabinet offers it only once. */
    @RolesAllowed(APPLICANT_ROLE)
    public boolean answered(String number) {
        applications.byNumber(number);
        return !em.createNamedQuery(QualitySurvey.BY_APPLICATION, QualitySurvey.class)
                .setParameter("number", number).getResultList().isEmpty();
    }

    @RolesAllowed({CLERK_ROLE, EXECUTOR_ROLE, HEAD_OF_UNIT_ROLE, HEAD_OF_PROVIDER_ROLE})
    public List<SurveySummary> summary() {
        Map<String, Map<String, Long>> process = counts(QualitySurvey.PROCESS_SUMMARY);
        Map<String, Map<String, Long>> information = counts(QualitySurvey.INFORMATION_SUMMARY);
        return process.keySet().stream()
                .map(procedure -> new SurveySummary(procedure,
                        process.get(procedure).values().stream().mapToLong(Long::longValue).sum(),
                        process.get(procedure), information.getOrDefault(procedure, Map.of())))
                .toList();
    }

    private Map<String, Map<String, Long>> counts(String query) {
        Map<String, Map<String, Long>> byProcedure = new TreeMap<>();
        for (Object[] row : em.createNamedQuery(query, Object[].class).getResultList()) {
            Map<String, Long> counts = byProcedure.computeIfAbsent((String) row[0], p -> zeros());
            counts.put(((Satisfaction) row[1]).name(), (Long) row[2]);
        }
        return byProcedure;
    }

    private static Map<String, Long> zeros() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Satisfaction satisfaction : Satisfaction.values()) {
            counts.put(satisfaction.name(), 0L);
        }
        return counts;
    }
}
