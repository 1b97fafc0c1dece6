package kz.gov.elicense.screens.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import kz.gov.elicense.application.boundary.ChecklistItem;
import kz.gov.elicense.application.boundary.ProcedureDefinition;
import kz.gov.elicense.application.boundary.ProcedureForm;
import kz.gov.elicense.application.boundary.ServiceCatalogue;
import kz.gov.elicense.application.entity.DocumentKind;
import kz.gov.elicense.screens.control.FormDraft;

import java.util.List;

/**
 * The forms of the service catalogue for the screens that fill them in, the applicant's wizard and the counter:
 * a service's form made from its declaration (its form record and the codes it declares), checked as the server
 * will check it with every problem told next to its field and above the form, and the checklist as it applies to
 * the form filled in (a document some forms need only when they say so, such as the fee's receipt).
 */
@RequestScoped
public class ServiceForms {

    @Inject
    ServiceCatalogue catalogue;

    @Inject
    Validator validator;

    @Inject
    Texts texts;

    public FormDraft draft(String procedure) {
        ProcedureDefinition declaration = catalogue.declaration(procedure);
        return new FormDraft(procedure, declaration.formType(), declaration.formChoices());
    }

    /** Whether the screens can fill in this service's form: every field of its record has an input. */
    public boolean hasForm(String procedure) {
        try {
            draft(procedure);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Checks the form; each problem becomes a message on the screen. True when there is none. */
    public boolean accepted(FormDraft draft) {
        List<FormDraft.Problem> problems = draft.check(validator);
        for (FormDraft.Problem problem : problems) {
            String text = texts.problem(problem);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return problems.isEmpty();
    }

    /**
     * Whether this document is required of the form as filled in: as the declaration says of it (some only when the
     * form says so), and the fee's receipt whenever the form says the fee was not paid through the gateway (§2,
     * process 4), which the forms' rules require.
     */
    public boolean requires(FormDraft draft, ChecklistItem item) {
        ProcedureForm form = draft.read(catalogue.declaration(draft.getProcedure()).formType()).orElse(null);
        boolean paidThroughGateway = draft.node("feePaidThroughGateway").map(FormDraft.Node::isFlag).orElse(true);
        return item.requiredFor(form) || item.kind() == DocumentKind.FEE_RECEIPT && !paidThroughGateway;
    }
}
