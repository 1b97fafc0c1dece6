package kz.gov.elicense.application.boundary;

import kz.gov.elicense.application.entity.ResultDocument;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.signature.entity.SignerIdentity;

import java.time.LocalDate;

/** What the shared mechanics give a procedure while it issues its result in the head's signing transaction. */
public interface ResultIssue {

    LocalDate today();

    /** Whose EDS signs: the provider's authorised person. */
    SignerIdentity signer();

    /** The user name of the head who signs. */
    String signedBy();

    /** Signs the rendered document with the provider's EDS (CAdES-T) and keeps it as a result of the application. */
    ResultDocument sign(ResultKind kind, String mediaType, byte[] content);
}
