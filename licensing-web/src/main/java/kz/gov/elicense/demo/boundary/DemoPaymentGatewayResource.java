package kz.gov.elicense.demo.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kz.gov.elicense.portal.boundary.Problem;
import kz.gov.elicense.portal.boundary.RequestValidation;

import java.net.URI;

/**
 * The demo payment gateway's HTTP interface (demo mode only, 404 otherwise): the system registers a payment order
 * ({@code POST payments}), the payer opens the payment URL and pays ({@code POST payments/{id}/payment}); the
 * payment is then reported to the order's callback address.
 */
@Path("demo/payment-gateway")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class DemoPaymentGatewayResource {

    @Inject
    DemoPaymentGateway gateway;

    @Inject
    RequestValidation validation;

    @Context
    UriInfo uri;

    @POST
    @Path("payments")
    public Response open(PaymentOrder order) {
        requireDemo();
        validation.valid(order);
        DemoPaymentGateway.Payment payment = gateway.open(order.reference(), order.amount(), order.currency(),
                order.description(), order.callbackUrl());
        URI page = paymentUrl(payment.id);
        return Response.created(page).entity(payment.view(page.toString())).build();
    }

    /** The payment page: what is to be paid, and whether it is. */
    @GET
    @Path("payments/{id}")
    public DemoPaymentGateway.View read(@PathParam("id") String id) {
        requireDemo();
        DemoPaymentGateway.Payment payment = gateway.find(id).orElseThrow(NotFoundException::new);
        return payment.view(paymentUrl(id).toString());
    }

    /** The payer pays the amount of the order; the gateway reports it to the callback address in the background. */
    @POST
    @Path("payments/{id}/payment")
    public Response pay(@PathParam("id") String id) {
        requireDemo();
        DemoPaymentGateway.Payment payment = gateway.find(id).orElseThrow(NotFoundException::new);
        return Response.accepted(gateway.pay(payment).view(paymentUrl(id).toString())).build();
    }

    private URI paymentUrl(String id) {
        return uri.getBaseUriBuilder().path("demo/payment-gateway/payments").path(id).build();
    }

    private void requireDemo() {
        if (!gateway.enabled()) {
            throw new NotFoundException();
        }
    }

    /** What the system sends to open a payment. */
    public record PaymentOrder(
            @NotBlank @Size(max = 64) String reference,
            @NotNull @Positive Long amount,
            @NotNull @Pattern(regexp = "KZT", message = "must be KZT") String currency,
            @Size(max = 500) String description,
            @NotBlank @Pattern(regexp = "https?://.+", message = "must be an http(s) address") String callbackUrl) {
    }
}
