package kz.gov.elicense.portal.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The portal API's root; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api/v1")
public class PortalApi extends Application {
}
