package kz.gov.elicense.portal.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.gov.elicense.payment.boundary.CallbackAnswer;
import kz.gov.elicense.payment.boundary.FeePayments;
import kz.gov.elicense.payment.boundary.GatewaySignature;

/**
 * Where the payment gateway reports payments. Not behind a user login: the gateway authenticates each callback with
 * the HMAC-SHA256 of its body ({@code X-Gateway-Signature}); it may repeat a callback any number of times.
 */
@Path("payment-callbacks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class PaymentCallbacksResource {

    @Inject
    FeePayments payments;

    /** The exact bytes are taken, since the signature is over them. */
    @POST
    public Response report(byte[] body, @HeaderParam(GatewaySignature.HEADER) String signature) {
        CallbackAnswer answer = payments.acceptCallback(body == null ? new byte[0] : body, signature);
        if (answer.conflicting()) {
            return Problem.of("payment-callback-conflict", "The callback contradicts the payment order", 409,
                    "Payment order " + answer.reference() + " (" + answer.orderStatus() + ") was ordered or paid "
                            + "with another amount, currency or transaction; the callback is recorded and ignored")
                    .toResponse();
        }
        if (answer.unknownOrder()) {
            return Problem.of("payment-order-unknown", "No such payment order", 404,
                    "No payment order has the reference " + answer.reference()).toResponse();
        }
        return Response.ok(answer).build();
    }
}
