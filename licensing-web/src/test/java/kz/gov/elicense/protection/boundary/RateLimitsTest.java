package kz.gov.elicense.protection.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimitsTest {

    @Test
    void aBurstOfTheCapacityPassesTheNextWaitsAndOtherClientsHaveTheirOwn() {
        RateLimits limits = new RateLimits(3, 1);
        for (int i = 0; i < 3; i++) {
            assertFalse(limits.take("10.0.0.1").limited());
        }
        RateLimits.OptionalSeconds wait = limits.take("10.0.0.1");
        assertTrue(wait.limited());
        assertTrue(wait.seconds() >= 1 && wait.seconds() <= 60, "one token a minute: " + wait.seconds());
        assertFalse(limits.take("10.0.0.2").limited());
    }

    @Test
    void failuresAreCountedOnlyWhenTheyHappenAndCheckingTakesNothing() {
        RateLimits limits = new RateLimits(2, 1);
        for (int i = 0; i < 5; i++) {
            assertFalse(limits.check("10.0.0.3").limited(), "checking alone never limits");
        }
        limits.count("10.0.0.3");
        assertFalse(limits.check("10.0.0.3").limited());
        limits.count("10.0.0.3");
        assertTrue(limits.check("10.0.0.3").limited());
    }

    @Test
    void thePublicPathsAreTheRegisterAndTheLicenceCheckOnly() {
        assertTrue(RequestRates.Limiter.isPublic("GET", "/api/v1/licences"));
        assertTrue(RequestRates.Limiter.isPublic("GET", "/api/v1/licences/SEC-1/document"));
        assertTrue(RequestRates.Limiter.isPublic("POST", "/register.xhtml"));
        assertFalse(RequestRates.Limiter.isPublic("POST", "/api/v1/licences/SEC-1/suspension"));
        assertFalse(RequestRates.Limiter.isPublic("GET", "/api/v1/applications"));
        assertFalse(RequestRates.Limiter.isPublic("GET", "/office/inbox.xhtml"));
    }
}
