package kz.gov.elicense.screens.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.gov.elicense.application.boundary.ApplicationView;
import kz.gov.elicense.application.boundary.Applications;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.problem.RejectionKind;
import kz.gov.elicense.survey.boundary.QualitySurveys;
import kz.gov.elicense.survey.entity.Satisfaction;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * One application in the applicant's cabinet: status, history, the current step's deadline, the signed result to
 * download and, once the result is there, the quality survey (answered once). The boundaries answer "not found"
 * for another applicant's number, as the API does, so the page shows nothing of it.
 */
@Named
@ViewScoped
public class MyApplication implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> FINISHED = List.of("RESULT_ISSUED", "REFUSED");

    @Inject
    Applications applications;

    @Inject
    QualitySurveys surveys;

    @Inject
    Texts texts;

    private String number;
    private ApplicationView application;
    private boolean missing;
    private boolean surveyAnswered;
    private boolean thanked;
    private Satisfaction process;
    private Satisfaction information;
    private String comment;

    public void open() {
        if (number == null || number.isBlank()) {
            missing = true;
            return;
        }
        try {
            application = applications.byNumber(number.strip());
            surveyAnswered = isFinished() && surveys.answered(application.number());
        } catch (Rejection e) {
            if (e.kind() != RejectionKind.NOT_FOUND) {
                throw e;
            }
            missing = true;
        }
    }

    /** Records the survey through the same boundary as the API; a second answer is told, not stored. */
    public void answerSurvey() {
        try {
            surveys.answer(application.number(), process, information, comment);
            thanked = true;
        } catch (Rejection e) {
            if (e.kind() != RejectionKind.CONFLICT) {
                throw e;
            }
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    texts.label("survey", "survey-already-answered".equals(e.type()) ? "already" : "tooEarly"), null));
        }
        surveyAnswered = true;
    }

    public boolean isFinished() {
        return application != null && FINISHED.contains(application.status());
    }

    public boolean isSurveyOffered() {
        return isFinished() && !surveyAnswered;
    }

    /** The open step the application waits in, with its deadline; none once the case is finished. */
    public ApplicationView.Step getCurrentStep() {
        if (application == null || application.currentStep() == null) {
            return null;
        }
        return application.steps().stream()
                .filter(s -> s.code().equals(application.currentStep()) && s.completedAt() == null)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    public Instant getCurrentStepDeadline() {
        ApplicationView.Step step = getCurrentStep();
        return step == null ? null : step.deadline();
    }

    /** Whether the result is signed, so its document exists. */
    public boolean isResultSigned() {
        return application != null && application.result() != null && application.result().signedAt() != null;
    }

    public boolean isRefused() {
        return isResultSigned() && "MOTIVATED_REFUSAL".equals(application.result().kind());
    }

    /**
     * Where the signed document is handed out by the API, which the browser session may call: a licence from the
     * register, a weapon permit from the weapon register, anything else (the refusal) from the application.
     */
    public String getDocumentPath() {
        return documentBase() + "/document";
    }

    public String getSignaturePath() {
        return documentBase() + "/signature";
    }

    private String documentBase() {
        ApplicationView.Result result = application.result();
        if (result.licenceNumber() != null) {
            return "/api/v1/licences/" + encoded(result.licenceNumber());
        }
        if ("PERMIT".equals(result.kind())) {
            return "/api/v1/weapons/applications/" + encoded(application.number()) + "/permit";
        }
        return "/api/v1/applications/" + encoded(application.number()) + "/result";
    }

    public List<Satisfaction> getAnswers() {
        return List.of(Satisfaction.values());
    }

    private static String encoded(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public ApplicationView getApplication() {
        return application;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isThanked() {
        return thanked;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Satisfaction getProcess() {
        return process;
    }

    public void setProcess(Satisfaction process) {
        this.process = process;
    }

    public Satisfaction getInformation() {
        return information;
    }

    public void setInformation(Satisfaction information) {
        this.information = information;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
