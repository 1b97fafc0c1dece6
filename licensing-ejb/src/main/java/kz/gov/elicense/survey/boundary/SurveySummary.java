package kz.gov.elicense.survey.boundary;

import java.util.Map;

/**
 * Answers per procedure: for each question, how many applicants answered not satisfied, partly satisfied and
 * satisfied.
 */
public record SurveySummary(String procedure, long answers, Map<String, Long> process, Map<String, Long> information) {
}
