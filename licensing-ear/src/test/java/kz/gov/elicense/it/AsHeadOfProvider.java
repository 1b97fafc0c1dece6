package kz.gov.elicense.it;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Runs in-container test code with the role of the head of the provider (in the caller's transaction). */
@Stateless
@RunAs("head-of-provider")
@PermitAll
public class AsHeadOfProvider {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
