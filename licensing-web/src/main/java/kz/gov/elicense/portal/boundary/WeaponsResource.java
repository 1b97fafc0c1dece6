package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.elicense.application.entity.ResultKind;
import kz.gov.elicense.problem.Rejection;
import kz.gov.elicense.weaponregistration.boundary.WeaponPermitView;
import kz.gov.elicense.weaponregistration.boundary.WeaponRegister;
import kz.gov.elicense.weaponregistration.boundary.WeaponUnitView;

import java.util.List;

/**
 * The weapon register (§4.2), for the provider's officers: find a unit by make and serial number or by holder, read
 * its permit history; the holder and the officers read a permit and fetch the signed permit and cover letter an
 * application ended in. Registration and re-registration themselves go through {@code applications} like every
 * service (procedures WEAPON_REGISTRATION and WEAPON_REREGISTRATION).
 */
@Path("weapons")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class WeaponsResource {

    private static final String PDF = "application/pdf";

    @Inject
    WeaponRegister register;

    /** The unit of a make and serial number, or the units whose permit in force a BIN/IIN holds. */
    @GET
    public List<WeaponUnitView> search(@QueryParam("make") String make, @QueryParam("serialNumber") String serialNumber,
                                       @QueryParam("holder") String holder) {
        if (!blank(holder) && blank(make) && blank(serialNumber)) {
            if (!holder.strip().matches("\\d{12}")) {
                throw Rejection.invalid("holder-invalid", "Not a BIN or IIN", "holder: must be 12 digits");
            }
            return register.heldBy(holder.strip());
        }
        if (blank(holder) && !blank(make) && !blank(serialNumber)) {
            return register.byIdentity(make, serialNumber);
        }
        throw Rejection.invalid("search-invalid", "Search by make and serial number, or by holder",
                "Give make and serialNumber together, or holder alone");
    }

    /** The unit with the history of its permits, oldest first. */
    @GET
    @Path("{id: \\d+}")
    public WeaponUnitView unit(@PathParam("id") long id) {
        return register.unit(id);
    }

    @GET
    @Path("{id: \\d+}/permits")
    public List<WeaponUnitView.Permit> permits(@PathParam("id") long id) {
        return register.unit(id).permits();
    }

    /** One permit, with whether the signatures over it and its cover letter hold. */
    @GET
    @Path("permits/{number}")
    public WeaponPermitView permit(@PathParam("number") String number) {
        return register.permit(number);
    }

    /** The permit an application ended in, for its holder and the officers. */
    @GET
    @Path("applications/{number}")
    public WeaponPermitView permitOfApplication(@PathParam("number") String applicationNumber) {
        return register.permitOfApplication(applicationNumber);
    }

    /** The signed paper permit (PDF) an application ended in, to print. */
    @GET
    @Path("applications/{number}/permit")
    @Produces({PDF, Problem.MEDIA_TYPE})
    public Response permitDocument(@PathParam("number") String applicationNumber) {
        return pdf(register.documentOfApplication(applicationNumber, ResultKind.PERMIT), "permit");
    }

    /** The signed cover letter that goes with the permit. */
    @GET
    @Path("applications/{number}/cover-letter")
    @Produces({PDF, Problem.MEDIA_TYPE})
    public Response coverLetter(@PathParam("number") String applicationNumber) {
        return pdf(register.documentOfApplication(applicationNumber, ResultKind.COVER_LETTER), "cover-letter");
    }

    /** The provider's detached CMS signature over the permit, to verify it with any CMS tool. */
    @GET
    @Path("applications/{number}/permit/signature")
    @Produces({"application/pkcs7-signature", Problem.MEDIA_TYPE})
    public Response permitSignature(@PathParam("number") String applicationNumber) {
        WeaponRegister.SignedDocument document = register.documentOfApplication(applicationNumber, ResultKind.PERMIT);
        return SignedDownloads.signature(document.signature(), document.permitNumber());
    }

    private static Response pdf(WeaponRegister.SignedDocument document, String what) {
        return SignedDownloads.document(document.content(), document.mediaType(), document.permitNumber() + "-" + what);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
