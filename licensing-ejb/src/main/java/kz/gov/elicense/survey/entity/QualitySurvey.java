package kz.gov.elicense.survey.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** An applicant's answers to the quality survey about one application. */
@Entity
@Table(name = "quality_survey")
@NamedQueries({
        @NamedQuery(name = QualitySurvey.BY_APPLICATION,
                query = "select s from QualitySurvey s where s.applicationNumber = :number"),
        @NamedQuery(name = QualitySurvey.PROCESS_SUMMARY,
                query = "select s.procedure, s.processRating, count(s) from QualitySurvey s group by s.procedure, s.processRating"),
        @NamedQuery(name = QualitySurvey.INFORMATION_SUMMARY,
                query = "select s.procedure, s.informationRating, count(s) from QualitySurvey s group by s.procedure, s.informationRating")
})
public class QualitySurvey {

    public static final String BY_APPLICATION = "QualitySurvey.byApplication";
    public static final String PROCESS_SUMMARY = "QualitySurvey.processSummary";
    public static final String INFORMATION_SUMMARY = "QualitySurvey.informationSummary";

    @Id
    @SequenceGenerator(name = "quality_survey_seq", sequenceName = "quality_survey_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_survey_seq")
    private Long id;

    @Column(name = "application_number", nullable = false, unique = true, length = 32)
    private String applicationNumber;

    @Column(name = "procedure_type", nullable = false, length = 64)
    private String procedure;

    @Enumerated(EnumType.STRING)
    @Column(name = "process_rating", nullable = false, length = 24)
    private Satisfaction processRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_rating", nullable = false, length = 24)
    private Satisfaction informationRating;

    @Column(length = 2000)
    private String comment;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected QualitySurvey() {
        // for JPA
    }

    public QualitySurvey(String applicationNumber, String procedure, Satisfaction processRating,
                         Satisfaction informationRating, String comment, Instant answeredAt) {
        this.applicationNumber = applicationNumber;
        this.procedure = procedure;
        this.processRating = processRating;
        this.informationRating = informationRating;
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public Satisfaction processRating() {
        return processRating;
    }

    public Satisfaction informationRating() {
        return informationRating;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
